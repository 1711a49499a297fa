"""Span bounds: what a name does not include at its edges, and where one span holds two names.

The model's spans (and a descriptor's name, which reuses them) often start
with a determiner, an honorific or a title, run past a line break or into
quoted English prose, or join two names over a determiner.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.shapes import end_of_name
from pipeline.annotate.entities.words import COMPLEMENT_PREPOSITIONS, DEFINITE_ARTICLES, apostrophes, is_acronym


# The second preposition of a range `de X à Y`.
RANGE_ENDS = {"à", "au", "aux"}
# Dashes that, spaced, set two names apart (`INSA Lyon – Université de Lyon`, a line-up's `Maignan – Koundé`); a
# spaced hyphen-minus also joins a compound place's parts (`Chelles - Gournay`), so it is left out.
SEPARATING_DASHES = {"–", "—"}
# `A Bakhmout`: the preposition `à` written without its accent, as capitals often are.
UNACCENTED_A = "A"


def _before_lower_complement(doc: Doc, start: int, end: int) -> int:
    """`le commandant Guy des marins-pompiers`: a person's name stops at `de` + a lower-case word."""
    for index in range(start + 1, end - 1):
        following = doc[index + 1]
        if (apostrophes(doc[index].lower_) in COMPLEMENT_PREPOSITIONS and following.is_lower
                and apostrophes(following.lower_) not in DEFINITE_ARTICLES):
            return index
    return end


def _glued_to_name(doc: Doc, start: int, end: int) -> bool:
    """`A Bakhmout` (an unaccented `à`), `J du Conseil constitutionnel` (a stray letter, then `du`): not the name's."""
    if end - start < 2:
        return False
    token, following = doc[start], doc[start + 1]
    if token.text == UNACCENTED_A:
        return following.text[:1].isupper()
    return len(token.text) == 1 and token.is_alpha and token.is_upper and following.is_lower


def _separates_names(doc: Doc, index: int) -> bool:
    """An en or em dash with a space on each side: no name holds one, a list or a heading sets names apart by it."""
    return doc[index].text in SEPARATING_DASHES and bool(doc[index - 1].whitespace_) and bool(doc[index].whitespace_)


def _opens_a_range(doc: Doc, start: int) -> bool:
    """The span follows `de`/`du`/`des` (perhaps with an article), which a range `de X à Y` starts with."""
    index = start - 1
    if index >= 0 and apostrophes(doc[index].lower_) in DEFINITE_ARTICLES:
        index -= 1
    return index >= 0 and apostrophes(doc[index].lower_) in COMPLEMENT_PREPOSITIONS


class SpanTrimmer:
    """Cuts span bounds to the name they hold."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Span bounds without page-layout breaks, leading determiners and honorifics, end punctuation or a
        handle, and with an apostrophe-s the tokenizer cut (`shapes.end_of_name`)."""
        end = end_of_name(doc, start, end)
        for index in range(end - 1, start - 1, -1):
            if "\n" in doc[index].text_with_ws and index < end - 1:
                start = index + 1
                break
        while start < end and (doc[start].is_space or doc[start].is_punct
                               or apostrophes(doc[start].lower_) in self.lexicon.leading_words
                               or doc[start].text in self.lexicon.honorifics or _glued_to_name(doc, start, end)):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
            end -= 1
        if end - start == 2 and doc[start].text == "The" and is_acronym(doc[start + 1:end]):
            start += 1
        return start, end

    def before_foreign_words(self, doc: Doc, start: int, end: int) -> int:
        """`The EPA has failed us` (a quoted English post): the name ends where foreign prose starts.

        Two or more lower-case words that are neither French nor title
        connectors (`and`, `of`) make prose, not a name; the span is cut before
        the first, and an English article left alone before an acronym is dropped.
        """
        foreign = [t.i for t in doc[start:end] if self.lexicon.vocabulary.is_foreign_word(t)]
        return foreign[0] if len(foreign) >= 2 else end

    def pieces(self, doc: Doc, start: int, end: int, label: str) -> Iterator[tuple[int, int]]:
        """A span cut at a determiner that no preposition or conjunction governs: `Congrès le Global Health` is
        two names, `Commission pour l'euro et le dialogue social` one; so is a range's `à`: `du Parti
        socialiste aux Républicains`, and a spaced dash: `INSA Lyon – Université de Lyon`."""
        if start < end and label == "PER":
            start = self._skip_title(doc, start, end)
            end = _before_lower_complement(doc, start, end)
        piece_start = start
        ranged = _opens_a_range(doc, start)
        for index in range(start + 1, end - 1):
            token = doc[index]
            if (token.is_lower and token.pos_ == "DET" and doc[index - 1].pos_ not in ("ADP", "DET", "CCONJ")
                    or ranged and token.lower_ in RANGE_ENDS and doc[index + 1].text[:1].isupper()
                    or _separates_names(doc, index)):
                if index > piece_start:
                    yield piece_start, index
                piece_start = index + 1
        if piece_start < end:
            yield piece_start, end

    def _skip_title(self, doc: Doc, start: int, end: int) -> int:
        """First token of a person's name once a leading title (`Directeur`, `président`) is cut."""
        while start < end - 1 and (doc[start].is_lower or doc[start].text in self.lexicon.honorifics
                                   or apostrophes(doc[start].lower_) in self.lexicon.title_first_words
                                   or apostrophes(doc[start].lower_) in self.lexicon.leading_words):
            start += 1
        return start
