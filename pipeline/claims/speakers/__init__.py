"""Speakers: from the parse of a source phrase to the source's fullest name in the article.

A pronoun or a definite description is resolved to the nearest compatible
earlier mention with no external coreference model, so better entities
(PER/ORG from the NER stage) directly give better speakers. The parts:
`speaker` (the record), `phrases` (the words of a source phrase), `people`
(the article's person mentions and the person a phrase names), `pronouns`
and `descriptions` (resolved against people and earlier speakers).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.annotate.extensions import doc_text
from pipeline.annotate.gender.words import determiner_gender
from pipeline.claims.cues import CueLexicon
from pipeline.claims.quotations import Quotation
from pipeline.claims.speakers.animacy import can_speak, is_latter_pronoun
from pipeline.claims.speakers.descriptions import Descriptions
from pipeline.claims.speakers.people import People
from pipeline.claims.speakers.phrases import indefinite_article_start, phrase_tokens
from pipeline.claims.speakers.pronouns import Pronouns
from pipeline.claims.speakers.speaker import History, Speaker
from pipeline.claims.syntax import PERSONAL_SUBJECTS, SUBJECT_DEPS, TIME_WORDS, morph, strip_tokens
from pipeline.common.genders import FEMALE, MALE, encode_cues

SPOKESPERSONS = frozenset({"porte-parole", "porte-paroles", "porte-voix"})


class SpeakerResolver:
    """Turns the head token (or the tokens) of a source into its fullest form in the article.

    Holds the article's people and the speakers already found, so a pronoun
    or a definite description resolves to the nearest compatible earlier
    mention.
    """

    def __init__(self, doc: Doc, lexicon: CueLexicon, quotations: Sequence[Quotation] = ()) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.people = People(doc, lexicon, quotations)
        self.history: History = []
        self.pronouns = Pronouns(doc, lexicon, self.people, self.history, self.from_head)
        self.descriptions = Descriptions(doc, lexicon, self.people, self.history)

    def remember(self, position: int, speaker: Speaker) -> None:
        """Record a speaker found at token `position`, for later pronouns and descriptions."""
        if speaker.text:
            self.history.append((position, speaker))

    def from_head(self, head: Token) -> Speaker:
        """RETURNS (Speaker): the source whose noun phrase the parse heads with `head`."""
        if head.pos_ == "PRON" and morph(head, "PronType") == "Rel" and head.head.dep_ == "acl:relcl":
            return self.from_head(head.head.head)
        if head.lower_ in PERSONAL_SUBJECTS:
            number, gender = PERSONAL_SUBJECTS[head.lower_]
            return _resolved_from(self.pronouns.resolve(head, number, gender), gender if number == "Sing" else "",
                                  head.lower_.removeprefix("-t-").removeprefix("-"))
        if is_latter_pronoun(head):  # `Celui-ci estime`: the person named last, as `ce dernier`
            nearest = self.people.nearest(head.i, "Fem" if head.lower_.startswith("celle") else "Masc")
            return self.people.speaker(nearest) if nearest is not None else Speaker.none()
        if head.pos_ == "PRON" and head.ent_type_ != "PER":
            return Speaker.none()
        if head.text.startswith("@"):  # `@GDarmanin` → Gérald Darmanin when the article names him
            person = self.descriptions.names.person_of_handle(head.text)
            if person is not None:
                return self.people.speaker(person).described_as(head.text)
        body = self._body_spoken_for(head)
        if body is not None:
            return self.from_head(body)
        named = _name_set_before(head)
        if named is not None:  # `X et Y, les auteurs de l'enquête, espèrent`: the names, then what they are
            return self.from_head(named)
        owner = self._owner_of_name(head)
        if owner is not None:  # `les conseillers d'Emmanuel Macron assènent`: the parse made the name the subject
            return self.from_tokens(self.doc[owner.i : head.right_edge.i + 1])
        tokens = phrase_tokens(head, self.people)
        if not tokens:
            return Speaker.none()
        return self._with_conjuncts(head, tokens, self._speaker_of(tokens, head, self.doc[tokens[0].i : tokens[-1].i + 1]))

    def _with_conjuncts(self, head: Token, tokens: list[Token], speaker: Speaker) -> Speaker:
        """`Clément Dusong et Jean-Baptiste Gernet`, `maire, procureure et préfet`: sources coordinated by `et`
        speak together, as the text names them (a group: `ils` later stands for them)."""
        first, conjuncts = tokens[0], self._conjuncts(head)
        names = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"]
        if names and not conjuncts:  # `les chercheurs X et Y`: the names in apposition are coordinated
            first, conjuncts = names[0], self._conjuncts(names[0])
        joined = any(g.dep_ == "cc" and g.lower_ == "et" for c in conjuncts for g in c.children)
        if not conjuncts:  # `La CGT et FO ont appelé`: the parse makes both the verb's subjects, `et` the verb's
            conjuncts = self._subject_beside(head)
            joined = bool(conjuncts)
        if not speaker.text or not joined:
            return speaker
        last = phrase_tokens(conjuncts[-1], self.people)
        if not last or last[-1].i <= first.i:
            return speaker
        start, end = indefinite_article_start(first), last[-1].idx + len(last[-1].text)
        return Speaker(doc_text(self.doc)[start:end], start, end, "Plur", "", False)

    def _conjuncts(self, head: Token) -> list[Token]:
        return [c for c in head.children if c.dep_ == "conj" and c.i > head.i and c.pos_ in ("NOUN", "PROPN")
                and can_speak(c, self.lexicon)]

    def _subject_beside(self, head: Token) -> list[Token]:
        """The second subject of the verb `head` is the subject of, right after it with only `et` between."""
        if head.dep_ not in SUBJECT_DEPS or head.head.i == head.i:
            return []
        following = [c for c in head.head.children if c.dep_ == head.dep_ and c.i > head.i]
        if not following or following[0].pos_ not in ("NOUN", "PROPN") or not can_speak(following[0], self.lexicon):
            return []
        between = self.doc[head.right_edge.i + 1 : following[0].left_edge.i]
        return following[:1] if [t.lower_ for t in between] == ["et"] and between[0].head == head.head else []

    def _owner_of_name(self, head: Token) -> Optional[Token]:
        """The noun a name is the complement of (`les conseillers d'X`, `le fils de X`), when the parse hangs the
        verb's subject on the name: who `de` relates to X speaks."""
        if head.dep_ not in SUBJECT_DEPS or head.ent_type_ != "PER":
            return None
        person = next((p for p in self.people.mentions if p.start <= head.i < p.end), None)
        if person is None or not self.people.governed_by_preposition(person):
            return None
        if person.start < 2 or self.doc[person.start - 1].lower_ not in ("de", "d'", "d’"):
            return None
        owner = self.doc[person.start - 2]
        return owner if owner.pos_ == "NOUN" and can_speak(owner, self.lexicon) else None

    def _body_spoken_for(self, head: Token) -> Optional[Token]:
        """`La fédération estime que …, a déclaré son porte-parole`: a spokesperson named by a possessive speaks
        for the body the sentence is about, its subject."""
        if head.lower_ not in SPOKESPERSONS or not any(morph(c, "Poss") == "Yes" for c in head.children):
            return None
        verbs = [head.head, *head.head.ancestors]
        subjects = [c for verb in verbs for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < head.i]
        if not subjects:
            return None
        named = subjects[0].ent_type_ == "ORG" or self.lexicon.source_nouns.get(subjects[0].lemma_.lower()) == "body"
        return subjects[0] if named else None

    def from_tokens(self, tokens: Sequence[Token]) -> Speaker:
        """RETURNS (Speaker): the source a stretch of text names (`selon le naturopathe Olivier Panisset`)."""
        tokens = strip_tokens(list(tokens))
        # a foreign name the tagger cannot place (`Selon Moody's` as X) or the NER names is a noun too
        nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "X" and t.text[:1].isupper()) or t.ent_type_ in ("PER", "ORG")]
        if not nouns:
            pronouns = [t for t in tokens if t.lower_ in PERSONAL_SUBJECTS]
            return self.from_head(pronouns[0]) if pronouns else Speaker.none()
        if morph(tokens[0], "PronType") == "Rel":
            return self.from_head(tokens[0])
        speaker = self._speaker_of(tokens, nouns[0], self.doc[tokens[0].i : tokens[-1].i + 1])
        return self._with_conjuncts(nouns[0], tokens, speaker)  # `selon X et Y`

    def _speaker_of(self, tokens: list[Token], head: Token, region: Span) -> Speaker:
        """A person the phrase names, else the phrase itself: a bare name, or a description maybe resolved."""
        tokens = self.people.without_honorific(tokens)
        if not tokens:
            return Speaker.none()
        person = self.people.named_in(region, head)
        if person is not None:
            return self.people.speaker(person)
        start, end = indefinite_article_start(tokens[0]), tokens[-1].idx + len(tokens[-1].text)
        if _is_bare_name(head):
            run = self.people.name_run(head)  # None for an honorific the tagger calls a name (`Maître`)
            gender = self.people.gender_of(run) if run is not None else ""
            return Speaker(doc_text(self.doc)[start:end], start, end, "Sing", gender, True)
        if not self._can_be_source(head):
            return Speaker.none()
        human = self.lexicon.source_nouns.get(head.lemma_.lower()) == "person"
        speaker = Speaker(doc_text(self.doc)[start:end], start, end, morph(head, "Number") or "Sing", morph(head, "Gender"), human)
        resolved = self.descriptions.resolve(head, tokens, speaker)
        if resolved is speaker or not resolved.person:
            return resolved
        gender, determiner = determiner_gender(head)  # `la ministre` … resolved to the person named before
        return _resolved_from(resolved, gender, f"{determiner.lower_} {head.text}" if gender else "")

    def _can_be_source(self, head: Token) -> bool:
        """A speaker names someone: not a date (`a annoncé, dimanche 13 juillet, X`), a link or an emoji."""
        date = head.lower_ in TIME_WORDS and head.pos_ in ("NOUN", "PROPN")  # not the adjective of `ce dernier`
        return any(c.isalpha() for c in head.text) and not head.like_url and not date


