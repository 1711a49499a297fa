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
`models/calendar/`); the rules here are the shapes of French numbers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from text_to_num import text2num

from pipeline.annotate.extensions import doc_text  # importing it also registers Span._.value, unit, qualifier
from pipeline.common.resources import read_tsv

SPANS_KEY = "figures"
DATES_KEY = "dates"
LEXICON_FILE = "lexicon.json"
CONFIG_FILE = "cfg"

LEXICON_FILES = {
    "number_words": "figures/number_words.txt",
    "scales": "figures/scales.tsv",
    "collectives": "figures/collectives.tsv",
    "qualifiers": "figures/qualifiers.tsv",
    "unit_symbols": "figures/unit_symbols.tsv",
    "reference_nouns": "figures/reference_nouns.txt",
    "address_nouns": "figures/address_nouns.txt",
    "clock_cues": "figures/clock_cues.tsv",
    "change_verbs": "figures/change_verbs.txt",
    "measure_units": "figures/measure_units.txt",
    "english_months": "figures/english_months.txt",
    "furniture": "figures/furniture.tsv",
    "months": "calendar/months.tsv",
    "weekdays": "calendar/weekdays.tsv",
}

CUE_LISTS = ("qualifiers", "clock_cues", "furniture")
CUE_POSITIONS = ("before", "after")

_SEPARATOR = "[ \u00a0\u202f\u2009]"
DIGIT_NUMBER = re.compile(
    rf"""
    (?<![\w\-\u2010\u2011/.,:°])                  # not glued to a name: Covid-19, 1Adat, N°5, 14.09
    (?: \d{{1,3}} (?: (?:{_SEPARATOR}|\.) \d{{3}} )+  # grouped thousands: 98 000, 98.000
      | \d+ )
    (?: ,\d+                                      # decimal comma: 1,5
      | ,\ \d{{2}} (?={_SEPARATOR}?[€$£])           # a price typed "7, 50 €"
      | \.\d{{1,2}} )?                            # decimal point: 23.1%
    (?![\w\-\u2010\u2011/:] | [.,]\d)
    """,
    re.VERBOSE,
)
DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
NOT_QUANTITY_SHAPES = {
    "phone": re.compile(r"(?<![\d+])(?:\+\d{2,3}\s?|0)\d(?:[\s.\-]?\d{2}){4}(?!\d)"),
    "clock": re.compile(r"(?<!\w)\d{1,2}\s?[hH](?:\s?\d{2})?(?!\w)|(?<!\w)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"),
    "numeric date": re.compile(r"(?<!\w)(?:\d{1,4}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}/\d{1,2})(?!\d)"),
    "list marker": re.compile(r"^[ \t]*\d{1,2}[.)](?=\s)", re.MULTILINE),
    "footnote": re.compile(r"\(\d{1,2}\)"),
    "number alone on its line": re.compile(r"^[ \t]*\d+[ \t]*$", re.MULTILINE),
}
_ELISION = re.compile(r"(\w)['’]")
_NUMBER_HYPHEN = re.compile(r"[-\u2010\u2011]")
SENTENCE_OPENERS = {".", "!", "?", "…", "«", '"', "“", "(", ":", "—", "–", "-", ";"}
RANGE_WORDS = {"à", "ou", "-", "–"}
DE_FORMS = {"de", "d'", "d’"}
DEFINITE_ARTICLES = {"la", "le", "l'", "l’", "les"}
CONTRACTED_DE = {"du", "des"}
UNIT_HEAD_POS = {"NOUN", "PROPN"}
MISTAGGED_UNIT_POS = {"ADJ", "VERB", "X", "ADV", "PRON", "DET"}
CHANGE_VERB_WINDOW = 5
MAX_CUE_TOKENS = 4
RELATIVE_TIME_UNITS = {"seconde", "secondes", "minute", "minutes", "min", "heure", "heures", "h"}
CLOCK_UNITS = {"heure", "heures", "h"}
DECADE_NOUNS = {"années", "an"}
YEAR_DIGITS = re.compile(r"\d{4}")
YEARS = (1800, 2100)


