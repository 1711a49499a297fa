"""What a run did (documents per status, rows per table, time and speed), and its tables read back."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from pipeline.common.records import ANALYSED, STATUSES
from pipeline.export import read_tables
from pipeline.export.voices import women_share


@dataclass
class RunSummary:
    """What a run did: documents per status, rows per table, cache use, time and speed."""

    statuses: Counter = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    words: int = 0
    cached: int = 0
    unchanged: bool = False  # the tables already in the output folder were this run's: none was written
    quotes: dict[str, int] = field(default_factory=dict)  # claims by the speaker's gender (`f`, `m`, ``)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def count(self, document: dict, cached: bool) -> None:
        self.statuses[document["status"]] += 1
        if document["status"] in ANALYSED:
            self.words += document["n_words"]
        if document["status"] == "ok":
            self.cached += cached

    def format(self) -> str:
        statuses = ", ".join(f"{self.statuses.get(s, 0)} {s}" for s in STATUSES)
        rows = ", ".join(f"{name} {count}" for name, count in self.rows.items())
        return (f"documents: {statuses} ({self.cached} of the ok ones from the cache)\nrows: {rows}\n"
                f"{self._quotes_line()}time: {self.seconds:.1f} s, {self.words} words, {self.words_per_second:.0f} words/s")

    def _quotes_line(self) -> str:
        share = women_share(self.quotes)
        if share is None:
            return ""
        known = self.quotes.get("f", 0) + self.quotes.get("m", 0)
        return (f"quotes by women: {share:.0%} ({self.quotes.get('f', 0)} of the {known} claims whose speaker's "
                f"gender is known; {self.quotes.get('m', 0)} by men)\n")


@dataclass
class RunOutcome:
    """The summary, and the tables read back from the output folder when first asked for."""

    summary: RunSummary
    out: Path | None = None
    preloaded: dict[str, pd.DataFrame] | None = None

    @cached_property
    def tables(self) -> dict[str, pd.DataFrame]:
        return self.preloaded if self.preloaded is not None else read_tables(self.out)
