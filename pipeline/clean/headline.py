"""The headline: which line above the body is the article's own title, judged from the page's structure.

A page shows many short lines above its body: menus, prompts, share buttons,
other articles' titles, captions. The article's headline is told apart by
what surrounds it, not by the site: a byline or timestamp a few lines below
it, a standfirst or the body right under it, the same words repeated in the
page title. Which lines can be one at all, by their own form, is
`headline_shape`'s.
"""

from __future__ import annotations

import functools
import itertools
import re

from pipeline.clean.headline_shape import (KICKER, TRUNCATED, is_candidate, is_order, never_by_form, never_headline,
                                           reads_like_headline)
from pipeline.clean.lines import CLOCK, HEADLINE_MAX_CHARS, INNER_SENTENCE, Block
from pipeline.clean.marks import is_name_line
from pipeline.common.calendar import alternation, calendar_forms
from pipeline.common.names import fold

# How far below a headline its byline, timestamp or standfirst may sit (lines of furniture skipped).
LOOKAHEAD = 5
STANDFIRST_MIN_WORDS = 6
_READER_ADDRESS = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
_SITE_BAR = re.compile(r"\s[|]\s")
_FINAL_STOP = re.compile(r"(?<![.…])\.$")
# Under a byline or timestamp, a headline may be shorter than a candidate's least (`HEADLINE_MIN_CHARS`).
FRAMED_MIN_WORDS = 3
# A headline ending on its period is a short one: a longer sentence is a standfirst or a caption.
STOPPED_MAX_WORDS = 10
# A line's topic words (`topic_words`) and the body paragraphs they are looked for in.
TOPIC_WORD_MIN_CHARS = 5
NAME_MIN_CHARS = 4
BODY_PARAGRAPHS = 4
TOPIC_POINTS = 2
_HEADLINE_OPENING = re.compile(r"[A-ZÀ-Þ0-9«\"“]")


@functools.lru_cache(maxsize=1)
def _dated_end() -> re.Pattern[str]:
    """A caption's closing date ("…, à Marignane, le 12 mars 2024.", "…, samedi 12 mars.")."""
    months, _ = calendar_forms()
    return re.compile(rf"\b\d{{1,2}}(?:er)?\s+{alternation(months)}(?:\s+\d{{4}})?\s*[.)]?$", re.IGNORECASE)


def _is_framed_candidate(blocks: list[Block], index: int) -> bool:
    """A short headline, or one ending on its period, right above the article's byline or timestamp, or above
    its standfirst and then the byline or timestamp.

    Its own shape is not enough (a caption ends on a period too, a rubric is short): the meta line under it is.
    """
    block = blocks[index]
    below = _below(blocks, index)
    if below and below[0].prose:
        below = below[1:]  # the standfirst between the headline and its byline
    if not below or below[0].kind != "meta":
        return False
    return _short_headline_shape(block)


def _short_headline_shape(block: Block) -> bool:
    """A headline shorter than a candidate's least, or ending on its period: a few words opened by a capital."""
    if block.kind not in ("candidate", "teaser_item") or block.caption:
        return False
    text = _FINAL_STOP.sub("", KICKER.sub("", block.text))
    shape = Block(text)
    if text != block.text and (shape.words > STOPPED_MAX_WORDS or "," in text):
        return False  # a sentence with its commas, or a long one, under which a byline sits: a standfirst, a caption
    return (_HEADLINE_OPENING.match(text) is not None and shape.reads_like_title and shape.words >= FRAMED_MIN_WORDS and len(text) <= HEADLINE_MAX_CHARS
            and not INNER_SENTENCE.search(text) and not never_headline(block.text))


def _below(blocks: list[Block], index: int) -> list[Block]:
    """The next lines that are not dropped furniture, at most LOOKAHEAD of them."""
    following = (blocks[i] for i in range(index + 1, len(blocks)) if blocks[i].kind != "furniture")
    return list(itertools.islice(following, LOOKAHEAD))


def _is_standfirst(block: Block) -> bool:
    """A paragraph, a sentence, or several sentences whose last lacks its stop ("KICKER Une phrase. Une autre").

    A headline opened by its kicker ("VIDÉO. Une phrase") is a headline, not a standfirst.
    """
    return block.prose or (block.words >= STANDFIRST_MIN_WORDS and (
        block.sentence_like or (block.kind == "candidate" and bool(INNER_SENTENCE.search(block.text))
                                and not is_candidate(block))))


