"""Ingest: every document of a dump (files, folders, archives) as a `Document`, failures included.

A dump is whatever a scraper left: text and Markdown files, HTML pages, JSON,
JSON lines, CSV/TSV exports, zipped or tarred, in unknown encodings. Bad input
never stops a run and never loses a document: a file or record that cannot be
read still yields its row, with a status (`empty`, `skipped`, `failed`) and an
error naming the file and the line or row.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.common.records import Document
from pipeline.ingest.archives import read_payload
from pipeline.ingest.formats import problem


def read_documents(inputs: Iterable[str | os.PathLike]) -> Iterator[Document]:
    """Every document of `inputs` (files, folders read recursively, archives), in a stable order.

    Folders are walked in sorted path order and records keep their file order.
    Raises FileNotFoundError, before reading anything, for an input that does
    not exist; bad content never raises, it yields a row with its status.
    """
    paths = [Path(item) for item in inputs]
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise FileNotFoundError(f"input not found: {path}")
    ids = UniqueIds()
    for path in paths:
        for doc in _read_input(path):
            doc.doc_id = ids.claim(doc.doc_id)
            yield doc


class UniqueIds:
    """Hands out each id once per run: a clash gets `-2`, `-3`, …"""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def claim(self, wanted: str) -> str:
        wanted = wanted or "document"
        candidate, number = wanted, 1
        while candidate in self.taken:
            number += 1
            candidate = f"{wanted}-{number}"
        self.taken.add(candidate)
        return candidate


def _read_input(path: Path) -> Iterator[Document]:
    if path.is_dir():
        files = (p for p in path.rglob("*") if p.is_file() or p.is_symlink())
        for file in sorted(files, key=lambda p: p.relative_to(path).as_posix()):
            yield from _read_file(file, file.relative_to(path).as_posix())
    else:
        yield from _read_file(path, path.name)


def _read_file(path: Path, source: str) -> Iterator[Document]:
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        yield problem(path.name, source, "failed", f"{source}: cannot read the file: {reason}")
        return
    yield from read_payload(path.name, data, source)
