"""What is not a quantity: years, calendar days, clock times, identifiers, names, postal codes, page counters.

These rules grow with each false figure found in an article, apart from how
numbers and units are read; a few need the number alone, the others its unit.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.annotate.figures.cues import phrase_after, phrase_before
from pipeline.annotate.figures.lexicon import FigureWords
from pipeline.annotate.figures.numbers import DOT_THOUSANDS, NUMBER_HYPHENS, Number, NumberReader, Scaled
from pipeline.annotate.figures.one import ONE_WORDS, OneReader
from pipeline.annotate.figures.ranges import CLOCK_UNITS
from pipeline.annotate.figures.spans import Figure
from pipeline.annotate.figures.tokens import DE_FORMS, next_word, previous_word, starts_sentence
from pipeline.annotate.figures.units import UNIT_HEAD_POS

RELATIVE_TIME_UNITS = CLOCK_UNITS | {"seconde", "secondes", "minute", "minutes", "min"}  # `il y a 3 heures`
DECADE_NOUNS = {"années", "an"}
YEAR_DIGITS = re.compile(r"\d{4}")
YEARS = (1800, 2100)
NAME_ENTITIES = {"ORG", "MISC"}
NUMBER_NOUNS = {"numéro", "numéros"}
WHOLE = 100


class QuantityFilter:
    """Tells the numbers that count something from those that date, name or number a thing."""

    def __init__(self, words: FigureWords, numbers: NumberReader) -> None:
        self.words = words
        self.numbers = numbers
        self.one = OneReader(words)

    # -- before the unit is known -------------------------------------------------

    def number_is_quantity(self, doc: Doc, first: Number, second: Number | None, low: Scaled, last: Scaled,
                           previous_figure: Figure | None = None) -> bool:
        """False for identifiers, calendar days, the article `un`, names and adjectives that look like numbers.

        previous_figure: the figure before, which "dont un" may take a share of.
        """
        before = previous_word(doc, first.start)
        after = next_word(doc, last.end)
        previous = doc[before] if before is not None else None
        following = doc[after] if after < len(doc) else None
        return not (
            self.is_identifier(previous, first)
            or self.is_calendar_day(doc, previous, after)
            or (previous is not None and previous.lower_ in DECADE_NOUNS)
            or self.is_word_in_name(doc, first)
            or self.is_bare_article(doc, first, second, low, previous_figure)
            or self.is_adjective_neuf(doc, first, previous)
            or self.is_in_compound_noun(doc, first, last)
            or (first.digits is not None and self.is_house_number(doc, after))
            or (second is None and self.is_score(doc, first.start, last.end))
        )

    def is_score(self, doc: Doc, start: int, end: int) -> bool:
        """`s'est imposé 3 à 1`, `mènent 2 à 0`: two bare numbers in digits joined by "à", the second below
        the first, with nothing counted after it, and no "de" opening them (`passer de 10 à 5` gives a start
        and an end)."""
        after, before = next_word(doc, end), previous_word(doc, start)
        pairs = []
        if after < len(doc) and doc[after].lower_ == "à":
            pairs.append((start, next_word(doc, after + 1)))
        if before is not None and doc[before].lower_ == "à" and (low := previous_word(doc, before)) is not None:
            pairs.append((low, start))
        return any(self.scores(doc, low, high) for low, high in pairs)

    def scores(self, doc: Doc, low: int, high: int) -> bool:
        """Tokens low and high are the two sides of a score (see `is_score`)."""
        if high >= len(doc) or not (doc[low].is_digit and doc[high].is_digit):
            return False
        opener = previous_word(doc, low)
        if opener is not None and doc[opener].lower_ in DE_FORMS | {"entre"}:
            return False
        return int(doc[high].text) < int(doc[low].text) and not self.numbers.counts_before(doc, next_word(doc, high + 1))

    def is_house_number(self, doc: Doc, after: int) -> bool:
        """`12 rue de la Paix`, `au 17 de la rue Tivoli`, `au 345 Park Avenue`: the number before a street
        (the street's type first, as French writes it, or after one or two capitalised words, as English does)."""
        tokens = [doc[i] for i in range(after, min(after + 4, len(doc))) if not doc[i].is_space]
        words = [token.lower_ for token in tokens]
        if words and words[0] in {"de", "du"}:
            words = words[2:] if words[1:2] == ["la"] else words[1:]
        if bool(words) and words[0] in self.words.address_nouns:
            return True
        for size in (1, 2):  # "Park Avenue", "Downing Street"
            if (len(tokens) > size and all(t.is_alpha and t.text[:1].isupper() for t in tokens[:size + 1])
                    and tokens[size].lower_ in self.words.address_nouns):
                return True
        return False

    def is_identifier(self, previous: Token | None, first: Number) -> bool:
        """`article 49.3`, `n° 5`, `ligne 14` (but `arrêté 22 minutes après`: a verb, not a decree)."""
        if previous is None or (first.digits is None and previous.lower_ not in NUMBER_NOUNS):
            return False  # a number word is an identifier after "numéro" only ("son numéro deux")
        return previous.lower_.rstrip(".") in self.words.reference_nouns and previous.pos_ != "VERB"

    def is_calendar_day(self, doc: Doc, previous: Token | None, after: int) -> bool:
        """`2 février`, `entre le 11 et le 28 mars`, `mardi 27`, `March 16`: days of the month."""
        if previous is not None and previous.lower_.rstrip(".") in self.words.day_before:
            return True
        if after >= len(doc):
            return False
        if doc[after].lower_ in self.words.day_after:
            return True
        if doc[after].lower_ in {"au", "et", "-", "–", "ou", "à"}:
            number = next_word(doc, after + 1)
            if number < len(doc) and doc[number].lower_ == "le":
                number = next_word(doc, number + 1)
            month = next_word(doc, number + 1)
            return (number < len(doc) and doc[number].like_num
                    and month < len(doc) and doc[month].lower_ in self.words.day_after)
        return False

    @staticmethod
    def is_word_in_name(doc: Doc, first: Number) -> bool:
        """A capitalised number word inside a sentence belongs to a name (`les Six Nations`)."""
        token = doc[first.start]
        return first.digits is None and token.text[:1].isupper() and not starts_sentence(doc, first.start)

    def is_bare_article(self, doc: Doc, first: Number, second: Number | None, low: Scaled,
                        previous_figure: Figure | None = None) -> bool:
        """`un`/`une` alone is the article; it counts with a scale, in a range, in `un (Français) sur deux`,
        and where `OneReader` sees a count (a unit, `dont`, `seul`, other counts beside it)."""
        if first.digits is not None or doc[first.start].lower_ not in ONE_WORDS or first.end - first.start > 1:
            return False
        if low.factor != 1 or second is not None or low.value != first.value:
            return False  # "un million", "un à deux", "un dixième de", "un an et demi"
        return not (self.is_one_out_of(doc, first.end) or self.one.counts(doc, first.start, previous_figure))

    def is_one_out_of(self, doc: Doc, i: int) -> bool:
        """`un sur deux`, `un Français sur trois` after token i: a proportion."""
        word = next_word(doc, i)
        if word < len(doc) and doc[word].pos_ in UNIT_HEAD_POS:
            word = next_word(doc, word + 1)
        if word >= len(doc) or doc[word].lower_ != "sur":
            return False
        number = next_word(doc, word + 1)
        return number < len(doc) and (doc[number].like_num or self.numbers.is_number_word(doc[number]))

    @staticmethod
    def is_adjective_neuf(doc: Doc, first: Number, previous: Token | None) -> bool:
        """`neuf` is `new` after a noun or in `à neuf`, `tout neuf`, `rien de neuf`; before a plural noun
        it counts (`état de neuf personnes`)."""
        token = doc[first.start]
        if token.lower_ != "neuf" or first.end - first.start > 1:
            return False
        after = next_word(doc, first.end)
        if after < len(doc) and doc[after].pos_ == "NOUN" and "Plur" in doc[after].morph.get("Number"):
            return False
        return previous is not None and (previous.pos_ == "NOUN" or previous.lower_ in {"à", "tout", "de"})

    def is_in_compound_noun(self, doc: Doc, first: Number, last: Scaled) -> bool:
        """`les deux-roues`, `un deux-pièces`, `un mille-pattes`, `Trois-Rivières`: a number word glued by a
        hyphen to a word that is no number, fraction or scale is part of a compound noun, it counts nothing."""
        if first.digits is not None:
            return False
        glued = [(last.end, last.end + 1, last.end - 1), (first.start - 1, first.start - 2, first.start - 2)]
        for hyphen, word, left in glued:  # the hyphen, the word glued to it, the leftmost of the three tokens
            if left < 0 or word >= len(doc) or doc[hyphen].text not in NUMBER_HYPHENS:
                continue
            if any(doc[k].whitespace_ for k in range(left, left + 2)) or not doc[word].is_alpha:
                continue
            if not (self.numbers.is_number_word(doc[word]) or doc[word].lower_ in self.words.fractions
                    or self.numbers.scale_word(doc[word])):
                return True
        return False

    # -- with the unit known ------------------------------------------------------

    def figure_is_quantity(self, doc: Doc, figure: Figure, first: Number, low: Scaled, last: Scaled) -> bool:
        """With the unit known: years, clock times, `il y a 3 heures`, names and page counters are not quantities."""
        head = doc[figure.unit_start].lower_ if figure.unit_start is not None else None
        return not (
            self.is_year(doc, figure, low, last)
            or (head in CLOCK_UNITS and self.is_clock_time(doc, figure, first, low))
            or (head in RELATIVE_TIME_UNITS and self.follows_il_y_a(doc, figure.start))
            or self.is_part_of_name(doc, figure, first)
            or self.is_postal_code(doc, figure, first)
            or self.is_capitalised_measure(doc, figure)
            or self.is_page_counter(doc, figure, last)
            or self.is_dotted_reference(figure, first)
            or self.is_intensifier(doc, figure)
        )

    def is_intensifier(self, doc: Doc, figure: Figure) -> bool:
        """`100 % électrique`, `une offre 100 % numérique`, `100 % remboursé`, `100 % bio`: "entirely", no share
        of anything (`100 % des salariés`, `une hausse de 100 %` count); the tagger often reads the adjective
        right after "%" as a noun, which French puts there only for this use."""
        if figure.value != WHOLE or figure.value_high is not None or figure.unit != "%":
            return False
        after = next_word(doc, figure.end)
        if after >= len(doc) or not doc[after].is_lower:
            return False
        word = doc[after]
        if word.lower_ in self.words.months or word.lower_ in self.words.weekdays:
            return False
        return word.pos_ in {"ADJ", "NOUN"} or (word.pos_ == "VERB" and "Part" in word.morph.get("VerbForm"))

    def is_year(self, doc: Doc, figure: Figure, low: Scaled, last: Scaled) -> bool:
        """A plain 4-digit number from 1800 to 2100 is a year unless a common noun counts it (`2000 manifestants`)."""
        counted = figure.unit_start is not None and (
            doc[figure.unit_start].is_lower or figure.unit in self.words.unit_symbols.values())
        return not counted and any(self.looks_like_year(doc, bound) for bound in (low, last))

    @staticmethod
    def looks_like_year(doc: Doc, bound: Scaled) -> bool:
        """Four digits from 1800 to 2100."""
        return bool(YEAR_DIGITS.fullmatch(doc[bound.end - 1].text)) and YEARS[0] <= bound.value <= YEARS[1]

    @staticmethod
    def is_dotted_reference(figure: Figure, first: Number) -> bool:
        """`le 49.3`, `la version 2.1`: French writes decimals with a comma, so a bare `49.3` is a reference."""
        digits = first.digits or ""
        return figure.unit is None and "." in digits and not DOT_THOUSANDS.fullmatch(re.sub(r"\s", "", digits))

    def is_page_counter(self, doc: Doc, figure: Figure, last: Scaled) -> bool:
        """`81 commentaires`, `4 min lues`, `Temps de lecture : 2 minutes`: the page's counters."""
        return bool(phrase_before(doc, figure.start, self.words.furniture_before)
                    or phrase_after(doc, last.end, self.words.furniture_after))

    def is_clock_time(self, doc: Doc, figure: Figure, first: Number, low: Scaled) -> bool:
        """`à 7 heures`, `aux alentours de 7 heures`, `7 heures du matin`, `6 heures locales`, `7 heures 30`
        (a duration keeps its `de`: `7 heures de route`)."""
        if low.value > 24:
            return False
        after = next_word(doc, figure.unit_start + 1)
        if phrase_after(doc, after, self.words.clock_after):
            return True
        if (figure.unit or "").count(" "):
            return False
        if any(phrase_before(doc, start, self.words.clock_before) for start in {figure.start, first.start}):
            return True  # the cue before the qualifier ("à environ 7 heures") or itself one ("aux alentours de")
        return (after < len(doc) and doc[after].like_num) or self.opens_time_span(doc, after)

    @staticmethod
    def opens_time_span(doc: Doc, i: int) -> bool:
        """`de 9 heures à 17 heures`: the first hour of an opening time is a time of day too."""
        number = next_word(doc, i + 1)
        unit = next_word(doc, number + 1)
        return (i < len(doc) and doc[i].lower_ in {"à", "et"} and number < len(doc) and doc[number].like_num
                and unit < len(doc) and doc[unit].lower_ in CLOCK_UNITS)

    @staticmethod
    def follows_il_y_a(doc: Doc, start: int) -> bool:
        """`il y a 3 heures`, `il y a 8 minutes`: the page's relative timestamp, not a quantity."""
        return [t.lower_ for t in doc[max(0, start - 3):start]] == ["il", "y", "a"]

    @staticmethod
    def is_part_of_name(doc: Doc, figure: Figure, first: Number) -> bool:
        """Digits after a capitalised word, or inside an organisation's name, name a thing:
        `Ligue 1`, `CAC 40`, `iPhone 15`, `Boeing 737 MAX`, `Mouvement 5 étoiles`."""
        previous = previous_word(doc, first.start)
        if first.digits is None or previous is None or figure.start != first.start:
            return False
        token = doc[first.start]
        if token.ent_iob_ == "I" and token.ent_type_ in NAME_ENTITIES:
            return True  # inside a name the parser found: "Mouvement 5 étoiles"
        if figure.unit_start is not None and not doc[figure.unit_start].text[:1].isupper():
            return False
        word = doc[previous]
        return (word.is_alpha and any(c.isupper() for c in word.text)
                and (word.pos_ == "PROPN" or not starts_sentence(doc, previous)))

    @staticmethod
    def is_postal_code(doc: Doc, figure: Figure, first: Number) -> bool:
        """`75008 Paris`: five bare digits before a place."""
        return (first.digits is not None and len(first.digits) == 5 and first.digits.isdigit()
                and figure.unit_start is not None and doc[figure.unit_start].ent_type_ == "LOC")

    def is_capitalised_measure(self, doc: Doc, figure: Figure) -> bool:
        """`les 24 Heures du Mans`, `les 12 Travaux`: a unit of measure written with a capital is a title."""
        if figure.unit_start is None:
            return False
        head = doc[figure.unit_start]
        return head.text[:1].isupper() and head.lower_ in self.words.measure_units
