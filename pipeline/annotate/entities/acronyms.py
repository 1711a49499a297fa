"""Acronyms: organizations unless listed as common nouns, and tied to the name they abbreviate.

`CNAF` alone is an organization (not `PIB`, `CDI`: `models/entities/
common_acronyms.txt`, nor a word of an all-caps heading or of English prose);
an acronym in parentheses takes the label of the name before it, and a name
the model cut short runs on to its acronym.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span

from pipeline.annotate.entities.candidates import Candidate, taken_positions
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.shapes import is_in_credit, is_shouted_common, opens_transit_line
from pipeline.annotate.entities.words import (COMPLEMENT_PREPOSITIONS, apostrophes, is_acronym, is_acronym_word,
                                              is_shouted)
from pipeline.common.names import fold

# Lower-case words between a truncated name and its acronym (`… des forêts et des espaces naturels (ONFEN)`).
MAX_NAME_EXTENSION = 8
# Words an acronym skips (`centre régional de transports` → `CRT`).
ACRONYM_SKIPS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "en", "à", "au", "aux", "pour", "sur"}


def _defined_start(doc: Doc, paren: int, letters: str) -> int | None:
    """Where the words before `(` whose initials are the acronym's letters start, if they are a noun phrase."""
    initials = ""
    for index in range(paren - 1, max(-1, paren - 3 * len(letters) - 1), -1):
        token = doc[index]
        word = apostrophes(token.lower_)
        if "\n" in token.text_with_ws or not (token.is_alpha or word in ACRONYM_SKIPS or token.text == "-"):
            return None
        if word in ACRONYM_SKIPS or not token.is_alpha:
            continue
        initials = fold(word)[:1] + initials
        if initials == letters:
            return index if token.pos_ in ("NOUN", "PROPN") else None
        if not letters.endswith(initials):
            return None
    return None


def _may_abbreviate(doc: Doc, name: Candidate, acronym: Candidate) -> bool:
    """Not a region's code after a one-word place: `Domdidier (FR)`, `Austin (TX)`."""
    words = doc[name.start:name.end]
    return not (name.label == "LOC" and len(words) == 1
                and fold(words.text)[:1] != fold(doc[acronym.start].text)[:1])


class Acronyms:
    """Proposes unlabelled acronyms and ties acronyms in parentheses to their names."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def candidates(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
        """An acronym nobody labelled (`CNAF`, `INSERM`) is an organization, unless a common noun or a heading."""
        taken = taken_positions(chosen)
        prose: dict[int, bool] = {}  # by sentence start: French prose, neither a heading nor English
        for token in doc:
            if (token.i not in taken and is_acronym_word(token.text)
                    and token.text not in self.lexicon.common_acronyms
                    and fold(token.text) not in self.lexicon.gazetteer_labels
                    and fold(token.text) not in self.lexicon.not_names
                    and not is_shouted_common(doc[token.i:token.i + 1], self.lexicon.vocabulary)
                    and not is_in_credit(doc[token.i:token.i + 1]) and not opens_transit_line(doc, token.i)
                    and self._in_french_prose(token.sent, prose)):
                yield Candidate(token.i, token.i + 1, "ORG", "pattern")

    def defined_names(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
        """`centre régional de transports (CRT)`: the words before an acronym in parentheses whose initials
        spell it are the organization it abbreviates, even in lower case; link joins the two forms."""
        taken = taken_positions(chosen)
        for token in doc[2:-1]:
            acronym = token.nbor(1).text
            if (token.text != "(" or not is_acronym_word(acronym) or acronym in self.lexicon.common_acronyms
                    or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")" or token.i - 1 in taken):
                continue  # not `produit intérieur brut (PIB)`: a common noun's acronym
            start = _defined_start(doc, token.i, fold(token.nbor(1).text))
            if start is not None and not any(i in taken for i in range(start, token.i)):
                yield Candidate(start, token.i, "ORG", "pattern")

    def label_parenthesised(self, doc: Doc, chosen: list[Candidate]) -> None:
        """`Service de police de la Ville de Québec (SPVQ)`: the acronym names what it follows; after a one-word
        place it cannot abbreviate (`Domdidier (FR)`), it is a region's code and is left unlabelled (``)."""
        for previous, candidate in zip(chosen, chosen[1:]):
            if (is_acronym(doc[candidate.start:candidate.end]) and candidate.start == previous.end + 1
                    and doc[previous.end].text == "(" and candidate.end < len(doc)
                    and doc[candidate.end].text == ")" and fold(doc[candidate.start:candidate.end].text)
                    not in self.lexicon.gazetteer_labels and previous.label in ("ORG", "LOC")):
                candidate.label = previous.label if _may_abbreviate(doc, previous, candidate) else ""

    def extend_names(self, doc: Doc, chosen: list[Candidate]) -> None:
        """`Office national des forêts et des espaces naturels (ONFEN)`, `Société suisse de l'industrie du gaz
        et des eaux (SSIGE)`: a name the model cut at `et` or `de` runs on, over lower-case words, to the
        acronym that abbreviates it."""
        starts = {c.start for c in chosen}
        for candidate in chosen:
            if (candidate.label != "ORG" or candidate.end >= len(doc)
                    or apostrophes(doc[candidate.end].lower_) not in COMPLEMENT_PREPOSITIONS | {"et"}):
                continue
            index = candidate.end + 1
            while (index < len(doc) and index - candidate.end <= MAX_NAME_EXTENSION and index not in starts
                   and doc[index].is_lower and doc[index].pos_ in ("ADP", "DET", "NOUN", "ADJ", "CCONJ")):
                index += 1
            if (index + 2 < len(doc) and index > candidate.end + 1 and doc[index].text == "("
                    and is_acronym(doc[index + 1:index + 2]) and doc[index + 2].text == ")"):
                candidate.end = index

    def _in_french_prose(self, sentence: Span, known: dict[int, bool]) -> bool:
        """Neither an all-caps heading nor a quoted English post; read once per sentence."""
        if sentence.start not in known:
            known[sentence.start] = not is_shouted(sentence) and not self.lexicon.vocabulary.is_foreign_prose(sentence)
        return known[sentence.start]
