"""Marks each line gets from its neighbours before the article is located: bylines, captions, embeds, boxes, lists.

A line's own shape (`lines.py`) does not say everything: a bare name is an
author next to a date, the line above a photo credit is a caption, a
newsletter's name sits between its header and its sign-up, the short lines
under a teaser header are other articles.
"""

from __future__ import annotations

import re

from pipeline.clean.lines import Block, Furniture

NEWSLETTER_NAME_WORDS = 6
PITCH_MAX_WORDS = 30
BOX_REACH = 2
AGENCY_BYLINE_LINES = 3
_VIDEO_KICKER = re.compile(r"(?:en )?vidéo\s*[-–—:]\s*(?=[A-ZÀ-Þ«\"“])", re.IGNORECASE)
_READER = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
_PHOTO_CREDIT_MARK = re.compile(r"[/©]|\(c\)|\bvia\b|\b(?:photos?|crédits?|illustration)\b", re.IGNORECASE)
_NAME_LINE = re.compile(r"(?-i:[A-ZÀ-Þ][\w’'\-]*\.?(?:\s+[A-ZÀ-Þ][\w’'\-]*\.?){1,3})")
# A byline's label left alone at the end of its line ("Article rédigé par", "Texte écrit par :"): the names follow.
_BYLINE_LABEL_END = re.compile(r"\bpar\s*:?$", re.IGNORECASE)
LABELLED_AUTHOR_MAX_CHARS = 80
LABELLED_AUTHOR_LINES = 2
# A time of day ("12:00", "9:05") that a player's duration shares: with its entry's paragraph under it, a live entry's.
_TIME_OF_DAY = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")
MIN_ENTRY_TIMES = 2


def is_name_line(block: Block) -> bool:
    """Two to four capitalised words on a short line: a bare name ("Jeanne Corriveau")."""
    return block.kind == "candidate" and len(block.text) <= 40 and bool(_NAME_LINE.fullmatch(block.text))


def _mark_author_lines(blocks: list[Block]) -> None:
    """A bare name next to a dated line or a timestamp is the author ("Jeanne Corriveau" above "19 février 2020",
    a newsroom's "Le Courrier" above "Publié aujourd'hui à 06h00")."""
    for index, block in enumerate(blocks):
        if not is_name_line(block):
            continue
        neighbours = blocks[max(index - 1, 0): index] + blocks[index + 1: index + 2]
        if any(other.kind == "meta" and (other.date or not other.author) for other in neighbours):
            block.kind, block.author = "meta", block.text


def _mark_labelled_authors(blocks: list[Block]) -> None:
    """The short lines under a byline's label dropped as furniture name the authors and their newsroom ("Claire
    Morvan", "franceinfo avec AFP", "France Télévisions"), whatever their writing; a sentence there is no name."""
    for index, label in enumerate(blocks):
        if label.kind != "furniture" or not _BYLINE_LABEL_END.search(label.text):
            continue
        for block in blocks[index + 1: index + 1 + LABELLED_AUTHOR_LINES]:
            if block.kind != "candidate" or len(block.text) > LABELLED_AUTHOR_MAX_CHARS or block.sentence_like:
                break
            block.kind, block.author = "meta", block.text


def _mark_entry_times(blocks: list[Block]) -> None:
    """A live page's entries open on their time, written as a player writes a duration ("11:32"): such a time,
    dropped, right above its entry's paragraph (its title between or not), is a line of the entry when two are."""
    visible = [block for block in blocks if block.kind != "furniture" or _TIME_OF_DAY.fullmatch(block.text)]
    times = [block for block, after, further in zip(visible, visible[1:], visible[2:] + [Block("")])
             if block.kind == "furniture" and _TIME_OF_DAY.fullmatch(block.text)
             and (after.prose or (after.kind == "candidate" and further.prose))]
    if len(times) >= MIN_ENTRY_TIMES:
        for block in times:
            block.kind = "candidate"


