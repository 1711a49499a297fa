"""The record of a finished run: which inputs gave the tables now in the folder, so a re-run can keep them.

The tables are a function of the articles as read and of the fingerprint
(code, model, data): the same inputs under the same fingerprint give the same
tables, byte for byte. So when a run finds, under its fingerprint's cache
folder, a record naming exactly its inputs (every article's cache key, in
order) and tables whose bytes are still the ones recorded, it has nothing to
compute, link or write. A record is written only by a run whose every outcome
was the articles' own (no time budget spent), after its tables are in place;
a table changed or deleted by hand, an article added, edited, removed or
reordered, or a new fingerprint, and the run is made again in full.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.export.digests import tables_digest
from pipeline.ingest import read_documents
from pipeline.runner.cache import DocumentCache, write_atomically
from pipeline.runner.items import Inputs, as_list
from pipeline.runner.summary import RunSummary

RECORD_NAME = "run.json"


class InputsDigest:
    """The digest of a run's inputs: each article's cache key (its content and the fingerprint), in order."""

    def __init__(self, cache: DocumentCache) -> None:
        self._digest = hashlib.sha256(cache.fingerprint.encode("utf-8"))

    def add(self, key: str) -> None:
        """One article, by its cache key (`DocumentCache.key` of the document as read)."""
        self._digest.update(key.encode("ascii"))

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def _table_files_digest(out: Path) -> str:
    """The tables as written: every table's Parquet and CSV files."""
    return tables_digest(out, suffixes=(".parquet", ".csv"))


@dataclass
class RunRecord:
    inputs: str
    tables: str
    statuses: dict[str, int]
    rows: dict[str, int]
    words: int
    quotes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def path(cls, cache: DocumentCache) -> Path:
        return cache.folder / RECORD_NAME

    @classmethod
    def read(cls, cache: DocumentCache) -> "RunRecord | None":
        """The record under the cache's fingerprint, or None when there is none or it cannot be read."""
        try:
            data = json.loads(cls.path(cache).read_text(encoding="utf-8"))
            return cls(str(data["inputs"]), str(data["tables"]), dict(data["statuses"]), dict(data["rows"]),
                       int(data["words"]), dict(data.get("quotes", {})))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def describes(self, inputs: str, out: Path) -> bool:
        """Whether the tables in `out` are the ones this record's run wrote, from these inputs."""
        try:
            return self.inputs == inputs and self.tables == _table_files_digest(out)
        except OSError:  # a table missing
            return False

    def summary(self) -> RunSummary:
        """The recorded run's summary, as a run served wholly from the cache reports it."""
        statuses = Counter(self.statuses)
        return RunSummary(statuses=statuses, rows=dict(self.rows), words=self.words, cached=statuses["ok"],
                          unchanged=True, quotes=dict(self.quotes))


def kept_run(inputs: Inputs, cache: DocumentCache, out: Path) -> RunSummary | None:
    """The summary of the run that wrote the tables in `out`, if it was made from exactly `inputs`; else None.

    Reads the inputs (not cleaning them) only when there is a record to compare them with.
    """
    record = RunRecord.read(cache)
    if record is None:
        return None
    digest = InputsDigest(cache)
    for raw in read_documents(as_list(inputs)):
        digest.add(cache.key(raw))
    return record.summary() if record.describes(digest.hexdigest(), out) else None


def write_record(cache: DocumentCache, inputs: str, out: Path, summary: RunSummary) -> None:
    """Record, atomically, that the tables now in `out` come from `inputs`."""
    record = {"inputs": inputs, "tables": _table_files_digest(out), "statuses": dict(summary.statuses),
              "rows": summary.rows, "words": summary.words, "quotes": summary.quotes}
    write_atomically(RunRecord.path(cache), json.dumps(record).encode("utf-8"))


def forget_record(cache: DocumentCache) -> None:
    RunRecord.path(cache).unlink(missing_ok=True)
