"""The documents on their way through a run: read, cleaned, marked when duplicate, or taken from the cache."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from dataclasses import dataclass
from typing import Iterable, Iterator

from pipeline.clean import clean_document
from pipeline.common.records import Document
from pipeline.ingest import read_documents
from pipeline.runner.cache import DocumentCache
from pipeline.runner.deadline import DEFAULT_DOC_TIMEOUT, Deadline, DocumentTimeout, timeout_message
from pipeline.runner.results import DocumentResult, document_row, stage_error

Inputs = str | os.PathLike | Iterable[str | os.PathLike]


@dataclass
class Item:
    """One document on its way through the run: its rows come from the cache or from annotation."""

    document: Document
    result: DocumentResult | None = None
    cache_key: str | None = None  # set when the rows are to be computed and then stored
    from_cache: bool = False
    input_key: str | None = None  # the article's cache key as read, whatever its fate (the run's record digests it)


def cleaned(raw: Document, doc_timeout: float | None) -> tuple[Document, bool]:
    """The cleaned document, and whether its outcome is the article's own (not a time budget spent).

    One whose cleaning raises or runs out of time is `failed`, saying so.
    """
    try:
        with Deadline(doc_timeout):
            return clean_document(raw), True
    except DocumentTimeout:
        return dataclasses.replace(raw, status="failed", error=f"clean: {timeout_message(doc_timeout)}"), False
    except Exception as problem:  # noqa: BLE001  reported in the documents table
        return dataclasses.replace(raw, status="failed", error=stage_error("clean", problem)), True


def as_list(inputs: Inputs) -> list[str | os.PathLike]:
    return [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)


def _digest(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


class DuplicateFinder:
    """Tells the same input read twice from two articles that clean alike.

    A `duplicate` (no rows) is decided on the text as read, never on what
    cleaning left: two pages whose bodies were taken to be the same block
    (a site's teaser list, a paywall notice) are still two articles. An
    article whose cleaned body repeats an earlier one's keeps its rows and
    names that article in `copy_of` (a syndicated copy is worth knowing).
    """

    def __init__(self) -> None:
        self.first_read: dict[bytes, str] = {}
        self.first_cleaned: dict[bytes, str] = {}

    def mark(self, raw: Document, document: Document) -> bool:
        """RETURNS (bool): whether `document` is an input read before (its status is then set).

        raw: the article as read; document: the same article cleaned.
        """
        if not document.ok:
            return False
        first = self.first_read.setdefault(_digest(raw.text), document.doc_id)
        if first != document.doc_id:
            document.status, document.error = "duplicate", f"same text as {first}"
            return True
        original = self.first_cleaned.setdefault(_digest(document.text), document.doc_id)
        document.copy_of = original if original != document.doc_id else ""
        return False


def prepared_items(inputs: Inputs, cache: DocumentCache | None = None,
                   doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> Iterator[Item]:
    """Every input document, read and cleaned (or taken whole from the cache), in input order."""
    duplicates = DuplicateFinder()
    for raw in read_documents(as_list(inputs)):
        key = cache.key(raw) if cache is not None else None
        cached = cache.get(key) if key is not None and raw.ok else None
        own = True
        if cached is not None:
            document, result = cached  # unpickled afresh: the duplicate check may change it freely
        elif raw.ok:
            (document, own), result = cleaned(raw, doc_timeout), None
        else:
            document, result = raw, None
        if duplicates.mark(raw, document) or not document.ok:
            yield Item(document, DocumentResult(document=document_row(document), cacheable=own), input_key=key)
        else:
            if result is not None:  # which earlier article it copies depends on this run's order
                result.document["copy_of"] = document.copy_of
            yield Item(document, result, None if result is not None else key, from_cache=result is not None,
                       input_key=key)
