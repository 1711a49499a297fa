"""Per-document processing: cleaned Documents in, each one's rows for every table out.

Everything here looks at one article only, so documents can be processed in
any order, in parallel, or taken from a cache; `link` is the one later step
that looks across articles. One article's trouble stays its own: spaCy's
model runs on the batch, then depeche's components and the rows of each
stage run per article, each isolated (a stage that raises makes the article
`partial`), under a time budget (an article that spends it is `failed`,
"timed out after S s").
"""

from __future__ import annotations

import weakref
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate import COMPONENTS, make_doc
from pipeline.common.records import Document
from pipeline.runner.deadline import DEFAULT_DOC_TIMEOUT, Deadline, DocumentTimeout, timeout_message
from pipeline.runner.results import DocumentResult, document_row, stage_error
from pipeline.runner.rows import rows_from_doc

# Documents a Language annotates outside a memory zone, to fill the tokenizer cache first.
WARM_UP_DOCUMENTS = 64
_warmed_up: "weakref.WeakKeyDictionary[Language, int]" = weakref.WeakKeyDictionary()


def process_documents(nlp: Language, documents: Iterable[Document], batch_size: int = 16,
                      doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> Iterator[DocumentResult]:
    """Annotate the ok documents in batches and yield every document's rows, in input order.

    doc_timeout: seconds one article may take (None: no limit).
    """
    pending: list[Document] = []
    for document in documents:
        pending.append(document)
        if len(pending) >= batch_size:
            yield from _process_batch(nlp, pending, doc_timeout)
            pending = []
    if pending:
        yield from _process_batch(nlp, pending, doc_timeout)


def _process_batch(nlp: Language, batch: list[Document], doc_timeout: float | None) -> list[DocumentResult]:
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
        return list(_rows_of_batch(nlp, batch, doc_timeout))
    with nlp.memory_zone():
        return list(_rows_of_batch(nlp, batch, doc_timeout))


def _rows_of_batch(nlp: Language, batch: list[Document], doc_timeout: float | None) -> Iterator[DocumentResult]:
    ours = [name for name in nlp.pipe_names if name in COMPONENTS]
    parsed, timed_out = _parse(nlp, [d for d in batch if d.ok], ours, doc_timeout)
    for document in batch:
        doc = parsed.get(document.doc_id) if document.ok else None
        if doc is None:
            yield DocumentResult(document=document_row(document), cacheable=document.doc_id not in timed_out)
            continue
        try:
            with Deadline(doc_timeout):
                doc, failures = _run_components(nlp, ours, doc)
                result = rows_from_doc(document, doc, failures)
        except DocumentTimeout:
            document.status, document.error = "failed", timeout_message(doc_timeout)
            result = DocumentResult(document=document_row(document), cacheable=False)
        yield result


def _parse(nlp: Language, ready: list[Document], ours: list[str],
           doc_timeout: float | None) -> tuple[dict[str, Doc], set[str]]:
    """spaCy's own components on the batch; when that raises or runs out of time, on each article alone.

    A document that still fails is marked `failed` (`annotate: …`, or timed
    out) and left out. RETURNS: the parsed Docs by id, and the ids that timed out.
    """
    docs = [make_doc(nlp, d.text, d.doc_id, d.published) for d in ready]
    try:
        with Deadline(doc_timeout * len(docs) if doc_timeout else None):
            return dict(zip((d.doc_id for d in ready), nlp.pipe(docs, disable=ours))), set()
    except (Exception, DocumentTimeout):  # one bad document must not sink its batch: redo them one by one
        pass
    parsed, timed_out = {}, set()
    for document, doc in zip(ready, docs):
        try:
            with Deadline(doc_timeout):
                parsed[document.doc_id] = next(iter(nlp.pipe([doc], disable=ours)))
        except DocumentTimeout:
            document.status, document.error = "failed", timeout_message(doc_timeout)
            timed_out.add(document.doc_id)
        except Exception as error:  # noqa: BLE001  reported in the documents table
            document.status, document.error = "failed", stage_error("annotate", error)
    return parsed, timed_out


def _run_components(nlp: Language, ours: list[str], doc: Doc) -> tuple[Doc, list[str]]:
    """depeche's components on one parsed Doc, each on its own. RETURNS: the Doc, and the errors of those that raised."""
    failures = []
    for name in ours:
        try:
            doc = nlp.get_pipe(name)(doc)
        except Exception as error:  # noqa: BLE001  the doc keeps what the model and the other components found
            failures.append(stage_error(COMPONENTS[name], error))
    return doc, failures
