"""The publication date inferred from the dates the text gives, when the page shows none of its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.common.calendar import DateGrammar, calendar_forms, iso_date


# A day of the month falls on each weekday at least once in this many years.
WEEKDAY_CYCLE_YEARS = 11


@dataclass(frozen=True)
class DatedMention:
    value: date
    weekday_written: bool


def _dated_mentions(lines: list[str], today: date) -> list[DatedMention]:
    """Every full date of the text; a weekday-dated one without year gets the year its weekday allows.

    Near a full date, the year closest to it; with none, the latest year not after `today`.
    """
    grammar = DateGrammar.load()
    months, weekdays = calendar_forms()
    full: list[DatedMention] = []
    yearless: list[tuple[int, int, int]] = []
    for line in lines:
        for match in grammar.textual.finditer(line):
            month, day = months[match["month"].lower()], int(match["day"])
            weekday = match["weekday"]
            if match["year"]:
                iso = iso_date(int(match["year"]), month, day)
                if iso:
                    full.append(DatedMention(date.fromisoformat(iso), bool(weekday)))
            elif weekday:
                yearless.append((weekdays[weekday.lower()], month, day))
        for match in grammar.numeric.finditer(line):
            if match["d"] and len(match["y"]) == 4:
                iso = iso_date(int(match["y"]), int(match["m"]), int(match["d"]))
            elif match["D"]:
                iso = iso_date(int(match["Y"]), int(match["M"]), int(match["D"]))
            else:
                iso = ""
            if iso:
                full.append(DatedMention(date.fromisoformat(iso), False))
    if not full:  # the body's own weekday-dated days decide the year
        resolved = [latest_weekday_date(*parts, ceiling=today) for parts in yearless]
        return [DatedMention(value, True) for value in resolved if value]
    anchor = max(mention.value for mention in full)
    resolved = [_place_weekday_date(anchor, *parts) for parts in yearless]
    return full + [mention for mention in resolved if mention]


def _place_weekday_date(anchor: date, weekday: int, month: int, day: int) -> DatedMention | None:
    """`lundi 2 février` near an article dated Dec. 2025 is 2026-02-02: the year whose weekday matches."""
    fits = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        iso = iso_date(year, month, day)
        if iso and date.fromisoformat(iso).isoweekday() == weekday:
            fits.append(date.fromisoformat(iso))
    if not fits:
        return None
    return DatedMention(min(fits, key=lambda value: abs((value - anchor).days)), True)


def latest_weekday_date(weekday: int, month: int, day: int, ceiling: date) -> date | None:
    """`samedi 8 avril` with no year and nothing to anchor it: the latest year it fell on a Saturday, up to `ceiling`.

    A page cannot be dated after the day it is read, so `ceiling` is the run's
    day (or the dump's, when known); a weekday and a date recur within 11 years.
    """
    for year in range(ceiling.year, ceiling.year - WEEKDAY_CYCLE_YEARS - 1, -1):
        iso = iso_date(year, month, day)
        if iso and date.fromisoformat(iso).isoweekday() == weekday and date.fromisoformat(iso) <= ceiling:
            return date.fromisoformat(iso)
    return None


def infer_published(lines: list[str], today: date | None = None) -> str:
    """The latest full date of the text when the text's relative cues agree with it.

    A bare weekday used in the text ("a indiqué mardi") on the weekday of the
    latest date pins the day; a latest date written with its weekday but not
    echoed by a bare weekday only gives the month. Otherwise nothing: an
    article citing a past date says nothing about its own.
    """
    mentions = _dated_mentions(lines, today or date.today())
    if not mentions:
        return ""
    latest = max(mentions, key=lambda mention: (mention.value, mention.weekday_written))
    _, weekdays = calendar_forms()
    grammar = DateGrammar.load()
    cues = {weekdays[m["weekday"].lower()] for line in lines for m in grammar.bare_weekday.finditer(line)}
    if latest.value.isoweekday() in cues:
        return latest.value.isoformat()
    if latest.weekday_written:
        return latest.value.isoformat()[:7]
    return ""
