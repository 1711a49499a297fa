"""Quotations: pairing the quotation marks of scraped French text.

French press text mixes « », “ ” and straight quotes, often unbalanced after
scraping; quotations are found on the raw text before any attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

QUOTE_CLOSERS = {"«": "»", "“": "”“", '"': '"”“', "„": "“”"}
MAX_QUOTE_CHARS = 3000
WORD = re.compile(r"\w+", re.UNICODE)
PARAGRAPH_THEN_OPENER = re.compile(r"\n\s*«")


@dataclass(frozen=True)
class Quotation:
    """A span between quotation marks: `start`/`end` include the marks."""

    start: int
    end: int
    content_start: int
    content_end: int

    def words(self, text: str) -> int:
        return len(WORD.findall(text[self.content_start : self.content_end]))


def find_quotations(text: str) -> list[Quotation]:
    """Pair quotation marks, tolerating the mixed marks of scraped text (`"…”`, `“…“`).

    Nested quotes stay inside the outer one. A «-quotation continued over
    paragraphs in the French way (each paragraph reopening with «) is closed
    at the paragraph break.
    """
    quotations = []
    position = 0
    while position < len(text):
        opener = text[position]
        if opener not in QUOTE_CLOSERS or (opener == '"' and position and text[position - 1].isalnum()):
            position += 1
            continue
        close = _closing_mark(text, position)
        if close is None:
            position += 1
            continue
        end = close + 1 if text[close] in QUOTE_CLOSERS[opener] else close
        content_start, content_end = strip_span(text, position + 1, close)
        if content_end > content_start:
            quotations.append(Quotation(position, end, content_start, content_end))
        position = end
    return quotations


def _closing_mark(text: str, start: int) -> Optional[int]:
    """Index of the mark closing the quotation opened at `start` (or of the paragraph break ending it)."""
    opener = text[start]
    closers = QUOTE_CLOSERS[opener]
    depth = 0
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    for index in range(start + 1, limit):
        char = text[index]
        if opener == "«" and char == "«":
            if PARAGRAPH_THEN_OPENER.match(text, index - 1) or text[index - 1] == "\n":
                return index - 1
            depth += 1
        elif opener == '"' and char == '"' and _opens_word(text, index):
            depth += 1  # `"Voir l'exposition "Le château" ouvrir …"`: a title quoted inside the quotation
        elif char in closers:
            if depth == 0:
                return index
            depth -= 1
        elif char == "\n" and opener != "«":
            return None
        elif char == "\n" and PARAGRAPH_THEN_OPENER.match(text, index):
            return index
    return None


def _opens_word(text: str, index: int) -> bool:
    """A straight mark after a space and before a letter or digit opens a quotation, it does not close one."""
    return 0 < index < len(text) - 1 and text[index - 1] in " \t(" and text[index + 1].isalnum()


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces (including no-break ones) from both ends of a character span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def inside_quotation(quotations: Sequence[Quotation], char: int) -> bool:
    """Whether character `char` lies within the quoted words of one of `quotations`."""
    return any(q.content_start <= char < q.content_end for q in quotations)
