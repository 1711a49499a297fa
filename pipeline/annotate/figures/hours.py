"""Hours written `3h`, `48 h`: a time of day, unless the words around make it a duration.

The clock shape (`7h`, `14h30`) is masked as no quantity; a bare hour mark is
a duration when it is more than a day's hours (`48h`), when a cue of length
comes before it (`pendant 4h`, `en 2h`, `plus de 3h`, `sous 48h`) or when a
`de` complement says what lasted (`3h de marche`, `2h d'attente`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from spacy.tokens import Doc

from pipeline.annotate.figures.numbers import HOUR, Number

HOUR_MARK = re.compile(rf"(?<![\w'’,.:/]){HOUR}(?![\w'’/])")  # bare hours only: "14h30" stays a clock time
LENGTH_BEFORE = re.compile(
    r"(?:^|\W)(?:pendant|durant|en|sous|plus\s+d[e']|moins\s+d[e']|près\s+d[e']|au\s+bout\s+d[e']"
    r"|toutes\s+les|d'une\s+durée\s+d[e'])\s*$", re.IGNORECASE)
LENGTH_AFTER = re.compile(r"\s*d(?:e\s+|['’])(?!l['’]|la\s|après)[a-zà-ÿ]")
HOURS_OF_A_DAY = 24
LOOK_BEHIND = 30


def hour_durations(doc: Doc, text: str) -> list[Number]:
    """The hour marks of `text` that measure a length of time, as numbers (the clock mask hides the others)."""
    numbers = []
    for match in HOUR_MARK.finditer(text):
        hours = int(match.group(1))
        before = text[max(0, match.start() - LOOK_BEHIND):match.start()]
        if not (hours > HOURS_OF_A_DAY or LENGTH_BEFORE.search(before) or LENGTH_AFTER.match(text, match.end())):
            continue
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is not None:
            numbers.append(Number(span.start, span.end, Decimal(hours), match.end(1), match.group(1)))
    return numbers
