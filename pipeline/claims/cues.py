"""The cue lexicon (`models/cues/`) and the verbs of saying it finds in a parse.

The lexicon is data so that coverage grows without code: verbs of saying with
the frames they take, attribution phrases ("selon", "cité par"), nouns that
name a source, and honorifics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Optional, TypeVar

from spacy.tokens import Doc, Token

from pipeline.common.resources import read_lines, read_tsv
from pipeline.claims.syntax import DE_FORMS, SUBJECT_DEPS

T = TypeVar("T")

KINDS = ("direct", "indirect", "according_to")

@dataclass(frozen=True)
class NominalCue:
    """An attribution phrase ("selon", "cité par", "dans un communiqué") and how it names its source."""

    words: tuple[str, ...]
    kind: str
    speaker_rule: str  # "object", "headed", "subject" or "antecedent"


@dataclass(frozen=True)
class CueLexicon:
    """The data of `models/cues/`, loaded once."""

    verbs: dict[tuple[str, ...], frozenset[str]]
    nominal: tuple[NominalCue, ...]
    source_nouns: dict[str, str]
    honorifics: frozenset[str]
    role_synonyms: dict[str, frozenset[str]]
    implicative: dict[str, str] = field(default_factory=dict)  # lemma → polarity (`tenir` +, `hésiter` -)

    @cached_property
    def verbs_by_head(self) -> dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]:
        """The entries (words, frames) of each first word, so a verb is checked against its own entries only."""
        return _by_first_word(self.verbs.items(), lambda entry: entry[0])

    @cached_property
    def nominal_by_first(self) -> dict[str, tuple[NominalCue, ...]]:
        """The attribution phrases by first word, so each word of a sentence is checked against its own only."""
        return _by_first_word(self.nominal, lambda cue: cue.words)

    @cached_property
    def present_forms(self) -> dict[str, str]:
        """Third-person present forms of the one-word -er verbs (`indique`, `soupirent`) → their lemma.

        The lemmatizer leaves some of them as they are, and the tagger often
        reads a verb in incise after a quotation as a noun (`«…», glisse Zineb`).
        The stems that change in these persons are there too (`répète`, `assènent`, `rappelle`: Bescherelle,
        verbs in -é·er and -eler/-eter).
        """
        forms = {}
        for words in self.verbs:
            if len(words) == 1 and words[0].endswith("er"):
                for stem in _present_stems(words[0][:-2]):
                    forms[stem + "e"] = words[0]
                    forms[stem + "ent"] = words[0]
        return forms

    def lemma_of(self, token: Token) -> str:
        """The lexicon's lemma of a verb: the tagger's, else its form's (`assènent`, lemmatised `assèner`)."""
        lemma = token.lemma_.lower()
        if lemma in self.verbs_by_head:
            return lemma
        return self.present_forms.get(token.lower_, lemma)

    @cached_property
    def incise_forms(self) -> dict[str, frozenset[str]]:
        """Present forms of the verbs of incise (frame P), with their frames."""
        frames = {form: self.verbs[(lemma,)] for form, lemma in self.present_forms.items()}
        return {form: value for form, value in frames.items() if "P" in value}

    @cached_property
    def participle_forms(self) -> dict[str, frozenset[str]]:
        """Past participles of the one-word -er verbs of incise (`martelé`, `martelée`).

        After an inverted clitic (`a-t-elle martelé`) the tagger often reads
        the participle as an adjective of the pronoun.
        """
        forms = {}
        for words, frames in self.verbs.items():
            if len(words) == 1 and "P" in frames and words[0].endswith("er"):
                for ending in ("é", "ée", "és", "ées"):
                    forms[words[0][:-2] + ending] = frames
        return forms


def _present_stems(stem: str) -> tuple[str, ...]:
    """The stem of the infinitive and the one of the singular and third plural present (`répét` → `répèt`,
    `rappel` → `rappell`)."""
    changed = re.sub(r"é([^aeiouyéèê]+)$", r"è\1", stem)
    if changed == stem and stem.endswith(("el", "et")):
        changed = stem + stem[-1]
    return (stem, changed) if changed != stem else (stem,)


def _by_first_word(entries: Iterable[T], words_of: Callable[[T], tuple[str, ...]]) -> dict[str, tuple[T, ...]]:
    """Entries grouped by their first word, in their order."""
    grouped: dict[str, list[T]] = {}
    for entry in entries:
        grouped.setdefault(words_of(entry)[0], []).append(entry)
    return {first: tuple(members) for first, members in grouped.items()}


@lru_cache(maxsize=4)
def load_lexicon(models: Optional[str] = None) -> CueLexicon:
    """RETURNS (CueLexicon): verbs of saying, attribution phrases, source nouns and honorifics."""
    verbs: dict[tuple[str, ...], frozenset[str]] = {}
    for name in ("cues/verbs.tsv", "cues/stance_verbs.tsv"):  # the curated verbs, then Verb∋Net's classes
        for row in read_tsv(name, models):
            words = tuple(row[0].split())
            verbs[words] = verbs.get(words, frozenset()) | frozenset(row[1])
    nominal = tuple(
        NominalCue(tuple(row[0].split()), row[1], row[2]) for row in read_tsv("cues/nominal.tsv", models)
    )
    for cue in nominal:
        if cue.kind not in KINDS:
            raise ValueError(f"cues/nominal.tsv: unknown kind {cue.kind!r} for {' '.join(cue.words)!r}")
    source_nouns = {row[0]: row[1] for row in read_tsv("cues/source_nouns.tsv", models)}
    honorifics = frozenset(read_lines("entities/honorifics.txt", models))  # the list depeche_entities trims
    implicative = {row[0]: row[1] for row in read_tsv("cues/implicative.tsv", models)}
    return CueLexicon(verbs, nominal, source_nouns, honorifics, _synonym_groups(read_lines("cues/role_synonyms.txt", models)),
                      implicative)


