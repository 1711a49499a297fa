"""Lists that are body: a team line-up, a programme's guests with their roles, its topics.

Inside an article, or right after its last paragraph, a run of short lines
is usually a list of links. Seven shapes are the article's own, however
short their lines: one person a line ("A. Dupont", "Claire Morvan"), a name
or topic and its description after a dash ("Claire Morvan – sociologue au
CNRS", "Retraites - Comment sortir de la crise ?"), a match sheet's labelled
lines ("Arbitre : M. Durand", "Buts : X (54e)"), a timeline or a programme
("Lundi 13 mars : reprise des négociations", "10h00 : ouverture"), a bulleted or numbered
item ("• 12 % des ménages"), and inside the body the items a line closed by
a colon announces. A site's menu is made of sections and topics, not of
people, and its entries have no description.
"""

from __future__ import annotations

import re

from pipeline.clean.headline import topic_words
from pipeline.clean.headline_shape import never_headline
from pipeline.clean.lines import Block, entry_time

MIN_NAME_LINES = 3
MIN_DESCRIBED_LINES = 2
MAX_HEADER_WORDS = 12
# A subhead is a few words; another article's title, linked from the body, says its whole story.
SUBHEAD_MAX_WORDS = 6
_SUBHEAD_OPENING = re.compile(r"(?-i:[A-ZÀ-Þ0-9«])")
_CAPITALISED = r"(?:[A-ZÀ-Þ]\.(?:\s?-?[A-ZÀ-Þ]\.)?|[A-ZÀ-Þ][\w’'\-]+)"
_PARTICLE = r"(?:de|du|des|d[’']|da|di|van|von|der|ben|el|al|le|la)"
# "A. Dupont", "J.-P. Martin", "Claire Morvan", "Hugo da Silva": two to four words, each capitalised or a particle.
_PERSON = re.compile(rf"(?-i:{_CAPITALISED}(?:\s+(?:{_PARTICLE}\s+)?{_CAPITALISED}){{1,3}})")
# "Claire Morvan – sociologue", "Retraites - Comment le gouvernement … ?": a short head, a dash, what it is.
_DESCRIBED = re.compile(r"(?P<head>[^\s–—-][^–—]{0,40}?)\s+[–—-]\s+(?P<what>\S.{3,200})")

# Every word capitalised, or a particle: a name ("France Télévisions", "Le juge Jean Morel" is not).
_NAMED = re.compile(rf"(?-i:{_CAPITALISED}(?:\s+(?:{_PARTICLE}\s+)?{_CAPITALISED})*)")
# "Label : value", and the common words a value of names and figures may hold ("pour Marseille", "et Nice").
_LABELLED = re.compile(r"(?-i:[A-ZÀ-Þ][\w’'\-]*)(?:\s+[\w’'\-]+){0,2}\s*:\s+(?P<value>\S.{0,300})")
_COMMON_WORD = re.compile(r"(?<![\w’'\-])(?-i:[a-zà-ÿ][a-zà-ÿ’'\-]{3,})")
_DATA_WORDS = frozenset({"pour", "avec", "contre", "puis", "sans", "dont", "entre"})

# An item of a bulleted or numbered list ("• 12 % des ménages", "1. La hausse des prix", "- le gel des loyers").
_READER = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
# A verb in the imperative's -ez opening the line, an order to the reader ("Retrouvez …", "Consultez …", "Lisez …").
_IMPERATIVE = re.compile(r"^[^\W\d_]{3,}ez\b", re.IGNORECASE)
_BULLET = re.compile(r"(?:[•●▪◦·*►✓]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))\s*\S")


def _is_person(text: str) -> bool:
    return len(text) <= 40 and bool(_PERSON.fullmatch(text))


def _is_described(text: str) -> bool:
    """A name and its role, or a topic and its question: a head of at most five words, a dash, a description.

    A topic needs a description of two words or more; a person's role may be one ("Économiste").
    """
    match = _DESCRIBED.fullmatch(text)
    if not match or len(match["head"].split()) > 5:
        return False
    return len(match["what"].split()) >= (1 if _is_person(match["head"]) else 2)


def _is_labelled(text: str) -> bool:
    """A match sheet's line: a label of one to three words, a colon, names and figures ("Buts :
    Payet (65e) pour Marseille", "Arbitre : M. Durand", "Spectateurs : 62 000"). A teaser's "Topic : headline"
    says what happened, in common words."""
    match = _LABELLED.fullmatch(text)
    return bool(match) and all(word in _DATA_WORDS for word in _COMMON_WORD.findall(match["value"]))


def _all_listed(texts: list[str]) -> bool:
    return ((len(texts) >= MIN_NAME_LINES and all(_is_person(text) for text in texts))
            or (len(texts) >= MIN_DESCRIBED_LINES and all(_is_labelled(text) for text in texts))
            or (len(texts) >= MIN_DESCRIBED_LINES and all(entry_time().match(text) for text in texts))
            or (len(texts) >= MIN_DESCRIBED_LINES and all(_is_described(text) for text in texts))
            or (len(texts) >= MIN_DESCRIBED_LINES and all(_BULLET.match(text) for text in texts)))


def is_body_list(run: list[Block]) -> bool:
    """Whether a run of short lines is one of the article's own lists (under its header line) rather than links."""
    texts = [block.text for block in run]
    return _all_listed(texts) or _all_listed(texts[1:])


def are_subheads(run: list[Block], body_topic: set[str]) -> bool:
    """Two short lines in a row between paragraphs, one on the body's topic (a section's subhead and its own
    subhead, "Des vols reportés" / "Les syndicats divisés"): the body's, not two links to other articles."""
    return (len(run) == 2 and any(topic_words(block.text) & body_topic for block in run)
            and all(_is_subhead(block.text) for block in run))


def _is_subhead(text: str) -> bool:
    """A few words opened by a capital, not a name (a byline's, a quotation's signature) nor an order."""
    return (len(text.split()) <= SUBHEAD_MAX_WORDS and _SUBHEAD_OPENING.match(text) is not None
            and not _NAMED.fullmatch(text) and not never_headline(text))


def heads_list(block: Block) -> bool:
    """A body line closed by a colon announces the items under it ("Les mesures prévues :", "Le maire a détaillé
    son plan :"), one a line and often in lower case; one addressing the reader or worded as an order ("Retrouvez
    nos articles :") announces links."""
    return (block.kind == "candidate" and block.text.endswith(":") and not _READER.search(block.text)
            and not _IMPERATIVE.match(block.text) and not never_headline(block.text))


def list_after(blocks: list[Block], start: int) -> list[Block]:
    """The run of list lines starting at `start` (a header line first, "Avec :", or none), if it is a body list."""
    own = _listed_from(blocks, start)
    if own and is_body_list(own):
        return own
    header = blocks[start: start + 1]
    if not header or header[0].kind != "candidate" or header[0].words > MAX_HEADER_WORDS:
        return []
    run = _listed_from(blocks, start + 1)
    return header + run if is_body_list(run) else []


def _listed_from(blocks: list[Block], index: int) -> list[Block]:
    """The lines from `index` on that read as list items (a name, a described item, a label and its data)."""
    run: list[Block] = []
    for block in blocks[index:]:
        if block.kind == "furniture" and not block.text:
            continue
        if block.kind not in ("candidate", "furniture") or not (_is_person(block.text) or _is_described(block.text)
                                                                or _is_labelled(block.text)):
            break
        run.append(block)
    return run
