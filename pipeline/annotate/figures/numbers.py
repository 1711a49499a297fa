"""Reading the numbers of a text: digits (`98 000`, `1,5`), words (`vingt et un`) and the scales after them.

The shapes of French numbers change apart from what they count: a new way of
grouping thousands or a new scale word touches this module only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from spacy.tokens import Doc, Token
from text_to_num import text2num

from pipeline.annotate.extensions import doc_text
from pipeline.annotate.figures.lexicon import FigureWords
from pipeline.annotate.figures.tokens import next_word, previous_word

SEPARATOR = "[ \u00a0\u202f\u2009]"
GLUED_UNIT = r"(?:km|cm|mm|kg|mg|µg|g|t|ml|cl|l|ha|m)(?:²|2|/[a-z]+)?(?!\w)"  # "1g/l", "5km": SI symbols typed without a space
DIGIT_NUMBER = re.compile(
    rf"""
    (?<![\w\u2010\u2011/.,:°])(?<!\w-)            # not glued to a name: Covid-19, 1Adat, N°5, 14.09
    (?: \d{{1,3}} (?: (?:{SEPARATOR}|\.) \d{{3}} )+  # grouped thousands: 98 000, 98.000
      | \d+ )
    (?: ,\d+                                      # decimal comma: 1,5
      | ,\ \d{{2}} (?={SEPARATOR}?[€$£])           # a price typed "7, 50 €"
      | \.\d{{1,2}} )?                            # decimal point: 23.1%
    (?!(?!{GLUED_UNIT})[\w\-\u2010\u2011/:] | [.,]\d)
    """,
    re.VERBOSE,
)
HYPHEN_RANGE = re.compile(  # "10-15 minutes", "les 18-25 ans": two small numbers a hyphen joins, before their unit
    r"(?<![\w\u2010\u2011/.,:°-])(\d{1,3}(?:,\d+)?)[-–](\d{1,3}(?:,\d+)?)(?![\w\-\u2010\u2011/.:]|,\d)")
DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
HOUR = r"(\d{1,2})[ \u00a0\u202f]?[hH]"  # "7h", "48 h": the clock shape's hours, and `hours.py`'s bare hour mark
NOT_QUANTITY_SHAPES = {
    "phone": re.compile(r"(?<![\d+])(?:\+\d{2,3}\s?|0)\d(?:[\s.\-]?\d{2}){4}(?!\d)"),
    "north american phone": re.compile(r"(?<!\d)\(?\d{3}\)?[\s.\-]\d{3}-\d{4}(?!\d)"),
    "minute mark": re.compile(r"(?<![\w'’])\d{1,3}(?:\s?\+\s?\d{1,2})?['’′](?!\w)"),  # a live commentary's "73'"
    "clock": re.compile(rf"(?<!\w){HOUR}(?:\s?\d{{2}})?(?!\w)|(?<!\w)\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)"),
    "numeric date": re.compile(r"(?<!\w)(?:\d{1,4}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}/\d{1,2})(?!\d)"),
    "list marker": re.compile(r"^[ \t]*\d{1,2}[.)](?=\s)", re.MULTILINE),
    "footnote": re.compile(r"\(\d{1,2}\)"),
    "number alone on its line": re.compile(r"^[ \t]*\d+[ \t]*$", re.MULTILINE),
}
_NUMBER_HYPHEN = re.compile(r"[-\u2010\u2011]")
NUMBER_HYPHENS = {"-", "\u2010", "\u2011"}
MINUS_SIGNS = "-−"
EN_DASH = "–"
_SPACES = " \t\u00a0\u202f\u2009"
_SIGNED_UNIT = re.compile(rf"{SEPARATOR}?(?:%|points?\b|pts?\b|°)")  # "- 2,5 %": a spaced sign only before these
FRACTION_OF = {"de", "d'", "d’", "des", "du"}
HALF_WORDS = {"demi", "demie"}
COLLECTIVE_DETERMINERS = {"la", "cette", "quelque", "bonne", "petite", "grosse"}
FRACTION_DETERMINERS = {"le", "la", "l'", "l’", "du", "au"}  # "la moitié des", "plus du tiers de"
CONTRACTED_DE = {"du", "au"}
NOT_FRACTION_AFTER = {"finale", "finales"}  # "un quart de finale" names a round
FRACTION_DIGITS = 3  # "un tiers" is 0.333, as the gold writes it


def minus_sign(text: str, start: int, end: int) -> int | None:
    """Where the minus sign of a negative number starts ("-3,5 %", "(- 2,5 % du PIB)"), or None.

    The sign follows a space, a parenthesis or the line start, never a word
    ("Covid-19") or another number (the range "10 - 20"); spaced from its
    number, it signs only a percentage or points, as a dash may open an aside.
    """
    i = start - 1
    signs = MINUS_SIGNS + EN_DASH  # a glued en dash is a minus ("–3 %"); spaced, it opens an aside
    if i >= 0 and text[i] in _SPACES:
        if not _SIGNED_UNIT.match(text, end):
            return None
        i, signs = i - 1, MINUS_SIGNS
    if i < 0 or text[i] not in signs or (i > 0 and text[i - 1] not in _SPACES + "\n("):
        return None
    before = text[:i].rstrip(_SPACES)
    return None if before and before[-1].isdigit() else i


def parse_digits(text: str) -> Decimal:
    """`98 000`, `98.000`, `1,5`, `23.1`, `7, 50` → their value; a dot before three digits groups thousands."""
    compact = re.sub(r"\s", "", text)
    if DOT_THOUSANDS.fullmatch(compact):
        compact = compact.replace(".", "")
    return Decimal(compact.replace(",", "."))


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


class NumberReader:
    """Finds the numbers of a Doc, in digits and in words, and applies the scale words that follow them."""

    def __init__(self, words: FigureWords) -> None:
        self.words = words

    def digit_numbers(self, doc: Doc) -> list[Number]:
        """Numbers in digits, minus the shapes that are never quantities (phones, clock times...)."""
        text = doc_text(doc)
        masked = [m.span() for shape in NOT_QUANTITY_SHAPES.values() for m in shape.finditer(text)]
        numbers = []
        for match in DIGIT_NUMBER.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in masked):
                continue
            sign = minus_sign(text, match.start(), match.end())
            span = doc.char_span(match.start() if sign is None else sign, match.end(), alignment_mode="expand")
            value = parse_digits(match.group())
            numbers.append(Number(span.start, span.end, value if sign is None else -value, match.end(), match.group()))
        return numbers + self.hyphen_ranges(doc, text, masked)

    def hyphen_ranges(self, doc: Doc, text: str, masked: list[tuple[int, int]]) -> list[Number]:
        """Both numbers of `10-15 minutes`, `les 18-25 ans`, `2,5-3 %`, which `RangeReader` then joins; only
        before a unit, a percentage or a plural noun, so a score (`3-1 face à Lyon`) or a code stays out."""
        numbers = []
        for match in HYPHEN_RANGE.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in masked):
                continue
            pair = [doc.char_span(match.start(g), match.end(g)) for g in (1, 2)]
            if None in pair or not self.counts_before(doc, next_word(doc, pair[1].end)):
                continue
            numbers.extend(Number(span.start, span.end, parse_digits(span.text), span.end_char, span.text)
                           for span in pair)
        return numbers

    def counts_before(self, doc: Doc, i: int) -> bool:
        """Token i names what a number counts: `%`, a unit of measure, or a plural common noun (no month)."""
        if i >= len(doc):
            return False
        token = doc[i]
        if token.text == "%" or token.lower_ in self.words.measure_units:
            return True
        return (token.pos_ == "NOUN" and token.is_lower and "Plur" in token.morph.get("Number")
                and token.lower_ not in self.words.months)

    def collective_numbers(self, doc: Doc) -> list[Number]:
        """"la dizaine de pays", "une bonne centaine": a singular collective after a determiner, with no number.

        Each is an empty number before the collective, which `scaled` then reads.
        """
        return [Number(token.i, token.i, Decimal(1), token.idx) for token in doc
                if token.lower_ in self.words.collectives and not token.lower_.endswith("s")
                and (before := previous_word(doc, token.i)) is not None
                and doc[before].lower_ in COLLECTIVE_DETERMINERS]

    def fraction_numbers(self, doc: Doc) -> list[Number]:
        """"la moitié des", "le tiers du", "plus du quart de": a fraction noun after a determiner, with no number.

        Each is an empty number before the fraction noun, which `scaled` then divides.
        Fractions in -ième are ordinals after a determiner ("le cinquième de la liste"), so only the
        nouns that are no ordinal (moitié, tiers, quart) are read this way, and only as a share of what
        "de" names ("le tiers payant" shares nothing).
        """
        numbers = []
        for token in doc:
            if token.lower_ not in self.words.fractions or token.lower_.rstrip("s").endswith("ième"):
                continue
            before, after = previous_word(doc, token.i), next_word(doc, token.i + 1)
            if after >= len(doc) or doc[after].lower_ not in FRACTION_OF:
                continue  # "le tiers payant", "le quart monde": no share of anything
            if before is not None and doc[before].lower_ in FRACTION_DETERMINERS:
                start = token.i if doc[before].lower_ in CONTRACTED_DE else before  # "plus de la moitié", "plus du tiers"
                numbers.append(Number(start, token.i, Decimal(1), token.idx))
        return numbers

    def word_numbers(self, doc: Doc) -> list[Number]:
        """Numbers in words: runs of number words, each read by text2num (longest readable first)."""
        numbers = []
        start = 0
        while start < len(doc):
            end = start
            while end < len(doc) and (self.is_number_word(doc[end]) or (end > start and self.joins_run(doc, end))):
                end += 1
            if end > start and doc[end - 1].text in NUMBER_HYPHENS:
                end -= 1  # "vingt-" at a line's end
            numbers.extend(self.read_word_run(doc, start, end))
            start = max(end, start + 1)
        return numbers

    def is_number_word(self, token: Token) -> bool:
        """`vingt`, `vingt-deux`, `quatre-vingt-et-un` (the `et` of a hyphenated number is no number word)."""
        word = token.lower_
        if not _NUMBER_HYPHEN.search(word):
            return word != "et" and word in self.words.number_words
        parts = [part for part in _NUMBER_HYPHEN.split(word) if part != "et"]
        return bool(parts) and all(part in self.words.number_words for part in parts)

    def joins_run(self, doc: Doc, i: int) -> bool:
        """`et` inside a number only before `un`/`onze` (`vingt et un`, `soixante et onze`); a hyphen glued
        between number words, where the tokenizer split a capitalised compound (`Quarante` `-` `six`)."""
        if i + 1 >= len(doc):
            return False
        if doc[i].text in NUMBER_HYPHENS:
            return not doc[i - 1].whitespace_ and not doc[i].whitespace_ and self.is_number_word(doc[i + 1])
        return doc[i].lower_ == "et" and doc[i + 1].lower_ in {"un", "une", "onze"}

    @staticmethod
    def read_word_run(doc: Doc, start: int, end: int) -> list[Number]:
        """The numbers of a run of number words, each the longest stretch text2num can read."""
        numbers = []
        while start < end:
            for stop in range(end, start, -1):
                words = " ".join(doc[start:stop].text.lower().split())  # "quarante-six" stays whole
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

    def scaled(self, doc: Doc, number: Number) -> Scaled:
        """Apply the scale words (`million`, `demi-million`) and a collective (`dizaine`) after a number."""
        value, end, char_end, factor, approximate = number.value, number.end, number.char_end, 1, False
        unit = None
        following = next_word(doc, end)
        if (following + 1 < len(doc) and doc[following].text in NUMBER_HYPHENS and not doc[following].whitespace_
                and doc[following + 1].lower_ in self.words.fractions):
            following += 1  # "les deux-tiers des", as some write it
        denominator = self.fraction_after(doc, number, following)
        if denominator:
            value = round(value / denominator, FRACTION_DIGITS)
            end, following = following + 1, next_word(doc, following + 1)
        value += self.half_after(doc, end)
        while following < len(doc) and (scale := self.scale_word(doc[following])):
            factor *= self.words.scales[scale]
            unit = self.words.scale_units.get(scale)
            end, following = following + 1, next_word(doc, following + 1)
        if following < len(doc) and doc[following].lower_ in self.words.collectives:
            factor *= self.words.collectives[doc[following].lower_]
            approximate = True
            end, following = following + 1, next_word(doc, following + 1)
        if end != number.end:
            last = doc[end - 1]
            char_end = last.idx + len(last) - self._full_stop_on_scale(last)
        return Scaled(value * factor, end, char_end, factor, approximate, unit)

    def fraction_after(self, doc: Doc, number: Number, i: int) -> int | None:
        """The denominator of "un dixième de", "deux tiers des": a fraction noun before "de" ("un troisième mandat" is no fraction)."""
        if i >= len(doc) or doc[i].lower_ not in self.words.fractions or not 0 < number.value <= 10:
            return None
        after = next_word(doc, i + 1)
        if after >= len(doc) or doc[after].lower_ not in FRACTION_OF:
            return None
        noun = next_word(doc, after + 1)
        return None if noun < len(doc) and doc[noun].lower_ in NOT_FRACTION_AFTER else self.words.fractions[doc[i].lower_]

    @staticmethod
    def half_after(doc: Doc, end: int) -> Decimal:
        """0.5 for "deux ans et demi", "une heure et demie": "et demi" one word after the number."""
        unit = next_word(doc, end)
        conjunction = next_word(doc, unit + 1)
        half = next_word(doc, conjunction + 1)
        if half < len(doc) and doc[conjunction].lower_ == "et" and doc[half].lower_ in HALF_WORDS:
            return Decimal("0.5")
        return Decimal(0)

    def _full_stop_on_scale(self, token: Token) -> int:
        """1 for the sentence's full stop the tokenizer left on a scale abbreviation (`45 M€.`), else 0."""
        return int(token.text.endswith(".") and self.scale_word(token) == token.text[:-1])

    def scale_word(self, token: Token) -> str | None:
        """The scales entry of a token: abbreviations keep their case (`Md`), words do not (`Millions`);
        the tokenizer leaves a sentence's full stop on an abbreviation (`45 M€.`)."""
        for form in (token.text, token.lower_, token.text.removesuffix(".")):
            if form in self.words.scales:
                return form
        return None
