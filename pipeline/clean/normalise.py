"""Unicode and whitespace normalisation of a page dump, one block a line."""

from __future__ import annotations

import functools
import re
import unicodedata

from pipeline.common.calendar import DateGrammar

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


@functools.lru_cache(maxsize=1)
def _timestamp() -> re.Pattern[str]:
    """`Publié le 13/07/2025 11:50`, `, mis à jour le 8 mai 2019 à 09h03` inside a flattened line.

    Capitalised, or after a separator: "le rapport publié le 3 mars" in a sentence stays where it is.
    """
    cue = "publié|publiée|mis à jour|mise à jour|modifié|modifiée"
    capitalised = "Publié|Publiée|Mis à jour|Mise à jour|Modifié|Modifiée"
    return re.compile(rf"\s*\b((?:(?-i:{capitalised})|(?<=[,•|—–-]\s)(?:{cue}))"
                      rf"\s+(?:le\s+|:\s*)?{DateGrammar.load().expression})\s*", re.IGNORECASE)


def _restored_paragraphs(line: str) -> str:
    """A flattened dump's line as blank-line separated paragraphs of sentences, about PARAGRAPH_CHARS long.

    Its timestamps get a line of their own, as the page showed them, so that they are read as timestamps.
    """
    paragraphs = []
    for chunk in _timestamp().sub(r"\n\1\n", line).split("\n"):
        current = ""
        for sentence in _SENTENCE_BREAK.split(chunk.strip()):
            current = f"{current} {sentence}" if current else sentence
            if len(current) >= PARAGRAPH_CHARS:
                paragraphs.append(current)
                current = ""
        paragraphs += [current] if current else []
    return "\n\n".join(paragraphs)


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of normalised text."""
    return [line for line in text.split("\n") if line]
