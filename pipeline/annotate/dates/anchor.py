"""The anchor a date is read against (the publication date, or a day the article names) and a date's value.

Shared by the calendar arithmetic (`values`) and the periods counted from
the anchor (`periods`).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Anchor:
    """The publication date, at the granularity the article gives it."""

    year: int
    month: int | None = None
    day: int | None = None
    from_text: bool = False  # a reference of the article, not its publication date: a weekday may overrule its year

    @classmethod
    def parse(cls, published: str | None) -> Anchor | None:
        """`2022-09-27`, `2022-09` or `2022` → an Anchor; None or "" → None; anything else raises."""
        if not published:
            return None
        parts = published.split("-")
        if len(parts) > 3 or not all(part.isdigit() for part in parts):
            raise ValueError(f"published date is not ISO (YYYY[-MM[-DD]]): {published!r}")
        numbers = [int(part) for part in parts] + [None] * (3 - len(parts))
        anchor = cls(*numbers)
        anchor.reference_day()  # validates month and day
        return anchor

    def reference_day(self) -> date | None:
        """The day year-less dates are placed around: the day itself, or a month's last day."""
        if self.month is None:
            return None
        if self.day is None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, self.month, self.day)


@dataclass(frozen=True)
class DateValue:
    """What a date expression means: an ISO value (None when it cannot be placed) and its granularity."""

    value: str | None
    granularity: str
