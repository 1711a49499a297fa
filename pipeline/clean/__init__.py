"""Clean: turn a scraped page dump into the article body, plus its byline and date.

A dump has one block a line: menus, share bars, teasers and comments around
the article. Cleaning works in three passes over those lines:

1. each line is classified on its own with the patterns of
   `models/furniture/` (one file per concept) and a few structural rules
   (menu lines made of capitalised words; from its neighbours, a bare author
   name next to a date, a caption above its credit: `marks.py`);
2. the article is located: lists of other articles are told by their
   repeated groups (rubric, headline, standfirst, byline or timestamp:
   `groups.py`), not by their length; then the longest run of prose
   paragraphs is the body (a list of other articles inside it is no gap, a
   teaser's standfirst above the article's head no part of it), the headline above it is chosen from the page's
   structure (headline → byline/timestamp → body: `headline.py`), the
   captions and standfirst between them are kept; inside the body a run of
   short headlines (links) is dropped, unless it is one of the article's own
   lists (a line-up, guests and their roles, topics: `lists.py`) or a live
   entry with its time;
3. bylines and timestamps (read in the shapes templates print them:
   `stamplines.py`, `stampdates.py`) leave the body and become `author` and
   `published` (`stamps.py`), a signature under the last paragraph included;
   without a timestamp, the date is inferred from the text's own dates (`published.py`). The title is the
   headline without a site suffix ("… - Rubrique - Le Site", cut by its shape: `sitename.py`).

Everything is per document and the patterns are compiled once, on first use.
"""

from __future__ import annotations

import dataclasses

from pipeline.clean.layout import analyse
from pipeline.clean.lines import Block
from pipeline.clean.normalise import normalise_text, paragraphs
from pipeline.clean.published import infer_published
from pipeline.clean.sitename import without_site_suffix
from pipeline.clean.stamps import published_from_page
from pipeline.common.records import Document


def _author(blocks: list[Block]) -> str:
    return next((block.author for block in blocks if block.kind == "meta" and block.author), "")


def clean_document(doc: Document) -> Document:
    """RETURNS (Document): a copy with the cleaned body, title, author and publication date."""
    if doc.status != "ok":
        return doc
    text = normalise_text(doc.text)
    blocks = analyse(text)
    kept = [block.text for block in blocks if block.keep]
    body = "\n\n".join(kept)
    published, source = doc.published, "metadata" if doc.published else ""
    if not published:
        published, source = published_from_page(blocks)
    if not published:
        published = infer_published(paragraphs(text))
        source = "inferred" if published else ""
    status, error = doc.status, doc.error
    if not body:
        status = "empty"
        error = f"{doc.source}: nothing left after cleaning ({len(blocks)} lines, all page furniture)"
    return dataclasses.replace(
        doc, text=body, status=status, error=error,
        title=doc.title or without_site_suffix(next((block.text for block in blocks if block.headline), "")),
        author=doc.author or _author(blocks),
        published=published, published_source=source,
    )
