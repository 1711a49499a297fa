"""People the model misses or mislabels: a private person named by a first name, a name run into an outlet's.

A first name (`first_names`, from `gender-guesser`'s dictionary) alone is a
person when the sentence says so: a title or a relative before it (`sa fille
Marion`, `le commandant Guy`), an apposition after it (`Anne-Marie, la sœur de
la victime`, `Hassan, un retraité de 81 ans`), or a verb it is the subject of
(`raconte Jacques`, `Marion a appelé`). A listed organization the model ran
into a name (`AFP Fauzia Moslem`, `Wagner Evguéni Prigojine`) is cut off it.
"""

from __future__ import annotations

from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.tokens import Doc, Token

from pipeline.annotate.entities.candidates import Candidate, taken_positions
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.roles import Roles
from pipeline.common.names import fold

# Words a listed organization may take at the head of a model span before a person's name (`groupe Wagner`).
MAX_ORGANIZATION_WORDS = 2
# Dependencies of a subject: `Marion a appelé`, `raconte Jacques`.
SUBJECT_DEPENDENCIES = {"nsubj", "nsubj:pass"}


class People:
    """Finds lone first names that name someone, and persons run into a listed organization's name."""

    def __init__(self, lexicon: Lexicon, roles: Roles) -> None:
        self.lexicon = lexicon
        self.roles = roles

    def is_first_name(self, doc: Doc, start: int, end: int, *, before_surname: bool = False,
                      world: bool = False) -> bool:
        """The words are a listed first name (`Marion`, `Anne-Marie`, or each part one), not a function word (`The`), a common
        French word (`Santé`, `Ville`) nor a listed name.

        before_surname (bool): a first name that is also a common word (`Pierre`, `Julie`, `Romain`: the
            lemmatizer knows them) is still one, as where it opens a longer name.
        world (bool): the world's first names gender-guesser lacks count too (`Fatoumata`), where the sentence
            is to say whether the word names someone.
        """
        span = doc[start:end]
        folded = fold(span.text)
        listed = folded in self.lexicon.first_names or world and folded in self.lexicon.world_first_names or all(
            part in self.lexicon.first_names for part in folded.split())  # `Anne-Sophie`: fold splits at hyphens
        return (listed and len(folded) > 2
                and not any(t.is_stop or t.lower_ in ENGLISH_STOP_WORDS
                            or not before_surname and t.lower_ in self.lexicon.vocabulary.common_words for t in span)
                and folded not in self.lexicon.gazetteer_labels)

    def is_someone(self, doc: Doc, start: int, end: int, *, model_found: bool = False) -> bool:
        """A first name the sentence makes a person (`names_someone`); a first name that is also a common word
        (`Pierre`, `Rose`, `Martin`) needs a title or relative before it or an apposition after it, or to be the
        subject of a verb inside the sentence with no article (`raconte Pierre`; not `La Santé a publié`); one the
        model tagged may also be the subject opening a clause after its comma, where only a name keeps its
        capital (`Arrivée en 2015, Rose tient le café`)."""
        if self.is_first_name(doc, start, end, world=True):
            return self.names_someone(doc, start, end, model_found=model_found)
        if not self.is_first_name(doc, start, end, before_surname=True, world=model_found):
            return False
        if (self.roles.before(doc, start, adjacent=True) is not None
                or self.roles.described_as_person(doc, end, any_noun=True) or self._title_in_commas(doc, start, end)):
            return True  # `son fils Romain`, not `ministre de la Ville`: the title right before the name
        previous = doc[start - 1] if start > 0 else None
        if previous is None or "\n" in previous.text_with_ws or doc[start].is_sent_start:
            return False
        subject = doc[end - 1].dep_ in SUBJECT_DEPENDENCIES
        if model_found and previous.text == "," and subject and doc[end - 1].head.i >= end:
            return True  # `Interrogée, Clémence ne cache pas…`: a clause's subject after its comma, capitalised
        return not previous.is_punct and previous.pos_ != "DET" and subject

    def lone_first_names(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
        """`Anne-Marie, la sœur de la victime`, `raconte Jacques`: a first name the sentence makes a person."""
        taken = taken_positions(chosen)
        index = 0
        while index < len(doc):
            start, end = index, _compound_end(doc, index)
            index = end
            if (_opens_a_name(doc[start]) and not any(i in taken for i in range(start, end))
                    and not after_determiner(doc, start) and self.is_someone(doc, start, end)):
                yield Candidate(start, end, "PER", "model")

    def after_honorifics(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
        """`M. Martin`, `Mme de La Tour`: capitalised words after a courtesy title the model left out."""
        taken = taken_positions(chosen)
        for token in doc[:-1]:
            if token.text not in self.lexicon.honorifics or "\n" in token.text_with_ws:
                continue
            end = _name_end(doc, token.i + 1)
            if end > token.i + 1 and not any(i in taken for i in range(token.i + 1, end)):
                yield Candidate(token.i + 1, end, "PER", "model")

    def names_someone(self, doc: Doc, start: int, end: int, *, model_found: bool = False) -> bool:
        """A title or relative right before, an apposition after, the subject of a verb, or joined by `et`
        to a first name that names someone (`Léa et Tom ont quitté…`).

        model_found (bool): the model tagged the word (as a miscellany): a subject opening the sentence is
            then a person even where GeoNames knows a town of that name (`Nadia se souvient`: the model
            tags towns as places). A word the model left out is not, there (`Nancy a battu Metz`).
        """
        if (self.roles.before(doc, start) is not None or self.roles.described_as_person(doc, end, any_noun=True)
                or self._title_in_commas(doc, start, end)):
            return True
        token = doc[end - 1]
        if token.dep_ == "conj" and token.head.i < start and token.head.lower_ != token.lower_ and any(
                t.lower_ == "et" for t in doc[token.head.i + 1:start]):
            head = token.head
            return self.is_first_name(doc, head.i, head.i + 1) and self.names_someone(
                doc, head.i, head.i + 1, model_found=model_found)
        if token.dep_ not in SUBJECT_DEPENDENCIES:
            return False
        return token.head.i < start or model_found or fold(doc[start:end].text) not in self.lexicon.geonames_places

    def _title_in_commas(self, doc: Doc, start: int, end: int) -> bool:
        """`Son époux, Stéphane, travaille…`: a title or relative, then the first name set off by commas."""
        return (start > 1 and doc[start - 1].text == "," and end < len(doc) and doc[end].text in (",", ".")
                and self.roles.before(doc, start - 1) is not None)

    def person_after_organization(self, doc: Doc, start: int, end: int) -> int | None:
        """`AFP Fauzia Moslem`, `groupe Wagner Evguéni Prigojine`: where the person after an organization starts."""
        for size in range(1, MAX_ORGANIZATION_WORDS + 1):
            name = start + size
            if end - name < 2 or not self._names_organization(doc, start, name):
                continue
            if not all(t.text[:1].isupper() or t.text == "-" for t in doc[name:end]):
                continue
            if (self.is_first_name(doc, name, _compound_end(doc, name), before_surname=True)
                    or self._unknown_words(doc, name, end)):
                return name
        return None

    def _names_organization(self, doc: Doc, start: int, end: int) -> bool:
        """A listed organization, or one word a descriptor noun of bodies right before it names one (`le groupe
        Wagner`, `la société Corvalis`)."""
        if self.lexicon.gazetteer_labels.get(fold(doc[start:end].text)) == "ORG":
            return True
        return (end - start == 1 and start > 0 and doc[start - 1].is_lower
                and self.lexicon.descriptors.get(doc[start - 1].text) == "ORG")

    def _unknown_words(self, doc: Doc, start: int, end: int) -> bool:
        """`Reuters Ngozi Okafor`: two capitalised words after the organization that no lexicon has, neither
        French words nor listed names, name the person it quotes."""
        words = [t for t in doc[start:end] if t.is_alpha]
        return len(words) >= 2 and not any(
            t.lower_ in self.lexicon.vocabulary.common_words or t.lower_ in self.lexicon.vocabulary.word_forms
            or fold(t.text) in self.lexicon.gazetteer_labels or t.is_stop or t.is_upper for t in words)


def after_determiner(doc: Doc, start: int) -> bool:
    """A lower-case determiner right before the word (`le`, `sa`, `cette`), or a sentence's first `La` / `Les`:
    a French name takes none (`le Ramadan`, `sa Tesla`, `la Joconde`)."""
    if start == 0:
        return False
    previous = doc[start - 1]
    return previous.pos_ == "DET" and (previous.is_lower or previous.is_sent_start and previous.lower_ in ("la", "les"))


def _opens_a_name(token: Token) -> bool:
    """A capitalised word in lower case after its capital (`Marion`, not `MARION` nor `marion`)."""
    return token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()


def _name_end(doc: Doc, start: int) -> int:
    """Where a name of capitalised words starting at `start` ends on its line (`de` / `d'` inside it allowed)."""
    end = start
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end = _compound_end(doc, end)
        if "\n" in doc[end - 1].text_with_ws:
            break
        if (end + 1 < len(doc) and fold(doc[end].text) in ("de", "d") and doc[end].is_lower
                and doc[end + 1].text[:1].isupper()):
            end += 1
    return end if end > start and doc[end - 1].text[:1].isupper() else start


def _compound_end(doc: Doc, start: int) -> int:
    """`Anne` `-` `Marie`: a compound first name's parts joined by hyphens with no space."""
    end = start + 1
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and _opens_a_name(doc[end + 1])):
        end += 2
    return end
