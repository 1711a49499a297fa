"""The article's own timeline: what a reader places a year-less date against, and which way it points.

A reader without the publication date, or with only its month, still places
"mercredi" or "le 28 avril" by the fully dated references around it ("mardi
26 avril 2022"); and words like "dès" or "d'ici" point ahead whatever the
tense of a present verb. Kept apart from the calendar arithmetic (`values`).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta
from typing import Sequence

from spacy.tokens import Span

from pipeline.annotate.dates.parts import DateParts
from pipeline.annotate.dates.values import Anchor
from pipeline.annotate.extensions import doc_text

OPENING_CHARS = 40  # how much of a paragraph's start may hold its update cue
SENTENCE_REACH = 10  # words between a dated reference and the year-less date that goes on from it
CUE_WINDOW = 3  # words before a date a cue may stand in ("dès ce lundi", "à partir du 5 mars")


def full_month(parts: DateParts) -> date | None:
    """The first day of the month that parts name with its year and no day ("octobre 2022"), or None."""
    if parts.unknown_number or parts.day is not None or None in (parts.month, parts.year):
        return None
    return date(parts.year, parts.month, 1)


def full_day(parts: DateParts) -> date | None:
    """The day that parts name in full (day, month and year), or None."""
    if parts.unknown_number or None in (parts.day, parts.month, parts.year):
        return None
    try:
        return date(parts.year, parts.month, parts.day)
    except ValueError:
        return None


class Timeline:
    """The fully dated days of an article by position, and the anchor each date is read against."""

    def __init__(self, published: Anchor | None, references: Sequence[tuple[int, date]],
                 months: Sequence[tuple[int, date]] = ()) -> None:
        """references: (character offset, day) of each fully dated reference, in text order; months: those
        of the references naming a month and year only ("en octobre 2022"), the anchors of last resort
        when the article has neither a publication date nor a full date."""
        self.published = published
        self.days = [day for _, day in references if self._agrees(day)]
        self.offsets = [offset for offset, day in references if self._agrees(day)]
        self.by_month = published is None and not self.days
        if self.by_month:
            self.days, self.offsets = [day for _, day in months], [offset for offset, _ in months]

    def _agrees(self, day: date) -> bool:
        """A reference may refine the publication date only within it (its year, its month)."""
        anchor = self.published
        if anchor is None:
            return True
        return day.year == anchor.year and anchor.month in (None, day.month) and anchor.day is None

    def anchor_at(self, offset: int) -> Anchor | None:
        """The publication date, or the nearest fully dated reference when that is more specific.

        The nearest before the date wins ("le 3 janvier 2026 ... le 5"), else the
        first after it ("le 3 ... le 5 janvier 2026").
        """
        if not self.days:
            return self.published
        index = bisect_right(self.offsets, offset) - 1
        day = self.days[max(index, 0)]
        return Anchor(day.year, day.month, None if self.by_month else day.day, from_text=True)


def cue_before(span: Span, cues: dict[str, str]) -> bool:
    """A cue right before or opening the date: to what is to come ("dès", "d'ici", "à venir", "prévu"), or
    to what has been going on ("depuis")."""
    start = max(span.sent.start if span.doc.has_annotation("SENT_START") else 0, span.start - CUE_WINDOW)
    words = " ".join(token.lower_ for token in span.doc[start:span.end] if not token.is_space)
    padded = f" {words} "
    return any(f" {cue} " in padded for cue in cues)


def update_anchor(span: Span, previous_day: date | None, cues: dict[str, str]) -> Anchor | None:
    """In a paragraph added when the article was updated ("Mise à jour, jeudi 12 décembre : ..."),
    the day it names is what its other dates count from, not the original publication date."""
    if previous_day is None:
        return None
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    opening = text[start:start + OPENING_CHARS].lower().lstrip("[(*-–— ")
    if not any(opening.startswith(cue) for cue in cues):
        return None
    return Anchor(previous_day.year, previous_day.month, previous_day.day, from_text=True)


def is_bare_weekday(parts: DateParts) -> bool:
    """"samedi", "ce lundi": a weekday with no day number, direction or offset, placed by the anchor alone."""
    return (parts.weekday is not None and parts.day is None and parts.direction is None
            and parts.offset is None and parts.eve_offset is None)


def named_week_day(value: str, named_days: set[str]) -> str:
    """A bare weekday's value, or the same weekday a week away when the article names that day in full.

    An article that announces "samedi 8, dimanche 9 et lundi 10 avril" means those days by a later
    "samedi", whichever way the tense would have sent it.
    """
    day = date.fromisoformat(value)
    for other in (day + timedelta(days=7), day - timedelta(days=7)):
        if other.isoformat() in named_days:
            return other.isoformat()
    return value


def last_day(spans: list[Span], span: Span, in_paragraph: bool = False) -> date | None:
    """The last day already dated before `span` (in its paragraph only, when asked): what "la veille",
    "le même jour" and "trois jours plus tard" count from, and what an update paragraph opens with."""
    paragraph_start = doc_text(span.doc).rfind("\n", 0, span.start_char) + 1 if in_paragraph else 0
    for earlier in reversed(spans):
        if earlier.start_char < paragraph_start:
            return None
        if earlier._.granularity == "day" and earlier._.value:
            return date.fromisoformat(earlier._.value)
    return None


def same_sentence_near(reference: Span, span: Span) -> bool:
    """`span` follows `reference` in its sentence, a few words on: it goes on with the same account."""
    doc = span.doc
    if not doc.has_annotation("SENT_START") or reference.sent.start != span.sent.start:
        return False
    return 0 <= span.start - reference.end <= SENTENCE_REACH
