"""Where the article is among the lines: the body, its headline and lead, teaser lists and embeds."""

from __future__ import annotations

import re

from pipeline.clean.groups import mark_repeated_groups
from pipeline.clean.headline import find_headline, heads_prose
from pipeline.clean.lists import is_body_list, list_after
from pipeline.clean.lines import CLOCK, HEADLINE_MIN_WORDS, INNER_SENTENCE, Block, Furniture, classify, entry_time
from pipeline.clean.normalise import paragraphs

# Non-prose lines tolerated between two prose paragraphs of the same body.
MAX_GAP = 10
CAPTION_MIN_WORDS = 6
# The most words of a headline's first part broken onto its own line after a colon.
SPLIT_HEAD_WORDS = 10
NEWSLETTER_NAME_WORDS = 6
PITCH_MAX_WORDS = 30
BOX_REACH = 2
_VIDEO_KICKER = re.compile(r"(?:en )?vidéo\s*[-–—:]\s*(?=[A-ZÀ-Þ«\"“])", re.IGNORECASE)
_READER = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
AGENCY_BYLINE_LINES = 3
_CLAUSE_START = re.compile(r"(?:que\b|qu[’'])")
_PHOTO_CREDIT_MARK = re.compile(r"[/©]|\(c\)|\bvia\b|\b(?:photos?|crédits?|illustration)\b", re.IGNORECASE)
_FINISHED = re.compile(r"[.!?:;…»\"”)]$")
_NAME_LINE = re.compile(r"(?-i:[A-ZÀ-Þ][\w’'\-]*\.?(?:\s+[A-ZÀ-Þ][\w’'\-]*\.?){1,3})")


def _is_name_line(block: Block) -> bool:
    return block.kind == "candidate" and len(block.text) <= 40 and bool(_NAME_LINE.fullmatch(block.text))


def _mark_author_lines(blocks: list[Block]) -> None:
    """A bare name next to a dated line is the author ("Jeanne Corriveau" above "19 février 2020")."""
    for index, block in enumerate(blocks):
        if not _is_name_line(block):
            continue
        neighbours = blocks[max(index - 1, 0): index] + blocks[index + 1: index + 2]
        if any(other.kind == "meta" and other.date for other in neighbours):
            block.kind, block.author = "meta", block.text


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


def _body_span(blocks: list[Block]) -> tuple[int, int] | None:
    """First and last index of the largest run of prose paragraphs, None when there is no prose.

    Two prose paragraphs belong to the same run when at most MAX_GAP lines
    separate them and no comment section opens between them.
    """
    runs: list[tuple[int, int, int]] = []
    start = last = -1
    size = 0
    for index, block in enumerate(blocks):
        if block.kind == "closing" and start >= 0:
            runs.append((size, start, last))
            start, size = -1, 0
        if not (block.prose or block.kind == "embed"):
            continue
        if start >= 0 and index - last - 1 > MAX_GAP:
            runs.append((size, start, last))
            start, size = -1, 0
        if start < 0:
            start = index
        last, size = index, size + len(block.text)
    if start >= 0:
        runs.append((size, start, last))
    if not runs:
        return None
    _, first, final = max(runs, key=lambda run: (run[0], -run[1]))
    return first, final


def _keep_headline_and_lead(blocks: list[Block], start: int) -> None:
    """The headline and a deck right under it, then the captions, standfirst, subheads and a live entry's time
    down to the body."""
    headline = find_headline(blocks, start)
    if headline is None:
        return
    headline = _join_split_headline(blocks, headline)
    blocks[headline].keep = blocks[headline].headline = True
    below = blocks[headline + 1] if headline + 1 < start else Block("", kind="furniture")
    if below.headline_like:
        below.keep = True
    elif _is_name_line(below):
        below.kind, below.author = "meta", below.text  # an author alone on the line under the headline
    for index in range(headline + 1, start):
        block = blocks[index]
        captioned = block.sentence_like or (block.kind == "candidate" and INNER_SENTENCE.search(block.text))
        if ((captioned or block.caption) and block.words >= CAPTION_MIN_WORDS) or heads_prose(blocks, index):
            block.keep = True
    for clock, entry in zip(blocks[headline + 1: start], blocks[headline + 2: start + 1]):
        if CLOCK.fullmatch(clock.text) and clock.kind == "candidate" and (entry.keep or entry.prose):
            clock.keep = True  # a live page's first entry: its time above its text


