"""Subject pronouns to the source they stand for, with no external coreference model.

`il`/`elle` continue the topic: the latest compatible speaker or person
subject, failing both the latest person named. `ils`/`elles` go to the
latest plural source: a speaker already found, or a plural subject naming
people or a body.
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Doc, Token

from pipeline.claims.cues import CueLexicon
from pipeline.claims.speakers.animacy import noun_can_speak
from pipeline.claims.quotations import inside_quotation
from pipeline.claims.speakers.descriptions import written_gender
from pipeline.claims.speakers.people import People
from pipeline.claims.speakers.speaker import History, Speaker, genders_agree
from pipeline.claims.syntax import SUBJECT_DEPS, morph

PLURAL_WINDOW = 250  # tokens back a plural pronoun looks for the group it stands for
# Possessives of the one speaking or spoken to (`ma mère`, `notre directeur`): words quoted, not the narrative's topic.
SPEAKING_POSSESSIVES = frozenset({"mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos"})
SINGULAR_WINDOW = 80  # tokens back `il`/`elle` looks for a subject noun naming a body (`Le parquet a ouvert …. Il`)


class Pronouns:
    """Resolves the subject pronouns of one article against its people and the speakers found so far.

    A plural group is a noun phrase: `speaker_of_head` (the resolver's) turns
    its head into a speaker.
    """

    def __init__(self, doc: Doc, lexicon: CueLexicon, people: People, history: History,
                 speaker_of_head: Callable[[Token], Speaker]) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.people = people
        self.history = history
        self.speaker_of_head = speaker_of_head

    def resolve(self, pronoun: Token, number: str, gender: str) -> Speaker:
        """`il`/`elle` → the nearest earlier person; `ils`/`elles` → the nearest earlier plural source."""
        if number == "Sing":
            return self._salient_singular(pronoun.i, gender)
        candidates = [(position, s) for position, s in self.history if position < pronoun.i and s.number == "Plur"]
        for group in (self._nearest_plural_group(pronoun.i), self._nearest_coordinated_people(pronoun.i)):
            if group is not None:
                candidates.append((group.i, self.speaker_of_head(group)))
        for _, earlier in sorted(candidates, key=lambda c: c[0], reverse=True):
            if gender == "Masc" or not earlier.gender or earlier.gender == gender:
                return earlier
        return Speaker.none()

    def _salient_singular(self, before: int, gender: str) -> Speaker:
        """The latest compatible earlier speaker or person subject; failing both, a body subject; else the latest
        person named. A subject noun naming a person after that one is the newer topic (`Un voisin se souvient
        de X. Il …`); it replaces a resolution, never makes one where there was none.

        A subject pronoun continues the topic: the one who spoke last, or the
        person a clause was about, rather than a name inside a complement
        (`…, assène X, qui a expertisé les travaux de Y. Il poursuit` → X).
        """
        position, speaker = self._topic_before(before, gender)
        if not speaker.text:
            return speaker
        newer = [(token.i, found) for token in self._person_noun_subjects(before, gender)
                 if token.i > position and (found := self.speaker_of_head(token)).text]
        return newer[-1][1] if newer else speaker

    def _topic_before(self, before: int, gender: str) -> tuple[int, Speaker]:
        """The antecedent `_salient_singular` starts from, with the token position it was named at."""
        people = self.people
        earlier = [(position, speaker) for position, speaker in self.history
                   if position < before and speaker.number == "Sing" and genders_agree(speaker.gender, gender)]
        candidates = [(position, speaker) for position, speaker in earlier if speaker.person] or earlier
        candidates += [
            (person.start, people.speaker(person)) for person in people.subjects_before(before)
            if genders_agree(people.gender.get(person.start, ""), gender)
        ]
        if not candidates:  # no one spoke or was the subject before: a body the text was about (`Le parquet …. Il`)
            candidates = [(token.i, self.speaker_of_head(token)) for token in self._singular_subjects(before, gender)]
        if candidates:
            return max(candidates, key=lambda c: c[0])
        person = people.nearest(before, gender)
        return (person.start, people.speaker(person)) if person is not None else (before, Speaker.none())

    def _person_noun_subjects(self, before: int, gender: str) -> list[Token]:
        """Singular subject nouns naming a person (`X a été condamné. Un proche du maire a réagi. Il …`, `«…», a
        dit X. Son avocat a pris la parole ensuite. Il …`): a newer topic than a person named or heard before."""
        return [
            token for token in self.doc[max(0, before - SINGULAR_WINDOW) : before]
            if token.dep_ in SUBJECT_DEPS and _common_noun(token) and morph(token, "Number") != "Plur"
            and token.head.dep_ not in ("acl:relcl", "ccomp") and genders_agree(written_gender(token), gender)
            and not inside_quotation(self.people.quotations, token.idx) and self._names_a_person(token)
            and not any(d.lower_ in SPEAKING_POSSESSIVES for d in token.children)
        ]

    def _names_a_person(self, noun: Token) -> bool:
        """A role, kinship or relation noun (`ministre`, `fils`, `voisin`), or a noun with a person's suffix that
        the lexicon does not call a body or a document (`habitante`, `riverain`); a word the tagger read as an
        adjective only from the lexicon (not `ce dernier`)."""
        lemma = noun.lemma_.lower()
        kind = self.lexicon.source_nouns.get(lemma)
        if kind in ("person", "generic"):
            return True
        return kind is None and noun.pos_ == "NOUN" and noun_can_speak(lemma, self.lexicon)

    def _singular_subjects(self, before: int, gender: str) -> list[Token]:
        """Singular subject nouns naming a body (`Le parquet a ouvert une enquête. Il a précisé
        …`): the topic a later `il`/`elle` continues, of the pronoun's gender."""
        return [
            token for token in self.doc[max(0, before - SINGULAR_WINDOW) : before]
            if token.dep_ in SUBJECT_DEPS and token.pos_ == "NOUN" and morph(token, "Number") == "Sing"
            and genders_agree(morph(token, "Gender"), gender)
            and self.lexicon.source_nouns.get(token.lemma_.lower()) == "body"
        ]

    def _nearest_coordinated_people(self, before: int) -> Optional[Token]:
        """The latest people named together (`Claire Morel et Paul Roux, les auteurs, …`): the first name's head."""
        for person in reversed(self.people.antecedents):
            if person.end <= before and before - person.start < PLURAL_WINDOW and any(
                    c.dep_ == "conj" and c.ent_type_ == "PER" for c in person.root.children):
                return person.root
        return None

    def _nearest_plural_group(self, before: int) -> Optional[Token]:
        """The latest plural subject naming people or a body (`les enseignants mobilisés la vivent …`, `les
        pompiers`)."""
        for token in reversed(self.doc[max(0, before - PLURAL_WINDOW) : before]):
            if token.dep_ in SUBJECT_DEPS and token.pos_ == "NOUN" and morph(token, "Number") == "Plur":
                lemma = token.lemma_.lower()  # `les pompiers`: a person by the suffix of its noun, not a document
                if noun_can_speak(lemma, self.lexicon) and self.lexicon.source_nouns.get(lemma) != "document":
                    return token
        return None


def _common_noun(token: Token) -> bool:
    """A noun, or a noun the tagger read as an adjective after its determiner (`Un voisin se souvient`)."""
    return token.pos_ == "NOUN" or (token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children))

