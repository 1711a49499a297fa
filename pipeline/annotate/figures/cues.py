"""Multiword cues (qualifiers, clock cues, page furniture) found right before or after a number.

One place decides how a cue of `models/figures/` compares with the text, so
`près d'` in a list and `Près de` in an article are the same cue everywhere.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

MAX_CUE_TOKENS = 4
_ELISION = re.compile(r"(\w)['’]")


def phrase_key(text: str) -> tuple[str, ...]:
    """Compare multiword cues whatever the elision and case: `près d'` and `Près de` are one key."""
    return tuple(_ELISION.sub(r"\1e ", text.lower()).split())


def phrase_before(doc: Doc, i: int, cues: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
    """The longest cue ending right before token i, as (cue, its first token)."""
    for size in range(MAX_CUE_TOKENS, 0, -1):
        if i - size >= 0 and phrase_key(doc[i - size:i].text) in cues:
            return cues[phrase_key(doc[i - size:i].text)], i - size
    return None


def phrase_after(doc: Doc, i: int, cues: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
    """The longest cue starting at token i, as (cue, the token after it)."""
    for size in range(MAX_CUE_TOKENS, 0, -1):
        if i + size <= len(doc) and phrase_key(doc[i:i + size].text) in cues:
            return cues[phrase_key(doc[i:i + size].text)], i + size
    return None
