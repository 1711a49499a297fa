"""Verbs of saying in the infinitive that still report something said.

An infinitive is no claim by itself (`refuse de dire`, `pourrait annoncer`), but
an implicative verb entails its complement (Karttunen 1971): `a tenu à préciser
que …`, `s'est contenté de rappeler …` when asserted, `n'a pas hésité à dénoncer
…`, `n'a pas manqué de souligner …` when negated (`models/cues/implicative.tsv`).
A verb of saying after `avant de` happened after the main verb's event
(`a salué …, avant d'ajouter que …`), and one after `pour` is what the main verb
was done to say (`s'est fendue d'un message pour rétorquer que …`).
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from pipeline.claims.syntax import NE, QUE, REFLEXIVE_CLITICS, is_negated, morph

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
