"""A range cut into its two ends: "entre le 11 et le 28 mars", "du 8 au 10 avril", "les 24-26 mars", "24–26 mars".

Each end is read as a date of its own (the start borrows the month of the
end); a range typed as one token ("24–26") has its ends overlap on that token.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

_DAY_PAIR = re.compile(r"^([0-3]?\d(?:er|ᵉʳ)?)[-–]([0-3]?\d)$")

Piece = tuple[Span, list[str]]  # a piece of the text and the words it is read from


def range_pieces(span: Span, connectors: frozenset[str]) -> list[Piece]:
    """The range's ends or the list's items ("les 6, 7 et 8 juin"), cut at each connector past the first
    word; the whole span when it is no range."""
    words = [token.text for token in span]
    if not connectors:
        return [(span, words)]
    cuts = [token.i for token in span[1:] if token.lower_ in connectors]
    if cuts:
        bounds = zip([span.start, *(cut + 1 for cut in cuts)], [*cuts, span.end])
        pieces = [span.doc[start:end] for start, end in bounds]
        return [(piece, [t.text for t in piece]) for piece in pieces]
    for position, token in enumerate(span):
        pair = _DAY_PAIR.match(token.text)
        if pair and any(connector in token.text for connector in connectors):
            # the two ends keep apart offsets ("du 24–26", "24–26 mars"): spaCy keeps a span's values by offsets
            start, end = span.doc[span.start:token.i + 1], span.doc[token.i:span.end]
            return [(start, words[:position] + [pair[1]] + words[position + 1:]),
                    (end, [pair[2]] + words[position + 1:])]
    return [(span, words)]


def not_before(end: str | None, start: str | None) -> str | None:
    """A year-less range end placed a year later when it came out before its start ("entre mars et mai",
    read in April: May of the same year as March, not the May before)."""
    if not end or not start or end[:len(start)] >= start[:len(end)]:
        return end
    later = f"{int(end[:4]) + 1:04d}{end[4:]}"
    try:
        if len(later) == len("YYYY-MM-DD"):
            date.fromisoformat(later)
    except ValueError:
        return end
    return later
