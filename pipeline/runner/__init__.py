"""The whole run: ingest → clean → annotate + claims (per document) → link (across documents) → export.

Documents flow through as a stream: each is read, cleaned, annotated (on
every core) and turned into rows, and the rows go straight to the table files.
No stage holds the dump's Docs; `link` works on the mention rows alone. A
per-document cache under the output folder skips articles already processed
with the same code, model and data.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import tempfile
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

import pandas as pd
import pyarrow.parquet as pq
from spacy.language import Language
from tqdm import tqdm

from pipeline.annotate import load
from pipeline.runner.cache import DocumentCache, fingerprint
from pipeline.clean import clean_document
from pipeline.export import StagedTables, TableFile, read_tables
from pipeline.ingest import read_documents
from pipeline.link import link_mentions
from pipeline.common.names import REFERS_TO
from pipeline.runner.process import DocumentResult, document_row, process_documents
from pipeline.common.records import STATUSES, Document
from pipeline.common.tables import TABLES

Inputs = str | os.PathLike | Iterable[str | os.PathLike]
CACHE_FOLDER = ".cache"
# Claims wait for `link` with the mention their speaker is, to take its entity and fullest name.
PENDING_CLAIM_COLUMNS = [*TABLES["claims"], "speaker_mention_id"]
PENDING_MENTION_COLUMNS = [*TABLES["mentions"], REFERS_TO]
ROW_TABLES = ("dates", "figures", "claim_links")  # written as they come; mentions and claims wait for link
CHUNK_SIZES = {"local": 16, "dask": 64}


class Engine(Protocol):
    """Where documents are annotated: `submit` returns a pending result with `ready()` and `get()`."""

    capacity: int

    def submit(self, documents: list[Document]) -> "Done | AsyncResult": ...

    def close(self) -> None: ...


@dataclass
class RunSummary:
    """What a run did: documents per status, rows per table, cache use, time and speed."""

    statuses: Counter = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    words: int = 0
    cached: int = 0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def count(self, document: dict, cached: bool) -> None:
        self.statuses[document["status"]] += 1
        if document["status"] == "ok":
            self.words += document["n_words"]
            self.cached += cached

    def format(self) -> str:
        statuses = ", ".join(f"{self.statuses.get(s, 0)} {s}" for s in STATUSES)
        rows = ", ".join(f"{name} {count}" for name, count in self.rows.items())
        return (f"documents: {statuses} ({self.cached} of the ok ones from the cache)\nrows: {rows}\n"
                f"time: {self.seconds:.1f} s, {self.words} words, {self.words_per_second:.0f} words/s")


@dataclass
class RunOutcome:
    """The summary, and the tables read back from the output folder when first asked for."""

    summary: RunSummary
    out: Path | None = None
    preloaded: dict[str, pd.DataFrame] | None = None

    @cached_property
    def tables(self) -> dict[str, pd.DataFrame]:
        return self.preloaded if self.preloaded is not None else read_tables(self.out)


@dataclass
class Item:
    """One document on its way through the run: its rows come from the cache or from annotation."""

    document: Document
    result: DocumentResult | None = None
    cache_key: str | None = None  # set when the rows are to be computed and then stored
    from_cache: bool = False


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _as_list(inputs: Inputs) -> list[str | os.PathLike]:
    return [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)


class DuplicateFinder:
    """Gives status `duplicate` to an article whose cleaned text repeats an earlier one's, naming it."""

    def __init__(self) -> None:
        self.first_with_text: dict[bytes, str] = {}

    def mark(self, document: Document) -> bool:
        """RETURNS (bool): whether `document` repeats an earlier one (its status is then set)."""
        if not document.ok:
            return False
        key = hashlib.sha1(document.text.encode("utf-8")).digest()
        first = self.first_with_text.setdefault(key, document.doc_id)
        if first == document.doc_id:
            return False
        document.status, document.error = "duplicate", f"same text as {first}"
        return True


def prepared_items(inputs: Inputs, cache: DocumentCache | None = None) -> Iterator[Item]:
    """Every input document, read and cleaned (or taken whole from the cache), in input order."""
    duplicates = DuplicateFinder()
    for raw in read_documents(_as_list(inputs)):
        key = cache.key(raw) if cache is not None and raw.ok else None
        cached = cache.get(key) if key else None
        if cached is not None:
            document, result = cached  # unpickled afresh: the duplicate check may change it freely
        else:
            document, result = (clean_document(raw) if raw.ok else raw), None
        if duplicates.mark(document) or not document.ok:
            yield Item(document, DocumentResult(document=document_row(document)))
        else:
            yield Item(document, result, None if result is not None else key, from_cache=result is not None)


# ---------------------------------------------------------------- annotation on every core

