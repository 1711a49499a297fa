"""Places that are not towns: streets, buildings, water and terrain, districts.

A noun of the closed class in `models/entities/landmark_heads.tsv` (`rue`,
`place`, `mosquée`, `détroit`, `vallée`…) followed by a capitalised name,
directly or after `de` (`rue de Tivoli`, `tour Aquitaine`, `place de la
Liberté`, `détroit de Taïwan`), is one place with its head noun; the model
drops these spans as lower-case prose, or keeps only the name. A district is
an ordinal and `arrondissement` (`5e arrondissement de Marseille`). The head
must not be indefinite (`une place de choix`), nor `à la place de` (instead
of), and its name must not be a listed organization or person; a street's
name is not a country (`la place de la France en Europe`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.words import COMPLEMENT_PREPOSITIONS, DEFINITE_ARTICLES, apostrophes, is_capitalised
from pipeline.common.names import fold

# `5e`, `XVe`, `1er`, `11ème`: an ordinal written with digits or Roman numerals.
_ORDINAL = re.compile(r"^(\d{1,2}|[IVX]{1,5})(e|ème|er|è)$")
# Kinds whose name may hold a listed place of its own (`5e arrondissement de Marseille` names Marseille too);
# a street's or a building's does not (`rue de Tivoli`; `château de Vincennes` is also called `Vincennes`).
NESTING_KINDS = {"nature", "district"}
# Kinds whose head may be capitalised (`Place de la Bastille`, `Porte de Clichy`); not `Cap Invest`.
CAPITALISED_KINDS = {"street"}
# Capitalised words a landmark's name may run over (`église Saint-Pierre-et-Paul de Wolder`).
MAX_NAME_WORDS = 6


def _joins_by_hyphen(doc: Doc, index: int, start: int) -> bool:
    """`Al-Aqsa` tokenised `Al` `-` `Aqsa`: a hyphen with no space joins two parts of one name."""
    return (index > start and doc[index].text == "-" and not doc[index - 1].whitespace_
            and not doc[index].whitespace_ and index + 1 < len(doc))


@dataclass(frozen=True)
class LandmarkHead:
    """A head noun's kind, and the gender its determiner must have (empty: any)."""

    kind: str
    gender: str = ""


def read_heads(lines: list[str]) -> dict[str, LandmarkHead]:
    """`landmark_heads.tsv` lines (head, kind, gender) by head."""
    heads = {}
    for line in lines:
        head, kind, *gender = [cell.strip() for cell in line.split("\t")]
        heads[head] = LandmarkHead(kind, gender[0] if gender else "")
    return heads


class Landmarks:
    """Proposes the places a landmark head noun opens, and the listed places their names hold."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.heads = read_heads(lexicon.landmark_heads)

    def candidates(self, doc: Doc) -> Iterator[Candidate]:
        """`rue de Tivoli`, `mosquée Al-Aqsa`, `cinquième arrondissement de Marseille`: a head and its name."""
        for token in doc:
            head = self.heads.get(token.lower_)
            if (head is None or token.pos_ not in ("NOUN", "PROPN") or not self._may_open(token, head)
                    or not (token.is_lower or head.kind in CAPITALISED_KINDS)):
                continue
            start = self._district_start(token) if head.kind == "district" else token.i
            end = self._name_end(doc, token.i + 1, head)
            if end is None and start < token.i:
                end = token.i + 1  # `le cinquième arrondissement`: the ordinal names it
            if end is not None and self.lexicon.gazetteer_labels.get(fold(doc[start:end].text), "LOC") == "LOC":
                yield Candidate(start, end, "LOC", "pattern")

    def nested(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Span]:
        """`château de Versailles`, `5e arrondissement de Marseille`: the listed place the name holds."""
        for candidate in chosen:
            head = self.heads.get(doc[candidate.start].lower_) or self._district_head(doc, candidate)
            if candidate.label != "LOC" or head is None or head.kind not in NESTING_KINDS:
                continue
            index = candidate.start + 1
            while index < candidate.end and (apostrophes(doc[index].lower_) in COMPLEMENT_PREPOSITIONS
                                             or doc[index].pos_ == "DET" or not is_capitalised(doc[index])):
                index += 1
            if index < candidate.end and self.lexicon.gazetteer_labels.get(
                    fold(doc[index:candidate.end].text)) == "LOC":
                yield Span(doc, index, candidate.end, label="LOC")

    def _district_head(self, doc: Doc, candidate: Candidate) -> LandmarkHead | None:
        """The `arrondissement` after the ordinal a district candidate starts with."""
        following = doc[candidate.start + 1] if candidate.start + 1 < candidate.end else None
        return self.heads.get(following.lower_) if following is not None else None

    def _may_open(self, token: Token, head: LandmarkHead) -> bool:
        """Not after an indefinite or a disagreeing determiner, nor `à la place de`, nor a club word (`Stade`)."""
        if token.text in self.lexicon.club_words:
            return False
        determiner = next((t for t in token.children if t.dep_ == "det" and t.i < token.i), None)
        if determiner is not None and "Ind" in determiner.morph.get("Definite"):
            return False
        previous = token.doc[token.i - 1] if token.i > 0 else None
        if head.gender and previous is not None and previous.pos_ in ("DET", "ADP"):
            gender = previous.morph.get("Gender")
            if gender and head.gender not in gender:
                return False
        if token.lower_ == "place" and previous is not None and apostrophes(previous.lower_) in DEFINITE_ARTICLES:
            before = token.doc[token.i - 2] if token.i > 1 else None
            return before is None or before.lower_ not in ("à", "en", "sur")
        return True

    def _district_start(self, token: Token) -> int:
        """`5e arrondissement`, `cinquième arrondissement`: the ordinal right before the head."""
        if token.i == 0:
            return token.i
        previous = token.doc[token.i - 1]
        ordinal = _ORDINAL.match(previous.text) or (previous.is_lower and previous.lower_.endswith("ième")) or (
            previous.lower_ in ("premier", "dernier"))
        return previous.i if ordinal else token.i

    def _name_end(self, doc: Doc, index: int, head: LandmarkHead) -> int | None:
        """The end of the capitalised name after the head (past `de`, `du`, `de la`), or None with none."""
        if index < len(doc) and apostrophes(doc[index].lower_) in COMPLEMENT_PREPOSITIONS:
            index += 1
            if index < len(doc) and apostrophes(doc[index].lower_) in DEFINITE_ARTICLES:
                index += 1
        start = end = index
        while (end < len(doc) and end - start < MAX_NAME_WORDS and "\n" not in doc[end - 1].text_with_ws
               and (is_capitalised(doc[end]) and not doc[end].is_punct or _joins_by_hyphen(doc, end, start))):
            end += 1
            if (end + 1 < len(doc) and apostrophes(doc[end].lower_) in COMPLEMENT_PREPOSITIONS
                    and is_capitalised(doc[end + 1]) and "\n" not in doc[end].text_with_ws):
                end += 1
        if end == start or doc[start].like_num:
            return None
        name = fold(doc[start:end].text)
        label = self.lexicon.gazetteer_labels.get(name)
        if label in ("ORG", "PER") or (name in self.lexicon.countries and head.kind != "nature"):
            return None
        return end
