"""Byline and timestamp lines: their dates, their cues, and what else a site's template prints beside them.

A timestamp line opens on its stamp ("Publié le …", "12 mars 2024 à 10h00")
and may chain more ("…, mis à jour le …"); older templates and some sites put
the outlet, bars, clocks and counters around them: "LEMONDE.FR | 03.03.11 |
10h15 • Mis à jour le 03.03.11 | 12h30", "publié le 3 mars 2021 à 10h00 (mis
à jour à 12h00)", "03/03/2011 | 10:15 | Jeanne Roux". Such a line is still a
timestamp when, its stamps set aside, only names, clocks, separators and link
words are left; a sentence or a caption leaves words of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.clean.stampdates import parse_stamp_date

if TYPE_CHECKING:
    from pipeline.clean.lines import Furniture

# A bare clock ("14h32", "09:05"): a live entry's time, or an item of a list of the latest articles.
CLOCK = re.compile(r"\d{1,2}\s*[hH:]\s*\d{2}")
_BYLINE_START = re.compile(r"(?:par|by)\s", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_AT_CLOCK = re.compile(rf"(?:à\s+)?{CLOCK.pattern}", re.IGNORECASE)
_SEPARATORS = " ,;|-–—·•/()[]"
# Beside its stamps, a timestamp line holds at most: names (capitalised, a domain), clocks, counters
# ("(12)"), separators, a time zone ("GMT+1") and these link words ("10 heures").
_LINK_WORDS = frozenset("à a le la les et avec par de du des d h min heure heures".split())
_RESIDUE_TOKEN = re.compile(r"(?:GMT|UTC)[+\-−]\d{1,2}|(?-i:[A-ZÀ-Þ][\w’'.&\-]*)|\w+(?:\.\w+)+|\(?\d{1,5}\)?|[^\w\s]+")
LOOSE_MAX_CHARS = 160
LOOSE_MAX_NAMES = 6
_PERSON_AFTER_PAR = re.compile(r"\b[Pp]ar\s+(?P<author>(?-i:[A-ZÀ-Þ][\w’'.\-]*(?:\s+[A-ZÀ-Þ][\w’'.\-]*){0,3}))")


def match_byline(text: str, furniture: Furniture) -> re.Match[str] | None:
    for pattern in furniture.bylines:
        match = pattern.fullmatch(text)
        if match:
            return match
    return None


def match_timestamp(text: str, furniture: Furniture, depth: int = 0) -> list[re.Match[str]] | None:
    """Timestamps heading the line, as long as what follows them is furniture too (or nothing).

    "Publié il y a 2 heures, Mis à jour il y a 8 minutes" is two; "Le 14 mars
    2020, Olivier Véran a mis en garde…" is a sentence and gives None.
    """
    for pattern in furniture.timestamps:
        match = pattern.match(text)
        if not match or match.end() == 0:
            continue
        rest = text[match.end():].strip(_SEPARATORS)
        if not rest or (match.group().strip() and _AT_CLOCK.fullmatch(rest)):
            return [match]  # "Publié à 11h42": a live entry's time, no date
        if depth < 3:
            more = match_timestamp(rest, furniture, depth + 1)
            if more:
                return [match, *more]
        if all(furniture.dropped.fullmatch(piece) for piece in _SENTENCE_BREAK.split(rest)):
            return [match]  # "Publié hier à 10h50 Temps de lecture 2 min. Read in English"
        if _BYLINE_START.match(rest) and match_byline(rest, furniture):
            return [match]  # "12 mars 2024 à 10h00 | Par Jeanne Roux": the author is read by `classify`
    return None


def loose_stamps(text: str, furniture: Furniture) -> list[re.Match[str]] | None:
    """The dated stamps of a short line whose every other token is a name, a clock, a counter or a link word.

    A caption ends on its period and a headline has words of its own: neither is one.
    """
    if len(text) > LOOSE_MAX_CHARS or text.endswith("."):
        return None
    stamps = _dated_stamps(text, furniture)
    if not stamps:
        return None
    tokens = _residue(text, stamps).split()
    names = 0
    for token in tokens:
        if token.lower().strip(_SEPARATORS) in _LINK_WORDS or not token.strip(_SEPARATORS):
            continue
        if not _RESIDUE_TOKEN.fullmatch(token):
            return None
        names += token[:1].isalpha()
    return stamps if names <= LOOSE_MAX_NAMES else None


def _dated_stamps(text: str, furniture: Furniture) -> list[re.Match[str]]:
    """Every stamp of the line that gives a date, left to right, none overlapping another."""
    found = []
    for pattern in furniture.timestamps:
        found += [match for match in pattern.finditer(text)
                  if match.group().strip() and parse_stamp_date(match.groupdict())]
    found.sort(key=lambda match: (_span(match)[0], -_span(match)[1]))
    stamps: list[re.Match[str]] = []
    for match in found:
        if not stamps or _span(match)[0] >= _span(stamps[-1])[1]:
            stamps.append(match)
    return stamps


def _span(match: re.Match[str]) -> tuple[int, int]:
    """A stamp's span without the spaces around it: two stamps sharing the space between them do not overlap."""
    text = match.group()
    return match.start() + len(text) - len(text.lstrip()), match.end() - len(text) + len(text.rstrip())


def _residue(text: str, stamps: list[re.Match[str]]) -> str:
    """The line without its stamps and clocks."""
    for stamp in reversed(stamps):
        text = f"{text[: stamp.start()]} | {text[stamp.end():]}"
    return CLOCK.sub(" ", text)


def loose_author(text: str, stamps: list[re.Match[str]]) -> str:
    """The author a loose timestamp line names after "par" ("Par Jeanne Roux Mis à jour le …"), or ''."""
    match = _PERSON_AFTER_PAR.search(_residue(text, stamps))
    return match["author"] if match else ""


def stamp_date(stamps: list[re.Match[str]]) -> tuple[str, str]:
    """(date, cue) of a line's stamps: its publication date first, else its first date; cue published/updated/line."""
    dated = []
    for stamp in stamps:
        groups = stamp.groupdict()
        value = parse_stamp_date(groups)
        if value:
            dated.append((value, "updated" if groups.get("updated") else "published" if groups.get("cue") else "line"))
    return next((item for item in dated if item[1] == "published"), dated[0] if dated else ("", ""))