_worker_nlp: Language | None = None
_worker_lock = threading.Lock()


def load_worker_model() -> Language:
    """The worker process' model: inherited from the parent (fork), else loaded once (spawn, Dask)."""
    global _worker_nlp
    if _worker_nlp is None:
        _worker_nlp = load()
    return _worker_nlp


def annotate_in_worker(documents: list[Document]) -> list[DocumentResult]:
    """Rows of `documents`, in a worker process, whose model one thread at a time uses."""
    with _worker_lock:
        return list(process_documents(load_worker_model(), documents))


class Done:
    """Rows already computed, with the interface of a pending result."""

    def __init__(self, results: list[DocumentResult]) -> None:
        self.results = results

    def ready(self) -> bool:
        return True

    def get(self) -> list[DocumentResult]:
        return self.results


class LocalEngine:
    """This machine's cores: in this process for one worker, else forked processes sharing the loaded model.

    The model is the process' for the run only: `close` lets it go, so the
    memory of a model this run loaded (a few hundred MiB) is free again for
    `link`, the one stage that grows with the dump. A notebook reusing one
    model across runs passes it as `nlp` and keeps its own reference.
    """

    def __init__(self, workers: int, nlp: Language | None) -> None:
        global _worker_nlp
        if nlp is not None:
            _worker_nlp = nlp
        self.nlp: Language | None = load_worker_model()  # before the fork, so every worker shares it
        self.workers = workers
        self.pool: Pool | None = None
        self.capacity = 2 * workers

    def submit(self, documents: list[Document]) -> Done | AsyncResult:
        if self.workers <= 1:
            return Done(list(process_documents(self.nlp, documents)))
        if self.pool is None:
            self.pool = _pool_context().Pool(self.workers)
        return self.pool.apply_async(annotate_in_worker, (documents,))

    def close(self) -> None:
        global _worker_nlp
        if self.pool is not None:
            self.pool.terminate()
        _worker_nlp = self.nlp = None
        gc.collect()  # the pipeline's components refer back to it: only the collector frees it


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it, so workers share the parent's loaded model."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class Annotator:
    """Annotates the items that need it, in chunks, on an engine, keeping the input order.

    The engine (and with it the model, the worker processes or the cluster
    connection) starts only when a first document needs annotating, so a run
    served wholly from the cache never pays for it. Workers send back rows,
    not Docs, and only `engine.capacity` chunks are in flight, so memory does
    not grow with the dump.
    """

    def __init__(self, start_engine: Callable[[], "Engine"], chunk_size: int) -> None:
        self.start_engine, self.chunk_size = start_engine, chunk_size
        self.engine: Engine | None = None
        self.in_flight: deque[tuple[list[Item], Done | AsyncResult]] = deque()

    def annotate(self, items: Iterable[Item]) -> Iterator[Item]:
        iterator = iter(items)
        try:
            while chunk := list(islice(iterator, self.chunk_size)):
                self._submit(chunk)
                yield from self._finished(block=len(self.in_flight) > self._capacity())
            yield from self._finished(block=True, everything=True)
        finally:
            if self.engine is not None:
                self.engine.close()

    def _capacity(self) -> int:
        return self.engine.capacity if self.engine is not None else 1

    def _submit(self, chunk: list[Item]) -> None:
        todo = [item.document for item in chunk if item.result is None]
        if not todo:
            self.in_flight.append((chunk, Done([])))
            return
        if self.engine is None:
            self.engine = self.start_engine()
        self.in_flight.append((chunk, self.engine.submit(todo)))

    def _finished(self, block: bool, everything: bool = False) -> Iterator[Item]:
        while self.in_flight:
            chunk, pending = self.in_flight[0]
            if not block and not pending.ready():
                return
            self.in_flight.popleft()
            results = iter(pending.get())
            for item in chunk:
                if item.result is None:
                    item.result = next(results)
                yield item
            block = everything


# ---------------------------------------------------------------- the run


def _write_rows(items: Iterable[Item], staged: StagedTables, pending: dict[str, TableFile],
                cache: DocumentCache | None, summary: RunSummary) -> None:
    """Send each document's rows to its tables as it comes, and store fresh results in the cache."""
    for item in items:
        result = item.result
        staged.files["documents"].add([result.document])
        for name in ROW_TABLES:
            staged.files[name].add(getattr(result, name))
        pending["mentions"].add(result.mentions)
        pending["claims"].add(result.claims)
        summary.count(result.document, cached=item.from_cache)
        if cache is not None and item.cache_key and result.document["status"] == "ok":
            cache.put(item.cache_key, (item.document, result))


