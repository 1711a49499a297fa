"""Chunks of documents in flight on an engine, their rows handed back in input order."""

from __future__ import annotations

from collections import deque
from itertools import islice
from typing import Callable, Iterable, Iterator

from pipeline.runner.engines import Done
from pipeline.runner.items import Item
from pipeline.runner.watch import Pending, Watch


class Annotator:
    """Annotates the items that need it, in chunks, on an engine, keeping the input order.

    The engine (and with it the model, the worker processes or the cluster
    connection) starts only when a first document needs annotating, so a run
    served wholly from the cache never pays for it. Workers send back rows,
    not Docs, and only `engine.capacity` chunks are in flight, so memory does
    not grow with the dump.
    """

    def __init__(self, start_engine: Callable[[], Watch], chunk_size: int) -> None:
        self.start_engine, self.chunk_size = start_engine, chunk_size
        self.engine: Watch | None = None
        self.in_flight: deque[tuple[list[Item], Pending]] = deque()

    def annotate(self, items: Iterable[Item]) -> Iterator[Item]:
        iterator = iter(items)
        try:
            while chunk := list(islice(iterator, self.chunk_size)):
                self._submit(chunk)
                yield from self._finished(block=len(self.in_flight) > self._capacity())
            yield from self._finished(block=True, everything=True)
        except BaseException:  # an error, a stop (Ctrl-C) or the run closing this early: drop the work in flight
            self._close(abandon=True)
            raise
        self._close(abandon=False)

    def _close(self, abandon: bool) -> None:
        if self.engine is not None:
            self.engine.close(abandon)
            self.engine = None

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
