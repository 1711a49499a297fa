"""Lists of other articles, told by their shape: the same group of lines repeated, however long its lines.

A page's "Aujourd'hui sur …", "À ne pas manquer", "Sur le même thème" or
"L'info en continu" blocks repeat one group per article: a rubric, a kicker,
a headline, sometimes a standfirst longer than a short article, and a byline
or a timestamp closing it (or a clock opening it). The article itself has one
headline, one byline/timestamp and a body of several paragraphs after it. So
a run of three or more such markers a few lines apart, each group with at most
one paragraph, is a list of other articles (two under a teaser header): its lines are teasers, its dates
and names none of the article's. A live page's entries open on a clock too,
but each has its text: with a paragraph in a clock's group, the run is body.
"""

from __future__ import annotations

from pipeline.clean.lines import CLOCK, Block

# Lines (not counting dropped furniture) between two markers of the same list.
MAX_GROUP_LINES = 5
MIN_MARKERS = 3
# Under a teaser header ("À ne pas manquer"), two groups already make the list.
MIN_HEADED_MARKERS = 2
# Lines after the last marker looked at for the article's own body (two paragraphs in them).
BODY_LOOKAHEAD = 6


def _marker(block: Block) -> str:
    """`byline` for a name alone, `stamp` for a dated line, `clock` for a bare time, else ''."""
    if block.kind == "meta":
        return "byline" if block.author and not block.date else "stamp"
    if block.kind == "candidate" and CLOCK.fullmatch(block.text):
        return "clock"
    return ""


def _markers(blocks: list[Block], visible: list[int]) -> list[tuple[int, int, str]]:
    """(first, last position in `visible`, kind) of each marker; adjacent ones (a byline and its date) are one."""
    merged: list[tuple[int, int, str]] = []
    for position, index in enumerate(visible):
        kind = _marker(blocks[index])
        if not kind:
            continue
        if merged and merged[-1][1] == position - 1:
            merged[-1] = (merged[-1][0], position, kind if kind == merged[-1][2] else "stamp")
        else:
            merged.append((position, position, kind))
    return merged


def _is_group(blocks: list[Block], lines: list[int], kind: str) -> bool:
    """A few lines with a candidate among them; a paragraph (a standfirst) only above a byline.

    Under a clock or a timestamp a paragraph is a live entry's text: body.
    """
    if not 1 <= len(lines) <= MAX_GROUP_LINES:
        return False
    prose = sum(blocks[i].prose for i in lines)
    candidates = sum(blocks[i].kind in ("candidate", "teaser_item") for i in lines)
    return candidates > 0 and prose <= (1 if kind == "byline" else 0)


def _chains(blocks: list[Block], visible: list[int]) -> list[list[tuple[int, int, str]]]:
    """Runs of markers of one kind whose every gap is a group."""
    chains: list[list[tuple[int, int, str]]] = []
    for marker in _markers(blocks, visible):
        last = chains[-1][-1] if chains else None
        between = [visible[p] for p in range(last[1] + 1, marker[0])] if last else []
        if last and last[2] == marker[2] and _is_group(blocks, between, marker[2]):
            chains[-1].append(marker)
        else:
            chains.append([marker])
    return chains


def _opens_body(blocks: list[Block], visible: list[int], position: int) -> bool:
    """Two paragraphs right after a marker: the article's own byline, not a teaser's."""
    after = [visible[p] for p in range(position + 1, min(position + 1 + BODY_LOOKAHEAD, len(visible)))]
    following = []
    for index in after:
        if _marker(blocks[index]):
            break
        following.append(index)
    return sum(blocks[i].prose for i in following) >= 2


def _first_group(blocks: list[Block], visible: list[int], first: int, size: int, kind: str) -> int:
    """Position where the group closed by the chain's first marker starts (the lines above it, as many as a group)."""
    start, prose = first, 0
    limit = 1 if kind == "byline" else 0
    while start > 0 and first - start < size:
        block = blocks[visible[start - 1]]
        if _marker(block) or block.kind not in ("candidate", "teaser_item") or prose + block.prose > limit:
            break
        prose += block.prose
        start -= 1
    return start


def mark_repeated_groups(blocks: list[Block]) -> None:
    """Mark as teasers the lines of every list of other articles (markers included)."""
    visible = [i for i, block in enumerate(blocks) if block.kind != "furniture"]
    for chain in _chains(blocks, visible):
        if chain and _opens_body(blocks, visible, chain[-1][1]):
            chain = chain[:-1]  # the article's own head after the list: its headline and byline stay
        if len(chain) < MIN_HEADED_MARKERS:
            continue
        size = max(chain[i + 1][0] - chain[i][1] - 1 for i in range(len(chain) - 1))
        start = _first_group(blocks, visible, chain[0][0], size, chain[0][2])
        headed = start > 0 and blocks[visible[start - 1]].kind == "teaser_header"
        if len(chain) < MIN_MARKERS and not headed:
            continue
        for position in range(start, chain[-1][1] + 1):
            blocks[visible[position]].kind = "teaser_item"
