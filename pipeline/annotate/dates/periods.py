"""Periods counted from the anchor: "l'an dernier", "le mois prochain", "le week-end prochain", "depuis le
début de l'année", "en fin de saison dernière"; and the year of a year-less month.

A weekend is no calendar date: it is given as its month (`YYYY-MM`), as the
gold writes it; a sports season runs over two years, so only its start or
its end ("en fin de saison dernière") names one.
"""

from __future__ import annotations

from datetime import timedelta

from pipeline.annotate.dates.anchor import Anchor, DateValue
from pipeline.annotate.dates.parts import DateParts

SATURDAY = 6
SEASON_START_MONTH = 7  # a sports season runs from summer to spring: 2022-2023 starts in the summer of 2022
STEPS = {"past": -1, "future": 1}


def relative_period_value(parts: DateParts, anchor: Anchor | None) -> DateValue | None:
    """"l'an dernier", "cette année", "le mois prochain", "le week-end dernier", "début de l'année"."""
    step = STEPS.get(parts.direction or "", 0)
    if parts.unit == "weekend":
        return _weekend_value(step, anchor) if step else None
    if parts.unit == "season":
        return _sports_season_value(parts.part, step, anchor) if step and parts.part else None
    if not step and not parts.this and not parts.part:
        return None
    if parts.unit == "year":
        return DateValue(str(anchor.year + step) if anchor else None, "year")
    if anchor is None or anchor.month is None:
        return DateValue(None, "month")
    index = anchor.year * 12 + anchor.month - 1 + step
    return DateValue(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")


def _weekend_value(step: int, anchor: Anchor | None) -> DateValue:
    """Last or next weekend, given as its Saturday's month: from a weekday, the last one is the one just past."""
    if anchor is None or anchor.day is None:
        return DateValue(None, "month")
    reference = anchor.reference_day()
    saturday = reference - timedelta(days=(reference.isoweekday() - SATURDAY) % 7)
    in_weekend = reference.isoweekday() >= SATURDAY
    day = saturday + timedelta(days=7 * step if in_weekend else 7 * max(step, 0))
    return DateValue(f"{day.year:04d}-{day.month:02d}", "month")


def _sports_season_value(part: str, step: int, anchor: Anchor | None) -> DateValue:
    """"en fin de saison dernière": the year the last season ended; "début de saison prochaine": the next's start."""
    if anchor is None or anchor.month is None:
        return DateValue(None, "year")
    current_start = anchor.year if anchor.month >= SEASON_START_MONTH else anchor.year - 1
    start = current_start + step
    return DateValue(str(start + 1 if part == "end" else start), "year")


def year_of_month(month: int, direction: str | None, anchor: Anchor | None, future: bool) -> int | None:
    """The year of a year-less month: the latest one up to the anchor's, or the next when ahead."""
    if anchor is None:
        return None
    if anchor.month is None:
        return anchor.year
    if direction == "future" or (future and direction != "past"):
        strictly = direction == "future"
        return anchor.year + (month < anchor.month or (strictly and month == anchor.month))
    strictly = direction == "past"
    return anchor.year - (month > anchor.month or (strictly and month == anchor.month))
