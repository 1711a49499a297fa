"""Walking a Doc word by word: the neighbours of a number, skipping the whitespace tokens.

Every rule of `depeche_figures` looks at the word before or after a number;
the cleaned text keeps line breaks as tokens, so "the next word" needs one definition.
"""

from __future__ import annotations

from spacy.tokens import Doc

DE_FORMS = {"de", "d'", "d’"}
SENTENCE_OPENERS = {".", "!", "?", "…", "«", '"', "“", "(", ":", "—", "–", "-", ";"}


def next_word(doc: Doc, i: int) -> int:
    """The first non-space token at or after i (len(doc) when none)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def previous_word(doc: Doc, i: int) -> int | None:
    """The last non-space token before i, or None."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i if i >= 0 else None


def starts_sentence(doc: Doc, i: int) -> bool:
    """Token i opens a sentence, a line, a quote or a parenthesis, where a capital says nothing."""
    previous = previous_word(doc, i)
    return (doc[i].is_sent_start or previous is None or doc[previous].text in SENTENCE_OPENERS
            or (i > 0 and "\n" in doc[i - 1].text))
