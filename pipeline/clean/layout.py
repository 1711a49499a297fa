"""Where the article is among the lines: the body, its headline and lead (the lines' marks: `marks.py`)."""

from __future__ import annotations

import re

from pipeline.clean.groups import mark_repeated_groups
from pipeline.clean.headline import find_headline, headline_under_lead, heads_article, heads_prose, topic_words
from pipeline.clean.lines import CLOCK, INNER_SENTENCE, Block, Furniture, classify, entry_time
from pipeline.clean.lists import are_subheads, heads_list, is_body_list, list_after
from pipeline.clean.marks import is_name_line, mark_structure
from pipeline.clean.normalise import paragraphs

# Non-prose lines tolerated between two prose paragraphs of the same body.
MAX_GAP = 10
CAPTION_MIN_WORDS = 6
# A short sentence right above the first paragraph ("C'est officiel.") opens the body, or closes it under the last.
OPENING_MIN_WORDS = 2
# The most words of a headline's first part broken onto its own line after a colon.
SPLIT_HEAD_WORDS = 10
_CLAUSE_START = re.compile(r"(?:que\b|qu[’'])")
_FINISHED = re.compile(r"[.!?:;…»\"”)]$")


def _body_span(blocks: list[Block]) -> tuple[int, int] | None:
    """First and last index of the largest run of prose paragraphs, None when there is no prose.

    Two prose paragraphs belong to the same run when at most MAX_GAP lines
    separate them and no comment section opens between them. The lines of a
    list of other articles inside the article (teasers under their header, groups
    with their timestamps: `groups.py`) are no gap: the body goes on under it,
    unless another article's head follows the list.
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
        if start >= 0 and _gap(blocks, last + 1, index) > MAX_GAP:
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


def _gap(blocks: list[Block], first: int, stop: int) -> int:
    """Lines between two paragraphs, a list of other articles' lines not counted unless the next article's head
    (its headline and byline or timestamp) follows the list."""
    listed = [block.kind in ("teaser_item", "teaser_header") for block in blocks[first: stop]]
    if not any(listed) or any(heads_article(blocks, index) for index in range(first, stop)):
        return len(listed)
    return listed.count(False)


def _article_head(blocks: list[Block], start: int, end: int) -> tuple[int | None, int]:
    """The article's headline when the run of prose shows it, and where the body starts.

    A teaser's standfirst right above the article's head opens the run of prose. So when the run's first
    paragraph is followed, before its second and with no teaser header between, by a headline with its byline
    or timestamp and two paragraphs under them, that line is the headline and the body starts under it.
    """
    paragraphs = 0
    for index in range(start, end + 1):
        block = blocks[index]
        paragraphs += block.prose
        if paragraphs > 1 or block.kind == "teaser_header":
            break
        if heads_article(blocks, index):
            below = _paragraphs_after_head(blocks, index, end)
            if len(below) >= 2:
                return index, below[0]
    return None, start


def _paragraphs_after_head(blocks: list[Block], head: int, end: int) -> list[int]:
    """The paragraphs under a head's byline and timestamp, up to the next meta line (another group's byline)."""
    index = next(i for i in range(head + 1, len(blocks)) if blocks[i].kind == "meta")
    while index <= end and blocks[index].kind in ("meta", "furniture"):
        index += 1
    following = []
    for block_index in range(index, end + 1):
        if blocks[block_index].kind == "meta":
            break
        if blocks[block_index].prose:
            following.append(block_index)
    return following


def _keep_headline_and_lead(blocks: list[Block], start: int, end: int, head: int | None) -> None:
    """The headline (`head` when the body's run showed it) and a deck right under it, then the captions,
    standfirst, subheads and a live entry's time down to the body."""
    headline = find_headline(blocks, start, end) if head is None else head
    if headline is None:
        return
    headline = _join_split_headline(blocks, headline)
    blocks[headline].keep = blocks[headline].headline = True
    below = blocks[headline + 1] if headline + 1 < start else Block("", kind="furniture")
    if below.headline_like:
        below.keep = True
    elif is_name_line(below):
        below.kind, below.author = "meta", below.text  # an author alone on the line under the headline
    for index in range(headline + 1, start):
        block = blocks[index]
        captioned = block.sentence_like or (block.kind == "candidate" and INNER_SENTENCE.search(block.text))
        if ((captioned or block.caption) and block.words >= CAPTION_MIN_WORDS) or heads_prose(blocks, index):
            block.keep = True
    for clock, entry in zip(blocks[headline + 1: start], blocks[headline + 2: start + 1]):
        if CLOCK.fullmatch(clock.text) and clock.kind == "candidate" and (entry.keep or entry.prose):
            clock.keep = True  # a live page's first entry: its time above its text
    _keep_opening_sentences(blocks, headline, start)


def _keep_opening_sentences(blocks: list[Block], headline: int, start: int) -> None:
    """Short sentences right above the first paragraph open the body ("C'est officiel.", an interview's first
    turns "Pourquoi ?" / "Parce que…"): the lines ending like a sentence, up from the paragraph to the first
    that does not (a byline, a timestamp, a button, a caption's credit)."""
    for block in reversed(blocks[headline + 1: start]):
        if block.kind == "furniture":
            continue
        if block.kind != "candidate" or not block.sentence_like or block.words < OPENING_MIN_WORDS:
            break
        block.keep = True


def _join_split_headline(blocks: list[Block], headline: int) -> int:
    """A headline the page broke after its colon ("Climat :" above "les tornades se multiplient…"), or in mid-clause
    ("Le PSG s'impose" above "à Lens au bout du suspense": no headline opens in lower case), is one line.

    Returns the index of the headline, the upper line when the two are joined.
    """
    visible = [i for i in range(len(blocks)) if blocks[i].kind != "furniture"]
    position = visible.index(headline)
    for upper, lower in ((position - 1, position), (position, position + 1)):
        if upper < 0 or lower >= len(visible) or not _broken(blocks[visible[upper]], blocks[visible[lower]]):
            continue
        head = blocks[visible[upper]]
        head.text = f"{head.text} {blocks[visible[lower]].text}"
        blocks[visible[lower]].kind = "furniture"
        return visible[upper]
    return headline


def _broken(head: Block, tail: Block) -> bool:
    """A headline's start closed by its colon, or title-shaped and opened by a capital above a lower-case tail."""
    if head.kind != "candidate" or tail.kind not in ("candidate", "teaser_item") or head.words > SPLIT_HEAD_WORDS:
        return False
    return head.text.endswith(":") or (tail.text[:1].islower() and tail.reads_like_title and head.title_like
                                       and head.text[:1].isupper())


def _keep_body(blocks: list[Block], start: int, end: int) -> None:
    """Inside the body every candidate stays, except runs of two or more headline-like lines (link lists).

    A timestamp line ends a run (a byline may close each link). A live entry's title, under its
    time or opening on it ("10h24 : …", "5 septembre 1661 : …"), right above
    its paragraph, is body even inside a run, and so is a list of names or of
    described items, or the list a line closed by a colon opens (`lists.py`).
    """
    run: list[Block] = []
    above = Block("", kind="furniture")  # the line right above the run
    previous = above  # the line right above this one, whatever its kind
    topic = topic_words(" ".join(block.text for block in blocks[start: end + 1] if block.prose))
    for block in blocks[start: end + 1] + [Block("", kind="candidate")]:
        prior, previous = previous, block if block.kind != "furniture" else previous
        if block.kind == "meta" and not block.author:
            _keep_lone(run, above, topic)
            run, above = [], block
        if block.kind not in ("candidate", "embed"):
            continue
        if block.title_like and block.text and not block.caption and not _goes_on(run, prior, block):
            run.append(block)  # a photo's caption is no link
            continue
        _keep_lone(run, above, topic if block.prose else set())
        if block.prose:
            _keep_entry(run)
        run, above = [], block
        block.keep = bool(block.text)


def _goes_on(run: list[Block], prior: Block, block: Block) -> bool:
    """A paragraph ending on its question or its quote, right under a sentence of the body, goes on with it: no
    link (a link list opens under its header or a link)."""
    return not run and prior.sentence_like and block.prose


def _keep_lone(run: list[Block], above: Block, topic: set[str]) -> None:
    """A lone short line is a subhead, and so are two on the body's `topic` between paragraphs; a run is links
    unless it is one of the article's lists (a line-up, the items a colon announces)."""
    if len(run) == 1 or is_body_list(run) or (run and heads_list(above)) or (above.prose and are_subheads(run, topic)):
        for block in run:
            block.keep = True


def _keep_entry(run: list[Block]) -> None:
    """The run's last line above a paragraph, when a time opens it or stands above it: a timed entry."""
    if len(run) > 1 and CLOCK.fullmatch(run[-2].text):
        run[-2].keep = run[-1].keep = True
    elif run and entry_time().match(run[-1].text):
        run[-1].keep = True


def _keep_closing_sentences(blocks: list[Block], end: int) -> None:
    """Short last sentences right after the last long paragraph still belong to the article ("Affaire à suivre."),
    and so do its lists."""
    index = end + 1
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "furniture":
            index += 1
            continue
        if block.kind in ("candidate", "embed") and block.sentence_like and block.words >= OPENING_MIN_WORDS:
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
    mark_structure(blocks, furniture)
    mark_repeated_groups(blocks)
    span = _body_span(blocks)
    if span is None:
        for block in blocks:
            block.keep = block.kind in ("candidate", "embed")
        return blocks
    start, end = span
    head, start = _article_head(blocks, start, end)
    _keep_headline_and_lead(blocks, start, end, head)
    _keep_body(blocks, start, end)
    _keep_closing_sentences(blocks, end)
    _drop_above_headline(blocks)
    if not any(block.headline for block in blocks):
        under = headline_under_lead(blocks, start, end)
        if under is not None:
            blocks[under].headline = True  # the title; the lines above it stay, as they were kept
    return blocks


def _drop_above_headline(blocks: list[Block]) -> None:
    """The headline opens the text: what was kept above it is the page's, not the article's."""
    headline = next((i for i, block in enumerate(blocks) if block.headline), 0)
    for block in blocks[:headline]:
        block.keep = False
