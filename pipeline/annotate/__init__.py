"""Annotate: fr_core_news_md's parse and NER, corrected and extended by depeche's components.

`load()` gives the spaCy `Language` a notebook can use; `mention_rows`,
`date_rows` and `figure_rows` turn an annotated `Doc` into table rows whose
character offsets index into the cleaned text.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.annotate import extensions  # noqa: F401  (registers Doc._ / Span._ attributes)
from pipeline.annotate.entities import NESTED
from pipeline.common.genders import GENDER_CUES, GENDER_RESOLVED, encode_cues
from pipeline.common.resources import MODEL
from pipeline.common.tables import LABELS

# depeche's components, in pipeline order, with the stage name an error is reported under.
COMPONENTS = {"depeche_entities": "entities", "depeche_gender": "gender", "depeche_dates": "dates",
              "depeche_figures": "figures"}


def load(model: str = MODEL) -> Language:
    """The full depeche pipeline: the spaCy model plus our registered components.

    model (str): the spaCy model package to build on.
    RETURNS (Language): `nlp`, with `depeche_entities` after `ner`, then
        `depeche_gender`, `depeche_dates` and `depeche_figures` (figures skip what dates took).
    """
    from pipeline.annotate import dates, figures, gender  # noqa: F401  (register the factories; entities is imported above)

    nlp = spacy.load(model)
    previous = "ner"
    for name in COMPONENTS:
        nlp.add_pipe(name, after=previous)
        previous = name
    return nlp


def make_doc(nlp: Language, text: str, doc_id: str, published: str | None) -> Doc:
    """A tokenised Doc carrying the metadata our components read before they run."""
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    doc._.published = published or None
    return doc


class SentenceIndex:
    """Maps a character offset to the number of the sentence holding it."""

    def __init__(self, doc: Doc) -> None:
        self._starts = [sentence.start_char for sentence in doc.sents]

    def sentence_of(self, char: int) -> int:
        return max(bisect_right(self._starts, char) - 1, 0)


def _span_base(doc_id: str, span: Span, sentences: SentenceIndex) -> dict:
    return {
        "doc_id": doc_id,
        "start": span.start_char,
        "end": span.end_char,
        "sentence_id": sentences.sentence_of(span.start_char),
        "text": span.text,
    }


def mention_rows(doc: Doc, doc_id: str, sentences: SentenceIndex) -> list[dict]:
    """One row per named entity mention (PER / LOC / ORG / MISC), in text order.

    A place or an institution named inside an organization's name (`université
    de Lille`, `Comité … du ministère de l'Intérieur`) is a mention of its
    own, overlapping the organization's.
    """
    mentions = [ent for ent in doc.ents if ent.label_ in LABELS]
    mentions.extend(doc.spans[NESTED] if NESTED in doc.spans else [])
    rows = []
    for number, span in enumerate(sorted(mentions, key=lambda span: (span.start, -span.end))):
        row = _span_base(doc_id, span, sentences)
        row.update(mention_id=f"{doc_id}:m{number}", label=span.label_,
                   role=span._.role or "", entity_id="")
        row[GENDER_CUES] = encode_cues(span._.gender_cues or ())
        row[GENDER_RESOLVED] = encode_cues(span._.gender_hints or ())
        rows.append(row)
    return rows


def _spans(doc: Doc, key: str) -> Iterable[Span]:
    return sorted(doc.spans[key], key=lambda span: (span.start, span.end)) if key in doc.spans else []


def date_rows(doc: Doc, doc_id: str, sentences: SentenceIndex) -> list[dict]:
    """One row per calendar reference, with its ISO value when it could be placed."""
    rows = []
    for number, span in enumerate(_spans(doc, "dates")):
        row = _span_base(doc_id, span, sentences)
        row.update(date_id=f"{doc_id}:d{number}", value=span._.value or "",
                   granularity=span._.granularity or "")
        rows.append(row)
    return rows


def figure_rows(doc: Doc, doc_id: str, sentences: SentenceIndex) -> list[dict]:
    """One row per numeric quantity, with its value, range top, unit and qualifier."""
    rows = []
    for number, span in enumerate(_spans(doc, "figures")):
        row = _span_base(doc_id, span, sentences)
        row.update(figure_id=f"{doc_id}:f{number}", value=span._.value,
                   value_high=span._.value_high, unit=span._.unit or "",
                   qualifier=span._.qualifier or "")
        rows.append(row)
    return rows
