"""Dates as page timestamps print them, beyond the French grammar of the body's dates.

A site's template, not its journalists, writes the timestamp: day-month-year
with dashes ("Publié le : 03-03-2021"), and English month names where the CMS
was left in English ("3 Mar 2021", "March 3, 2021 at 10:00"). These shapes
belong to timestamp and byline lines only (the furniture `{date}` macro): in
a French body "May" or "Jan" are names, not months. The English forms are
CLDR's, read from `babel`'s data.
"""

from __future__ import annotations

import functools
import re

from babel.dates import get_day_names, get_month_names

from pipeline.common.calendar import DateGrammar, alternation, iso_date, parse_date

_CLDR_WIDTHS = ("wide", "abbreviated")
_ORDINAL = r"(?:st|nd|rd|th)?"
_CLOCK = r"(?:\s*(?:at|à|a|-|–|,)?\s*\d{1,2}\s*[h:]\s*\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?"


@functools.lru_cache(maxsize=1)
def _english_months() -> dict[str, int]:
    return {name.lower(): number for width in _CLDR_WIDTHS
            for number, name in get_month_names(width, "format", "en").items()}


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Month-day-year and day-month-year in English, day-month-year with dashes; each with day, month, year."""
    month = alternation(_english_months())
    weekday = alternation(name for width in _CLDR_WIDTHS for name in get_day_names(width, "format", "en").values())
    opening = rf"(?:{weekday},?\s+)?"
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
        rf"{opening}(?P<month>{month})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})",
        rf"{opening}(?P<day>\d{{1,2}}){_ORDINAL}\s+(?P<month>{month})\.?,?\s+(?P<year>\d{{4}})",
        r"(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})",
    ))


@functools.lru_cache(maxsize=1)
def stamp_date_expression() -> str:
    """The furniture `{date}`: the French grammar's date (group `date`), or a template's own shape (group `stamp`)."""
    plain = re.sub(r"\(\?P<\w+>", "(?:", "|".join(f"(?:{pattern.pattern})" for pattern in _patterns()))
    return rf"(?:{DateGrammar.load().expression}|(?P<stamp>(?:{plain}){_CLOCK}))"


def parse_stamp_date(groups: dict[str, str | None]) -> str:
    """The ISO date of a timestamp or byline match's `date` or `stamp` group, or ''."""
    if groups.get("date"):
        return parse_date(groups["date"] or "")
    text = groups.get("stamp") or ""
    for pattern in _patterns():
        match = pattern.match(text)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else _english_months()[month.lower()]
            return iso_date(int(match["year"]), number, int(match["day"]))
    return ""