def phrase_key(text: str) -> tuple[str, ...]:
    """Compare multiword cues whatever the elision and case: `près d'` and `Près de` are one key."""
    return tuple(_ELISION.sub(r"\1e ", text.lower()).split())


def as_number(value: Decimal | int) -> int | float:
    """An int when the quantity is whole (98000), else a float (23.1)."""
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def parse_digits(text: str) -> Decimal:
    """`98 000`, `98.000`, `1,5`, `23.1`, `7, 50` → their value; a dot before three digits groups thousands."""
    compact = re.sub(r"\s", "", text)
    if DOT_THOUSANDS.fullmatch(compact):
        compact = compact.replace(".", "")
    return Decimal(compact.replace(",", "."))


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

    def cues(self, name: str, position: str) -> dict[tuple[str, ...], str]:
        return {phrase_key(row[0]): row[0] for row in self.rows[name] if row[1] == position}


@dataclass
class Number:
    """One number as written: its tokens, value, where its last character ends, its digits if any."""

    start: int
    end: int
    value: Decimal
    char_end: int
    digits: str | None = None


@dataclass
class Scaled:
    """A number with the scale and collective words after it (`1,5 million`, `une dizaine`)."""

    value: Decimal
    end: int
    char_end: int
    factor: int
    approximate: bool
    unit: str | None = None


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


