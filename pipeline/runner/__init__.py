"""The whole run: ingest → clean → annotate + claims (per document) → link (across documents) → export.

Documents flow through as a stream: each is read, cleaned, annotated (on
every core) and turned into rows, and the rows go straight to the table files.
No stage holds the dump's Docs; `link` works on the mention rows alone. A
per-document cache under the output folder skips articles already processed
with the same code, model and data.
"""

from __future__ import annotations

import os
import tempfile
import time
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import pandas as pd
from tqdm import tqdm

from pipeline.common.genders import GENDER_CUES, GENDER_RESOLVED
from pipeline.common.names import REFERS_TO
from pipeline.common.tables import TABLES
from pipeline.export import StagedTables, TableFile, read_tables
from pipeline.export.voices import VoiceTally, quotes_by_gender
from pipeline.runner.annotator import Annotator
from pipeline.runner.cache import DocumentCache, fingerprint
from pipeline.runner.deadline import DEFAULT_DOC_TIMEOUT
from pipeline.runner.engines import default_workers
from pipeline.runner.interrupt import Interrupted, signals_deferred
from pipeline.runner.items import Inputs, Item
from pipeline.runner.linking import link_pending
from pipeline.runner.reader import read_ahead
from pipeline.runner.record import InputsDigest, forget_record, kept_run, write_record
from pipeline.runner.summary import RunOutcome, RunSummary
from pipeline.runner.watch import Engine, Watch

if TYPE_CHECKING:  # spaCy is imported only when an article is to be annotated: a cached run needs none
    from spacy.language import Language

CACHE_FOLDER = ".cache"
# Claims wait for `link` with the mention their speaker is, to take its entity and fullest name.
PENDING_CLAIM_COLUMNS = [*TABLES["claims"], "speaker_mention_id"]
PENDING_MENTION_COLUMNS = [*TABLES["mentions"], REFERS_TO, GENDER_CUES, GENDER_RESOLVED]
ROW_TABLES = ("dates", "figures", "claim_links")  # written as they come; mentions and claims wait for link
CHUNK_SIZES = {"local": 16, "dask": 64}


def _write_rows(items: Iterable[Item], staged: StagedTables, pending: dict[str, TableFile],
                cache: DocumentCache | None, summary: RunSummary, seen: InputsDigest | None,
                voices: VoiceTally) -> bool:
    """Send each document's rows to its tables as it comes, and store fresh results in the cache.

    seen: the digest of the run's inputs, given every article's key.

    RETURNS (bool): whether every outcome was the article's own (no time budget spent, no worker lost).
    """
    own = True
    for item in items:
        result = item.result
        if seen is not None and item.input_key is not None:
            seen.add(item.input_key)
        staged.files["documents"].add([result.document])
        for name in ROW_TABLES:
            staged.files[name].add(getattr(result, name))
        pending["mentions"].add(result.mentions)
        pending["claims"].add(result.claims)
        if result.claims:
            voices.note_published(result.document)
        own = own and result.cacheable
        with signals_deferred():  # stored and counted as one: a stop tells exactly how many articles were done
            if cache is not None and item.cache_key and result.cacheable:  # failures too: the fingerprint retries them
                cache.put(item.cache_key, (item.document, result))
            summary.count(result.document, cached=item.from_cache)
    return own


@contextmanager
def _noting_progress(summary: RunSummary) -> Iterator[None]:
    """A stop says how many articles the run had done, and whether its tables were in place already."""
    try:
        yield
    except Interrupted as stop:
        stop.documents = sum(summary.statuses.values())
        stop.tables_written = bool(summary.rows)
        raise


def _engine_starter(engine: str, workers: int, nlp: Language | None, scheduler: str | None,
                    doc_timeout: float | None) -> Callable[[], Watch]:
    if engine not in CHUNK_SIZES:
        raise ValueError(f"unknown engine {engine!r}: choose 'local' or 'dask'")
    return lambda: Watch(_engine(engine, workers, nlp, scheduler, doc_timeout), doc_timeout)


def _engine(engine: str, workers: int, nlp: Language | None, scheduler: str | None, doc_timeout: float | None) -> Engine:
    """The engine, imported only now: a run served from the cache never loads spaCy (nor dask, slow to import)."""
    if engine == "local":
        from pipeline.runner.local_engine import LocalEngine

        return LocalEngine(workers, nlp, doc_timeout)
    from pipeline.runner.dask_engine import DaskEngine

    return DaskEngine(scheduler, workers, doc_timeout)


