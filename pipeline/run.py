"""The whole run: ingest → clean → annotate + claims (per document) → link (across documents) → export."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterable, Iterator

import pandas as pd
from spacy.language import Language
from tqdm import tqdm

from pipeline.annotate import load
from pipeline.clean import clean_document
from pipeline.export import conform, to_frame, write_tables
from pipeline.ingest import read_documents
from pipeline.link import link_mentions
from pipeline.process import DocumentResult, process_documents
from pipeline.records import STATUSES, Document
from pipeline.tables import TABLES

Inputs = str | os.PathLike | Iterable[str | os.PathLike]


@dataclass
class RunSummary:
    """What a run did: documents per status, rows per table, time and speed."""

    statuses: Counter = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    words: int = 0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def format(self) -> str:
        statuses = ", ".join(f"{self.statuses.get(s, 0)} {s}" for s in STATUSES)
        rows = ", ".join(f"{name} {count}" for name, count in self.rows.items())
        return (f"documents: {statuses}\nrows: {rows}\n"
                f"time: {self.seconds:.1f} s, {self.words} words, {self.words_per_second:.0f} words/s")


@dataclass
class RunOutcome:
    tables: dict[str, pd.DataFrame]
    summary: RunSummary


def _as_list(inputs: Inputs) -> list[str | os.PathLike]:
    return [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)


def mark_duplicates(documents: Iterable[Document]) -> Iterator[Document]:
    """Give status `duplicate` to an article whose cleaned text repeats an earlier one's, naming it."""
    first_with_text: dict[str, str] = {}
    for document in documents:
        if document.ok:
            key = hashlib.sha1(document.text.encode("utf-8")).hexdigest()
            if key in first_with_text:
                document.status = "duplicate"
                document.error = f"same text as {first_with_text[key]}"
            else:
                first_with_text[key] = document.doc_id
        yield document


def prepared_documents(inputs: Inputs) -> Iterator[Document]:
    """Every input document, read, cleaned and checked for duplicates, in input order."""
    read = read_documents(_as_list(inputs))
    return mark_duplicates(clean_document(d) if d.ok else d for d in read)


_worker_nlp: Language | None = None


def _process_chunk(chunk: list[Document]) -> list[DocumentResult]:
    global _worker_nlp
    if _worker_nlp is None:  # a worker started without the parent's memory (spawn): load once
        _worker_nlp = load()
    return list(process_documents(_worker_nlp, chunk))


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it, so workers share the parent's loaded model."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def annotate_all(documents: Iterable[Document], workers: int = 1,
                 nlp: Language | None = None, chunk_size: int = 32) -> Iterator[DocumentResult]:
    """Per-document rows for every document, in input order, on `workers` processes.

    The model is loaded once, before the workers fork, and workers send back
    rows, not Docs, so little crosses process boundaries.
    """
    global _worker_nlp
    _worker_nlp = nlp or load()
    if workers <= 1:
        yield from process_documents(_worker_nlp, documents)
        return
    with _pool_context().Pool(workers) as pool:
        for results in pool.imap(_process_chunk, _chunks(documents, chunk_size)):
            yield from results


def _collect(results: Iterable[DocumentResult]) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {name: [] for name in TABLES if name != "entities"}
    for result in results:
        rows["documents"].append(result.document)
        for name in ("mentions", "dates", "figures", "claims", "claim_links"):
            rows[name].extend(getattr(result, name))
    return rows


def _attach_speakers(claims: list[dict], mentions: pd.DataFrame, entities: pd.DataFrame) -> None:
    """Give each claim whose speaker is a named mention that mention's entity and its fullest name."""
    entity_of = dict(zip(mentions["mention_id"], mentions["entity_id"]))
    name_of = dict(zip(entities["entity_id"], entities["name"]))
    for claim in claims:
        entity_id = entity_of.get(claim.pop("speaker_mention_id"), "")
        if entity_id:
            claim["speaker_entity_id"] = entity_id
            claim["speaker"] = name_of.get(entity_id, claim["speaker"])


def execute(inputs: Inputs, out: str | os.PathLike | None = None, *, workers: int = 1,
            nlp: Language | None = None, progress: bool = False) -> RunOutcome:
    """Run every stage on `inputs` (files, folders, archives) and write the tables to `out` if given."""
    started = time.perf_counter()
    documents = prepared_documents(inputs)
    results = annotate_all(documents, workers=workers, nlp=nlp)
    if progress:
        results = tqdm(results, unit="doc", desc="depeche")
    rows = _collect(results)

    mentions, entities = link_mentions(to_frame("mentions", rows.pop("mentions")))
    _attach_speakers(rows["claims"], mentions, entities)
    linked = {"mentions": conform("mentions", mentions), "entities": conform("entities", entities)}
    tables = {name: linked[name] if name in linked else to_frame(name, rows[name]) for name in TABLES}
    if out is not None:
        write_tables(tables, out)

    documents_table = tables["documents"]
    summary = RunSummary(
        statuses=Counter(documents_table["status"]),
        rows={name: len(frame) for name, frame in tables.items()},
        seconds=time.perf_counter() - started,
        words=int(documents_table.loc[documents_table["status"] == "ok", "n_words"].sum()),
    )
    return RunOutcome(tables, summary)


def run(inputs: Inputs, out: str | os.PathLike | None = None, *, workers: int = 1,
        nlp: Language | None = None) -> dict[str, pd.DataFrame]:
    """The notebook entry point: the seven tables as pandas DataFrames (written to `out` if given).

    inputs: a file, folder or archive, or a list of them.
    out: a folder to write the tables to as CSV and Parquet; None writes nothing.
    workers: processes to annotate with; each loads the model once.
    nlp: a Language from `pipeline.load()` to reuse (one process only).
    """
    return execute(inputs, out, workers=workers, nlp=nlp).tables