def _link(staged: StagedTables, pending: dict[str, TableFile]) -> None:
    """Link the mentions across documents, then give each claim its speaker's entity and fullest name."""
    for file in pending.values():
        file.close()
    mentions, entities = link_mentions(pd.read_parquet(pending["mentions"].parquet_path))
    staged.files["mentions"].add_frame(mentions)
    staged.files["entities"].add_frame(entities)
    entity_of = dict(zip(mentions["mention_id"], mentions["entity_id"]))
    name_of = dict(zip(entities["entity_id"], entities["name"]))
    del mentions, entities
    for batch in pq.ParquetFile(pending["claims"].parquet_path).iter_batches():
        staged.files["claims"].add_frame(_with_speakers(batch.to_pandas(), entity_of, name_of))


def _with_speakers(claims: pd.DataFrame, entity_of: dict[str, str], name_of: dict[str, str]) -> pd.DataFrame:
    """A claim whose speaker is a named mention takes that mention's entity and the entity's fullest name."""
    entity = claims["speaker_mention_id"].map(entity_of).fillna("")
    claims["speaker_entity_id"] = entity
    claims["speaker"] = entity.map(name_of).where(entity != "", claims["speaker"])
    return claims


def _engine_starter(engine: str, workers: int, nlp: Language | None,
                    scheduler: str | None) -> Callable[[], Engine]:
    if engine not in CHUNK_SIZES:
        raise ValueError(f"unknown engine {engine!r}: choose 'local' or 'dask'")
    if engine == "local":
        return lambda: LocalEngine(workers, nlp)
    from pipeline.runner.dask_engine import DaskEngine  # only when asked for: dask is slow to import

    return lambda: DaskEngine(scheduler, workers)


def execute(inputs: Inputs, out: str | os.PathLike | None = None, *, workers: int | None = None,
            nlp: Language | None = None, progress: bool = False, cache: bool = True,
            engine: str = "local", scheduler: str | None = None, chunk_size: int | None = None) -> RunOutcome:
    """Run every stage on `inputs` (files, folders, archives) and write the tables to `out` if given.

    workers: processes annotating (default: every core; with Dask and no
    scheduler, the local cluster's workers); cache: reuse and store
    per-document results under `out/.cache` (only when `out` is given);
    engine: "local" (this machine) or "dask" (a Dask cluster at `scheduler`,
    or a LocalCluster when None); chunk_size: documents sent to a worker at
    a time (default: 16 locally, 64 on Dask, where a task costs more).
    """
    started = time.perf_counter()
    workers = workers or default_workers()
    start_engine = _engine_starter(engine, workers, nlp, scheduler)
    chunk_size = chunk_size or CHUNK_SIZES[engine]
    with tempfile.TemporaryDirectory(prefix="depeche-") as scratch:
        folder = Path(out) if out is not None else Path(scratch)
        document_cache = DocumentCache(folder / CACHE_FOLDER, fingerprint(nlp)) if cache and out is not None else None
        summary = RunSummary()
        with StagedTables(folder) as staged:
            pending = {"mentions": staged.scratch("mentions", PENDING_MENTION_COLUMNS, "pending-mentions"),
                       "claims": staged.scratch("claims", PENDING_CLAIM_COLUMNS, "pending-claims")}
            items = Annotator(start_engine, chunk_size).annotate(prepared_items(inputs, document_cache))
            if progress:
                items = tqdm(items, unit="doc", desc="depeche")
            _write_rows(items, staged, pending, document_cache, summary)
            _link(staged, pending)
            staged.commit()
            summary.rows = {name: file.rows for name, file in staged.files.items()}
        if document_cache is not None:
            document_cache.prune_other_versions()
        summary.seconds = time.perf_counter() - started
        preloaded = read_tables(folder) if out is None else None
    return RunOutcome(summary, Path(out) if out is not None else None, preloaded)


def run(inputs: Inputs, out: str | os.PathLike | None = None, *, workers: int | None = None,
        nlp: Language | None = None, cache: bool = True, engine: str = "local",
        scheduler: str | None = None) -> dict[str, pd.DataFrame]:
    """The notebook entry point: the seven tables as pandas DataFrames (written to `out` if given).

    inputs: a file, folder or archive, or a list of them.
    out: a folder to write the tables to as CSV and Parquet; None writes nothing.
    workers: processes annotating in parallel (default: every core).
    nlp: a Language from `pipeline.load()` to reuse (else the run loads one and frees it before `link`).
    cache: reuse results stored under `out/.cache` for unchanged articles.
    engine: "local", or "dask" to run the per-document stages on a Dask
    cluster: `scheduler` is its address ("tcp://host:8786"), or None for a
    LocalCluster of `workers` processes on this machine.
    """
    return execute(inputs, out, workers=workers, nlp=nlp, cache=cache, engine=engine, scheduler=scheduler).tables
