"""The word lists of `depeche_figures`: read from `models/`, checked, and turned into lookups once.

The lists change with the articles (a new qualifier, a new page counter); the
rules that read them do not, so the lists live in data files and this module
is the one place that knows their names and shapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.annotate.figures.cues import phrase_key
from pipeline.common.resources import read_tsv

LEXICON_FILES = {
    "number_words": "figures/number_words.txt",
    "scales": "figures/scales.tsv",
    "collectives": "figures/collectives.tsv",
    "fractions": "figures/fractions.tsv",
    "qualifiers": "figures/qualifiers.tsv",
    "unit_symbols": "figures/unit_symbols.tsv",
    "reference_nouns": "figures/reference_nouns.txt",
    "address_nouns": "figures/address_nouns.txt",
    "clock_cues": "figures/clock_cues.tsv",
    "change_verbs": "figures/change_verbs.txt",
    "measure_units": "figures/measure_units.txt",
    "one_units": "figures/one_units.txt",
    "english_months": "figures/english_months.txt",
    "furniture": "figures/furniture.tsv",
    "months": "calendar/months.tsv",
    "weekdays": "calendar/weekdays.tsv",
}

CUE_LISTS = ("qualifiers", "clock_cues", "furniture")
CUE_POSITIONS = ("before", "after")

Cues = dict[tuple[str, ...], str]


@dataclass(frozen=True)
class FigureLexicon:
    """The word lists the rules read, built from the rows of the `models/` files."""

    rows: dict[str, list[list[str]]]

    def __post_init__(self) -> None:
        """Fail loudly on a missing list or a cue whose position is mistyped, rather than ignore it."""
        missing = sorted(set(LEXICON_FILES) - set(self.rows))
        if missing:
            raise ValueError(f"depeche_figures: word lists missing: {', '.join(missing)}")
        for name in CUE_LISTS:
            for row in self.rows[name]:
                if len(row) < 2 or row[1] not in CUE_POSITIONS:
                    raise ValueError(f"depeche_figures: {name}: {row!r} needs a position in {CUE_POSITIONS}")

    @classmethod
    def load(cls, models_dir: str | Path | None = None) -> "FigureLexicon":
        """RETURNS (FigureLexicon): the lists read from `models/` (or `models_dir`)."""
        return cls({name: read_tsv(path, models_dir) for name, path in LEXICON_FILES.items()})

    def words(self, name: str) -> set[str]:
        return {row[0].lower() for row in self.rows[name]}

    def table(self, name: str) -> dict[str, int]:
        return {row[0]: int(row[1]) for row in self.rows[name]}

    def labels(self, name: str, column: int) -> dict[str, str]:
        """The optional text column of a table, for the rows that have it."""
        return {row[0]: row[column] for row in self.rows[name] if len(row) > column}

    def cues(self, name: str, position: str) -> Cues:
        return {phrase_key(row[0]): row[0] for row in self.rows[name] if row[1] == position}


@dataclass(frozen=True)
class FigureWords:
    """The lookups the rules read, built once from a lexicon so that finding figures only reads them."""

    number_words: set[str]
    scales: dict[str, int]
    scale_units: dict[str, str]
    collectives: dict[str, int]
    fractions: dict[str, int]
    qualifiers_before: Cues
    qualifiers_after: Cues
    unit_symbols: dict[str, str]
    reference_nouns: set[str]
    address_nouns: set[str]
    clock_before: Cues
    clock_after: Cues
    furniture_before: Cues
    furniture_after: Cues
    change_verbs: set[str]
    measure_units: set[str]
    one_units: set[str]
    months: set[str]
    weekdays: set[str]
    day_before: set[str]
    day_after: set[str]

    @classmethod
    def from_lexicon(cls, lexicon: FigureLexicon) -> "FigureWords":
        """RETURNS (FigureWords): the lookups of `lexicon`; a day of the month follows a weekday, precedes a month."""
        months, weekdays = lexicon.words("months"), lexicon.words("weekdays")
        return cls(
            number_words=lexicon.words("number_words"),
            scales=lexicon.table("scales"),
            scale_units=lexicon.labels("scales", 2),
            collectives=lexicon.table("collectives"),
            fractions=lexicon.table("fractions"),
            qualifiers_before=lexicon.cues("qualifiers", "before"),
            qualifiers_after=lexicon.cues("qualifiers", "after"),
            unit_symbols={row[0]: row[1] for row in lexicon.rows["unit_symbols"]},
            reference_nouns=lexicon.words("reference_nouns"),
            address_nouns=lexicon.words("address_nouns"),
            clock_before=lexicon.cues("clock_cues", "before"),
            clock_after=lexicon.cues("clock_cues", "after"),
            furniture_before=lexicon.cues("furniture", "before"),
            furniture_after=lexicon.cues("furniture", "after"),
            change_verbs=lexicon.words("change_verbs"),
            measure_units=lexicon.words("measure_units"),
            one_units=lexicon.words("one_units"),
            months=months,
            weekdays=weekdays,
            day_before=weekdays | lexicon.words("english_months"),
            day_after=months | lexicon.words("english_months"),
        )
