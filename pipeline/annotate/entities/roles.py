"""Titles before names (`le président kazakh`): a person's role, and persons found by their title.

A title is a listed phrase (`models/entities/titles.txt`) ending right before
the name, possibly with adjectives or its complement between; the same
lookup decides a span's role, whether a capitalised run is a person, and
whether a span names a post rather than anyone.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from pipeline.annotate.entities.candidates import Candidate, taken_positions
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.words import COMPLEMENT_PREPOSITIONS, apostrophes, is_capitalised
from pipeline.common.names import fold

MAX_ROLE_TOKENS = 8
MAX_TITLE_WORDS = 4


class Roles:
    """Finds title phrases before names, gives persons their role, and finds the persons they introduce."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def assign(self, doc: Doc, chosen: list[Candidate]) -> None:
        """The title before each person; `l'avocat de X, Y`, `le PDG de TotalEnergies, Y`: the title
        with its complement X is the role of the person in apposition after it, not X's."""
        for position, candidate in enumerate(chosen):
            if candidate.role is not None:
                continue
            role_start = self.start(doc, candidate.start)
            role = doc[role_start:candidate.start].text.strip(" ,") if role_start is not None else ""
            if not role:
                continue
            if apostrophes(role.split()[-1].lower()) not in COMPLEMENT_PREPOSITIONS:
                candidate.role = role if candidate.label == "PER" else None
                continue
            following = chosen[position + 1] if position + 1 < len(chosen) else None
            if (following is not None and following.label == "PER" and following.start == candidate.end + 1
                    and doc[candidate.end].text == ","):
                following.role = doc[role_start:candidate.end].text

    def titled_names(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
        """Persons the model missed: a run of two or more proper nouns right after a title."""
        taken = taken_positions(chosen)
        index = 0
        while index < len(doc):
            end = index
            while (end < len(doc) and end not in taken and doc[end].pos_ == "PROPN"
                   and is_capitalised(doc[end]) and "\n" not in doc[end].text_with_ws):
                end += 1
            if end - index >= 2 and self.before(doc, index) is not None:
                yield Candidate(index, end, "PER", "model")
            index = max(end, index + 1)

    def is_role_mention(self, doc: Doc, start: int) -> bool:
        """`ministre de l'Intérieur du Kazakhstan` names a post, not an organization or a person."""
        return doc[start].is_lower and apostrophes(doc[start].lower_) in self.lexicon.title_first_words

    def is_portfolio(self, doc: Doc, start: int) -> bool:
        """`ministre de la Cohésion des territoires`, `chargée des Affaires européennes`: a post's portfolio."""
        index = start - 1
        while index >= 0 and doc[index].pos_ == "DET" and doc[index].is_lower:
            index -= 1
        if index < 1 or apostrophes(doc[index].lower_) not in COMPLEMENT_PREPOSITIONS | {"à", "au", "aux"}:
            return False
        return doc[index - 1].text in self.lexicon.portfolio_holders

    def described_as_person(self, doc: Doc, end: int, any_noun: bool = False) -> bool:
        """`Yasmina, étudiante en lettres`, `Kader, 32 ans`: a bare title or an age in apposition.

        any_noun (bool): for a first name, a determiner and any noun will do (`Hassan, un retraité`,
            `Anne-Marie, la sœur de…`, `Jacques, son voisin`).
        """
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        following = doc[end + 1]
        if any_noun and following.is_lower:  # `un retraité`, `retraité de 81 ans`: `un` is no number here
            noun = doc[end + 2] if following.pos_ == "DET" else following
            return noun.is_lower and (noun.pos_ in ("NOUN", "ADJ")
                                      or apostrophes(noun.lower_) in self.lexicon.title_first_words)
        if following.like_num:
            return doc[end + 2].lower_ == "ans"
        return following.is_lower and apostrophes(following.lower_) in self.lexicon.title_first_words

    def before(self, doc: Doc, start: int, adjacent: bool = False) -> str | None:
        """The title phrase right before a name (`président kazakh` in `le président kazakh X`).

        adjacent (bool): allow only adjectives between title and name, as the
            test for turning a mislabelled span into a person; otherwise the
            title's complement may come between (`ministre de l'Intérieur du
            Kazakhstan Marat Akhmetzhanov`).
        """
        first = self.start(doc, start, adjacent)
        return None if first is None else doc[first:start].text.strip(" ,") or None

    def start(self, doc: Doc, start: int, adjacent: bool = False) -> int | None:
        """Where the title phrase right before a name starts, if there is one (see `before`)."""
        for index in range(start - 1, max(0, start - MAX_ROLE_TOKENS) - 1, -1):
            token = doc[index]
            if "\n" in token.text_with_ws or (token.is_punct and token.text not in ("-",)):
                return None
            first = self._title_ending_at(doc, index) if token.is_lower or token.is_upper else None
            if first is not None:
                return first
            if token.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                return None
            if adjacent and not (token.pos_ == "ADJ" or fold(token.text) in self.lexicon.demonyms):
                return None
        return None

    def _title_ending_at(self, doc: Doc, index: int) -> int | None:
        """Where the longest listed title ending at token `index` starts (`premier ministre`), if any."""
        words = (apostrophes(doc[index].lower_),)
        if words[0] not in self.lexicon.title_last_words:
            return None
        best = index if words in self.lexicon.titles else None
        for first in range(index - 1, max(-1, index - MAX_TITLE_WORDS), -1):
            words = (apostrophes(doc[first].lower_), *words)
            if words in self.lexicon.titles:
                best = first
        return best
