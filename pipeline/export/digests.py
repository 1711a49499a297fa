"""Digests of what an output shows, so a re-run rewrites only the outputs whose inputs changed.

A digest names content, never a time: the same tables give the same digest on
every run and machine, so an output kept because its digest matched is the
one a full rebuild would write.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Iterable, Mapping

from pipeline.common.tables import TABLES

_CHUNK = 1 << 20


def tables_digest(folder: str | os.PathLike, suffixes: tuple[str, ...] = (".parquet",)) -> str:
    """The digest of the tables in `folder`, from their files' bytes (written the same for the same rows).

    suffixes: the files hashed, each table's Parquet file by default (what the workbook and report read).
    """
    digest = hashlib.blake2b(digest_size=20)
    for name in TABLES:
        for suffix in suffixes:
            digest.update(f"{name}{suffix}".encode("utf-8") + b"\0")
            with open(Path(folder) / f"{name}{suffix}", "rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
    return digest.hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """The digest of source files (a renderer's code and assets): an edit to them changes every output."""
    digest = hashlib.blake2b(digest_size=20)
    for path in sorted(paths):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()


class RowDigests:
    """The digest of a set of table rows; an article's row (its text is long) is hashed once however many
    sets it is in, known by its doc_id (unique in a run's tables)."""

    def __init__(self, salt: str) -> None:
        self.salt = salt.encode("utf-8")
        self._documents: dict[str, bytes] = {}

    def row(self, table: str, row: Mapping) -> bytes:
        if table == "documents" and row["doc_id"] in self._documents:
            return self._documents[row["doc_id"]]
        encoded = json.dumps(row, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
        digest = hashlib.blake2b(encoded, digest_size=16).digest()
        if table == "documents":
            self._documents[row["doc_id"]] = digest
        return digest

    def of(self, tables: Mapping[str, Iterable[Mapping]]) -> str:
        digest = hashlib.blake2b(self.salt, digest_size=20)
        for name in sorted(tables):
            digest.update(name.encode("utf-8") + b"\0")
            for row in tables[name]:
                digest.update(self.row(name, row))
        return digest.hexdigest()
