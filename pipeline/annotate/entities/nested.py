"""Entities named inside another one's name, kept beside `doc.ents` in `doc.spans["nested_entities"]`.

A place in a lower-case descriptive phrase (`université de Lille`) and an
institution in another's name (`Comité … du ministère de l'Intérieur`) are
mentions of their own, overlapping the outer organization.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.institutions import head_need
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.words import COMPLEMENT_PREPOSITIONS, apostrophes
from pipeline.common.names import fold

# The model's label of each of its spans, by (start, end).
ModelLabels = dict[tuple[int, int], str]


class NestedEntities:
    """Finds the places and institutions named inside the chosen organizations."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def places(self, doc: Doc, chosen: list[Candidate], model_labels: ModelLabels) -> Iterator[Span]:
        """`université de Lille`, `tribunal de la ville de Semey`: the place a lower-case phrase names.

        Gold conventions count a place inside a descriptive phrase, not inside a
        capitalised proper name (`Opéra de Paris`), so the phrase must open in
        lower case; the complement is a place when listed as one, when the model
        said so, or when a place noun (`ville`) introduces it.
        """
        for candidate in chosen:
            if candidate.label != "ORG" or not doc[candidate.start].is_lower:
                continue
            index = candidate.start + 1
            while index < candidate.end:
                if apostrophes(doc[index].lower_) not in COMPLEMENT_PREPOSITIONS:
                    index += 1
                    continue
                start = index + 1
                while start < candidate.end and doc[start].pos_ == "DET":
                    start += 1
                end = start
                while end < candidate.end and doc[end].text[:1].isupper():
                    end += 1
                if end > start and self._is_nested_place(doc, candidate, start, end, index, model_labels):
                    yield Span(doc, start, end, label="LOC")
                index = max(end, index + 1)

    def organizations(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Span]:
        """`Comité du service des migrations du ministère de l'Intérieur du Kazakhstan`: the ministry is named too.

        Only heads that always make an institution (`ministère`, `tribunal`:
        "any" in org_heads.tsv) or a capitalised listed head (`Ville`) open a
        nested organization; it runs to the end of the outer name.
        """
        for candidate in chosen:
            if candidate.label != "ORG":
                continue
            for index in range(candidate.start + 1, candidate.end - 2):
                if apostrophes(doc[index].lower_) not in COMPLEMENT_PREPOSITIONS:
                    continue
                head = index + 1
                while head < candidate.end and doc[head].pos_ == "DET":
                    head += 1
                if head + 1 < candidate.end and self._opens_an_institution(doc[head]):
                    yield Span(doc, head, candidate.end, label="ORG")

    def _opens_an_institution(self, token: Token) -> bool:
        need = head_need(self.lexicon.org_heads, token)
        return need == "any" if token.is_lower else need is not None

    def _is_nested_place(self, doc: Doc, candidate: Candidate, start: int, end: int, preposition: int,
                         model_labels: ModelLabels) -> bool:
        """The capitalised words `start:end` after the preposition inside a lower-case phrase name a place."""
        if any(not doc[i].is_lower for i in range(candidate.start, preposition) if not doc[i].is_punct):
            return False
        folded = fold(doc[start:end].text)
        if folded in self.lexicon.gazetteer_labels:
            return self.lexicon.gazetteer_labels[folded] == "LOC"
        if preposition > 0 and doc[preposition - 1].lower_ in self.lexicon.place_nouns:
            return True
        # `de la Défense` names a domain; a bare `de Lille` the model read as a place is one.
        no_article = start == preposition + 1
        return no_article and (model_labels.get((start, end)) == "LOC" or (
            end == candidate.end and model_labels.get((candidate.start, candidate.end)) == "LOC"))
