"""Ranges: the second number of `12 à 20`, `entre 10 et 15`, `deux ou trois`.

Kept apart from number reading because the question is one of syntax: two
numbers joined by `à` are a range, unless a verb of change (`passer de 10 à
15`) makes them a before and an after.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.annotate.figures.lexicon import FigureWords
from pipeline.annotate.figures.numbers import Number, NumberReader, Scaled
from pipeline.annotate.figures.tokens import DE_FORMS, next_word, previous_word

RANGE_WORDS = {"à", "ou", "-", "–"}
SHARED_SCALE_WORDS = RANGE_WORDS | {"et", "des"}
CHANGE_VERB_WINDOW = 5
MAX_REPEATED_UNIT = 2  # "de 3 % à 5 %", "entre 18 ans et 25 ans", "de 2 km/h à 5 km/h"
THOUSAND = 1000
CLOCK_UNITS = {"heure", "heures", "h"}  # "de 9 heures à 17 heures" is an opening time, no range


class RangeReader:
    """Pairs a number with the one that closes its range, when the words between make it one."""

    def __init__(self, words: FigureWords, numbers: NumberReader) -> None:
        self.words = words
        self.numbers = numbers

    def range_partner(self, doc: Doc, numbers: list[Number], index: int, low: Scaled) -> Number | None:
        """The second number of `12 à 20`, `de 3 à 5`, `entre 10 et 15`, `deux ou trois`; not of `passer de 10 à 15`."""
        if index + 1 >= len(numbers):
            return None
        joiner = self.joiner_after(doc, low.end, numbers[index + 1])
        if joiner is None:
            return None
        before = previous_word(doc, numbers[index].start)
        word = doc[joiner].lower_
        between = word == "et" and before is not None and doc[before].lower_ == "entre"
        if word not in RANGE_WORDS and not between:
            return None
        if before is not None and doc[before].lower_ in DE_FORMS and self.follows_change_verb(doc, before):
            return None
        second = numbers[index + 1]
        if second.value * self.numbers.scaled(doc, second).factor <= low.value:
            return None
        return second

    def joiner_after(self, doc: Doc, end: int, second: Number) -> int | None:
        """The word joining a number that ends at `end` to `second`: right after it (`12 à 20`), or after a
        unit the second number repeats (`de 3 % à 5 %`, `entre 18 ans et 25 ans`); None when they are not adjacent."""
        joiner = next_word(doc, end)
        if joiner < len(doc) and second.start == next_word(doc, joiner + 1):
            return joiner
        second_end = self.numbers.scaled(doc, second).end
        for size in range(1, MAX_REPEATED_UNIT + 1):
            joiner = next_word(doc, end + size)
            unit = [t.lower_ for t in doc[end:end + size]]
            if (joiner < len(doc) and second.start == next_word(doc, joiner + 1) and unit[0] not in CLOCK_UNITS
                    and not any(t.is_space for t in doc[end:end + size])
                    and unit == [t.lower_ for t in doc[second_end:second_end + size]]):
                return joiner
        return None

    def follows_change_verb(self, doc: Doc, i: int) -> bool:
        """A verb of change (`passer`, `augmenter`) shortly before token i."""
        window = doc[max(0, i - CHANGE_VERB_WINDOW):i]
        return any(token.lemma_.lower() in self.words.change_verbs for token in window if token.pos_ in {"VERB", "AUX"})

    def shared_scale(self, doc: Doc, numbers: list[Number], index: int, low: Scaled) -> int:
        """The scale a bare number takes from the next one: `passer de 32,2 à 50,5 milliards`
        (a before and an after, no range), `huit des 28 millions d'habitants`; 1 when none."""
        if low.factor != 1 or index + 1 >= len(numbers):
            return 1
        joiner = next_word(doc, low.end)
        second = numbers[index + 1]
        if joiner >= len(doc) or doc[joiner].lower_ not in SHARED_SCALE_WORDS or second.start != next_word(doc, joiner + 1):
            return 1
        if doc[joiner].lower_ == "des" and low.value >= second.value:
            return 1
        return self.numbers.scaled(doc, second).factor

    @staticmethod
    def shared_thousands(low: Scaled, high: Scaled) -> int:
        """1000 when the range's low end leaves out the thousands its high end writes (`entre 15 et 20 000`,
        `cinq à six mille`: 15 000 to 20 000, 5 000 to 6 000), else 1: the high end is a whole number of
        thousands whose leading part is above the low end, and at most ten times it."""
        if low.factor != 1 or not 0 < low.value < THOUSAND or low.value != int(low.value) or high.value % THOUSAND:
            return 1
        lead = high.value / THOUSAND
        return THOUSAND if low.value < lead <= 10 * low.value else 1