def heads_prose(blocks: list[Block], index: int) -> bool:
    """A headline-shaped line right above a paragraph, under the headline: a subhead or a live feed's entry."""
    below = _below(blocks, index)
    return is_candidate(blocks[index]) and bool(below) and below[0].prose


def heads_article(blocks: list[Block], index: int) -> bool:
    """A headline with a dated timestamp or a byline under it, past its deck or standfirst: an article's head."""
    return blocks[index].kind == "candidate" and is_candidate(blocks[index]) and _signed_below(blocks, index)


def _is_ordered_headline(blocks: list[Block], index: int, body: set[str]) -> bool:
    """A headline opening on an infinitive or an order ("Acheter un logement en 2024 : ce qui change") reads as a
    button; on the body's topic and with its byline or timestamp under it, it is a headline."""
    block = blocks[index]
    return (block.kind == "candidate" and not block.caption and is_order(block.text)
            and not never_by_form(block.text) and reads_like_headline(block) and _on_topic(block.text, body)
            and _signed_below(blocks, index))


def _signed_below(blocks: list[Block], index: int) -> bool:
    """A dated timestamp or a byline under the line, past its deck or standfirst: past one paragraph at most (a
    photo's caption aside), since a subhead sits above a body's paragraphs and the next article's byline may follow."""
    paragraphs = 0
    for block in _below(blocks, index):
        if block.kind == "meta":
            return bool(block.date or block.author)
        paragraphs += block.prose and not block.caption
        if not _passes_points(block) or paragraphs > 1:
            return False
    return False


def _score(blocks: list[Block], index: int, folded: list[str], body: set[str]) -> int:
    """Structure points: byline or timestamp below (3), standfirst or body right below (2); agreement with the
    body: two of its topic words in the first paragraphs (2), and repeated on the page outside its paragraphs (1)
    when on its topic (a teaser is repeated too, in another list; a summary's point in the body's own words). A teaser with its own byline next to the article's head scores as
    well by structure, never by topic; a rubric of two words shares one at most.

    Points off for a live feed's clock above (3), for addressing the reader (2) and for a site's name
    after a bar (1).
    """
    below = _below(blocks, index)
    score = 0
    if below and _is_standfirst(below[0]) and not _kicker_of(blocks, index, below[0]):
        score += 2
    passes = _is_standfirst if blocks[index].kind == "teaser_item" else _passes_points
    for block in below:
        if block.kind == "meta":
            score += 3
            break
        if not passes(block):
            break
    if len(topic_words(blocks[index].text) & body) >= 2:
        score += TOPIC_POINTS
    if _on_topic(blocks[index].text, body):
        own = folded[index]
        score += any(own and own in other and not blocks[i].prose for i, other in enumerate(folded) if i != index)
    if _READER_ADDRESS.search(blocks[index].text):
        score -= 2
    above = next((block for block in reversed(blocks[:index]) if block.kind != "furniture"), None)
    if above is not None and _is_entry_time(above):
        score -= 3
    if _SITE_BAR.search(blocks[index].text):
        score -= 1  # a page title ("Headline | Site"): the plain headline wins where the page shows it
    return score


def _kicker_of(blocks: list[Block], index: int, under: Block) -> bool:
    """A rubric or kicker right above a headline that ends like a sentence ("Qui décide de la guerre ?"): the line
    under it reads as a headline and has its own standfirst; the points are the headline's. A deck (straight
    above the byline, shorter or longer) leaves them to the headline above it."""
    if under.prose or not is_candidate(under):
        return False
    below = _below(blocks, blocks.index(under, index + 1))
    return bool(below) and _is_standfirst(below[0])


def _passes_points(block: Block) -> bool:
    """A standfirst or a deck passes the byline's points up to the headline; a teaser's title passes none."""
    return _is_standfirst(block) or (is_candidate(block) and block.kind != "teaser_item")


def _is_entry_time(block: Block) -> bool:
    """A bare clock, or a timestamp with a time and no date ("Publié à 11h42"): a live entry's."""
    return bool(CLOCK.fullmatch(block.text)) or (block.kind == "meta" and not block.date and not block.author
                                                  and bool(CLOCK.search(block.text)))


