"""Per-document processing: one cleaned Document in, its rows for every table out.

Everything here looks at one article only, so documents can be processed in
any order, in parallel, or taken from a cache; `link` is the one later step
that looks across articles.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import asdict, dataclass, field
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate import SentenceIndex, date_rows, figure_rows, make_doc, mention_rows
from pipeline.annotate.extensions import doc_text
from pipeline.claims import Claim, extract_claims
from pipeline.common.names import with_references
from pipeline.common.records import Document

_WORD = re.compile(r"\w+")
# Documents a Language annotates outside a memory zone, to fill the tokenizer cache first.
WARM_UP_DOCUMENTS = 64
_warmed_up: "weakref.WeakKeyDictionary[Language, int]" = weakref.WeakKeyDictionary()


@dataclass
class DocumentResult:
    """The rows one article contributes to each table (entity ids are filled later by `link`)."""

    document: dict
    mentions: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    claim_links: list[dict] = field(default_factory=list)


def count_words(text: str) -> int:
    """Words as `n_words` and the words-per-second figures count them."""
    return len(_WORD.findall(text))


def document_row(document: Document) -> dict:
    """The `documents` row: the record's metadata plus the size of its cleaned text."""
    row = asdict(document)
    row.pop("meta")
    row["n_chars"] = len(document.text)
    row["n_words"] = count_words(document.text)
    return row


def _inside(row: dict, start: int, end: int) -> bool:
    return start <= row["start"] and row["end"] <= end


def _speaker_mention(claim: Claim, mentions: list[dict]) -> dict | None:
    """The mention the claim's speaker is: one covering the speaker span, or one it begins with.

    A name further inside the span is what the speaker is *of*, not who
    speaks (`proche d'Edouard Philippe`, `critique du régime en Tchétchénie`).
    """
    if claim.speaker_start is None:
        return None
    for mention in mentions:
        if mention["start"] <= claim.speaker_start and claim.speaker_end <= mention["end"]:
            return mention
    for mention in mentions:
        if mention["start"] == claim.speaker_start and mention["end"] <= claim.speaker_end:
            return mention
    return None


def claim_rows(doc: Doc, doc_id: str, claims: list[Claim], result: DocumentResult) -> None:
    """Add the claims' rows, and a link to every mention, date and figure inside each statement."""
    for number, claim in enumerate(claims):
        claim_id = f"{doc_id}:c{number}"
        speaker = _speaker_mention(claim, result.mentions)
        result.claims.append({
            "doc_id": doc_id,
            "claim_id": claim_id,
            "kind": claim.kind,
            "sentence": doc_text(doc)[claim.sentence_start:claim.sentence_end],
            "statement": doc_text(doc)[claim.statement_start:claim.statement_end],
            "cue": claim.cue,
            "speaker": claim.speaker,
            "speaker_entity_id": "",
            "speaker_mention_id": speaker["mention_id"] if speaker else "",
            "start": claim.statement_start,
            "end": claim.statement_end,
        })
        for kind, rows, key in (("mention", result.mentions, "mention_id"),
                                ("date", result.dates, "date_id"),
                                ("figure", result.figures, "figure_id")):
            for row in rows:
                if _inside(row, claim.statement_start, claim.statement_end):
                    result.claim_links.append({"claim_id": claim_id, "kind": kind, "target_id": row[key]})


def rows_from_doc(document: Document, doc: Doc) -> DocumentResult:
    """Every row one annotated article gives."""
    sentences = SentenceIndex(doc)
    result = DocumentResult(
        document=document_row(document),
        mentions=with_references(mention_rows(doc, document.doc_id, sentences)),
        dates=date_rows(doc, document.doc_id, sentences),
        figures=figure_rows(doc, document.doc_id, sentences),
    )
    claim_rows(doc, document.doc_id, extract_claims(doc), result)
    return result


def process_documents(nlp: Language, documents: Iterable[Document],
                      batch_size: int = 16) -> Iterator[DocumentResult]:
    """Annotate the ok documents in batches and yield every document's rows, in input order.

    A document whose annotation raises becomes a `failed` row with the error;
    the others go on.
    """
    pending: list[Document] = []
    for document in documents:
        pending.append(document)
        if len(pending) >= batch_size:
            yield from _process_batch(nlp, pending)
            pending = []
    if pending:
        yield from _process_batch(nlp, pending)


def _process_batch(nlp: Language, batch: list[Document]) -> list[DocumentResult]:
    """The batch's rows, computed inside a spaCy memory zone so the vocabulary does not grow with the dump.

    Inside a zone spaCy stops filling its tokenizer cache, which made a
    process that starts cold (a fresh worker) about a quarter slower: the
    first WARM_UP_DOCUMENTS a Language annotates run outside the zone, a
    bounded one-time cost. Rows hold plain strings and numbers only: the
    batch's Docs are invalid once the zone closes.
    """
    warmed = _warmed_up.get(nlp, 0)
    if warmed < WARM_UP_DOCUMENTS:
        _warmed_up[nlp] = warmed + len(batch)
        return list(_rows_of_batch(nlp, batch))
    with nlp.memory_zone():
        return list(_rows_of_batch(nlp, batch))


def _rows_of_batch(nlp: Language, batch: list[Document]) -> Iterator[DocumentResult]:
    ready = [d for d in batch if d.ok]
    docs = [make_doc(nlp, d.text, d.doc_id, d.published) for d in ready]
    try:
        annotated = dict(zip((d.doc_id for d in ready), nlp.pipe(docs)))
    except Exception:  # one bad document must not sink its batch: redo them one by one
        annotated = {}
        for document, doc in zip(ready, docs):
            try:
                annotated[document.doc_id] = nlp(doc)
            except Exception as error:  # noqa: BLE001  reported in the documents table
                document.status, document.error = "failed", f"annotate: {type(error).__name__}: {error}"
    for document in batch:
        doc = annotated.get(document.doc_id) if document.ok else None
        if doc is None:
            yield DocumentResult(document=document_row(document))
            continue
        try:
            yield rows_from_doc(document, doc)
        except Exception as error:  # noqa: BLE001  reported in the documents table
            document.status, document.error = "failed", f"claims: {type(error).__name__}: {error}"
            yield DocumentResult(document=document_row(document))
