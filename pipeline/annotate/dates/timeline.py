"""The article's own timeline: what a reader places a year-less date against, and which way it points.

A reader without the publication date, or with only its month, still places
"mercredi" or "le 28 avril" by the fully dated references around it ("mardi
26 avril 2022"); and words like "dès" or "d'ici" point ahead whatever the
tense of a present verb. Kept apart from the calendar arithmetic (`values`).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Sequence

from spacy.tokens import Span

from pipeline.annotate.dates.parts import DateParts
from pipeline.annotate.dates.values import Anchor

CUE_WINDOW = 3  # words before a date a cue may stand in ("dès ce lundi", "à partir du 5 mars")


def reference_of(parts: DateParts) -> Anchor | None:
    """The anchor parts name when they give their year and month ("26 avril 2022", "juin 2025"), or None."""
    if parts.unknown_number or parts.year is None or parts.month is None:
        return None
    if parts.day is None:
        return Anchor(parts.year, parts.month)
    try:
        date(parts.year, parts.month, parts.day)
    except ValueError:
        return None
    return Anchor(parts.year, parts.month, parts.day)


class Timeline:
    """The dated references of an article by position, and the anchor each date is read against."""

    def __init__(self, published: Anchor | None, references: Sequence[tuple[int, Anchor]]) -> None:
        """references: (character offset, anchor) of each reference that names its year and month
        ("mardi 26 avril 2022", "juin 2025"), in text order. Full days are used when any refine the
        publication date; months ("juin 2025 ... le 12 juin") only when no day does."""
        self.published = published
        agreeing = [(offset, anchor) for offset, anchor in references if self._refines(anchor)]
        days = [(offset, anchor) for offset, anchor in agreeing if anchor.day is not None]
        chosen = days or agreeing
        self.offsets = [offset for offset, _ in chosen]
        self.anchors = [anchor for _, anchor in chosen]

    def _refines(self, reference: Anchor) -> bool:
        """A reference is more specific than the publication date and lies within it (its year, its month)."""
        anchor = self.published
        if anchor is None:
            return True
        if reference.year != anchor.year or anchor.day is not None:
            return False
        if anchor.month is None:
            return reference.month is not None
        return reference.month == anchor.month and reference.day is not None

    def anchor_at(self, offset: int) -> Anchor | None:
        """The publication date, or the nearest more specific reference.

        The nearest before the date wins ("le 3 janvier 2026 ... le 5"), else the
        first after it ("le 3 ... le 5 janvier 2026").
        """
        if not self.anchors:
            return self.published
        index = bisect_right(self.offsets, offset) - 1
        return self.anchors[max(index, 0)]


def future_cue(span: Span, cues: dict[str, str]) -> bool:
    """A cue to what is to come ("dès", "d'ici", "à partir du") right before or opening the date."""
    start = max(span.sent.start if span.doc.has_annotation("SENT_START") else 0, span.start - CUE_WINDOW)
    words = " ".join(token.lower_ for token in span.doc[start:span.end] if not token.is_space)
    padded = f" {words} "
    return any(f" {cue} " in padded for cue in cues)