def _synonym_groups(lines: list[str]) -> dict[str, frozenset[str]]:
    """Each role noun → every noun that names the same role (itself included), over all its groups."""
    synonyms: dict[str, set[str]] = {}
    for line in lines:
        group = set(line.split())
        for word in group:
            synonyms.setdefault(word, set()).update(group)
    return {word: frozenset(group) for word, group in synonyms.items()}


@dataclass(frozen=True)
class VerbCue:
    """A verb of saying found in the parse: its tokens and its lexicon frames."""

    tokens: tuple[Token, ...]
    frames: frozenset[str]
    misread: bool = False  # a verb the tagger read as a noun or an adjective (`Le syndicat juge la proposition …`)

    @cached_property
    def head(self) -> Token:
        return self.tokens[0]

    @cached_property
    def subject_holder(self) -> Token:
        """The word of the cue the parse hangs the subject on (`savoir` in `ont fait savoir`)."""
        for token in self.tokens:
            if any(child.dep_ in SUBJECT_DEPS for child in token.children):
                return token
        return self.head


def find_verb_cues(doc: Doc, lexicon: CueLexicon) -> list[VerbCue]:
    """Every verb of the lexicon (single or multi-word), longest entry first."""
    cues = []
    by_head = lexicon.verbs_by_head
    present = lexicon.present_forms
    for token in doc:
        if token.pos_ not in ("VERB", "AUX"):
            misread = _misread_verb(token, present)
            if misread is not None and (misread,) in lexicon.verbs:
                cues.append(VerbCue((token,), lexicon.verbs[(misread,)], misread=True))
            continue
        entries = by_head.get(lexicon.lemma_of(token), ())
        best: Optional[VerbCue] = None
        for words, frames in entries:
            matched = _match_phrase(doc, token.i, words)
            if matched is not None and (best is None or len(matched) > len(best.tokens)):
                best = VerbCue(matched, frames)
        if best is not None:
            cues.append(best)
    return cues


def _misread_verb(token: Token, present: dict[str, str]) -> Optional[str]:
    """The lemma of a present-tense verb the tagger read as a noun or an adjective after its subject
    (`L'opposition conservatrice critique le projet`, `Le syndicat juge la proposition insuffisante`), else None:
    a subject before it (`misread_subject`), and an object, a preposition or `que` right after it."""
    lemma = present.get(token.lower_)
    if lemma is None or token.pos_ not in ("NOUN", "ADJ", "PROPN") or token.i + 1 >= len(token.doc):
        return None
    if comme_clitic(token):
        return lemma
    if token.pos_ == "PROPN":
        return None
    following = token.doc[token.i + 1]
    opens_complement = following.pos_ in ("DET", "ADV", "SCONJ") or following.lower_ in DE_FORMS | {"à", "au", "aux"}
    return lemma if opens_complement and misread_subject(token) is not None else None


def comme_clitic(token: Token) -> bool:
    """`Comme le note X, …`, `Comme le résume un diplomate`: a form right after `comme` and the clitic `le` that
    stands for the sentence is a verb, whatever the tagger read (Riegel et al., the comparative clause of
    saying `comme le dit X`)."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].lower_ in ("le", "l'", "l’") and doc[token.i - 2].lower_ == "comme"


def misread_subject(token: Token) -> Optional[Token]:
    """The subject of a verb the tagger misread, by word order: the noun right before it, past its adjectives
    and adverbs, that no preposition governs and that the word itself does not qualify (it has no determiner
    of its own: `la vive critique de X` stays a noun)."""
    doc = token.doc
    index = token.i - 1
    while index > 0 and doc[index].pos_ in ("ADJ", "ADV"):
        index -= 1
    if index < 0 or doc[index].pos_ not in ("NOUN", "PROPN"):
        return None
    if index > 0 and (doc[index - 1].pos_ == "ADP" or doc[index - 1].lower_ in ("d'", "d’")):
        return None  # `la montée de l'opposition critique …`: a noun a preposition governs is no subject
    return doc[index]


def _match_phrase(doc: Doc, start: int, words: tuple[str, ...]) -> Optional[tuple[Token, ...]]:
    """The tokens of a multi-word verbal cue (`faire savoir`), allowing adverbs and clitics in between."""
    matched = [doc[start]]
    position = start + 1
    for word in words[1:]:
        while position < len(doc) and doc[position].pos_ in ("ADV", "PRON") and position - start < 5:
            position += 1
        if position >= len(doc) or word not in (doc[position].lower_, doc[position].lemma_.lower()):
            return None
        matched.append(doc[position])
        position += 1
    return tuple(matched)
