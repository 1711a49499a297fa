"""Verbs of saying in the infinitive that still report something said.

An infinitive is no claim by itself (`refuse de dire`, `pourrait annoncer`), but
an implicative verb entails its complement (Karttunen 1971): `a tenu à préciser
que …`, `s'est contenté de rappeler …` when asserted, `n'a pas hésité à dénoncer
…`, `n'a pas manqué de souligner …` when negated (`models/cues/implicative.tsv`).
A verb of saying after `avant de` happened after the main verb's event
(`a salué …, avant d'ajouter que …`), and one after `pour` is what the main verb
was done to say (`s'est fendue d'un message pour rétorquer que …`). The
narrative infinitive (Grevisse, Le Bon Usage § 901: `Et X d'ajouter : «…»`,
`Et la ministre de conclure que …`) tells a past act of saying by itself: its
subject is the phrase between `et` and `de`, or, with none (`Et d'ajouter …`),
the subject of the sentence before when it names someone, else the one who spoke last.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from pipeline.claims.cues import CueLexicon
from pipeline.claims.speakers import SpeakerResolver
from pipeline.claims.speakers.animacy import can_speak
from pipeline.claims.speakers.speaker import Speaker
from pipeline.claims.syntax import NE, QUE, REFLEXIVE_CLITICS, SUBJECT_DEPS, is_negated, morph

DE = frozenset({"de", "d'", "d’"})
STRESSED_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
NARRATIVE_SUBJECT_MAX_TOKENS = 12
INFINITIVE_MARKS = frozenset({"à", "de", "d'", "d’", "par"})
SEQUENCE_MARKS = frozenset({"avant", "pour"})
PARTICIPLE_ENDING = re.compile(r"ée?s?$")
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl", "obl", "obl:arg", "obj"})


def implying_governor(verb: Token, implicative: dict[str, str]) -> Optional[Token]:
    """The verb whose assertion entails that the infinitive `verb` was said, else None; the governor's own
    negation is read here (`n'a pas hésité à` entails, `n'a pas tenu à` does not)."""
    if morph(verb, "VerbForm") != "Inf" or verb.dep_ not in COMPLEMENT_DEPS:
        return None
    governor = verb.head
    if governor.i == verb.i or governor.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    marks = {c.lower_ for c in verb.children if c.i < verb.i and c.dep_ in ("mark", "case")}
    if marks & SEQUENCE_MARKS and governor.pos_ != "ADJ":  # after its governor: `Avant de dire …, il faut …` tells no event
        return governor if verb.i > governor.i and _reports_clause(verb) and not is_negated(governor) else None
    polarity = next(filter(None, map(implicative.get, _readings(governor))), None)
    if polarity is None or (marks and not marks & INFINITIVE_MARKS):
        return None
    negated = any(c.lower_ in NE for c in governor.children)  # `ne cesse de répéter`: `ne` alone negates it
    return governor if (polarity == "-") == negated else None


def _reports_clause(verb: Token) -> bool:
    """`avant d'ajouter que …`, `pour rétorquer : …`: a clause reported, not an act (`avant de réitérer
    l'autorisation`)."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":":
        return True
    return any(c.dep_ == "ccomp" and any(m.lower_ in QUE for m in c.children if m.i < c.i) for c in verb.children)


def _readings(governor: Token) -> list[str]:
    """The governor's lemma with its noun object (`prendre soin`), and the lemma of a pronominal participle
    the tagger read as an adjective (`s'est borné à` → `borner`)."""
    lemma = governor.lemma_.lower()
    if governor.pos_ == "ADJ":
        pronominal = any(c.lower_ in REFLEXIVE_CLITICS for c in governor.children)
        return [PARTICIPLE_ENDING.sub("er", governor.lower_)] if pronominal else []
    objects = [f"{lemma} {c.lemma_.lower()}" for c in governor.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    return objects + [lemma]


def narrative_subject(verb: Token, lexicon: CueLexicon) -> Optional[tuple[Token, ...]]:
    """The subject of a narrative infinitive of saying (`Et Paul Roux d'ajouter`, `et lui de répliquer`): the
    words between an `et` opening the clause and the `de` right before the verb, naming someone (a name, a noun
    of person or body, a stressed pronoun); () for `Et d'ajouter`; None for any other infinitive (`Et le plaisir
    de raconter`)."""
    doc = verb.doc
    if morph(verb, "VerbForm") != "Inf" or verb.i < 2 or doc[verb.i - 1].lower_ not in DE:
        return None
    start = verb.i - 2
    while start >= 0 and doc[start].lower_ != "et" and verb.i - start <= NARRATIVE_SUBJECT_MAX_TOKENS:
        if doc[start].pos_ in ("VERB", "AUX", "SCONJ") or doc[start].text in (".", ";", ":", "«", "»"):
            return None
        start -= 1
    if start < 0 or doc[start].lower_ != "et" or not _opens_clause(doc, start):
        return None
    subject = tuple(doc[start + 1 : verb.i - 1])
    return subject if not subject or _names_someone(subject, lexicon) else None


def _opens_clause(doc: Doc, index: int) -> bool:
    """`et` opening its sentence, or after a comma or a semicolon."""
    before = index - 1
    while before >= 0 and (doc[before].is_space or doc[before].text in ("«", "“", '"')):
        before -= 1
    return before < 0 or doc[before].text in (".", "!", "?", "…", ",", ";", "»", "”") or doc[index].is_sent_start


def _names_someone(subject: tuple[Token, ...], lexicon: CueLexicon) -> bool:
    """A name, a stressed pronoun, or a noun of person or body heads the phrase (its first noun, a `de`
    complement aside: `le secrétaire général de la CGT`)."""
    words = [t for t in subject if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not words:
        return False
    head = words[0]
    if head.ent_type_ in ("PER", "ORG") or head.pos_ == "PROPN" or head.lower_ in STRESSED_PRONOUNS:
        return True
    return lexicon.source_nouns.get(head.lemma_.lower()) in ("person", "body")


def narrator(verb: Token, subject: tuple[Token, ...], resolver: SpeakerResolver) -> Optional[Speaker]:
    """Who says a narrative infinitive: its subject, or with none (`Et d'ajouter`) the last speaker found."""
    if subject:
        speaker = resolver.from_tokens(subject)
        return speaker if speaker.text else None
    subject = _previous_subject(verb, resolver)  # `La police a ouvert une enquête. Et d'ajouter …`: the police
    if subject is not None:
        return subject
    earlier = [speaker for position, speaker in resolver.history if position < verb.i]
    return earlier[-1] if earlier else None


def _previous_subject(verb: Token, resolver: SpeakerResolver) -> Optional[Speaker]:
    """The subject of the sentence before the one `verb` opens, when it names someone: the narrative goes on
    with it, whether or not that sentence reported anything."""
    start = verb.sent.start
    if start == 0:
        return None
    previous = verb.doc[start - 1].sent
    subjects = [c for c in previous.root.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or subjects[0].lower_ in ("il", "ce", "c'", "c’", "on") or not can_speak(subjects[0], resolver.lexicon):
        return None
    if resolver.lexicon.source_nouns.get(subjects[0].lemma_.lower()) == "document":
        return None  # `Le bilan s'alourdit. Et d'ajouter …`: the one who spoke last, not the bilan
    speaker = resolver.from_head(subjects[0])
    return speaker if speaker.text else None
