"""Names the model missed that a list vouches for: gazetteer forms, titled works, cardinal points.

Each rule starts from an entry of `models/`: a gazetteer name or alias
(`Le Figaro`, also `du Figaro`), a title tail (`Act`, `Policy`) ending an
English title, or a cardinal point (`Sud`) before a listed place.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.lexicon import CONTRACTED, Lexicon
from pipeline.annotate.entities.words import COMPLEMENT_PREPOSITIONS, DEFINITE_ARTICLES, TITLE_CONNECTORS, apostrophes

# Articles a listed name opens with (`Le Monde`, `La Croix`, `Les Échos`), written in lower case inside a sentence.
LISTED_ARTICLES = {"le", "la", "les"}


class ListedNames:
    """Proposes the spans that the gazetteer and the title and cardinal-point lists name."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def gazetteer(self, doc: Doc) -> Iterator[Candidate]:
        """Listed names; a name listed with its article (`Le Figaro`) also after `du` / `au`."""
        for match_id, start, end in self.lexicon.matcher(doc):
            label = self.lexicon.vocab.strings[match_id]
            if label.startswith(CONTRACTED):
                label, start = label[len(CONTRACTED):], start + 1
            yield Candidate(start, end, label, "gazetteer")

    def without_article(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Span]:
        """`selon le Monde`: the listed name with its article as the text writes it, and without it (`Monde`, as
        after a contracted article), two forms of one entity."""
        for candidate in chosen:
            if (candidate.source == "gazetteer" and candidate.end - candidate.start > 1
                    and doc[candidate.start].lower_ in LISTED_ARTICLES and doc[candidate.start].is_lower):
                yield Span(doc, candidate.start + 1, candidate.end, label=candidate.label)

    def titled_works(self, doc: Doc) -> Iterator[Candidate]:
        """`Clean Air Act`, `Green New Deal`: laws and policies are MISC."""
        for token in doc:
            if token.text not in self.lexicon.name_tails or token.i == 0:
                continue
            start = token.i
            while (start > 0 and "\n" not in doc[start - 1].text_with_ws
                   and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in TITLE_CONNECTORS)):
                start -= 1
            while start < token.i and not doc[start].text[:1].isupper():
                start += 1
            if start < token.i:
                yield Candidate(start, token.i + 1, "MISC", "pattern")

    def cardinal_points(self, doc: Doc, listed: list[Candidate]) -> Iterator[Candidate]:
        """`Sud de l'Europe`, `Sud-Est de la France`: a capitalised cardinal point of a place is a place."""
        for place in listed:
            if place.label != "LOC":
                continue
            index = place.start - 1
            if index >= 0 and apostrophes(doc[index].lower_) in DEFINITE_ARTICLES:
                index -= 1
            if (index >= 1 and apostrophes(doc[index].lower_) in COMPLEMENT_PREPOSITIONS
                    and doc[index - 1].text in self.lexicon.cardinal_points):
                yield Candidate(index - 1, place.end, "LOC", "pattern")
