"""`depeche_figures`: every numeric quantity of an article, on `doc.spans["figures"]`.

A figure is a number written in digits (`98 000`, `98.000`, `1,5`, `23.1%`) or in
words (`trente-six`, `vingt mille`), times a scale (`1,5 million`, `un
demi-million`) or an approximate collective (`une dizaine`), optionally a range
(`12 à 20`, `entre 10 et 15`), with the qualifier before it (`près de`, `plus
de`) and the unit the text names (`ans de prison`, `%`, `citoyens russes`).
Each span carries `._.value`, `._.value_high`, `._.unit` and `._.qualifier`.

Numbers that are not quantities are left out: years and calendar days (and
whatever `depeche_dates` already put on `doc.spans["dates"]`), ordinals, the
article `un`/`une`, clock times, phone numbers, list and footnote markers,
identifiers (`article 49.3`, `Ligue 1`) and digits inside names (`Covid-19`).
The word lists live in `models/figures/` (and the month and weekday names in
`models/calendar/`); the rules, beside this module, are the shapes of French numbers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate.dates import SHIFT_LABEL
from pipeline.annotate.extensions import doc_text
from pipeline.annotate.figures.exclusions import QuantityFilter
from pipeline.annotate.figures.hours import hour_durations
from pipeline.annotate.figures.lexicon import FigureLexicon, FigureWords
from pipeline.annotate.figures.numbers import Number, NumberReader, Scaled
from pipeline.annotate.figures.ranges import RangeReader
from pipeline.annotate.figures.spans import Figure, FigureBuilder, to_span
from pipeline.annotate.figures.units import UnitReader

SPANS_KEY = "figures"
DATES_KEY = "dates"
LEXICON_FILE = "lexicon.json"
CONFIG_FILE = "cfg"


class FigureFinder:
    """Finds the figures of a Doc; after `ner` and `depeche_dates` (whose spans it skips).

    The reading is shared out: `NumberReader` (digits, words, scales),
    `RangeReader`, `UnitReader`, `FigureBuilder` (qualifier and unit) and
    `QuantityFilter` (what is not a quantity); this class runs them in order.
    """

    def __init__(self, name: str = "depeche_figures", *, models_dir: str | None = None,
                 max_unit_tokens: int = 8) -> None:
        """name (str): the component's name. models_dir (str | None): the data directory,
        default `models/`. max_unit_tokens (int): longest unit kept, so a unit never swallows a clause."""
        self.name = name
        self.max_unit_tokens = max_unit_tokens
        self.set_lexicon(FigureLexicon.load(models_dir))

    def set_lexicon(self, lexicon: FigureLexicon) -> None:
        """Build the lookups and readers once (with the current `max_unit_tokens`), so `__call__` only reads them."""
        self.lexicon = lexicon
        words = FigureWords.from_lexicon(lexicon)
        self.numbers = NumberReader(words)
        self.ranges = RangeReader(words, self.numbers)
        self.builder = FigureBuilder(words, UnitReader(words, self.max_unit_tokens))
        self.quantities = QuantityFilter(words, self.numbers)

    # -- the component contract -------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """Put the figures of `doc` on `doc.spans["figures"]`, with their values on `Span._`."""
        doc.spans[SPANS_KEY] = [to_span(doc, figure) for figure in self.find(doc)]
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Write the settings and the word lists, so a saved pipeline keeps its data."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / CONFIG_FILE).write_text(json.dumps({"max_unit_tokens": self.max_unit_tokens}), encoding="utf-8")
        (path / LEXICON_FILE).write_text(json.dumps(self.lexicon.rows, ensure_ascii=False, indent=0),
                                         encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> "FigureFinder":
        """Read what `to_disk` wrote."""
        path = Path(path)
        self.max_unit_tokens = json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))["max_unit_tokens"]
        self.set_lexicon(FigureLexicon(json.loads((path / LEXICON_FILE).read_text(encoding="utf-8"))))
        return self

    # -- finding ----------------------------------------------------------------

    def find(self, doc: Doc) -> list[Figure]:
        """The figures of `doc` in text order; a number inside an earlier figure is not read again."""
        blocked = self.date_tokens(doc)
        numbers = sorted(self.numbers.digit_numbers(doc) + hour_durations(doc, doc_text(doc))
                         + self.numbers.word_numbers(doc) + self.numbers.collective_numbers(doc)
                         + self.numbers.fraction_numbers(doc),
                         key=lambda n: n.start)
        figures: list[Figure] = []
        read_until = 0
        index = 0
        while index < len(numbers):
            number = numbers[index]
            if number.start < read_until:
                index += 1
                continue
            figure, used = self.read_figure(doc, numbers, index, figures[-1] if figures else None)
            index += used
            if figure is None or any(i in blocked for i in range(number.start, numbers[index - 1].end)):
                continue
            figures.append(figure)
            read_until = figure.end
        return figures

    def date_tokens(self, doc: Doc) -> set[int]:
        """Token indices that `depeche_dates` took, when it ran; a shift's count stays a figure
        ("trois jours plus tard" is a date and a duration)."""
        if DATES_KEY not in doc.spans:
            return set()
        return {i for span in doc.spans[DATES_KEY] if span.label_ != SHIFT_LABEL for i in range(span.start, span.end)}

    def read_figure(self, doc: Doc, numbers: list[Number], index: int,
                    previous: Figure | None) -> tuple[Figure | None, int]:
        """The figure that starts at `numbers[index]`, and how many numbers it used (2 for a range)."""
        first = numbers[index]
        low = self.numbers.scaled(doc, first)
        high: Scaled | None = None
        second = self.ranges.range_partner(doc, numbers, index, low)
        if second is not None:
            high = self.numbers.scaled(doc, second)
            factor = high.factor if high.factor != 1 else self.ranges.shared_thousands(low, high)
        else:
            factor = self.ranges.shared_scale(doc, numbers, index, low)
        if low.factor == 1 and factor != 1:
            low = Scaled(low.value * factor, low.end, low.char_end, factor, low.approximate, low.unit)
        last = high or low
        used = 2 if second else 1
        if not self.quantities.number_is_quantity(doc, first, second, low, last, previous):
            return None, used
        figure = self.builder.build(doc, first.start, low, last, previous)
        if not self.quantities.figure_is_quantity(doc, figure, first, low, last):
            return None, used
        return self.builder.carry_scale(doc, figure, previous), used


@Language.factory(
    "depeche_figures",
    default_config={"models_dir": None, "max_unit_tokens": 8},
)
def make_figure_finder(nlp: Language, name: str, models_dir: str | None, max_unit_tokens: int) -> FigureFinder:
    """The `depeche_figures` component; `nlp.add_pipe("depeche_figures")` reads `models/figures/`."""
    return FigureFinder(name, models_dir=models_dir, max_unit_tokens=max_unit_tokens)
