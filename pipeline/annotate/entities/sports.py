"""Sports clubs: names built on a club word, and cities that play.

`Stade rennais`, `Biarritz Olympique`, `FC Porto` are clubs from a word of
`models/entities/club_words.txt`; in an article about sport (two lemmas of
`models/entities/sports_cues.txt`), a city that wins or loses (`Lyon s'est
imposé`, `le match contre Lorient`) is its club. A place gazetteer's hit does
not override this parse: the club is an organization.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.words import COMPLEMENT_PREPOSITIONS, apostrophes, is_capitalised
from pipeline.common.names import fold

# Distinct cue lemmas that make an article a sports one.
MIN_SPORTS_CUES = 2
# Words right before a city that make it an opponent (`contre Lorient`, `face à Lyon`).
OPPONENT_MARKS = {"contre", "face"}


class Clubs:
    """Proposes club names and turns playing cities into organizations."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def candidates(self, doc: Doc) -> Iterator[Candidate]:
        """`Stade de Reims`, `Stade rennais`, `Biarritz Olympique`: a club word and the name it joins."""
        for token in doc:
            if token.text not in self.lexicon.club_words:
                continue
            start, end = token.i, self._name_end(doc, token.i + 1)
            while start > 0 and doc[start - 1].pos_ == "PROPN" and is_capitalised(doc[start - 1]):
                start -= 1
            if end - start > 1 and fold(doc[end - 1].text) not in self.lexicon.countries:
                yield Candidate(start, end, "ORG", "pattern")

    def relabel_cities(self, doc: Doc, chosen: list[Candidate]) -> None:
        """In a sports article, a one-word place that plays (subject of a result verb, an opponent) is a club."""
        if not self._is_about_sport(doc):
            return
        for candidate in chosen:
            if candidate.label != "LOC" or candidate.length != 1:
                continue
            token = doc[candidate.start]
            if fold(token.text) in self.lexicon.countries:
                continue
            plays = token.dep_ in ("nsubj", "obj") and token.head.lemma_ in self.lexicon.sports_verbs
            previous = doc[token.i - 1].lower_ if token.i > 0 else ""
            if previous == "à" and token.i > 1:
                previous = doc[token.i - 2].lower_
            if plays or previous in OPPONENT_MARKS:
                candidate.label = "ORG"

    def _name_end(self, doc: Doc, index: int) -> int:
        """After the club word: capitalised words, a `de` + capitalised word, or one adjective (`rennais`)."""
        if index < len(doc) and doc[index].pos_ == "ADJ" and doc[index].is_lower:
            return index + 1
        if (index + 1 < len(doc) and apostrophes(doc[index].lower_) in COMPLEMENT_PREPOSITIONS
                and is_capitalised(doc[index + 1])):
            index += 1
        while index < len(doc) and is_capitalised(doc[index]) and not doc[index].is_punct:
            index += 1
        return index

    def _is_about_sport(self, doc: Doc) -> bool:
        lemmas = {token.lemma_.lower() for token in doc if token.is_lower}
        return len(lemmas & self.lexicon.sports_cues) >= MIN_SPORTS_CUES
