"""The dump read, keyed and cleaned in a process of its own, ahead of the annotation.

A cold run's main process first spends seconds importing spaCy and loading
the model while a core waits; reading and cleaning the dump (milliseconds an
article) in a second process fills that core, and takes the work off the
main process once the workers run. Items come back in input order through a
bounded queue, so the dump still streams: at most `AHEAD` batches wait.
The reader is its own process only; an error in it is raised in the run as
if it had happened there, and a reader that dies ends the run with a clear
error instead of a wait.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import signal
import traceback
from multiprocessing.context import BaseContext
from typing import Iterator

from pipeline.runner.cache import DocumentCache
from pipeline.runner.engines import pool_context
from pipeline.runner.items import Inputs, Item, as_list, prepared_items

BATCH_DOCUMENTS = 16
BATCH_CHARACTERS = 1 << 20  # a batch of long articles goes sooner
AHEAD = 256  # batches waiting in the queue: at most 4 096 articles (and 256 MiB of text)
POLL_SECONDS = 1.0


class ReaderDied(RuntimeError):
    """The reading process ended without finishing the dump or saying why (killed, or out of memory)."""


def read_ahead(inputs: Inputs, cache: DocumentCache | None, doc_timeout: float | None,
               context: BaseContext | None = None) -> Iterator[Item]:
    """`prepared_items` of the inputs, computed in a child process, in input order.

    Read in this process instead when this one may not have children (a
    daemon, as a pool worker is). Closing the iterator early stops the child.
    """
    if multiprocessing.current_process().daemon:
        yield from prepared_items(inputs, cache, doc_timeout)
        return
    context = context or pool_context()
    messages = context.Queue(AHEAD)
    reader = context.Process(target=_prepare_into, args=(messages, as_list(inputs), cache, doc_timeout),
                             name="depeche-reader", daemon=True)
    reader.start()
    try:
        while (batch := _next_batch(messages, reader)) is not None:
            yield from batch
        reader.join()
    finally:
        if reader.is_alive():
            reader.terminate()
        reader.join()
        messages.close()


def _next_batch(messages: multiprocessing.Queue, reader: multiprocessing.process.BaseProcess) -> list[Item] | None:
    """The next batch of items, or None at the end; the reader's error is raised here."""
    while True:
        try:
            kind, payload = messages.get(timeout=POLL_SECONDS)
            break
        except queue.Empty:
            if reader.is_alive():
                continue
            try:  # its last message may have landed as it exited
                kind, payload = messages.get(timeout=POLL_SECONDS)
                break
            except queue.Empty:
                raise ReaderDied(f"the process reading the inputs ended (exit code {reader.exitcode}) "
                                 "before the last document") from None
    if kind == "error":
        raise payload
    return pickle.loads(payload) if kind == "items" else None


def _prepare_into(messages: multiprocessing.Queue, inputs: list, cache: DocumentCache | None,
                  doc_timeout: float | None) -> None:
    """The child: every item, in batches, then the end mark, or the error that stopped it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the run's to handle: it stops this process
    batch: list[Item] = []
    characters = 0
    try:
        for item in prepared_items(inputs, cache, doc_timeout):
            batch.append(item)
            characters += len(item.document.text)
            if len(batch) >= BATCH_DOCUMENTS or characters >= BATCH_CHARACTERS:
                messages.put(("items", _pickled(batch)))
                batch, characters = [], 0
        ending = ("end", None)
    except BaseException as error:  # noqa: BLE001  raised again in the run, after the items read before it
        ending = ("error", _sendable(error))
    if batch:
        messages.put(("items", _pickled(batch)))
    messages.put(ending)


def _pickled(batch: list[Item]) -> bytes:
    """Pickled here, not in the queue's feeder thread, where an error would drop the batch unseen."""
    return pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL)


def _sendable(error: BaseException) -> BaseException:
    """The error with the reader's traceback as a note, or a RuntimeError saying it when it cannot cross."""
    where = "in the process reading the inputs:\n" + "".join(traceback.format_exception(error))
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001  an exception holding something unpicklable, or not rebuilt from its args
        error = RuntimeError(f"{type(error).__name__}: {error}")
    error.add_note(where)
    return error