def _cut_copy(blocks: list[Block], index: int) -> bool:
    """A headline cut short ("Un quatrième mort retrouvé après l'...") whose whole text another line gives."""
    text = blocks[index].text
    if not TRUNCATED.search(text):
        return False
    stem = TRUNCATED.sub("", text)
    return any(other.text.startswith(stem) and len(other.text) > len(stem) + 3
               for i, other in enumerate(blocks) if i != index)


def find_headline(blocks: list[Block], start: int, end: int) -> int | None:
    """Index of the article's headline above the body from `start` to `end` (it may be that line), or None.

    The best-scored candidate wins, the nearest to the body on a tie; with no
    structure to go by, the nearest headline-shaped line above the body.
    """
    folded = [fold(block.text) for block in blocks]
    above = range(min(start, len(blocks) - 1), -1, -1)
    body = topic_words(" ".join([block.text for block in blocks[start: end + 1] if block.prose][:BODY_PARAGRAPHS]))
    lead = _over_lead(blocks, start, body)
    candidates = ([i for i in above if (is_candidate(blocks[i]) or _is_ordered_headline(blocks, i, body) or i == lead)
                   and not _cut_copy(blocks, i)]
                  or [i for i in above if _is_framed_candidate(blocks, i)])
    if not candidates:
        return None
    scores = {i: _score(blocks, i, folded, body) for i in candidates}
    best = max(candidates, key=lambda i: (scores[i], i))
    if scores[best] <= 0:
        return candidates[0]
    while (scores.get(best - 1) == scores[best] and blocks[best - 1].kind != "teaser_item"
           and _on_topic(blocks[best - 1].text, body) and not _kicker_of(blocks, best - 1, blocks[best])):
        best -= 1  # a deck right under the headline shares its points: the upper line is the headline
    return best


def _over_lead(blocks: list[Block], start: int, body: set[str]) -> int | None:
    """A short headline ("La ville sans voitures") right above the body's standfirst or first paragraph (an author
    line or a timestamp between), on the body's topic: a candidate, however few its words. Not under a headline
    (it is its deck), nor ending on its period (a short lead's sentence is shaped alike)."""
    visible = [i for i in range(start - 1, -1, -1)
               if blocks[i].kind not in ("furniture", "meta") and not is_name_line(blocks[i])]
    if not visible:
        return None
    block = blocks[visible[0]]
    if (_FINAL_STOP.search(block.text) or not _short_headline_shape(block) or not _on_topic(block.text, body)
            or (len(visible) > 1 and is_candidate(blocks[visible[1]]))):
        return None
    return visible[0]


def headline_under_lead(blocks: list[Block], start: int, end: int) -> int | None:
    """With no headline above the body, the line right under its first paragraph when that paragraph opens the
    page's prose and is a hero image's caption (its credit under it, or a date closing it), the line reads as a
    headline and the paragraphs under it share two of its topic words; else None. A subhead under a body's
    first paragraph is no headline: the paragraph is no caption."""
    if any(block.prose for block in blocks[:start]) or not (blocks[start].caption or _dated_end().search(blocks[start].text)):
        return None
    below = _below(blocks, start)
    if not below or not is_candidate(below[0]):
        return None
    index = blocks.index(below[0], start + 1)
    body = topic_words(" ".join([block.text for block in blocks[index + 1: end + 1] if block.prose][:BODY_PARAGRAPHS]))
    return index if len(topic_words(below[0].text) & body) >= 2 else None


def _on_topic(text: str, body: set[str]) -> bool:
    """A line the body is about: two of its topic words in the body's first paragraphs, or half of them.

    The article's headline and its deck share them; another article's teaser, as well placed, one at most
    by chance ("quartier", "gouvernement").
    """
    topic = topic_words(text)
    shared = len(topic & body)
    return shared >= 2 or (shared > 0 and 2 * shared >= len(topic))


def topic_words(text: str) -> set[str]:
    """The words that say what a line is about: long ones, and names (capitalised past the first word), folded."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    return {fold(word) for position, word in enumerate(words)
            if len(word) >= TOPIC_WORD_MIN_CHARS or (position and word[0].isupper() and len(word) >= NAME_MIN_CHARS)}
