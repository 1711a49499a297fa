"""Building a figure: the number(s) with the qualifier before or after and the unit, then its span.

What surrounds a number (`près de`, `environ`, `sur deux`, `tous les deux`)
decides the figure's bounds and labels; the span carries them on `Span._`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.tokens import Doc, Span

from pipeline.annotate.figures.cues import phrase_after, phrase_before
from pipeline.annotate.figures.lexicon import FigureWords
from pipeline.annotate.figures.numbers import Scaled
from pipeline.annotate.figures.tokens import next_word, previous_word
from pipeline.annotate.figures.units import UnitReader


@dataclass
class Figure:
    """What becomes one span of `doc.spans["figures"]`."""

    start: int
    end: int
    value: Decimal
    value_high: Decimal | None
    unit: str | None
    unit_start: int | None
    qualifier: str | None
    factor: int = 1


DETERMINERS = {"le", "la", "les", "l'", "l’", "des", "aux", "ces", "nos", "vos", "leurs"}


class FigureBuilder:
    """Attaches the qualifier and the unit to a number, or to the two numbers of a range."""

    def __init__(self, words: FigureWords, units: UnitReader) -> None:
        self.words = words
        self.units = units

    def build(self, doc: Doc, start: int, low: Scaled, last: Scaled, previous: Figure | None) -> Figure:
        """Attach the qualifier before and the unit after the number(s)."""
        qualifier, start = self.qualifier_before(doc, start)
        if self.is_denominator(doc, start, previous) and not self.measures(doc, last):
            unit_start, unit_end, unit = None, None, previous.unit
        elif self.is_pronoun(doc, start, last):
            unit_start, unit_end, unit = None, None, None
        else:
            unit_start, unit_end, unit = self.units.unit_after(doc, last)
        end = unit_end if unit_end is not None else last.end
        if qualifier is None:
            qualifier, end = self.qualifier_after(doc, end)
        if qualifier is None and low.approximate:
            qualifier = "environ"
        high = last.value if last is not low else None
        return Figure(start, end, low.value, high, unit, unit_start, qualifier, last.factor)

    @staticmethod
    def carry_scale(doc: Doc, figure: Figure, previous: Figure | None) -> Figure:
        """`32 milliards en 2025 et plus de 67 prévus en 2030`: a bare number after a scaled figure
        of its sentence, of a like size, counts in the same scale (not `les 27`, a name)."""
        if (previous is None or previous.factor == 1 or figure.factor != 1 or figure.unit is not None
                or figure.value_high is not None or not doc.has_annotation("SENT_START")):
            return figure
        base = previous.value / previous.factor
        if not (base and Decimal("0.1") <= figure.value / base <= 10):
            return figure
        before = previous_word(doc, figure.start)
        if (before is not None and doc[before].lower_ in DETERMINERS) or \
                doc[previous.start].sent.start != doc[figure.start].sent.start:
            return figure
        return replace(figure, value=figure.value * previous.factor, unit=previous.unit, factor=previous.factor)

    def is_pronoun(self, doc: Doc, start: int, last: Scaled) -> bool:
        """`tous deux`, `toutes les trois`: the number stands for people named before (not `tous les deux ans`)."""
        before = previous_word(doc, start)
        if before is not None and doc[before].lower_ == "les":
            before = previous_word(doc, before)
        after = next_word(doc, last.end)
        every = after < len(doc) and doc[after].lower_ in self.words.measure_units
        return before is not None and doc[before].lower_ in {"tous", "toutes"} and not every

    def measures(self, doc: Doc, last: Scaled) -> bool:
        """A unit of measure follows the number: `sur un an` is a duration, not `sur deux` of a proportion."""
        after = next_word(doc, last.end)
        return after < len(doc) and doc[after].lower_ in self.words.measure_units

    @staticmethod
    def is_denominator(doc: Doc, start: int, previous: Figure | None) -> bool:
        """`huit véhicules sur dix`, `un Français sur deux`: the second number counts the same thing."""
        before = previous_word(doc, start)
        return previous is not None and before is not None and doc[before].lower_ == "sur" and previous.end == before

    def qualifier_before(self, doc: Doc, start: int) -> tuple[str | None, int]:
        """The approximator right before the number: `près de`, `plus de`, `environ`."""
        found = phrase_before(doc, start, self.words.qualifiers_before)
        return found if found else (None, start)

    def qualifier_after(self, doc: Doc, end: int) -> tuple[str | None, int]:
        """`25 km environ`, `quatre mois minimum`."""
        found = phrase_after(doc, end, self.words.qualifiers_after)
        return found if found else (None, end)


def as_number(value: Decimal | int) -> int | float:
    """An int when the quantity is whole (98000), else a float (23.1)."""
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def to_span(doc: Doc, figure: Figure) -> Span:
    """The span of a figure, its value, range top, unit and qualifier on `Span._`."""
    span = doc[figure.start:figure.end]
    span._.value = as_number(figure.value)
    span._.value_high = as_number(figure.value_high) if figure.value_high is not None else None
    span._.unit = figure.unit
    span._.qualifier = figure.qualifier
    return span
