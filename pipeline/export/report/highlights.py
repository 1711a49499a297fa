"""Overlapping spans nested from sorted boundaries, so an article's marked-up text is always valid HTML."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from pipeline.export.report.markup import Markup, attributes, escaped_text


@dataclass(frozen=True)
class Highlight:
    """One marked span of an article: an element with fixed attributes.

    `depth` orders spans with the same start and end (lower is outer). A span
    cut by a crossing span is closed and reopened; only its first piece keeps
    its `id`. A link inside a link (a place inside an organization's name) is
    drawn as a span: HTML does not nest links.
    """

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...]
    depth: int = 0

    def open(self, first: bool = True, in_link: bool = False) -> tuple[str, str]:
        """The opening tag (HTML) and the tag name its closing tag must use."""
        tag = "span" if in_link and self.tag == "a" else self.tag
        attrs = attributes((name, value) for name, value in self.attrs
                           if (first or name != "id") and (tag == "a" or name != "href"))
        return f"<{escaped_text(tag)}{attrs}>", tag


def mark_up(text: str, highlights: Iterable[Highlight]) -> Markup:
    """`text` escaped, with every highlight inside it as a properly nested element.

    Spans outside the text or empty are dropped. At each boundary, spans ending
    there are closed (and any span opened inside them that ends later is closed
    and reopened after), then spans starting there are opened, outer first.
    The pieces are HTML strings already (tags, or text escaped here), joined once:
    an article has thousands of them.
    """
    spans = sorted((h for h in highlights if 0 <= h.start < h.end <= len(text)),
                   key=lambda h: (h.start, -h.end, h.depth))
    starting: dict[int, list[Highlight]] = defaultdict(list)
    for span in spans:
        starting[span.start].append(span)
    bounds = sorted({0, len(text), *(h.start for h in spans), *(h.end for h in spans)})
    parts: list[str] = []
    stack: list[tuple[Highlight, str]] = []  # open spans, outermost first, with the tag each was opened as
    for position, following in zip(bounds, bounds[1:] + [None]):
        parts.extend(_close_at(position, stack))
        for span in starting.get(position, ()):
            parts.append(_push(stack, span, first=True))
        if following is not None:
            parts.append(escaped_text(text[position:following]))
    return Markup("".join(parts))


def _push(stack: list[tuple[Highlight, str]], span: Highlight, first: bool) -> str:
    opening, tag = span.open(first, in_link=any(open_tag == "a" for _, open_tag in stack))
    stack.append((span, tag))
    return opening


def _close_at(position: int, stack: list[tuple[Highlight, str]]) -> list[str]:
    """Close the open spans that end at `position`, reopening those above them that go on."""
    ending = [index for index, (span, _) in enumerate(stack) if span.end == position]
    if not ending:
        return []
    cut = stack[ending[0]:]
    del stack[ending[0]:]
    parts = [f"</{escaped_text(tag)}>" for _, tag in reversed(cut)]
    for span, _ in cut:
        if span.end != position:
            parts.append(_push(stack, span, first=False))
    return parts
