"""Formal names of states (`Fédération des Émirats arabes unis`, `Royaume d'Espagne`): the country, a place.

A state-form noun (`République`, `Royaume`, `Sultanat`…), `de` and a listed
country name a country, whatever the model or an institution head
(`Fédération`) made of it; the country's usual name inside is a mention of
its own, so the formal and the usual forms are one place's.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.words import COMPLEMENT_PREPOSITIONS, DEFINITE_ARTICLES, apostrophes
from pipeline.common.names import fold

# The forms of state a formal country name opens with (ISO 3166-1's official names in French).
STATE_FORMS = {"République", "Royaume", "Sultanat", "Émirat", "Emirat", "Émirats", "Principauté", "Fédération",
               "Confédération", "État", "Etat", "Grand-Duché", "Commonwealth", "Union", "Territoire"}


def formal_states(doc: Doc, chosen: list[Candidate], lexicon: Lexicon) -> Iterator[Span]:
    """Each chosen span that is a formal state name becomes a place; yields the country named inside it."""
    for candidate in chosen:
        country = _country_start(doc, candidate, lexicon)
        if country is not None:
            candidate.label = "LOC"
            yield Span(doc, country, candidate.end, label="LOC")


def _country_start(doc: Doc, candidate: Candidate, lexicon: Lexicon) -> int | None:
    """Where the listed country after `République de`, `Royaume des`… starts, if the span is one."""
    if candidate.end - candidate.start < 3 or doc[candidate.start].text not in STATE_FORMS:
        return None
    index = candidate.start + 1
    if apostrophes(doc[index].lower_) not in COMPLEMENT_PREPOSITIONS:
        return None
    index += 1
    if index < candidate.end - 1 and apostrophes(doc[index].lower_) in DEFINITE_ARTICLES:
        index += 1
    return index if fold(doc[index:candidate.end].text) in lexicon.countries else None
