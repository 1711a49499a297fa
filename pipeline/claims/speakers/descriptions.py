"""Definite descriptions to the source they name: `le ministère` → the earlier `ministère russe de la Défense`,
`la gastro-entérologue` → the person written with that role.

Only a bare definite description (determiner, noun, adjectives) is
resolved; `le président du Comité …` names its source already.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from pipeline.annotate.gender.words import determiner_gender
from pipeline.claims.cues import CueLexicon
from pipeline.common.genders import FEMALE, MALE
from pipeline.claims.speakers.naming import DescriptionNames
from pipeline.claims.speakers.people import People
from pipeline.claims.speakers.speaker import History, Speaker, genders_agree
from pipeline.claims.syntax import morph
from pipeline.common.names import fold

LATTER = frozenset({"dernier", "dernière"})


class Descriptions:
    """Resolves the definite descriptions of one article against its people and the speakers found so far."""

    def __init__(self, doc: Doc, lexicon: CueLexicon, people: People, history: History) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.people = people
        self.history = history
        self.names = DescriptionNames(doc, lexicon, people)

    def resolve(self, head: Token, tokens: list[Token], speaker: Speaker) -> Speaker:
        """RETURNS (Speaker): the earlier source a bare definite description names, else `speaker` as found."""
        determiners = [c for c in head.children if c.dep_ == "det"]
        definite = any(morph(d, "Definite") == "Def" for d in determiners)
        # `ce proche de X`, `cette source`: a demonstrative points back to someone already named, qualifiers or not
        demonstrative = any(morph(d, "PronType") == "Dem" for d in determiners)
        bare = all(t.pos_ in ("NOUN", "ADJ") or t.text in ("-",) for t in tokens)
        if demonstrative and head.lemma_.lower() in LATTER:
            nearest = self.people.nearest(head.i, morph(head, "Gender"))  # `ce dernier`: the person named last
            return self.people.speaker(nearest) if nearest is not None else speaker
        if definite and not bare and speaker.number == "Sing" and head.pos_ == "NOUN":
            named = self.names.resolve(head)  # `le ministre de l'intérieur` → the minister named before
            return self.people.speaker(named).described_as(speaker.text) if named is not None else speaker
        if not (definite and bare or demonstrative) or speaker.number != "Sing" or head.pos_ != "NOUN":
            return speaker
        folded = fold(speaker.text)
        for _, earlier in reversed(self.history):
            if fold(earlier.text) != folded and f" {folded} " in f" {fold(earlier.text)} ":
                return earlier
        for ent in self.doc.ents:
            if ent.end <= head.i and ent.label_ != "PER" and fold(ent.text).startswith(folded + " "):
                return Speaker(ent.text, ent.start_char, ent.end_char, "Sing", "")
        lemma = head.lemma_.lower()
        if self.lexicon.source_nouns.get(lemma) == "body":
            named = self.names.resolve(head)  # `l'association` → the organisation an apposition called so
            return Speaker(named.text, named.start_char, named.end_char, "Sing", "", description=speaker.text) \
                if named is not None else speaker
        if self.lexicon.source_nouns.get(lemma) != "person":
            return speaker
        gender = written_gender(head)
        described = self._person_described_as(lemma, head.i)
        roles = self.lexicon.role_synonyms.get(lemma, frozenset({lemma})) if described is not None else None
        earlier = self._latest_human_speaker(head.i, gender, described.start if described is not None else 0, roles)
        if earlier is not None:
            return earlier.described_as(speaker.text)
        if described is not None:
            return self.people.speaker(described).described_as(speaker.text)
        nearest = self.people.nearest(head.i, gender)
        return self.people.speaker(nearest).described_as(speaker.text) if nearest is not None else speaker

    def _latest_human_speaker(self, before: int, gender: str, since: int,
                              roles: Optional[frozenset[str]] = None) -> Optional[Speaker]:
        """The latest earlier speaker who is one person, feminine if the description is (`sa mère` … `la femme`;
        a masculine role noun is also written for women), else of a gender not known to differ; when the role is
        written with a name (`roles`), not a speaker named by another role (`le maire` after `le commandant`)."""
        humans = [(p, s) for p, s in self.history
                  if s.person and s.number == "Sing" and since <= p < before and genders_agree(s.gender, gender)
                  and (roles is None or not self._other_role(s, roles))]
        same = [(p, s) for p, s in humans if gender == "Fem" and s.gender == gender]
        chosen = same or humans
        return max(chosen, key=lambda c: c[0])[1] if chosen else None

    def _other_role(self, speaker: Speaker, roles: frozenset[str]) -> bool:
        """Whether a speaker is named by a role noun (its text's or description's first word) outside `roles`."""
        for words in (speaker.description, speaker.text):
            first = words.split()[0].lower() if words.split() else ""
            if self.lexicon.source_nouns.get(first) == "person" and first not in roles:
                return True
        return False

    def _person_described_as(self, lemma: str, before: int) -> Optional[Span]:
        """The latest person written with the role noun `lemma` or a synonym (`le maire de Londres X` … `l'édile`)."""
        roles = self.lexicon.role_synonyms.get(lemma, frozenset({lemma}))
        for person in reversed([p for p in self.people.unquoted if p.end <= before]):
            if any(t.lemma_.lower() in roles or t.lower_ in roles for t in self._role_window(person)):
                return person
        return None

    def _role_window(self, person: Span) -> list[Token]:
        """The words that can name a person's role: the noun phrase before the name (up to a verb or a
        clause boundary), and the apposition right after it."""
        before = []
        for token in reversed(self.doc[max(0, person.start - 6) : person.start]):
            if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":", "«", "»", '"'):
                break
            before.append(token)
        return before + list(self.doc[person.end : person.end + 3])


def written_gender(noun: Token) -> str:
    """The gender a description is written in (`Fem`, `Masc`): its determiner's (`la gastro-entérologue`, which
    the tagger may call masculine), else the noun's."""
    shown, _ = determiner_gender(noun)
    return {FEMALE: "Fem", MALE: "Masc"}.get(shown, "") or morph(noun, "Gender")
