"""Values as analysts read them: numbers, dates, figures, headlines and snippets, one format for every page."""

from __future__ import annotations

import math
import re
from typing import Any

from pipeline.common.tables import LABELS
from pipeline.export.report.markup import Markup, render

SNIPPET_CHARS = 80
TITLE_CHARS = 100  # a headline in a table cell (the cleaned text's first paragraph can be long)

_SPACES = re.compile(r"\s+")

Row = dict[str, Any]  # one table row; the pages read rows as dicts (pandas' per-row access is too slow)


def is_missing(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def number_text(value: float) -> str:
    """`98 000`, `2.5`: thousands split by a narrow space, as French writes them."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    return text.replace(",", "\u202f")


def figure_text(figure: Row) -> str:
    """`environ 25 km`, `12–20 ans`: the normalised value with its qualifier and unit."""
    value = "" if is_missing(figure["value"]) else number_text(figure["value"])
    if not is_missing(figure["value_high"]):
        value = f"{value}–{number_text(figure['value_high'])}"
    return " ".join(part for part in (figure["qualifier"], value, figure["unit"]) if part)


def date_text(date: Row) -> str:
    return f"{date['value']} ({date['granularity']})" if date["value"] else f"{date['text']} (unresolved)"


def shorten(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def snippet(text: str, start: int, end: int, css_class: str) -> Markup:
    """The mention in its context, on one line, with the mention marked."""
    before = _SPACES.sub(" ", text[max(0, start - SNIPPET_CHARS):start])
    after = _SPACES.sub(" ", text[end:end + SNIPPET_CHARS])
    return render('{lead}{before}<mark class="{css}">{mention}</mark>{after}{tail}',
                  lead="…" if start > SNIPPET_CHARS else "", before=before, css=css_class,
                  mention=text[start:end], after=after, tail="…" if end + SNIPPET_CHARS < len(text) else "")


def label_class(label: str) -> str:
    return f"m m-{label}" if label in LABELS else "m m-other"
