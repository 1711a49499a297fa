"""Where a claim's speaker and cue sit in its sentence: the claims table gives the statement's offsets only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from pipeline.export.report.values import Row

CUE_GAP_WORDS = 2  # words that may split a cue in the text (`a, lui, promis`, `a-t-elle déclaré`)

_WORD = re.compile(r"\w+")


def sentence_range(text: str, claim: Row) -> tuple[int, int]:
    """The offsets of the claim's sentence: its occurrence that holds the statement."""
    sentence = claim["sentence"]
    position = text.find(sentence, max(0, claim["end"] - len(sentence))) if sentence else -1
    while position != -1 and position <= claim["start"]:
        if position + len(sentence) >= claim["end"]:
            return position, position + len(sentence)
        position = text.find(sentence, position + 1)
    return claim["start"], claim["end"]


def nearest_outside(spans: Iterable[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """Of the spans outside the statement [start, end), the closest to it."""
    outside = [(s, e) for s, e in spans if e <= start or s >= end]
    return min(outside, key=lambda span: min(abs(span[1] - start), abs(span[0] - end)), default=None)


def occurrences(text: str, needle: str, lower: int, upper: int, gap_words: int = 0) -> Iterator[tuple[int, int]]:
    """Where `needle`'s words occur in text[lower:upper], whole and case-insensitively.

    gap_words: how many words may stand between two of them (a cue `a promis`
    is written `a, lui, promis` or `a-t-il promis`).
    """
    words = _WORD.findall(needle)
    if not words:
        return
    gap = rf"\W+(?:\w+\W+){{0,{gap_words}}}?" if gap_words else r"\W+"
    pattern = re.compile(r"(?<!\w)" + gap.join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(text, lower, upper):
        yield match.start(), match.end()


@dataclass(frozen=True)
class ClaimPlaces:
    """Where a claim's speaker and cue are written, when the sentence shows them."""

    speaker_mention_id: str | None
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None


def locate_claim(text: str, claim: Row, doc_mentions: list[Row]) -> ClaimPlaces:
    """The speaker (a mention of its entity, else its words) and the cue nearest the statement, in its sentence."""
    lower, upper = sentence_range(text, claim)
    start, end = claim["start"], claim["end"]
    in_sentence = [m for m in doc_mentions if m["start"] >= lower and m["end"] <= upper]
    mention_at = {(m["start"], m["end"]): m["mention_id"] for m in in_sentence}
    speaker_spans = [(m["start"], m["end"]) for m in in_sentence
                     if claim["speaker_entity_id"] and m["entity_id"] == claim["speaker_entity_id"]]
    speaker = (nearest_outside(speaker_spans, start, end)
               or nearest_outside(occurrences(text, claim["speaker"], lower, upper), start, end))
    cue = nearest_outside(occurrences(text, claim["cue"], lower, upper, gap_words=CUE_GAP_WORDS), start, end)
    return ClaimPlaces(mention_at.get(speaker) if speaker else None, speaker, cue)
