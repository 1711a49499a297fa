"""The publication date from the page's own signals, ranked, with the name of the one that gave it.

Ranks, best first: a publication cue ("Publié le …", "Date 23.05.2011"), or
a relative one ("Publié il y a 2 jours") counted back from the page's own
date; a dateline opening the body ("PARIS, 12 mars 2024 (AFP) -"); a bare
date line or a byline's date; an update line last, since an update never
tells the first publication when a publication line is there.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from pipeline.clean.lines import Block
from pipeline.clean.published import latest_weekday_date
from pipeline.common.calendar import DateGrammar, calendar_forms, iso_date, parse_date

# How many kept paragraphs under the headline may open on the dateline.
DATELINE_PARAGRAPHS = 3
# How many lines under the body's last one may hold its signature (an author, a date).
SIGNATURE_LINES = 4
_DAYS_PER_UNIT = {"jour": 1, "j": 1, "semaine": 7}
_RELATIVE = re.compile(r"^\W*(?:publié|publiée|posté|postée|mis en ligne|paru|parue)\s+(?:le\s+)?"
                       r"(?:il y a (?P<count>\d+)\s*(?P<unit>secondes?|minutes?|min|heures?|h|jours?|j|semaines?)\b"
                       r"|(?P<word>hier|avant-hier|aujourd[’']hui))", re.IGNORECASE)
_WORD_DAYS = {"hier": 1, "avant-hier": 2}
_EDITION_DATED = re.compile(r"^(?:édition\s+)?datée?\s+du\s+(?P<rest>.+)$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    """`PARIS, 12 mars 2024 (AFP) -`, `Montréal (Québec) 3/02/2021 —`: a place, its date, a dash or colon."""
    grammar = DateGrammar.load()
    return re.compile(r"^(?-i:[A-ZÀ-Þ][\w’'\-]+(?:[\s\-][A-ZÀ-Þ][\w’'\-]+){0,3})\s*(?:\([^()]{1,30}\))?\s*,?\s*"
                      rf"(?:le\s+)?{grammar.expression}\s*(?:\([^()]{{1,30}}\))?\s*[-–—:]\s", re.IGNORECASE)


def _article_end(blocks: list[Block]) -> int:
    """The body's last line, or the signature right under it: the meta lines before the next other line.

    A legal review or a think tank signs at the end ("Jeanne Roux, le 3 mars 2021"), and some templates
    print their timestamp there; a teaser list below starts with a line of its own.
    """
    end = max((i for i, block in enumerate(blocks) if block.keep), default=len(blocks) - 1)
    signature = end
    for index in range(end + 1, min(end + 1 + SIGNATURE_LINES, len(blocks))):
        kind = blocks[index].kind
        if kind == "meta":
            signature = index
        elif kind != "furniture":
            break
    return signature


def _first_dated(blocks: list[Block], cue: str, headline: int) -> str:
    """The first date of that cue between the headline and the article's end, else the last one above it."""
    body_end = _article_end(blocks)
    found = [(i, block.date) for i, block in enumerate(blocks[: body_end + 1])
             if block.kind == "meta" and block.date and block.date_cue == cue]
    after = [value for i, value in found if i >= headline]
    return after[0] if after else found[-1][1] if found else ""


def _from_dateline(blocks: list[Block], headline: int) -> str:
    kept = [block.text for block in blocks[headline + 1:] if block.keep][:DATELINE_PARAGRAPHS]
    for text in kept:
        match = _dateline().match(text)
        if match:
            return parse_date(match["date"])
    return ""


def _page_date(blocks: list[Block], headline: int, today: date) -> str:
    """The day the page was shown: a date line above the headline (a site's header date), or its edition box."""
    for block in blocks[:headline]:
        value = (block.date or parse_date(block.text[:40])) if block.kind in ("meta", "candidate") else ""
        if len(value) == 10:
            return value
    return next((value for block in blocks if (value := _edition_eve(block.text, today))), "")


def _edition_eve(text: str, today: date) -> str:
    """`Daté du samedi 8 avril`: an evening paper's edition, on sale and online the day before its date.

    Without a year, its weekday fixes it (the latest such year up to `today`).
    """
    match = _EDITION_DATED.match(text)
    found = DateGrammar.load().textual.match(match["rest"]) if match else None
    if not found:
        return ""
    months, weekdays = calendar_forms()
    month, day = months[found["month"].lower()], int(found["day"])
    if found["year"]:
        iso = iso_date(int(found["year"]), month, day)
        edition = date.fromisoformat(iso) if len(iso) == 10 else None
    elif found["weekday"]:
        edition = latest_weekday_date(weekdays[found["weekday"].lower()], month, day, today + timedelta(days=1))
    else:
        edition = None
    return (edition - timedelta(days=1)).isoformat() if edition else ""


def _from_relative(blocks: list[Block], headline: int, today: date) -> str:
    """`Publié il y a 2 jours` under a page dated 13 March is 11 March; hours and minutes are the page's day."""
    page_date = _page_date(blocks, headline, today)
    if not page_date:
        return ""
    for block in blocks:
        match = _RELATIVE.match(block.text) if block.kind == "meta" else None
        if match:
            if match["word"]:
                days = _WORD_DAYS.get(match["word"].lower(), 0)
            else:
                unit = match["unit"].lower().rstrip("s")
                days = int(match["count"]) * _DAYS_PER_UNIT.get(unit, 0)
            return (date.fromisoformat(page_date) - timedelta(days=days)).isoformat()
    return ""


def published_from_page(blocks: list[Block], today: date | None = None) -> tuple[str, str]:
    """RETURNS: (the publication date, its source: `text`, `relative` or `dateline`), or ('', '').

    today: the latest day the page can be from (default: the run's), for an edition box without its year.
    """
    today = today or date.today()
    headline = next((i for i, block in enumerate(blocks) if block.keep), 0)
    ranked = (
        ("text", lambda: _first_dated(blocks, "published", headline)),
        ("relative", lambda: _from_relative(blocks, headline, today)),
        ("dateline", lambda: _from_dateline(blocks, headline)),
        ("text", lambda: _first_dated(blocks, "line", headline)),
        ("text", lambda: _first_dated(blocks, "updated", headline)),
    )
    for source, signal in ranked:
        value = signal()
        if value:
            return value, source
    return "", ""
