"""The engine's watch: a chunk that never comes back costs its culprit, not the run.

Each article's own budget is enforced in the worker (`deadline.py`), but code
stuck outside Python (a parse in compiled code) cannot be interrupted there.
So each chunk sent to an engine gets a deadline too: its articles' budgets
plus one more, for the batch's parse, plus the time the engine's workers may
take to start (`start_seconds`: a Dask worker loads the model at its first
task, which is no article's fault). A chunk past
its deadline has its worker killed and replaced (`engine.restart`), the
chunks that went down with it are sent again, and the late chunk is sent
again one article at a time; an article alone past its deadline is recorded
`failed`, "timed out after S s", and the run goes on.
"""

from __future__ import annotations

import time
from typing import Protocol

from pipeline.common.records import Document
from pipeline.runner.deadline import timeout_message
from pipeline.runner.results import DocumentResult, document_row

POLL_SECONDS = 0.05  # how often a blocking `get` looks again: a ready() is cheap


class Pending(Protocol):
    """What an engine's `submit` returns."""

    def ready(self) -> bool: ...

    def get(self) -> list[DocumentResult]: ...


class Engine(Protocol):
    """Where documents are annotated (`local_engine.LocalEngine`, `dask_engine.DaskEngine`).

    `submit` returns a pending result; `restart(late)` kills and replaces the
    workers running the pending result `late` and says whether other pending
    results died with them; `capacity` is how many chunks may be in flight;
    `start_seconds` how long a worker may take to be ready, beyond the articles' budgets;
    `close(abandon=True)` stops at once, the results still pending unwanted.
    """

    capacity: int
    start_seconds: float

    def submit(self, documents: list[Document]) -> Pending: ...

    def restart(self, late: Pending) -> bool: ...

    def close(self, abandon: bool = False) -> None: ...


class Watched:
    """One submission under the watch: its documents, the engine's pending result and its deadline."""

    def __init__(self, watch: "Watch", documents: list[Document]) -> None:
        self.watch, self.documents = watch, documents
        self.parts: list[Watched] = []
        self.timed_out = False
        self.send()

    def send(self) -> None:
        self.pending = self.watch.engine.submit(self.documents)
        self.deadline = time.monotonic() + self.watch.budget(len(self.documents))

    def ready(self) -> bool:
        if self.parts:
            return all(part.ready() for part in self.parts)
        if self.timed_out or self.pending.ready():
            return True
        if time.monotonic() > self.deadline:
            self.watch.overdue(self)
            return self.ready()
        return False

    def get(self) -> list[DocumentResult]:
        while not self.ready():
            time.sleep(POLL_SECONDS)
        if self.parts:
            return [result for part in self.parts for result in part.get()]
        if self.timed_out:
            return [self.watch.timed_out(document) for document in self.documents]
        self.watch.live.discard(self)
        return self.pending.get()


class Watch:
    """An engine whose submissions are watched; `doc_timeout` None turns the watch off."""

    def __init__(self, engine: Engine, doc_timeout: float | None) -> None:
        self.engine, self.doc_timeout = engine, doc_timeout
        self.capacity = engine.capacity
        self.live: set[Watched] = set()

    def budget(self, documents: int) -> float:
        if self.doc_timeout is None:
            return float("inf")
        return self.doc_timeout * (documents + 1) + self.engine.start_seconds

    def submit(self, documents: list[Document]) -> Watched:
        watched = Watched(self, documents)
        self.live.add(watched)
        return watched

    def overdue(self, late: Watched) -> None:
        """Replace the late chunk's worker; send again what died with it, and the late chunk one article at a time."""
        self.live.discard(late)
        unfinished = [other for other in self.live if not other.pending.ready()]
        if self.engine.restart(late.pending):
            for other in unfinished:
                other.send()
        if len(late.documents) == 1:
            late.timed_out = True
        else:
            late.parts = [self.submit([document]) for document in late.documents]

    def timed_out(self, document: Document) -> DocumentResult:
        document.status, document.error = "failed", timeout_message(self.doc_timeout)
        return DocumentResult(document=document_row(document), cacheable=False)

    def close(self, abandon: bool = False) -> None:
        self.engine.close(abandon)
