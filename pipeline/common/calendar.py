"""French calendar dates in page text: the grammar of `12 mars 2024`, `27/09/2022`, `septembre 2022`.

Shared by `ingest` (a record's metadata date) and `clean` (timestamps, bylines,
dates inferred from the text), which both need a date as ISO without spaCy.
The month and weekday forms come from `models/calendar/`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Pattern

from pipeline.common.resources import read_tsv


@functools.lru_cache(maxsize=1)
def calendar_forms() -> tuple[dict[str, int], dict[str, int]]:
    months = {form.lower(): int(number) for form, number in read_tsv("calendar/months.tsv")}
    weekdays = {form.lower(): int(number) for form, number in read_tsv("calendar/weekdays.tsv")}
    return months, weekdays


def alternation(forms: Iterable[str]) -> str:
    """Longest forms first so that `sept.` wins over `sept`; a form ending in `.` needs no \\b."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        escaped = re.escape(form)
        parts.append(escaped if form.endswith(".") else escaped + r"\b")
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class DateGrammar:
    """The French date expressions, compiled once from the calendar lexicons."""

    expression: str  # one date or relative timestamp, for the furniture macros
    textual: Pattern[str]  # [weekday] day month [year]
    numeric: Pattern[str]  # 27/09/2022, 14.09.2020, 2022-09-27, 2022-09
    month_year: Pattern[str]  # septembre 2022
    bare_weekday: Pattern[str]  # "mardi" not followed by a day number

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> "DateGrammar":
        months, weekdays = calendar_forms()
        month, weekday = alternation(months), alternation(weekdays)
        day = r"\d{1,2}(?:er|e)?"
        clock = r"(?:\s*(?:à|a|-|–|,)?\s*\d{1,2}\s*(?:h|:)\s*\d{0,2}(?:\s*min)?)?"
        relative = (r"il y a \d+\s*(?:secondes?|minutes?|min|heures?|h|jours?|j|semaines?|mois|ans?)"
                    r"|hier|aujourd[’']hui|avant-hier")
        textual = rf"(?:{weekday}\s+)?(?:le\s+)?{day}\s+{month}(?:\s+\d{{4}})?"
        numeric = r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d{2}(?:-\d{2})?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
        expression = rf"(?P<date>(?:{textual}|{numeric}|{month}\s+\d{{4}}|{relative}){clock})"
        flags = re.IGNORECASE
        return cls(
            expression=expression,
            textual=re.compile(rf"\b(?:(?P<weekday>{weekday})\s+)?(?:le\s+)?(?P<day>\d{{1,2}})(?:er|e)?\s+"
                               rf"(?P<month>{month})(?:\s+(?P<year>\d{{4}})\b)?", flags),
            numeric=re.compile(r"(?<!\d)(?:(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})"
                               r"|(?P<Y>\d{4})-(?P<M>\d{2})(?:-(?P<D>\d{2}))?)(?!\d)"),
            month_year=re.compile(rf"\b(?P<month>{month})\s+(?P<year>\d{{4}})\b", flags),
            bare_weekday=re.compile(rf"\b(?P<weekday>{weekday})(?!\s+(?:\d|le\s+\d|premier))", flags),
        )


def iso_date(year: int, month: int, day: int | None = None) -> str:
    """RETURNS: `YYYY-MM-DD` (or `YYYY-MM`) when it is a real calendar date, else ''."""
    try:
        return date(year, month, day).isoformat() if day else date(year, month, 1).isoformat()[:7]
    except ValueError:
        return ""


def full_year(year: str) -> int:
    return int(year) + 2000 if len(year) == 2 else int(year)


def parse_date(text: str) -> str:
    """The first absolute date in `text` as ISO (`YYYY-MM-DD` or `YYYY-MM`), or ''.

    Only dates that carry their year: a timestamp without one ("Le 12/02") or
    a relative one ("il y a 3 heures") cannot be placed without a clock.
    """
    grammar = DateGrammar.load()
    months, _ = calendar_forms()
    found = []
    for match in grammar.textual.finditer(text):
        if match["year"]:
            month = months[match["month"].lower()]
            found.append((match.start(), iso_date(int(match["year"]), month, int(match["day"]))))
    for match in grammar.numeric.finditer(text):
        if match["Y"]:
            value = iso_date(int(match["Y"]), int(match["M"]), int(match["D"]) if match["D"] else None)
        else:
            value = iso_date(full_year(match["y"]), int(match["m"]), int(match["d"]))
        found.append((match.start(), value))
    for match in grammar.month_year.finditer(text):
        found.append((match.start(), iso_date(int(match["year"]), months[match["month"].lower()])))
    found = [item for item in found if item[1]]
    return min(found)[1] if found else ""


def normalise_published(value: str) -> str:
    """A metadata date (ISO, French, numeric or English) as ISO, or '' when it has no year."""
    value = value.strip()
    if not value:
        return ""
    parsed = parse_date(value)
    if parsed:
        return parsed
    import dateparser  # only for metadata forms the French grammar does not cover ("Sep 27, 2022")

    result = dateparser.parse(value, languages=["fr", "en"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return result.date().isoformat() if result else ""
