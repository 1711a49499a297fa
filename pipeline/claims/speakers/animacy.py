"""Whether a word can name a source: a person, a group of people, an organisation or a document — never a thing.

A verb of saying whose subject is an inanimate noun (`Des blocages se sont
poursuivis`, `la vidéo intime`), a time word or a verb the tagger took for a
noun reports nothing said by it. Names (PER, ORG, and places standing for
their government: `Kiev a annoncé`), pronouns (resolved later), the nouns of
`models/cues/source_nouns.tsv`, demonyms (`les Américains`) and nouns whose
ending names a person or a group (`-eur`, `-iste`, `-ant`, … — the agent and
inhabitant suffixes of French word formation) can speak.
"""

from __future__ import annotations

from functools import lru_cache
from spacy.tokens import Token

from pipeline.claims.cues import CueLexicon
from pipeline.claims.syntax import TIME_WORDS
from pipeline.common.resources import read_lines

# Suffixes of French nouns of agent, occupation, adherence and origin (Riegel et al., "la dérivation suffixale";
# Dubois, "Étude sur la dérivation suffixale en français moderne"), in the singular and the plural.
PERSON_SUFFIXES = ("eur", "euse", "rice", "iste", "ien", "ienne", "ant", "ante", "aire", "logue", "ier", "ière",
                   "ais", "aise", "ois", "oise", "ain", "aine", "ard", "arde", "é", "ée", "ote")
# `-at` is left out: it names states and things far more often (anonymat, mandat, climat, contrat, attentat) than
# people or bodies (avocat, candidat, syndicat, patronat), which source_nouns.tsv lists.
THING_SUFFIXES = ("ité", "ités")  # `la sécurité`, `les difficultés`: qualities, not people
LATTER = frozenset({"dernier", "dernière", "derniers", "dernières"})
LATTER_PRONOUNS = frozenset({"celui-ci", "celle-ci"})
OPENERS = frozenset({"«", "“", '"'})
CLOSERS = frozenset({"»", "”", '"'})
# Pronouns that never stand for a source: negative, indefinite of things, demonstratives of things.
MUTE_PRONOUNS = frozenset({"personne", "rien", "cela", "ceci", "ça", "ce", "c'", "c’", "tout", "chacun"})


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(read_lines("entities/demonyms.txt"))


def is_latter_pronoun(token: Token) -> bool:
    """`Celui-ci estime …`, `celle-ci`: the demonstrative of the near, which stands for the one named last (as
    `ce dernier` does), written as one token or as `celui`, `-`, `ci`."""
    doc = token.doc
    if token.lower_ in LATTER_PRONOUNS:
        return True
    following = "".join(t.lower_ for t in doc[token.i + 1 : token.i + 3])
    return token.lower_ in ("celui", "celle") and following.startswith("-ci")


def noun_can_speak(lemma: str, lexicon: CueLexicon) -> bool:
    """A common noun (its lemma, lower case) that names someone or something that states: a person, a group, a
    body, a document."""
    if lemma in lexicon.source_nouns or lemma in _demonyms():
        return True
    singular = lemma[:-1] if lemma.endswith(("s", "x")) and len(lemma) > 3 else lemma
    if singular in lexicon.source_nouns:
        return True
    return singular.endswith(PERSON_SUFFIXES) and not lemma.endswith(THING_SUFFIXES)


def can_speak(token: Token, lexicon: CueLexicon) -> bool:
    """RETURNS (bool): whether `token`, the head of a source phrase, can name a source."""
    lower = token.lower_
    if lower in LATTER and any(c.lower_ in ("ce", "cette", "ces") for c in token.children):
        return True  # `ce dernier`: the person named last (a time word in `le mois dernier`)
    if lower in MUTE_PRONOUNS or lower in TIME_WORDS:
        return False
    if token.ent_type_ in ("PER", "ORG", "LOC", "GPE") or token.pos_ in ("PROPN", "PRON", "X") or _names(token, lexicon):
        return True
    if token.pos_ == "NUM" or not any(c.isalpha() for c in token.text):
        return False
    if token.pos_ in ("VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ"):
        return False
    return noun_can_speak(token.lemma_.lower(), lexicon) or noun_can_speak(lower, lexicon)


def _names(token: Token, lexicon: CueLexicon) -> bool:
    """`Mme Laurens`, `le château de Versailles`, `«Les Voix des femmes»`: an honorific or a noun heading a name,
    or a name set in quotation marks."""
    if token.text in lexicon.honorifics:
        return True
    if any(c.dep_ in ("flat:name", "appos", "nmod") and c.ent_type_ in ("PER", "ORG") and c.i > token.i
           and (c.dep_ != "nmod" or c.i == token.i + 2) for c in token.children):
        return True
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i  # the marks may belong to the phrase or stand beside it
    opened = doc[left].text in OPENERS or (left > 0 and doc[left - 1].text in OPENERS)
    closed = doc[right].text in CLOSERS or (right + 1 < len(doc) and doc[right + 1].text in CLOSERS)
    return opened and closed