def execute(inputs: Inputs, out: str | os.PathLike | None = None, *, workers: int | None = None,
            nlp: Language | None = None, progress: bool = False, cache: bool = True,
            engine: str = "local", scheduler: str | None = None, chunk_size: int | None = None,
            doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> RunOutcome:
    """Run every stage on `inputs` (files, folders, archives) and write the tables to `out` if given.

    workers: processes annotating (default: every core; with Dask and no
    scheduler, the local cluster's workers); cache: reuse and store
    per-document results under `out/.cache` (only when `out` is given);
    engine: "local" (this machine) or "dask" (a Dask cluster at `scheduler`,
    or a LocalCluster when None); chunk_size: documents sent to a worker at
    a time (default: 16 locally, 64 on Dask, where a task costs more);
    doc_timeout: seconds one article may take before it is recorded `failed`,
    "timed out" (None: no limit).
    """
    started = time.perf_counter()
    workers = workers or default_workers()
    start_engine = _engine_starter(engine, workers, nlp, scheduler, doc_timeout)
    chunk_size = chunk_size or CHUNK_SIZES[engine]
    with tempfile.TemporaryDirectory(prefix="depeche-") as scratch:
        folder = Path(out) if out is not None else Path(scratch)
        document_cache = DocumentCache(folder / CACHE_FOLDER, fingerprint(nlp)) if cache and out is not None else None
        kept = kept_run(inputs, document_cache, folder) if document_cache is not None else None
        if kept is not None:  # the tables in `out` are this run's already
            document_cache.prune_other_versions()
            kept.seconds = time.perf_counter() - started
            return RunOutcome(kept, folder)
        summary = RunSummary()
        seen = InputsDigest(document_cache) if document_cache is not None else None
        # On the way out (an error, Ctrl-C) the workers stop first, then the reader, then the staging goes.
        with _noting_progress(summary), StagedTables(folder) as staged, \
                closing(read_ahead(inputs, document_cache, doc_timeout)) as prepared, \
                closing(Annotator(start_engine, chunk_size).annotate(prepared)) as annotated, \
                tqdm(annotated, unit="doc", desc="depeche", disable=not progress) as items:
            pending = {"mentions": staged.scratch("mentions", PENDING_MENTION_COLUMNS, "pending-mentions"),
                       "claims": staged.scratch("claims", PENDING_CLAIM_COLUMNS, "pending-claims")}
            voices = VoiceTally()
            own = _write_rows(items, staged, pending, document_cache, summary, seen, voices)
            summary.quotes = quotes_by_gender(link_pending(staged, pending, voices))
            with signals_deferred():  # a stop waits for the tables to be all in place: never half of them
                staged.commit()
                summary.rows = {name: file.rows for name, file in staged.files.items()}
        if document_cache is not None:
            if own:
                write_record(document_cache, seen.hexdigest(), folder, summary)
            else:  # an outcome of this run's own (a time-out) is tried again next run
                forget_record(document_cache)
            document_cache.prune_other_versions()
        summary.seconds = time.perf_counter() - started
        preloaded = read_tables(folder) if out is None else None
    return RunOutcome(summary, Path(out) if out is not None else None, preloaded)


def run(inputs: Inputs, out: str | os.PathLike | None = None, *, workers: int | None = None,
        nlp: Language | None = None, cache: bool = True, engine: str = "local",
        scheduler: str | None = None, doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> dict[str, pd.DataFrame]:
    """The notebook entry point: the eight tables as pandas DataFrames (written to `out` if given).

    inputs: a file, folder or archive, or a list of them.
    out: a folder to write the tables to as CSV and Parquet; None writes nothing.
    workers: processes annotating in parallel (default: every core).
    nlp: a Language from `pipeline.load()` to reuse (else the run loads one and frees it before `link`).
    cache: reuse results stored under `out/.cache` for unchanged articles.
    engine: "local", or "dask" to run the per-document stages on a Dask
    cluster: `scheduler` is its address ("tcp://host:8786"), or None for a
    LocalCluster of `workers` processes on this machine.
    doc_timeout: seconds one article may take before it is recorded `failed` (None: no limit).
    """
    return execute(inputs, out, workers=workers, nlp=nlp, cache=cache, engine=engine, scheduler=scheduler,
                   doc_timeout=doc_timeout).tables
