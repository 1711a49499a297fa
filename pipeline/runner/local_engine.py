"""The local engine: documents annotated in this process, or in forked workers sharing the loaded model.

Kept apart from `engines`, so a run served wholly from the cache never
imports spaCy or the model's code: only `Annotator` starting an engine does.
"""

from __future__ import annotations

import gc
import threading
from collections import deque
from multiprocessing.pool import AsyncResult, Pool

from spacy.language import Language

from pipeline.annotate import load
from pipeline.common.records import Document
from pipeline.runner.engines import Done, pool_context
from pipeline.runner.process import process_documents
from pipeline.runner.results import DocumentResult
from pipeline.runner.watch import Pending


_worker_nlp: Language | None = None
_worker_lock = threading.Lock()
# Chunks each worker annotates before a fresh fork of the parent takes over. A worker's heap grows with the
# articles it has seen (allocator high-water marks, caches filled by its own texts), by about the model's size
# again over its first few thousand articles; a fresh fork starts from the parent's pages, shared copy-on-write.
# Not `Pool(maxtasksperchild=…)`: that pool forks replacements from its handler thread, whose end kills them
# (`interrupt.py`'s parent-death signal is per thread) while one holds the task queue's lock, and
# `terminate` then waits on that lock for ever.
CHUNKS_PER_WORKER = 32


def load_worker_model() -> Language:
    """The worker process' model: inherited from the parent (fork), else loaded once (spawn, Dask)."""
    global _worker_nlp
    if _worker_nlp is None:
        _worker_nlp = load()
    return _worker_nlp


def annotate_in_worker(documents: list[Document], doc_timeout: float | None) -> list[DocumentResult]:
    """Rows of `documents`, in a worker process, whose model one thread at a time uses."""
    with _worker_lock:
        return list(process_documents(load_worker_model(), documents, doc_timeout=doc_timeout))


class LocalEngine:
    """This machine's cores: in this process for one worker, else forked processes sharing the loaded model.

    The model is the process' for the run only: `close` lets it go, so the
    memory of a model this run loaded (a few hundred MiB) is free again for
    `link`, the one stage that grows with the dump. A notebook reusing one
    model across runs passes it as `nlp` and keeps its own reference.
    """

    def __init__(self, workers: int, nlp: Language | None, doc_timeout: float | None) -> None:
        global _worker_nlp
        if nlp is not None:
            _worker_nlp = nlp
        self.nlp: Language | None = load_worker_model()  # before the fork, so every worker shares it
        self.workers, self.doc_timeout = workers, doc_timeout
        self.pool: Pool | None = None
        self.sent = 0  # chunks sent to the current pool
        self.capacity = 2 * workers
        # The current pool's latest chunks (no more can be in flight), and the closed pools finishing theirs.
        self.results: deque[AsyncResult] = deque(maxlen=self.capacity)
        self.retired: list[tuple[Pool, deque[AsyncResult]]] = []
        self.start_seconds = 0.0  # the model is loaded before the workers fork: they start ready

    def submit(self, documents: list[Document]) -> Done | AsyncResult:
        if self.workers <= 1:
            return Done(list(process_documents(self.nlp, documents, doc_timeout=self.doc_timeout)))
        self._reap_retired()
        if self.pool is not None and self.sent >= CHUNKS_PER_WORKER * self.workers:
            self.pool.close()  # its workers finish what they were sent, then exit
            self.retired.append((self.pool, self.results))
            self.pool = None
        if self.pool is None:
            self.pool, self.sent, self.results = pool_context().Pool(self.workers), 0, deque(maxlen=self.capacity)
        self.sent += 1
        result = self.pool.apply_async(annotate_in_worker, (documents, self.doc_timeout))
        self.results.append(result)
        return result

    def _reap_retired(self) -> None:
        """Join the retired pools whose chunks have all come back: their workers have exited or are exiting."""
        for pool, results in list(self.retired):
            if all(result.ready() for result in results):
                pool.join()
                self.retired.remove((pool, results))

    def restart(self, late: Pending) -> bool:
        """A pool's workers cannot be killed one by one: all go, and the next `submit` forks new ones."""
        self._stop_pool()
        return True

    def close(self, abandon: bool = False) -> None:
        """The workers are stopped (SIGTERM) either way: what they hold is only results, sent back or unwanted.

        The model is let go; a run going on (to `link`) frees its memory at once, an abandoned one does
        not wait a second or more for that.
        """
        global _worker_nlp
        self._stop_pool()
        _worker_nlp = self.nlp = None
        if not abandon:
            gc.collect()  # the pipeline's components refer back to it: only the collector frees it

    def _stop_pool(self) -> None:
        for pool in [pool for pool, _ in self.retired] + ([self.pool] if self.pool is not None else []):
            pool.terminate()
            pool.join()
        self.pool, self.retired = None, []
