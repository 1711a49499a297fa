"""Where a word stands to a person's name in the parse: the tests `cues` reads a gender under.

A name governed by a preposition or by `de` is no subject and what a noun is *of*; a participle is said
of the name only when the parse hangs it there, set off by a comma or predicated by a verb of state. The
civility title before a name is its own, or a couple's (`M. et Mme X`).
"""

from __future__ import annotations

from typing import Iterator, Mapping

from spacy.tokens import Span, Token

from pipeline.annotate.gender.words import Cue, agreement, gender_of_morph

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
GENITIVES = frozenset({"de", "d'", "d’", "du", "des"})
# Verbs of state whose complement is said of the subject (Grevisse, Le Bon Usage, § 243): a closed class.
VERBS_OF_STATE = frozenset({"être", "devenir", "rester", "demeurer", "sembler", "paraître", "redevenir"})


def governed_before(noun: Token, person: Span) -> bool:
    """`selon sa mère, X a …`, `Devant la presse, X a déclaré …`: a noun a preposition governs before the name's
    comma is who tells or where, not X, when X is the subject of its own clause or the phrase opens the sentence."""
    return governed(noun) and (person.root.dep_ in SUBJECT_DEPS or noun.left_edge.i == noun.sent.start)


def governed(node: Token) -> bool:
    """`Selon X, Y est partie …`: a name a preposition governs is no subject, whatever the parse says."""
    return any(child.dep_ == "case" for child in node.children)


def inside_relative(verb: Token, person: Span) -> bool:
    """`X, dont la mère est née …`, `X, que ses voisins disent ruinée, …`: the verb after the name lies in a relative
    clause of which X is no subject (the parse may still make X its subject); `qui` is X itself."""
    between = person.doc[person.end : verb.i]
    relative = next((t.i for t in between if "Rel" in t.morph.get("PronType") and t.lower_ != "qui"), None)
    return relative is not None and not any(t.text == "," for t in person.doc[relative : verb.i])


def agrees_with_noun(word: Token, node: Token) -> bool:
    """A participle the parse hangs on the role noun must agree with it (`l'empereur X, marquée par …` is said
    of something else): a noun's grammatical gender, where the tagger gives one, is the participle's."""
    noun_gender = gender_of_morph(node) if node.pos_ == "NOUN" else ""
    return not noun_gender or agreement(word) in ("", noun_gender)


def is_complement(root: Token, person: Span) -> bool:
    """`l'avocate de X`, `la lettre de X`: the name is what another noun is of. A `de` the name opens with is
    its particle (`le général de Gaulle`, `de Villepin, arrivé …`), not a genitive."""
    return any(c.dep_ == "case" and c.lower_ in GENITIVES and c.i < person.start for c in root.children)


def said_of(word: Token, person: Span) -> bool:
    """A participle the parse hangs on the name, on what is set beside it, or on the verb the name is
    the subject or object of (`raconte X, installé à …`), or of which the parse makes the name the subject, not on an earlier noun (`la politique de
    l'empereur X, marquée par …`)."""
    root = person.root
    inside = person.start <= word.head.i < person.end or person.start <= word.head.head.i < person.end
    return inside or (word.head == root.head and root.dep_ in ("nsubj", "obj")) or (
        word == root.head and root.dep_ in SUBJECT_DEPS)  # `X, arrivé hier, a …` parsed as X's verb


def after_comma(token: Token, person: Span) -> bool:
    """`X, interrogée par …`: set off by a comma right after the name (maybe after `, 45 ans,`), the adverbs
    that qualify it aside (`X, visiblement émue, …`, `X, très attachée à …`)."""
    between = list(person.doc[person.end : token.i])
    while between and between[-1].pos_ == "ADV" and between[-1].head == token:
        between.pop()
    return len(between) >= 1 and between[0].text == "," and (
        len(between) == 1 or between[-1].text == ",")


def is_verb_of_state(verb: Token) -> bool:
    """`reste`, `demeure`: a verb of state, also where the lemmatizer gives a form back as its own lemma (a verb of
    the first group, whose infinitive is then the form and `r`); the parse may make its adjective an object."""
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and (lemma in VERBS_OF_STATE or (lemma == verb.lower_ and f"{lemma}r" in VERBS_OF_STATE))


def conjugated_with_etre(verb: Token) -> bool:
    return verb.pos_ == "VERB" and with_etre(verb)


def with_etre(word: Token) -> bool:
    return any(c.dep_ in ("aux:tense", "aux:pass") and c.lemma_ == "être" for c in word.children)


def is_reflexive(verb: Token) -> bool:
    return any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’") for c in verb.children)


def has_object(verb: Token) -> bool:
    """`s'est vu remettre`, `s'est lavé les mains`: the participle agrees with no subject before an object."""
    return any(c.dep_ in ("obj", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "PRON", "VERB") for c in verb.children)


def civility_before(person: Span, civilities: Mapping[str, str]) -> str:
    """The civility title right before the name, or before the particle the name's span leaves out
    (`Mlle de La Vallière`, `M. d'Orgemont`): "" if none."""
    doc, start = person.doc, person.start
    if start > 0 and doc[start - 1].text in civilities:
        return doc[start - 1].text
    if start > 1 and doc[start - 1].lower_ in GENITIVES and doc[start - 2].text in civilities:
        return doc[start - 2].text
    return ""


def couple_before(person: Span, title: str, civilities: Mapping[str, str]) -> Iterator[Cue]:
    """`M. et Mme Ferrand`: the name is a couple's, so the other title is a cue of it too, and the two conflict."""
    doc, index = person.doc, person.start - (1 if person.doc[person.start - 1].text == title else 2)
    if index > 1 and doc[index - 1].lower_ == "et" and doc[index - 2].text in civilities:
        yield civilities[doc[index - 2].text], doc[index - 2].text
