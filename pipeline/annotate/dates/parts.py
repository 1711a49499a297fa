"""Date parts: which day, month, year, weekday, season or offset the words of an expression name.

Reading the words is kept apart from placing them in the calendar
(`values`): the same parts are dated differently by tense and anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from pipeline.annotate.dates.lexicon import FIELD_OF_KIND, DateLexicon

_ISO_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")
_DMY_DATE = re.compile(r"^(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4}|\d{2})$")
_DAY_NUMBER = re.compile(r"^(?P<day>[0-3]?\d)(er|ᵉʳ)?$")
YEAR_NUMBER = re.compile(r"^(1\d|20)\d{2}$")
_ORDINAL_FIRST = "premier"
_HYPHENATED_DAY = re.compile(r"^[0-3]?\d(er|ᵉʳ)?-[^\W\d]+$")
EASTER_WEEKDAY = 7  # Easter is a Sunday
TWO_DIGIT_YEAR_PIVOT = 50


@dataclass
class DateParts:
    """The calendar pieces an expression's words name."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    season_month: int | None = None
    offset: int | None = None
    eve_offset: int | None = None
    unit: str | None = None
    direction: str | None = None
    this: bool = False
    time_of_day: bool = False  # "matin", "soir": with "ce", the publication day
    period: bool = False
    part: str | None = None  # "début", "fin": of the year or month the expression names
    shift: int | None = None  # "trois jours plus tard": days counted from the day the text named last
    easter_offset: int | None = None  # "Pâques", "lundi de Pâques", "Pentecôte": days from Easter Sunday
    unknown_number: bool = False

    def borrow(self, other: DateParts, is_start: bool) -> DateParts:
        """The missing month and year of one end of a range, taken from its other end."""
        month = self.month if self.month is not None or self.day is None else other.month
        year = self.year if self.year is not None or other.year is None else other.year
        if year != self.year and month is not None and other.month is not None:
            if is_start and month > other.month:
                year -= 1  # "du 28 décembre au 3 janvier 2020"
            elif not is_start and month < other.month:
                year += 1  # "du 28 décembre 2019 au 3 janvier"
        return replace(self, month=month, year=year)


def read_parts(words: Sequence[str], lexicon: DateLexicon) -> DateParts:
    """Which day, month, year, weekday, season, offset or direction the words of an expression name."""
    for candidate in ["".join(words), *words]:  # "2022-09-27" is five tokens, "22/12/2025" one
        whole = _ISO_DATE.match(candidate) or _DMY_DATE.match(candidate)
        if whole:
            return DateParts(day=int(whole["day"]), month=int(whole["month"]), year=_full_year(whole["year"]))
    lowered = [word.lower() for word in words]
    if any(word in lexicon.forms("shift_unit") for word in lowered) and \
            any(word in lexicon.forms("shift_way") for word in lowered):
        return _shift_parts(lowered, lexicon)
    parts = DateParts()
    for word in (piece for word in lowered for piece in _pieces(word)):
        _read_word(word, parts, lexicon)
    if parts.easter_offset is not None:
        return _feast_day(parts)
    if parts.period and parts.month is None:
        return replace(parts, day=None, unknown_number=False)  # "premier semestre" is an ordinal, no day
    return parts


def _full_year(digits: str) -> int:
    """"2024", or "24" of "12/03/24": a two-digit year is of this century up to 50 years ahead, else the last."""
    if len(digits) == 4:
        return int(digits)
    return 2000 + int(digits) if int(digits) <= TWO_DIGIT_YEAR_PIVOT else 1900 + int(digits)


def _shift_parts(words: list[str], lexicon: DateLexicon) -> DateParts:
    """"trois jours plus tard", "deux semaines auparavant": a count of days, with its sign."""
    counts, units, ways = (lexicon.forms(kind) for kind in ("count", "shift_unit", "shift_way"))
    count = next((int(word) if word.isdigit() else int(counts[word]) for word in words
                  if word.isdigit() or word in counts), None)
    unit = next((int(units[word]) for word in words if word in units), None)
    sign = next((int(ways[word]) for word in words if word in ways), None)
    if None in (count, unit, sign):
        return DateParts(unknown_number=True)
    return DateParts(shift=count * unit * sign)


def _feast_day(parts: DateParts) -> DateParts:
    """"lundi de Pâques" is the day after Easter; "le week-end de Pâques" its Saturday (the weekend's date)."""
    offset = parts.easter_offset
    if parts.weekday is not None:
        feast_weekday = (EASTER_WEEKDAY + offset - 1) % 7 + 1
        offset += (parts.weekday - feast_weekday) % 7
    elif parts.unit == "weekend":
        offset -= 1
    return replace(parts, easter_offset=offset, weekday=None, unit=None)


def _pieces(word: str) -> list[str]:
    """"mi-mars" is "mi" and "mars", "14-juillet" is "14" and "juillet"; hyphenated lexicon entries
    ("avant-hier", "saint-sylvestre") stay whole."""
    if word.startswith("mi-") or _HYPHENATED_DAY.match(word):
        return word.split("-", 1)
    return [word]


def _read_word(word: str, parts: DateParts, lexicon: DateLexicon) -> None:
    """Fill the field of `parts` one word names; a number that is no day or year spoils the date."""
    if YEAR_NUMBER.match(word):
        parts.year = int(word)
    elif _DAY_NUMBER.match(word) or word == _ORDINAL_FIRST:
        parts.unknown_number = parts.unknown_number or parts.day is not None
        parts.day = 1 if word == _ORDINAL_FIRST else int(_DAY_NUMBER.match(word)["day"])
    elif word.isdigit():
        parts.unknown_number = True
    elif word in lexicon.forms("holiday"):
        parts.month, parts.day = (int(number) for number in lexicon.forms("holiday")[word].split("-"))
    elif word in lexicon.readings:
        kind, value = lexicon.readings[word]
        name, convert = FIELD_OF_KIND[kind]
        setattr(parts, name, convert(value))