class FigureFinder:
    """Finds the figures of a Doc; after `ner` and `depeche_dates` (whose spans it skips)."""

    def __init__(self, name: str = "depeche_figures", *, models_dir: str | None = None,
                 max_unit_tokens: int = 8) -> None:
        """name (str): the component's name. models_dir (str | None): the data directory,
        default `models/`. max_unit_tokens (int): longest unit kept, so a unit never swallows a clause."""
        self.name = name
        self.max_unit_tokens = max_unit_tokens
        self.set_lexicon(FigureLexicon.load(models_dir))

    def set_lexicon(self, lexicon: FigureLexicon) -> None:
        """Build the lookups once, so `__call__` only reads them."""
        self.lexicon = lexicon
        self.number_words = lexicon.words("number_words")
        self.scales = lexicon.table("scales")
        self.scale_units = lexicon.labels("scales", 2)
        self.collectives = lexicon.table("collectives")
        self.qualifiers_before = lexicon.cues("qualifiers", "before")
        self.qualifiers_after = lexicon.cues("qualifiers", "after")
        self.unit_symbols = {row[0]: row[1] for row in lexicon.rows["unit_symbols"]}
        self.reference_nouns = lexicon.words("reference_nouns")
        self.address_nouns = lexicon.words("address_nouns")
        self.clock_before = lexicon.cues("clock_cues", "before")
        self.clock_after = lexicon.cues("clock_cues", "after")
        self.furniture_before = lexicon.cues("furniture", "before")
        self.furniture_after = lexicon.cues("furniture", "after")
        self.change_verbs = lexicon.words("change_verbs")
        self.measure_units = lexicon.words("measure_units")
        self.months = lexicon.words("months")
        self.weekdays = lexicon.words("weekdays")
        self.day_before = self.weekdays | lexicon.words("english_months")
        self.day_after = self.months | lexicon.words("english_months")
        symbols = sorted(self.unit_symbols, key=len, reverse=True)
        alternatives = "|".join(re.escape(s) + (r"(?!\w)" if s[-1].isalpha() else "") for s in symbols)
        self.unit_symbol_pattern = re.compile(rf"{_SEPARATOR}?({alternatives})")

    # -- the component contract -------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """Put the figures of `doc` on `doc.spans["figures"]`, with their values on `Span._`."""
        doc.spans[SPANS_KEY] = [self.to_span(doc, figure) for figure in self.find(doc)]
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
        numbers = sorted(self.digit_numbers(doc) + self.word_numbers(doc), key=lambda n: n.start)
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
        """Token indices that `depeche_dates` took, when it ran."""
        if DATES_KEY not in doc.spans:
            return set()
        return {i for span in doc.spans[DATES_KEY] for i in range(span.start, span.end)}

    def digit_numbers(self, doc: Doc) -> list[Number]:
        """Numbers in digits, minus the shapes that are never quantities (phones, clock times...)."""
        text = doc_text(doc)
        masked = [m.span() for shape in NOT_QUANTITY_SHAPES.values() for m in shape.finditer(text)]
        numbers = []
        for match in DIGIT_NUMBER.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in masked):
                continue
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            numbers.append(Number(span.start, span.end, parse_digits(match.group()), match.end(), match.group()))
        return numbers

    def word_numbers(self, doc: Doc) -> list[Number]:
        """Numbers in words: runs of number words, each read by text2num (longest readable first)."""
        numbers = []
        start = 0
        while start < len(doc):
            end = start
            while end < len(doc) and (self.is_number_word(doc[end]) or (end > start and self.joins_run(doc, end))):
                end += 1
            numbers.extend(self.read_word_run(doc, start, end))
            start = max(end, start + 1)
        return numbers

    def is_number_word(self, token: Token) -> bool:
        """`vingt`, `vingt-deux`, `quatre-vingt-et-un` (the `et` of a hyphenated number is no number word)."""
        word = token.lower_
        if not _NUMBER_HYPHEN.search(word):
            return word != "et" and word in self.number_words
        parts = [part for part in _NUMBER_HYPHEN.split(word) if part != "et"]
        return bool(parts) and all(part in self.number_words for part in parts)

    @staticmethod
    def joins_run(doc: Doc, i: int) -> bool:
        """`et` inside a number only before `un`/`onze` (`vingt et un`, `soixante et onze`)."""
        return doc[i].lower_ == "et" and i + 1 < len(doc) and doc[i + 1].lower_ in {"un", "une", "onze"}

    @staticmethod
    def read_word_run(doc: Doc, start: int, end: int) -> list[Number]:
        numbers = []
        while start < end:
            for stop in range(end, start, -1):
                words = " ".join(token.lower_ for token in doc[start:stop])
                try:
                    value = text2num(words, "fr")
                except ValueError:
                    continue
                numbers.append(Number(start, stop, Decimal(value), doc[stop - 1].idx + len(doc[stop - 1])))
                break
            else:
                stop = start + 1
            start = stop
        return numbers

    def read_figure(self, doc: Doc, numbers: list[Number], index: int,
                    previous: Figure | None) -> tuple[Figure | None, int]:
        """The figure that starts at `numbers[index]`, and how many numbers it used (2 for a range)."""
        first = numbers[index]
        low = self.scaled(doc, first)
        high: Scaled | None = None
        second = self.range_partner(doc, numbers, index, low)
        if second is not None:
            high = self.scaled(doc, second)
            if low.factor == 1 and high.factor != 1:
                low = Scaled(low.value * high.factor, low.end, low.char_end, high.factor, low.approximate, low.unit)
        last = high or low
        used = 2 if second else 1
        if not self.number_is_quantity(doc, first, second, low, last):
            return None, used
        figure = self.with_unit(doc, first.start, low, last, previous)
        if not self.figure_is_quantity(doc, figure, first, low, last):
            return None, used
        return figure, used

    def scaled(self, doc: Doc, number: Number) -> Scaled:
        """Apply the scale words (`million`, `demi-million`) and a collective (`dizaine`) after a number."""
        value, end, char_end, factor, approximate = number.value, number.end, number.char_end, 1, False
        unit = None
        following = self.next_word(doc, end)
        while following < len(doc) and (scale := self.scale_word(doc[following])):
            factor *= self.scales[scale]
            unit = self.scale_units.get(scale)
            end, following = following + 1, self.next_word(doc, following + 1)
        if following < len(doc) and doc[following].lower_ in self.collectives:
            factor *= self.collectives[doc[following].lower_]
            approximate = True
            end, following = following + 1, self.next_word(doc, following + 1)
        if end != number.end:
            char_end = doc[end - 1].idx + len(doc[end - 1])
        return Scaled(value * factor, end, char_end, factor, approximate, unit)

    def scale_word(self, token: Token) -> str | None:
        """The scales entry of a token: abbreviations keep their case (`Md`), words do not (`Millions`)."""
        for form in (token.text, token.lower_):
            if form in self.scales:
                return form
        return None

    def range_partner(self, doc: Doc, numbers: list[Number], index: int, low: Scaled) -> Number | None:
        """The second number of `12 à 20`, `de 3 à 5`, `entre 10 et 15`, `deux ou trois`; not of `passer de 10 à 15`."""
        if index + 1 >= len(numbers):
            return None
        joiner = self.next_word(doc, low.end)
        if joiner >= len(doc) or numbers[index + 1].start != self.next_word(doc, joiner + 1):
            return None
        before = self.previous_word(doc, numbers[index].start)
        word = doc[joiner].lower_
        between = word == "et" and before is not None and doc[before].lower_ == "entre"
        if word not in RANGE_WORDS and not between:
            return None
        if before is not None and doc[before].lower_ in DE_FORMS and self.follows_change_verb(doc, before):
            return None
        second = numbers[index + 1]
        if second.value * self.scaled(doc, second).factor <= low.value:
            return None
        return second

    def follows_change_verb(self, doc: Doc, i: int) -> bool:
        window = doc[max(0, i - CHANGE_VERB_WINDOW):i]
        return any(token.lemma_.lower() in self.change_verbs for token in window if token.pos_ in {"VERB", "AUX"})

    # -- what is not a quantity -------------------------------------------------

    def number_is_quantity(self, doc: Doc, first: Number, second: Number | None, low: Scaled, last: Scaled) -> bool:
        """False for identifiers, calendar days, the article `un`, names and adjectives that look like numbers."""
        before = self.previous_word(doc, first.start)
        after = self.next_word(doc, last.end)
        previous = doc[before] if before is not None else None
        following = doc[after] if after < len(doc) else None
        return not (
            self.is_identifier(previous, first)
            or self.is_calendar_day(doc, previous, after)
            or (previous is not None and previous.lower_ in DECADE_NOUNS)
            or self.is_word_in_name(doc, first)
            or self.is_bare_article(doc, first, second, low)
            or self.is_adjective_neuf(doc, first, previous)
            or (following is not None and following.lower_ in self.address_nouns and first.digits is not None)
        )

    def is_identifier(self, previous: Token | None, first: Number) -> bool:
        """`article 49.3`, `n° 5`, `ligne 14` (but `arrêté 22 minutes après`: a verb, not a decree)."""
        if previous is None or first.digits is None:
            return False
        return previous.lower_.rstrip(".") in self.reference_nouns and previous.pos_ != "VERB"

    def is_part_of_name(self, doc: Doc, figure: Figure, first: Number) -> bool:
        """Digits after a capitalised word name a thing: `Ligue 1`, `CAC 40`, `iPhone 15`, `Boeing 737 MAX`."""
        previous = self.previous_word(doc, first.start)
        if first.digits is None or previous is None or figure.start != first.start:
            return False
        if figure.unit_start is not None and not doc[figure.unit_start].text[:1].isupper():
            return False
        word = doc[previous]
        return (word.is_alpha and any(c.isupper() for c in word.text)
                and (word.pos_ == "PROPN" or not self.starts_sentence(doc, previous)))

    def is_capitalised_measure(self, doc: Doc, figure: Figure) -> bool:
        """`les 24 Heures du Mans`, `les 12 Travaux`: a unit of measure written with a capital is a title."""
        if figure.unit_start is None:
            return False
        head = doc[figure.unit_start]
        return head.text[:1].isupper() and head.lower_ in self.measure_units

    @staticmethod
    def is_postal_code(doc: Doc, figure: Figure, first: Number) -> bool:
        """`75008 Paris`: five bare digits before a place."""
        return (first.digits is not None and len(first.digits) == 5 and first.digits.isdigit()
                and figure.unit_start is not None and doc[figure.unit_start].ent_type_ == "LOC")

    def is_calendar_day(self, doc: Doc, previous: Token | None, after: int) -> bool:
        """`2 février`, `entre le 11 et le 28 mars`, `mardi 27`, `March 16`: days of the month."""
        if previous is not None and previous.lower_.rstrip(".") in self.day_before:
            return True
        if after >= len(doc):
            return False
        if doc[after].lower_ in self.day_after:
            return True
        if doc[after].lower_ in {"au", "et", "-", "–", "ou", "à"}:
            number = self.next_word(doc, after + 1)
            if number < len(doc) and doc[number].lower_ == "le":
                number = self.next_word(doc, number + 1)
            month = self.next_word(doc, number + 1)
            return number < len(doc) and doc[number].like_num and month < len(doc) and doc[month].lower_ in self.day_after
        return False

    def is_word_in_name(self, doc: Doc, first: Number) -> bool:
        """A capitalised number word inside a sentence belongs to a name (`les Six Nations`)."""
        token = doc[first.start]
        return first.digits is None and token.text[:1].isupper() and not self.starts_sentence(doc, first.start)

    def is_bare_article(self, doc: Doc, first: Number, second: Number | None, low: Scaled) -> bool:
        """`un`/`une` alone is the article; it counts with a scale, in a range, or in `un (Français) sur deux`."""
        if first.digits is not None or doc[first.start].lower_ not in {"un", "une"} or first.end - first.start > 1:
            return False
        if low.factor != 1 or second is not None:
            return False
        return not self.is_one_out_of(doc, first.end)

    def is_one_out_of(self, doc: Doc, i: int) -> bool:
        word = self.next_word(doc, i)
        if word < len(doc) and doc[word].pos_ in UNIT_HEAD_POS:
            word = self.next_word(doc, word + 1)
        if word >= len(doc) or doc[word].lower_ != "sur":
            return False
        number = self.next_word(doc, word + 1)
        return number < len(doc) and (doc[number].like_num or self.is_number_word(doc[number]))

    @staticmethod
    def is_adjective_neuf(doc: Doc, first: Number, previous: Token | None) -> bool:
        """`neuf` is `new` after a noun or in `à neuf`, `tout neuf`."""
        token = doc[first.start]
        if token.lower_ != "neuf" or first.end - first.start > 1:
            return False
        return previous is not None and (previous.pos_ == "NOUN" or previous.lower_ in {"à", "tout", "de"})

    def figure_is_quantity(self, doc: Doc, figure: Figure, first: Number, low: Scaled, last: Scaled) -> bool:
        """With the unit known: years, clock times, `il y a 3 heures`, names and page counters are not quantities."""
        head = doc[figure.unit_start].lower_ if figure.unit_start is not None else None
        return not (
            self.is_year(doc, figure, low, last)
            or (head in CLOCK_UNITS and self.is_clock_time(doc, figure, low))
            or (head in RELATIVE_TIME_UNITS and self.follows_il_y_a(doc, figure.start))
            or self.is_part_of_name(doc, figure, first)
            or self.is_postal_code(doc, figure, first)
            or self.is_capitalised_measure(doc, figure)
            or self.is_page_counter(doc, figure, last)
            or self.is_dotted_reference(figure, first)
        )

    def is_year(self, doc: Doc, figure: Figure, low: Scaled, last: Scaled) -> bool:
        """A plain 4-digit number from 1800 to 2100 is a year unless a common noun counts it (`2000 manifestants`)."""
        counted = figure.unit_start is not None and (
            doc[figure.unit_start].is_lower or figure.unit in self.unit_symbols.values())
        return not counted and any(self.looks_like_year(doc, bound) for bound in (low, last))

    @staticmethod
    def looks_like_year(doc: Doc, bound: Scaled) -> bool:
        return bool(YEAR_DIGITS.fullmatch(doc[bound.end - 1].text)) and YEARS[0] <= bound.value <= YEARS[1]

    @staticmethod
    def is_dotted_reference(figure: Figure, first: Number) -> bool:
        """`le 49.3`, `la version 2.1`: French writes decimals with a comma, so a bare `49.3` is a reference."""
        digits = first.digits or ""
        return figure.unit is None and "." in digits and not DOT_THOUSANDS.fullmatch(re.sub(r"\s", "", digits))

    def is_page_counter(self, doc: Doc, figure: Figure, last: Scaled) -> bool:
        """`81 commentaires`, `4 min lues`, `Temps de lecture : 2 minutes`: the page's counters."""
        return bool(self.phrase_before(doc, figure.start, self.furniture_before)
                    or self.phrase_after(doc, last.end, self.furniture_after))

    def is_clock_time(self, doc: Doc, figure: Figure, low: Scaled) -> bool:
        """`à 7 heures`, `vers 7 heures`, `7 heures du matin`, `6 heures GMT`, `7 heures 30` (a duration keeps its `de`)."""
        if low.value > 24 or (figure.unit or "").count(" "):
            return False
        if self.phrase_before(doc, figure.start, self.clock_before):
            return True
        after = self.next_word(doc, figure.unit_start + 1)
        return (after < len(doc) and doc[after].like_num) or bool(self.phrase_after(doc, after, self.clock_after)) \
            or self.opens_time_span(doc, after)

    def opens_time_span(self, doc: Doc, i: int) -> bool:
        """`de 9 heures à 17 heures`: the first hour of an opening time is a time of day too."""
        number = self.next_word(doc, i + 1)
        unit = self.next_word(doc, number + 1)
        return (i < len(doc) and doc[i].lower_ in {"à", "et"} and number < len(doc) and doc[number].like_num
                and unit < len(doc) and doc[unit].lower_ in CLOCK_UNITS)

    @staticmethod
    def follows_il_y_a(doc: Doc, start: int) -> bool:
        """`il y a 3 heures`, `il y a 8 minutes`: the page's relative timestamp, not a quantity."""
        return [t.lower_ for t in doc[max(0, start - 3):start]] == ["il", "y", "a"]

    # -- unit and qualifier -----------------------------------------------------

    def with_unit(self, doc: Doc, start: int, low: Scaled, last: Scaled, previous: Figure | None) -> Figure:
        """Attach the qualifier before and the unit after the number(s)."""
        qualifier, start = self.qualifier_before(doc, start)
        if self.is_denominator(doc, start, previous):
            unit_start, unit_end, unit = None, None, previous.unit
        elif self.is_pronoun(doc, start, last):
            unit_start, unit_end, unit = None, None, None
        else:
            unit_start, unit_end, unit = self.unit_after(doc, last)
        end = unit_end if unit_end is not None else last.end
        if qualifier is None:
            qualifier, end = self.qualifier_after(doc, end)
        if qualifier is None and low.approximate:
            qualifier = "environ"
        high = last.value if last is not low else None
        return Figure(start, end, low.value, high, unit, unit_start, qualifier)

    def is_pronoun(self, doc: Doc, start: int, last: Scaled) -> bool:
        """`tous deux`, `toutes les trois`: the number stands for people named before (not `tous les deux ans`)."""
        before = self.previous_word(doc, start)
        if before is not None and doc[before].lower_ == "les":
            before = self.previous_word(doc, before)
        after = self.next_word(doc, last.end)
        every = after < len(doc) and doc[after].lower_ in self.measure_units
        return before is not None and doc[before].lower_ in {"tous", "toutes"} and not every

    def is_denominator(self, doc: Doc, start: int, previous: Figure | None) -> bool:
        """`huit véhicules sur dix`, `un Français sur deux`: the second number counts the same thing."""
        before = self.previous_word(doc, start)
        return previous is not None and before is not None and doc[before].lower_ == "sur" and previous.end == before

    def qualifier_before(self, doc: Doc, start: int) -> tuple[str | None, int]:
        """The approximator right before the number: `près de`, `plus de`, `environ`."""
        found = self.phrase_before(doc, start, self.qualifiers_before)
        return found if found else (None, start)

    def qualifier_after(self, doc: Doc, end: int) -> tuple[str | None, int]:
        """`25 km environ`, `quatre mois minimum`."""
        found = self.phrase_after(doc, end, self.qualifiers_after)
        return found if found else (None, end)

    @staticmethod
    def phrase_before(doc: Doc, i: int, cues: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
        """The longest cue ending right before token i, as (cue, its first token)."""
        for size in range(MAX_CUE_TOKENS, 0, -1):
            if i - size >= 0 and phrase_key(doc[i - size:i].text) in cues:
                return cues[phrase_key(doc[i - size:i].text)], i - size
        return None

    @staticmethod
    def phrase_after(doc: Doc, i: int, cues: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
        """The longest cue starting at token i, as (cue, the token after it)."""
        for size in range(MAX_CUE_TOKENS, 0, -1):
            if i + size <= len(doc) and phrase_key(doc[i:i + size].text) in cues:
                return cues[phrase_key(doc[i:i + size].text)], i + size
        return None

    def unit_after(self, doc: Doc, last: Scaled) -> tuple[int | None, int | None, str | None]:
        """A symbol (`%`, `€`, `pour cent`) or the counted noun with its adjectives and short `de` complement."""
        if last.unit is not None:
            return last.end - 1, last.end, last.unit
        window = doc[last.end - 1:last.end + MAX_CUE_TOKENS]  # doc.text would rebuild the whole text
        symbol = self.unit_symbol_pattern.match(window.text, last.char_end - window.start_char)
        if symbol:
            start, end = window.start_char + symbol.start(1), window.start_char + symbol.end(1)
            span = doc.char_span(start, end, alignment_mode="expand")
            end = self.per_unit_end(doc, span.end)
            return span.start, end, self.unit_symbols[symbol.group(1)] + doc[span.end:end].text
        head = self.next_word(doc, last.end)
        if last.factor != 1 and head < len(doc) and doc[head].lower_ in DE_FORMS:
            head = self.next_word(doc, head + 1)
        head = self.skip_prenominal_adjective(doc, head)
        if not self.is_unit_head(doc, head):
            return None, None, None
        end = self.per_unit_end(doc, head + 1)
        end = self.adjectives_end(doc, end) if end == head + 1 else end
        end = self.complement_end(doc, head, end)
        if end - head > self.max_unit_tokens:
            end = self.adjectives_end(doc, head + 1)
        return head, end, " ".join(doc[head:end].text.split())

    @staticmethod
    def per_unit_end(doc: Doc, end: int) -> int:
        """`km/h`, `€/mois`: a rate glued to its unit by a slash."""
        if end >= len(doc) or doc[end - 1].whitespace_:
            return end
        if doc[end].text == "/" and not doc[end].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha:
            return end + 2
        if doc[end].text.startswith("/") and doc[end].text[1:].isalpha():
            return end + 1
        return end

    @staticmethod
    def skip_prenominal_adjective(doc: Doc, head: int) -> int:
        """`deux grandes zones`: the counted thing is `zones`."""
        if head + 1 < len(doc) and doc[head].pos_ == "ADJ" and doc[head].is_lower and doc[head + 1].pos_ == "NOUN":
            return head + 1
        return head

    def is_unit_head(self, doc: Doc, i: int) -> bool:
        if i >= len(doc):
            return False
        token = doc[i]
        if token.lower_ in self.months or token.lower_ in self.weekdays or not any(c.isalpha() for c in token.text):
            return False
        if token.lower_ in self.measure_units:
            return token.pos_ in UNIT_HEAD_POS or token.pos_ in MISTAGGED_UNIT_POS
        if token.is_stop:
            return False
        # right after a number the tagger often reads the counted noun as an adjective ("3 000 exemplaires")
        return token.pos_ in UNIT_HEAD_POS or (token.pos_ == "ADJ" and token.is_lower and token.is_alpha)

    def adjectives_end(self, doc: Doc, i: int) -> int:
        """Up to two adjectives after the noun (`ressortissants russes`, `grossesses non désirées`), not `minimum`."""
        for _ in range(2):
            if i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower and (doc[i].lower_,) not in self.qualifiers_after:
                i += 1
            elif i + 1 < len(doc) and doc[i].lower_ == "non" and doc[i + 1].pos_ == "ADJ":
                i += 2
            else:
                break
        return i

    def complement_end(self, doc: Doc, head: int, end: int) -> int:
        """`ans de prison`, `constats d'infraction`; `citoyens de la Fédération de Russie` but not `km de Moscou`."""
        if end >= len(doc):
            return end
        word = doc[end].lower_
        if word in DE_FORMS and end + 1 < len(doc) and doc[end + 1].pos_ == "NOUN" and doc[end + 1].is_lower:
            return self.adjectives_end(doc, end + 2)
        if doc[head].lower_ in self.measure_units:
            return end
        name_start = None
        if word in DE_FORMS and end + 1 < len(doc) and doc[end + 1].lower_ in DEFINITE_ARTICLES:
            name_start = end + 2
        elif word in CONTRACTED_DE:
            name_start = end + 1
        if name_start is None:
            return end
        name_end = self.proper_name_end(doc, name_start, end)
        return end if name_end == end else self.adjectives_end(doc, name_end)

    @staticmethod
    def proper_name_end(doc: Doc, i: int, fallback: int) -> int:
        """The end of a capitalised name such as `Fédération de Russie`, or `fallback` when none starts at i.

        Capitals, not the tagger, decide: `fr_core_news_md` tags `Fédération` NOUN and `Kazakhstan` NOUN.
        """
        def capitalised(j: int) -> bool:
            return j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper()

        if not capitalised(i):
            return fallback
        end = i + 1
        while True:
            if capitalised(end):
                end += 1
            elif end < len(doc) and doc[end].lower_ in DE_FORMS and capitalised(end + 1):
                end += 2
            else:
                return end

    # -- token helpers ----------------------------------------------------------

    @staticmethod
    def next_word(doc: Doc, i: int) -> int:
        """The first non-space token at or after i (len(doc) when none)."""
        while i < len(doc) and doc[i].is_space:
            i += 1
        return i

    @staticmethod
    def previous_word(doc: Doc, i: int) -> int | None:
        """The last non-space token before i, or None."""
        i -= 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        return i if i >= 0 else None

    def starts_sentence(self, doc: Doc, i: int) -> bool:
        previous = self.previous_word(doc, i)
        return (doc[i].is_sent_start or previous is None or doc[previous].text in SENTENCE_OPENERS
                or (i > 0 and "\n" in doc[i - 1].text))

    @staticmethod
    def to_span(doc: Doc, figure: Figure) -> Span:
        span = doc[figure.start:figure.end]
        span._.value = as_number(figure.value)
        span._.value_high = as_number(figure.value_high) if figure.value_high is not None else None
        span._.unit = figure.unit
        span._.qualifier = figure.qualifier
        return span


@Language.factory(
    "depeche_figures",
    default_config={"models_dir": None, "max_unit_tokens": 8},
)
def make_figure_finder(nlp: Language, name: str, models_dir: str | None, max_unit_tokens: int) -> FigureFinder:
    """The `depeche_figures` component; `nlp.add_pipe("depeche_figures")` reads `models/figures/`."""
    return FigureFinder(name, models_dir=models_dir, max_unit_tokens=max_unit_tokens)
