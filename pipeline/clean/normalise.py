"""Unicode and whitespace normalisation of a page dump, one block a line."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
_SUPERSCRIPT_LETTERS = str.maketrans("ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", "abcdefghijklmnoprstuvwxyz")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# A line longer than any article paragraph is a dump that lost its line breaks: it is cut into
# paragraphs of a few sentences, so that its menus, bylines and body are told apart as lines are.
LONG_LINE_CHARS = 2_000
PARAGRAPH_CHARS = 400
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…»])\s+(?=[«\"“A-ZÀ-Þ0-9])")


def normalise_text(text: str) -> str:
    """NFC, plain spaces, superscript ordinals spelt out, invisible characters dropped.

    Returns the lines stripped, one block a line; blank lines are kept so that
    paragraphs can still be told apart.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_SUPERSCRIPT_LETTERS)
    text = _CONTROL.sub("", text)
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(_restored_paragraphs(line) if len(line) > LONG_LINE_CHARS else line for line in lines)


def _restored_paragraphs(line: str) -> str:
    """A flattened dump's line as blank-line separated paragraphs of sentences, about PARAGRAPH_CHARS long."""
    paragraphs, current = [], ""
    for sentence in _SENTENCE_BREAK.split(line):
        current = f"{current} {sentence}" if current else sentence
        if len(current) >= PARAGRAPH_CHARS:
            paragraphs.append(current)
            current = ""
    return "\n\n".join(paragraphs + ([current] if current else []))


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of normalised text."""
    return [line for line in text.split("\n") if line]