def _mark_video_headlines(blocks: list[Block]) -> None:
    """A headline opened by "VIDÉO -" reads as a player's chrome; with the article's byline or timestamp right
    under it, it is the headline ("Vidéo - Un incendie ravage …" above "Publié le …").

    Only the page's one such pair: several make a list of videos, each with its timestamp.
    """
    framed = [block for block, below in zip(blocks, blocks[1:])
              if block.kind == "furniture" and below.kind == "meta" and (below.date or below.author)
              and _VIDEO_KICKER.match(block.text) and Block(_VIDEO_KICKER.sub("", block.text)).reads_like_headline]
    if len(framed) == 1:
        framed[0].kind = "candidate"


def _mark_embeds(blocks: list[Block]) -> None:
    """The text of an embedded post, just above its `— Name (@handle) date` line, is body."""
    for index, block in enumerate(blocks):
        if block.kind == "embed" and index and blocks[index - 1].kind == "candidate":
            blocks[index - 1].kind = "embed"


def _mark_newsletter_names(blocks: list[Block], furniture: Furniture) -> None:
    """A newsletter box's own name ("« Le Courrier du soir »") and its pitch to the reader ("…dans votre boîte
    mail"), between its header and its sign-up within BOX_REACH lines, are the box's."""
    def boxed(block: Block) -> bool:
        return block.kind == "furniture" and bool(furniture.newsletter.fullmatch(block.text))

    for index, block in enumerate(blocks):
        named = block.title_like and block.words <= NEWSLETTER_NAME_WORDS
        pitched = block.kind == "candidate" and block.words <= PITCH_MAX_WORDS and _READER.search(block.text)
        if ((named or pitched) and any(map(boxed, blocks[max(index - BOX_REACH, 0): index]))
                and any(map(boxed, blocks[index + 1: index + 1 + BOX_REACH]))):
            block.kind = "furniture"


def _mark_captions(blocks: list[Block], furniture: Furniture) -> None:
    """The line right above a photo credit alone on its line is that photo's caption.

    An agency's name alone ("AFP") with a byline or timestamp right under it
    signs the article: the line above it is the headline, not a caption.
    """
    for index, (block, below) in enumerate(zip(blocks, blocks[1:])):
        if below.kind != "furniture" or not furniture.credit.fullmatch(below.text):
            continue
        signs_article = any(other.kind == "meta" for other in blocks[index + 2: index + 2 + AGENCY_BYLINE_LINES])
        if _PHOTO_CREDIT_MARK.search(below.text) or not signs_article:
            block.caption = True


def _mark_teaser_lists(blocks: list[Block]) -> None:
    """Under a teaser header, the short lines and their dates that follow are other articles.

    The list ends at the next prose paragraph (a long question is still a
    teaser headline), at the line above a byline, or at a line of another
    kind of furniture (a subscription prompt, a share bar).
    """
    inside = False
    for block, following in zip(blocks, blocks[1:] + [Block("")]):
        if block.kind == "teaser_header":
            inside = True
        elif block.kind not in ("candidate", "meta") or (block.prose and not block.reads_like_headline):
            inside = False
        elif following.kind == "meta" and following.author:
            inside = False  # the line above a byline is the article's own headline
        elif inside and block.kind == "candidate":
            block.kind = "teaser_item"


def _mark_blurb_lists(blocks: list[Block]) -> None:
    """Two or more "Plus..." links make a related list: the blurb above each, and its title, are teasers.

    A single link may close the article's own last paragraph (a truncated
    page): it is dropped, the paragraph stays.
    """
    links = [i for i, block in enumerate(blocks) if block.kind == "more_link"]
    if len(links) < 2:
        return
    for index in links:
        blurb, title = (blocks[i] if i >= 0 else Block("", kind="furniture") for i in (index - 1, index - 2))
        if blurb.kind != "candidate":
            continue
        blurb.kind = "teaser_item"
        if title.kind == "candidate" and title.reads_like_title:
            title.kind = "teaser_item"


def mark_structure(blocks: list[Block], furniture: Furniture) -> None:
    """Every neighbour's mark, in the order they build on each other."""
    _mark_author_lines(blocks)
    _mark_labelled_authors(blocks)
    _mark_entry_times(blocks)
    _mark_video_headlines(blocks)
    _mark_embeds(blocks)
    _mark_newsletter_names(blocks, furniture)
    _mark_captions(blocks, furniture)
    _mark_teaser_lists(blocks)
    _mark_blurb_lists(blocks)