def _name_set_before(head: Token) -> Optional[Token]:
    """A name the parse hangs before a noun, set apart from it by a comma (`X et Y, les auteurs de l'enquête`):
    the noun phrase is the names' apposition, the names are the source."""
    if head.pos_ != "NOUN":
        return None
    hung = [c for c in head.children if c.dep_ in ("dep", "appos")]  # or the parse's second subject of the verb
    siblings = [c for c in head.head.children if c.dep_ in SUBJECT_DEPS] if head.dep_ in SUBJECT_DEPS else []
    for name in hung + siblings:
        comma = name.right_edge.i + 1
        if (name.i < head.i and name.pos_ == "PROPN" and name.ent_type_ == "PER"
                and comma < head.i and head.doc[comma].text == ","
                and all(t.head == head for t in head.doc[comma + 1 : head.i])):
            return name
    return None


def _resolved_from(speaker: Speaker, gender: str, words: str) -> Speaker:
    """The speaker, noting the gender the pronoun or description it was resolved from shows (`Fem`, `f`)."""
    gender = {"Fem": FEMALE, "Masc": MALE}.get(gender, gender)
    if not speaker.person or not words or gender not in (FEMALE, MALE):
        return speaker
    return replace(speaker, resolved_from=encode_cues([(gender, words)]))


def _is_bare_name(head: Token) -> bool:
    """A proper noun the NER did not take for a place or a body (`glisse Zineb, étudiante`): a person."""
    return head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "LOC")