def _join_split_headline(blocks: list[Block], headline: int) -> int:
    """A headline the page broke after its colon ("Climat :" above "les tornades se multiplient…") is one line.

    Returns the index of the headline, the upper line when the two are joined.
    """
    above = next((i for i in range(headline - 1, -1, -1) if blocks[i].kind != "furniture"), None)
    if above is None:
        return headline
    head = blocks[above]
    if head.kind != "candidate" or not head.text.endswith(":") or head.words > SPLIT_HEAD_WORDS:
        return headline
    head.text = f"{head.text} {blocks[headline].text}"
    blocks[headline].kind = "furniture"
    return above


def _keep_body(blocks: list[Block], start: int, end: int) -> None:
    """Inside the body every candidate stays, except runs of two or more headline-like lines (link lists).

    A timestamp line ends a run (a byline may close each link). A live entry's title, under its
    time or opening on it ("10h24 : …", "5 septembre 1661 : …"), right above
    its paragraph, is body even inside a run, and so is a list of names or of
    described items (`lists.py`).
    """
    run: list[Block] = []
    for block in blocks[start: end + 1] + [Block("", kind="candidate")]:
        if block.kind == "meta" and not block.author:
            _keep_lone(run)
            run = []
        if block.kind not in ("candidate", "embed"):
            continue
        if block.title_like and block.text and not block.caption:  # a photo's caption is no link
            run.append(block)
            continue
        _keep_lone(run)
        if block.prose:
            _keep_entry(run)
        run = []
        block.keep = bool(block.text)


def _keep_lone(run: list[Block]) -> None:
    """A lone short line is a subhead; a run is links unless it is one of the article's lists (a line-up)."""
    if len(run) == 1 or is_body_list(run):
        for block in run:
            block.keep = True


def _keep_entry(run: list[Block]) -> None:
    """The run's last line above a paragraph, when a time opens it or stands above it: a timed entry."""
    if len(run) > 1 and CLOCK.fullmatch(run[-2].text):
        run[-2].keep = run[-1].keep = True
    elif run and entry_time().match(run[-1].text):
        run[-1].keep = True


def _keep_closing_sentences(blocks: list[Block], end: int) -> None:
    """Short last sentences right after the last long paragraph still belong to the article, and so do its lists."""
    index = end + 1
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "furniture":
            index += 1
            continue
        if block.kind in ("candidate", "embed") and block.sentence_like and block.words >= HEADLINE_MIN_WORDS:
            block.keep = True
            index += 1
            continue
        listed = list_after(blocks, index)
        if not listed:
            break
        for item in listed:
            item.keep = True
        index = blocks.index(listed[-1], index) + 1


def _continues(previous: str, line: str) -> bool:
    """A lower-case line after a comma, or a `que` clause after an unfinished line, goes on the same sentence."""
    if not line[:1].islower():
        return False
    return previous.endswith(",") or (bool(_CLAUSE_START.match(line)) and not _FINISHED.search(previous))


def _page_lines(text: str) -> list[str]:
    """The dump's lines, a line repeated right under itself once, a line broken after a comma mended.

    An image's alt text and its caption, or a doubled dump, repeat a line; an
    inline element (a link) ends a line in mid-sentence: "…se confirme," then
    "près de 100 000 Russes…" is one line, and so is "…il faudra" then "que le Congrès…".
    """
    lines: list[str] = []
    for line in paragraphs(text):
        if lines and line == lines[-1]:
            continue
        if lines and _continues(lines[-1], line):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines


def analyse(text: str) -> list[Block]:
    """Classify and decide every line of a normalised text."""
    furniture = Furniture.load()
    blocks = [classify(line, furniture) for line in _page_lines(text)]
    _mark_author_lines(blocks)
    _mark_video_headlines(blocks)
    _mark_embeds(blocks)
    _mark_newsletter_names(blocks, furniture)
    _mark_captions(blocks, furniture)
    _mark_teaser_lists(blocks)
    _mark_blurb_lists(blocks)
    mark_repeated_groups(blocks)
    span = _body_span(blocks)
    if span is None:
        for block in blocks:
            block.keep = block.kind in ("candidate", "embed")
        return blocks
    start, end = span
    _keep_headline_and_lead(blocks, start)
    _keep_body(blocks, start, end)
    _keep_closing_sentences(blocks, end)
    _drop_above_headline(blocks)
    return blocks


def _drop_above_headline(blocks: list[Block]) -> None:
    """The headline opens the text: what was kept above it is the page's, not the article's."""
    headline = next((i for i, block in enumerate(blocks) if block.headline), 0)
    for block in blocks[:headline]:
        block.keep = False
