"""Guards: matches that look like dates and are not (a habitual "le lundi", a count "2000 personnes", a timestamp).

Each guard reads the words around a match; they grow with the false dates
found in articles, apart from the patterns and the calendar arithmetic.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.annotate.dates.lexicon import DateLexicon
from pipeline.annotate.dates.parts import YEAR_NUMBER, DateParts
from pipeline.annotate.dates.patterns import Rule
from pipeline.annotate.extensions import doc_text

_LONG_NUMBER = re.compile(r"^\d{4,}$")
_RANGE_CONNECTORS = frozenset({"à", "et", "-"})
_CLOCK_TIME = re.compile(r"\b\d{1,2}\s?[h:]\s?\d{0,2}\b")
_WORD = re.compile(r"\w+")
_COUNTED_POS = frozenset({"NOUN", "NUM"})


def allowed(span: Span, rule: Rule, lexicon: DateLexicon) -> bool:
    """The pattern's neighbour guards: "le lundi" is habitual, "plus de 2000" is a count."""
    before = neighbour(span, -1)
    after = neighbour(span, 1)
    if rule.not_after and before is not None and before.lower_ in lexicon.forms(rule.not_after):
        return False
    if rule.not_before and after is not None and after.lower_ in lexicon.forms(rule.not_before):
        return False
    return True


def neighbour(span: Span, step: int) -> Token | None:
    """The first non-space token before (-1) or after (+1) a span."""
    index = span.start - 1 if step < 0 else span.end
    while 0 <= index < len(span.doc) and span.doc[index].is_space:
        index += step
    return span.doc[index] if 0 <= index < len(span.doc) else None


def is_full_date(parts: DateParts) -> bool:
    """Day, month and year all given."""
    return None not in (parts.day, parts.month, parts.year)


def is_bare_year(parts: DateParts) -> bool:
    """A year with no month or season: a number that may as well count things."""
    return parts.year is not None and parts.month is None and parts.season_month is None


def counts_things(span: Span) -> bool:
    """A four-digit number that counts ("de 2000 personnes", "de 2000 à 3000 euros") is no year."""
    after = neighbour(span, 1)
    if after is None:
        return False
    if after.pos_ in _COUNTED_POS and after.is_lower and after.is_alpha:
        return True
    following = neighbour(span.doc[after.i:after.i + 1], 1)
    return (after.lower_ in _RANGE_CONNECTORS and following is not None
            and bool(_LONG_NUMBER.match(following.text)) and not YEAR_NUMBER.match(following.text))


def is_timestamp_line(span: Span, lexicon: DateLexicon) -> bool:
    """A full date alone on its line ("19/02/2020", "Publié le 30/04/2024 - 16:00") is a timestamp, not body."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:span.start_char] + " " + text[span.end_char:line_end]
    words = _WORD.findall(_CLOCK_TIME.sub(" ", rest).lower())
    return all(word in lexicon.forms("timestamp") for word in words)
