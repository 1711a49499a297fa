"""The Dask engine: the per-document stages as one task per partition of a chunk, on a `dask.distributed` cluster.

The client (this process) reads the dump, uses the cache and writes the
tables exactly as the local engine does; only annotation moves to the
cluster. Each worker process loads the model once (`annotate_in_worker`
keeps it), not once per task. A partition that fails for good (after Dask's
retries, or when its worker keeps dying) becomes `failed` rows for its
documents, so the run still accounts for every one.
"""

from __future__ import annotations

import logging
import os
import signal
import weakref
from multiprocessing import resource_tracker
from contextlib import contextmanager, nullcontext, suppress
from typing import Iterator

from distributed import Client, Future, LocalCluster, Nanny

from pipeline.common.records import Document
from pipeline.runner.local_engine import annotate_in_worker
from pipeline.runner.results import DocumentResult, document_row

# Documents per partition: enough to batch the parser, small enough to spread a chunk over workers.
PARTITION_SIZE = 16
# A task is retried this many times (on another worker if its own died) before its documents fail.
RETRIES = 2


class DaskResult:
    """A chunk's rows computing on the cluster, a future per partition; `get` turns a lost partition into failed rows."""

    def __init__(self, futures: list[Future], partitions: list[list[Document]]) -> None:
        self.futures, self.partitions = futures, partitions

    def ready(self) -> bool:
        return all(future.done() for future in self.futures)

    def get(self) -> list[DocumentResult]:
        return [result for future, documents in zip(self.futures, self.partitions)
                for result in _partition_rows(future, documents)]


def _partition_rows(future: Future, documents: list[Document]) -> list[DocumentResult]:
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001  every document of the partition keeps its row
        return [_failed(document, error) for document in documents]


def _failed(document: Document, error: Exception) -> DocumentResult:
    document.status = "failed"
    document.error = f"dask: {type(error).__name__}: {error}"
    return DocumentResult(document=document_row(document), cacheable=False)


# A Dask worker loads the model at its first task (a few seconds, many more on a loaded machine): a chunk's
# deadline allows it on top of its articles' budgets, or a short budget would time out the articles behind it.
WORKER_START_SECONDS = 30.0


class DaskEngine:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` single-threaded processes."""

    def __init__(self, scheduler: str | None, workers: int, doc_timeout: float | None) -> None:
        self.doc_timeout = doc_timeout
        self.cluster = None
        if scheduler is None:
            with _stop_signals_blocked():
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=":0")
        try:
            self.client = Client(scheduler or self.cluster)
            threads = sum(self.client.nthreads().values()) or workers
        except BaseException:  # a stop while connecting: the cluster started here goes with it
            if self.cluster is not None:
                self.cluster.close()
            raise
        self.capacity = 2 * threads
        self.start_seconds = WORKER_START_SECONDS
        self.submitted: weakref.WeakSet[DaskResult] = weakref.WeakSet()  # results the run still waits for

    def submit(self, documents: list[Document]) -> DaskResult:
        partitions = [documents[start:start + PARTITION_SIZE] for start in range(0, len(documents), PARTITION_SIZE)]
        futures = self.client.map(annotate_in_worker, partitions, doc_timeout=self.doc_timeout,
                                  retries=RETRIES, pure=False)
        result = DaskResult(futures, partitions)
        self.submitted.add(result)
        return result

    def restart(self, late: DaskResult) -> bool:
        """Cancel the late partitions and restart the workers running them; the scheduler recomputes
        whatever else those workers held, so no other pending result is lost. A worker without a
        nanny (threads in this process) cannot be restarted: cancelling its task is all there is."""
        unfinished = [future for future in late.futures if not future.done()]
        keys = {future.key for future in unfinished}
        workers = self.client.scheduler_info(n_workers=-1)["workers"]
        stuck = [worker for worker, running in self.client.processing().items()
                 if keys & set(running) and workers.get(worker, {}).get("nanny")]
        self.client.cancel(unfinished)
        if stuck:
            self.client.restart_workers(stuck, raise_for_error=False)
        return False

    def close(self, abandon: bool = False) -> None:
        """Disconnect, and close a LocalCluster; when abandoning, first cancel this run's tasks (another
        client's on a shared cluster go on) and kill a LocalCluster's workers rather than wait for their
        tasks: a parse in compiled code would hold a graceful close for seconds."""
        with _quiet() if abandon else nullcontext():
            if abandon:
                self._kill_local_workers()
                self.client.cancel([future for result in list(self.submitted) for future in result.futures])
            self.client.close()
            if self.cluster is not None:
                self.cluster.close()

    def _kill_local_workers(self) -> None:
        for nanny in self.cluster.workers.values() if self.cluster is not None else ():
            if isinstance(nanny, Nanny) and nanny.pid:
                nanny.close_gracefully("depeche-stopped")  # its worker, gone, is not started again
                with suppress(ProcessLookupError):
                    os.kill(nanny.pid, signal.SIGKILL)


@contextmanager
def _stop_signals_blocked() -> Iterator[None]:
    """Start the cluster with SIGINT and SIGTERM blocked in this thread, so in the threads it starts and in
    the worker processes they spawn, now or at a restart (a mask outlives `exec`). Spawned workers stay in
    the run's process group: without this, a Ctrl-C or a SIGTERM to the group killed a worker, its nanny
    started another before the run could close it, and the stop waited for that worker to load. The run
    alone takes the signal (pending here, it is raised when the mask is restored) and ends its workers.
    Multiprocessing's resource tracker is started first: starting it unblocks both signals in its thread."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    resource_tracker.ensure_running()
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


@contextmanager
def _quiet() -> Iterator[None]:
    """No warnings from Dask about the tasks and workers a stop ends on purpose."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
