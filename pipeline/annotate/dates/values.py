"""Value normalisation: date parts placed in the calendar against the publication date.

A news report tells what happened, so a year-less date is the past one by
default; the tense of its verb, `prochain`/`dernier` or a date only a few
weeks ahead say otherwise. These choices change together, apart from how
dates are found.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

from pipeline.annotate.dates.anchor import Anchor, DateValue
from pipeline.annotate.dates.parts import DateParts
from pipeline.annotate.dates.periods import relative_period_value, year_of_month


MONTHS_AROUND = 2  # "samedi 8" with no month: its month is one of the few around the anchor
SEASON_MONTHS = 3  # a season lasts three months from the month it starts in
WEEKDAY_YEARS = 6  # "lundi 16 juin" placed by another date of the text: the weekday repeats within 6 years or so


def normalise(parts: DateParts, anchor: Anchor | None, tense: str | None = None,
              future_window_days: int = 45, previous_day: date | None = None) -> DateValue | None:
    """The ISO value of an expression's parts, or None when they name no calendar date.

    `tense` ("future", "past" or None) is the tense of the verb the date hangs
    on: a year-less date then lies after, or up to, the anchor.
    `future_window_days`: with no tense, how close ahead a bare "le 5 mars" must
    be to be read as upcoming rather than past. `previous_day`: the day the
    text last named in the same paragraph, which "la veille" and "le
    lendemain" count from (the publication day when there is none).
    """
    if parts.unknown_number:
        return None
    if parts.period and parts.month is None:
        year = parts.year or (anchor.year if anchor else None)
        return DateValue(str(year) if year else None, "year")
    if parts.easter_offset is not None:
        return _feast_value(parts, anchor, tense, future_window_days)
    if parts.day is not None:
        return _day_value(parts, anchor, tense, future_window_days)
    if parts.month is not None:
        return _month_value(parts, anchor, tense == "future")
    if parts.year is not None:
        return DateValue(str(parts.year), "season" if parts.season_month else "year")
    if parts.shift is not None:
        return _offset_value(parts.shift, previous_day)  # counted from a day the text names, never invented
    if parts.offset is not None:
        return _offset_value(parts.offset, anchor.reference_day() if anchor and anchor.day else None)
    if parts.eve_offset is not None:
        base = previous_day or (anchor.reference_day() if anchor and anchor.day else None)
        return _offset_value(parts.eve_offset, base)
    if parts.weekday is not None:
        return _weekday_value(parts, anchor, tense == "future", tense == "past")
    if parts.this and parts.time_of_day:  # "ce matin", "ce soir": the publication day
        return _offset_value(0, anchor.reference_day() if anchor and anchor.day else None)
    if parts.unit is not None:
        return relative_period_value(parts, anchor)
    if parts.season_month is not None:
        return _season_value(parts, anchor)
    return None


def _day_value(parts: DateParts, anchor: Anchor | None, tense: str | None, window: int) -> DateValue | None:
    """A day and month: dated by its own year, else by the anchor; impossible days ("30 février") are no date."""
    if parts.month is None:
        return _weekday_and_day_value(parts, anchor)
    if parts.year is not None:
        day = _valid_date(parts.year, parts.month, parts.day)
        return DateValue(day.isoformat(), "day") if day else None
    if anchor is None:
        return DateValue(None, "day") if _valid_date(2000, parts.month, parts.day) else None
    latest = anchor.reference_day()
    if latest is None:
        day = _valid_date(anchor.year, parts.month, parts.day)
        return DateValue(day.isoformat(), "day") if day else None
    earliest = latest.replace(day=anchor.day or 1)
    reach = WEEKDAY_YEARS if anchor.from_text and parts.weekday is not None else 1
    candidates = [day for year in range(latest.year - reach, latest.year + reach + 1)
                  if (day := _valid_date(year, parts.month, parts.day))]
    if not candidates:
        return None
    chosen = _choose_day(candidates, earliest, latest, parts, tense, window)
    return DateValue(chosen.isoformat(), "day")


def _feast_value(parts: DateParts, anchor: Anchor | None, tense: str | None, window: int) -> DateValue | None:
    """"à Pâques", "le lundi de Pentecôte": the feast of its own year, else the one the tense and anchor make likely."""
    if parts.year is not None:
        return DateValue((easter(parts.year) + timedelta(days=parts.easter_offset)).isoformat(), "day")
    latest = anchor.reference_day() if anchor else None
    if latest is None:
        return DateValue(None, "day")
    earliest = latest.replace(day=anchor.day or 1)
    candidates = [easter(year) + timedelta(days=parts.easter_offset) for year in range(latest.year - 1, latest.year + 2)]
    return DateValue(_choose_day(candidates, earliest, latest, parts, tense, window).isoformat(), "day")


def _weekday_and_day_value(parts: DateParts, anchor: Anchor | None) -> DateValue | None:
    """"samedi 8" with no month: the nearest 8th that is a Saturday, within a couple of months of the anchor."""
    if parts.weekday is None or anchor is None or anchor.day is None:
        return None
    reference = anchor.reference_day()
    months = [reference.year * 12 + reference.month - 1 + step for step in range(-MONTHS_AROUND, MONTHS_AROUND + 1)]
    candidates = [day for index in months if (day := _valid_date(index // 12, index % 12 + 1, parts.day))
                  and day.isoweekday() == parts.weekday]
    if not candidates:
        return None
    return DateValue(min(candidates, key=lambda day: abs((day - reference).days)).isoformat(), "day")


def _choose_day(candidates: list[date], earliest: date, latest: date, parts: DateParts,
                tense: str | None, window: int) -> date:
    """Among the same day and month in three years, the one the text means.

    The anchor spans `earliest`..`latest` (one day, or a whole month when only
    the month is known): a date inside it is both past and upcoming.
    """
    if parts.weekday is not None:
        matching = [day for day in candidates if day.isoweekday() == parts.weekday]
        if matching:
            return min(matching, key=lambda day: abs((day - latest).days))
    past = [day for day in candidates if day <= latest]
    ahead = [day for day in candidates if day >= earliest]
    if parts.direction == "past" or not ahead or (tense == "past" and past and parts.direction is None):
        return max(past)
    if parts.direction == "future" or tense == "future" or not past:
        return min(ahead)
    upcoming = min(ahead)
    return upcoming if (upcoming - latest).days <= window else max(past)


def _month_value(parts: DateParts, anchor: Anchor | None, future: bool) -> DateValue | None:
    """"septembre 2022" as given; "en septembre" in the year the anchor makes likely."""
    if parts.year is not None:
        return DateValue(f"{parts.year:04d}-{parts.month:02d}", "month")
    year = year_of_month(parts.month, parts.direction, anchor, future)
    return DateValue(f"{year:04d}-{parts.month:02d}" if year else None, "month")


def _offset_value(offset: int, base: date | None) -> DateValue:
    """"hier", "la veille": a day counted from a known day, unplaceable without one."""
    return DateValue((base + timedelta(days=offset)).isoformat() if base else None, "day")


def _weekday_value(parts: DateParts, anchor: Anchor | None, future: bool, past: bool) -> DateValue:
    """A weekday alone: the latest such day up to publication, or the next one when ahead; "ce jeudi"
    with no past or future verb is the Thursday of the publication's week (Monday to Sunday)."""
    if anchor is None or anchor.day is None:
        return DateValue(None, "day")
    reference = anchor.reference_day()
    back = (reference.isoweekday() - parts.weekday) % 7
    ahead = (parts.weekday - reference.isoweekday()) % 7
    if parts.direction == "past":
        day = reference - timedelta(days=back or 7)
    elif parts.direction == "future":
        day = reference + timedelta(days=ahead or 7)
    elif future:
        day = reference + timedelta(days=ahead)
    elif parts.this and back < reference.isoweekday() and not past:
        day = reference - timedelta(days=back)
    elif parts.this and not past:  # "ce jeudi" read on a Monday: the Thursday of the week, three days ahead
        day = reference + timedelta(days=ahead)
    else:
        day = reference - timedelta(days=back)
    return DateValue(day.isoformat(), "day")


def _season_value(parts: DateParts, anchor: Anchor | None) -> DateValue:
    """"cet automne" is in the publication year; "l'été dernier" in the year of the last season of that
    name that is over (in April, "le printemps dernier" is last year's), "l'hiver prochain" of the next to start."""
    if parts.this or parts.direction is None or anchor is None or anchor.month is None:
        return DateValue(str(anchor.year) if anchor else None, "season")
    now = anchor.year * 12 + anchor.month - 1
    year = anchor.year + 1
    if parts.direction == "past":
        while (year * 12 + parts.season_month - 1) + SEASON_MONTHS > now:
            year -= 1
    else:
        while (year - 1) * 12 + parts.season_month - 1 > now:
            year -= 1
    return DateValue(str(year), "season")


def _valid_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist ("30 février")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
