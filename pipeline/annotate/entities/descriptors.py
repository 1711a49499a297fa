"""Names a common noun says the kind of: `la firme Corvalis`, `l'ONG Greenpeace`, `la loi Egalim`.

The descriptor nouns and the label each gives are in
`models/entities/name_descriptors.tsv`; the noun may come before the name or,
after a comma, in apposition (`Mer Claire, une organisation…`).
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.people import People
from pipeline.annotate.entities.trimming import SpanTrimmer
from pipeline.annotate.entities.words import COMPLEMENT_PREPOSITIONS, apostrophes
from pipeline.common.names import fold

# Adjectives and `de …` complements allowed between a descriptor noun and its name (`chalutier breton Karreg`).
MAX_DESCRIPTOR_GAP = 4
# Where a descriptor noun starts in a doc → (where it ends, the label it gives).
DescriptorMatches = dict[int, tuple[int, str]]


def _names_the_complement(doc: Doc, end: int, index: int) -> bool:
    """`le groupe du milliardaire Daniel Křetínský`: a person's name after a complement noun names that noun."""
    return doc[index].ent_type_ == "PER" and any(t.pos_ == "NOUN" for t in doc[end:index])


class DescribedNames:
    """Finds descriptor nouns and the names they introduce or follow."""

    def __init__(self, lexicon: Lexicon, trimmer: SpanTrimmer, people: People) -> None:
        self.lexicon = lexicon
        self.trimmer = trimmer
        self.people = people

    def matches(self, doc: Doc) -> DescriptorMatches:
        """Where a descriptor noun written as listed starts: its end and the label it gives."""
        matches = {}
        for _, start, end in self.lexicon.descriptor_matcher(doc):
            label = self.lexicon.descriptors.get(doc[start:end].text)
            if label is not None and doc[end - 1].pos_ in ("NOUN", "PROPN"):
                matches[start] = (end, label)
        return matches

    def candidates(self, doc: Doc, descriptors: DescriptorMatches) -> Iterator[Candidate]:
        """`la firme Corvalis`, `les entreprises Trotto et Velib`, `la loi Egalim`: names a descriptor noun introduces."""
        for start, (end, label) in descriptors.items():
            plural = doc[end - 1].morph.get("Number") == ["Plur"] and (
                start == 0 or doc[start - 1].morph.get("Number") != ["Sing"])
            index = self._name_start_after(doc, end)
            if index is not None and _names_the_complement(doc, end, index):
                continue
            while index is not None:
                name_end = self._name_end(doc, index)
                # `le groupe Wagner Evgueni Prigojine`: the body, then the person the model ran into it
                name_end = self.people.person_after_organization(doc, index, name_end) or name_end
                if not self._is_described_name(doc[index:name_end]):
                    break
                listed = self.lexicon.gazetteer_labels.get(fold(doc[index:name_end].text))
                if label != "MISC" or listed in (None, "MISC"):  # `le vaccin Pfizer`: the listed firm stays one
                    yield Candidate(index, name_end, label, "descriptor")
                joined = plural and name_end + 1 < len(doc) and doc[name_end].lower_ in ("et", ",")
                index = name_end + 1 if joined and doc[name_end + 1].text[:1].isupper() else None

    def apposition_label(self, doc: Doc, end: int, descriptors: DescriptorMatches) -> str | None:
        """`Mer Claire, une organisation de défense…`: a descriptor in apposition says what the name is."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        index = end + 1
        if doc[index].pos_ == "DET" and doc[index].is_lower:
            index += 1
        match = descriptors.get(index)
        return match[1] if match is not None else None

    def _name_start_after(self, doc: Doc, index: int) -> int | None:
        """The first capitalised word after a descriptor, past its adjectives and `de …` complements."""
        for _ in range(MAX_DESCRIPTOR_GAP + 1):
            if index >= len(doc) or "\n" in doc[index - 1].text_with_ws:
                return None
            token = doc[index]
            if token.text[:1].isupper():
                return index
            if token.is_lower and (token.pos_ == "ADJ" or fold(token.text) in self.lexicon.demonyms):
                index += 1
            elif (apostrophes(token.lower_) in COMPLEMENT_PREPOSITIONS and index + 1 < len(doc)
                  and doc[index + 1].is_lower and doc[index + 1].pos_ == "NOUN"):
                index += 2
            else:
                return None
        return None

    def _name_end(self, doc: Doc, start: int) -> int:
        """The end of the model's entity starting here, else of the run of capitalised words."""
        if doc[start].ent_iob_ == "B":
            ent_end = start + 1
            while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
                ent_end += 1
            return self.trimmer.trim(doc, start, ent_end)[1]
        end = start + 1
        while (end < len(doc) and doc[end].text[:1].isupper()
               and "\n" not in doc[end - 1].text_with_ws):
            end += 1
        return end

    def _is_described_name(self, span: Span) -> bool:
        """A descriptor's name: not a demonym, a common word or a common-noun acronym."""
        folded = fold(span.text)
        if not folded or folded in self.lexicon.not_names or span.text in self.lexicon.common_acronyms:
            return False
        if (all(word in self.lexicon.demonyms for word in folded.split())
                and folded not in self.lexicon.gazetteer_labels):
            return False
        return True
