"""Speakers: from the parse of a source phrase to the source's fullest name in the article.

A pronoun or a definite description is resolved to the nearest compatible
earlier mention with no external coreference model, so better entities
(PER/ORG from the NER stage) directly give better speakers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.claims.cues import CueLexicon
from pipeline.annotate.extensions import doc_text
from pipeline.common.names import fold, resolve_within_document
from pipeline.claims.quotations import Quotation, inside_quotation
from pipeline.claims.syntax import (CLAUSE_DEPS, INDEFINITE_ARTICLES, NP_CUT_DEPS, PERSONAL_SUBJECTS, SUBJECT_DEPS,
                             TOPIC_PREPOSITIONS, first_line, morph, strip_tokens)

@dataclass(frozen=True)
class Speaker:
    """A source as found: its text at its fullest, its character span, number and gender."""

    text: str
    start: Optional[int]
    end: Optional[int]
    number: str = ""
    gender: str = ""
    person: bool = False

    @staticmethod
    def none() -> "Speaker":
        return Speaker("", None, None)


class SpeakerResolver:
    """Turns the head token (or the tokens) of a source into its fullest form in the article.

    Holds the article's person mentions (PER entities, and runs of proper nouns
    the NER left unlabelled or mislabelled), resolved with
    `names.resolve_within_document`, and the speakers already found, so a
    pronoun or a definite description resolves to the nearest compatible
    earlier mention.
    """

    def __init__(self, doc: Doc, lexicon: CueLexicon, quotations: Sequence[Quotation] = ()) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.quotations = quotations
        # trimmed again: depeche_entities does it with the same list, but a plain spaCy pipeline does not
        trimmed = (self._trim_honorific(first_line(ent)) for ent in doc.ents if ent.label_ == "PER")
        self.people = [span for span in trimmed if len(span) > 0]
        targets = resolve_within_document([person.text for person in self.people], ["PER"] * len(self.people))
        self.fullest_of = {(person.start, person.end): self.people[target]
                           for person, target in zip(self.people, targets)}
        self.gender = {span.start: self._person_gender(span) for span in self.people}
        self.history: list[tuple[int, Speaker]] = []
        # People named inside quoted words are not antecedents of the narrative's pronouns. Those a
        # description may name, a pronoun may name (no acronym), and a pronoun prefers (clause subjects):
        self.unquoted = [person for person in self.people if not inside_quotation(quotations, person.start_char)]
        self.antecedents = [person for person in self.unquoted if not _is_acronym(person)]
        self.subject_antecedents = [person for person in self.antecedents if self._is_subject(person)]

    def remember(self, position: int, speaker: Speaker) -> None:
        """Record a speaker found at token `position`, for later pronouns and descriptions."""
        if speaker.text:
            self.history.append((position, speaker))

    # -- entry points
    def from_head(self, head: Token) -> Speaker:
        """RETURNS (Speaker): the source whose noun phrase the parse heads with `head`."""
        if head.pos_ == "PRON" and morph(head, "PronType") == "Rel" and head.head.dep_ == "acl:relcl":
            return self.from_head(head.head.head)
        if head.lower_ in PERSONAL_SUBJECTS:
            return self._resolve_pronoun(head, *PERSONAL_SUBJECTS[head.lower_])
        if head.pos_ == "PRON" and head.ent_type_ != "PER":
            return Speaker.none()
        tokens = self._phrase_tokens(head)
        if not tokens:
            return Speaker.none()
        return self._speaker_of(tokens, head, self.doc[tokens[0].i : tokens[-1].i + 1])

    def from_tokens(self, tokens: Sequence[Token]) -> Speaker:
        """RETURNS (Speaker): the source a stretch of text names (`selon le naturopathe Olivier Panisset`)."""
        tokens = strip_tokens(list(tokens))
        nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            pronouns = [t for t in tokens if t.lower_ in PERSONAL_SUBJECTS]
            return self.from_head(pronouns[0]) if pronouns else Speaker.none()
        if morph(tokens[0], "PronType") == "Rel":
            return self.from_head(tokens[0])
        return self._speaker_of(tokens, nouns[0], self.doc[tokens[0].i : tokens[-1].i + 1])

    def _speaker_of(self, tokens: list[Token], head: Token, region: Span) -> Speaker:
        tokens = self._without_honorific(tokens)
        if not tokens:
            return Speaker.none()
        person = self._person_in(region, head)
        if person is not None:
            return self._person_speaker(person)
        start, end = self._indefinite_article_start(tokens[0], tokens[0].idx), tokens[-1].idx + len(tokens[-1].text)
        if self._is_bare_name(head):
            run = self._name_run(head)
            return Speaker(doc_text(self.doc)[start:end], start, end, "Sing", self._person_gender(run), True)
        human = self.lexicon.source_nouns.get(head.lemma_.lower()) == "person"
        speaker = Speaker(doc_text(self.doc)[start:end], start, end, morph(head, "Number") or "Sing", morph(head, "Gender"), human)
        return self._resolve_description(head, tokens, speaker)

    def _indefinite_article_start(self, first: Token, start: int) -> int:
        """`un ténor de la droite`, `une habitante`: an anonymous source keeps its article, which says so.

        Only the singular `un`/`une`: `des habitants` is written `habitants`, as
        a definite description is without its article.
        """
        previous = self.doc[first.i - 1] if first.i > 0 else None
        if previous is not None and previous.lower_ in INDEFINITE_ARTICLES and previous.dep_ == "det":
            return previous.idx
        return start

    @staticmethod
    def _is_bare_name(head: Token) -> bool:
        """A proper noun the NER did not take for a place or a body (`glisse Zineb, étudiante`): a person."""
        return head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "LOC")

    # -- noun phrases
    def _phrase_tokens(self, head: Token) -> list[Token]:
        """The tokens of the noun phrase headed by `head`, without clauses, incidents or determiners."""
        excluded: set[int] = set()
        for child in head.children:
            if child.dep_ in NP_CUT_DEPS or (child.dep_ == "appos" and child.i > head.i):
                excluded.update(t.i for t in child.subtree)
        postposed = head.i > head.head.i
        for token in head.subtree:  # a clause deeper in the phrase (`un ténor sur l'influence qu'a eue X`)
            if token.i not in excluded and token is not head and (
                    token.dep_ in CLAUSE_DEPS or (postposed and token.i > head.i and _is_topic(token))):
                excluded.update(t.i for t in token.subtree)
        members = {t.i for t in head.subtree} - excluded
        left = right = head.i
        while left - 1 in members:
            left -= 1
        while right + 1 in members:
            right += 1
        tokens = [self.doc[i] for i in range(left, right + 1)]
        return strip_tokens(self._with_name_run(tokens, head))

    def _with_name_run(self, tokens: list[Token], head: Token) -> list[Token]:
        """Extend a phrase over the whole proper-noun run its head belongs to (`Kassym` `-` `Jomart` `Tokaïev`)."""
        run = self._name_run(head)
        if run is None:
            return tokens
        indices = {t.i for t in tokens} | set(range(run.start, run.end))
        return [self.doc[i] for i in range(min(indices), max(indices) + 1)]

    def _name_run(self, token: Token) -> Optional[Span]:
        """The run of proper nouns (and the hyphens joining them) around `token`, or None; an honorific
        (`Maître`, `Mme`) the tagger calls a proper noun is not part of the name."""
        def is_name(t: Token) -> bool:
            return (t.pos_ == "PROPN" and t.text not in self.lexicon.honorifics) or (t.text in ("-", "‑") and not t.whitespace_)
        if token.pos_ != "PROPN" or not is_name(token):
            return None
        left = right = token.i
        while left > 0 and is_name(self.doc[left - 1]) and not self.doc[left - 1].is_sent_end:
            left -= 1
        while right + 1 < len(self.doc) and is_name(self.doc[right + 1]):
            right += 1
        return self.doc[left : right + 1]

    def _without_honorific(self, tokens: list[Token]) -> list[Token]:
        while len(tokens) > 1 and tokens[0].text in self.lexicon.honorifics:
            tokens = tokens[1:]
        return tokens

    def _trim_honorific(self, span: Span) -> Span:
        return span[len(span) - len(self._without_honorific(list(span))):]

    def _person_in(self, region: Span, head: Token) -> Optional[Span]:
        """The person a source phrase names: `l'avocat de X, Murat Adam` → Murat Adam; `la mère de X` → none.

        A person counts unless a preposition governs it (`de Movlayev`). A name
        right after the phrase (`l'auteur du projet "…" Alexey Alshansky`) counts too.
        """
        holding = [p for p in self.people if p.start <= head.i < p.end]
        if holding:
            return holding[0]
        candidates = [p for p in self.people if region.start <= p.start and p.end <= region.end]
        candidates += self._name_runs(region)
        candidates += self._name_after(region.end - 1)
        for person in sorted(candidates, key=lambda p: p.start, reverse=True):
            if person.start <= head.i < person.end:
                return person
            if not self._governed_by_preposition(person):
                return person
        return None

    def _name_runs(self, region: Span) -> list[Span]:
        """Proper-noun runs of two words or more outside organisation names: persons the NER mislabelled."""
        runs = []
        index = region.start
        while index < region.end:
            run = self._name_run(self.doc[index])
            if run is None:
                index += 1
                continue
            words = [t for t in run if t.pos_ == "PROPN"]
            if len(words) >= 2 and run.end <= region.end and not any(t.ent_type_ == "ORG" for t in run):
                runs.append(run)
            index = run.end
        return runs

    def _governed_by_preposition(self, person: Span) -> bool:
        before = person.start - 1
        while before >= 0 and (self.doc[before].text in self.lexicon.honorifics or self.doc[before].pos_ == "DET"):
            before -= 1
        return before >= 0 and (self.doc[before].pos_ == "ADP" or self.doc[before].lower_ in ("d'", "d’"))

    def _name_after(self, last: int) -> list[Span]:
        """A person glued to the end of a phrase (`l'auteur du projet "…" Alexey Alshansky`), or set
        in apposition between commas (`le ministre de la Santé, Olivier Véran,`)."""
        last = self._past_quoted_title(last)
        for person in self.people:
            if last < person.start <= last + 5:
                between = self.doc[last + 1 : person.start]
                if all(t.pos_ in ("PROPN", "NOUN") for t in between):
                    return [person]
                following = self.doc[person.end] if person.end < len(self.doc) else None
                closed = following is None or following.text in (",", ".", ";", ":") or following.is_space
                if [t.text for t in between] == [","] and closed:
                    return [person]
        return []

    def _past_quoted_title(self, last: int) -> int:
        """The last token of a quoted title right after token `last` (`le projet "Adieu, armes"`), else `last`."""
        if last + 1 >= len(self.doc):
            return last
        start = self.doc[last + 1].idx
        title = next((q for q in self.quotations if q.start == start), None)
        if title is None:
            return last
        span = self.doc.char_span(title.start, title.end, alignment_mode="expand")
        return span.end - 1 if span is not None else last

    # -- names
    def _person_speaker(self, person: Span) -> Speaker:
        fullest = self._fullest(person)
        gender = self.gender.get(person.start, "") or self._person_gender(person)
        return Speaker(fullest.text, fullest.start_char, fullest.end_char, "Sing", gender, True)

    def _fullest(self, person: Span) -> Span:
        """The article's fullest mention of a person (`Bazhukov` → `Semyon Bazhukov`): resolved once for the
        article's person mentions, computed here only for a name the NER missed."""
        known = self.fullest_of.get((person.start, person.end))
        if known is not None:
            return known
        mentions = self.people + [person]
        target = resolve_within_document([m.text for m in mentions], ["PER"] * len(mentions))[-1]
        return mentions[target]

    def _person_gender(self, person: Span) -> str:
        """Grammatical gender a person is written with: `Mme X`, `la toxicologue X`, `X, chercheuse`."""
        doc = self.doc
        start = person.start
        if start > 0 and doc[start - 1].text in ("Mme", "Mlle", "Madame"):
            return "Fem"
        if start > 0 and doc[start - 1].text in ("M.", "Monsieur"):
            return "Masc"
        # Determiners tell the gender; a bare role noun only when feminine (`professeur` is written for women too).
        for token in reversed(doc[max(0, start - 3) : start]):
            gender = morph(token, "Gender")
            if gender and (token.pos_ == "DET" or (token.pos_ in ("NOUN", "ADJ") and gender == "Fem")):
                return gender
            if token.pos_ in ("VERB", "AUX", "PUNCT"):
                break
        for token in doc[person.end : min(len(doc), person.end + 3)]:
            if token.text == ",":
                continue
            return "Fem" if token.pos_ in ("NOUN", "ADJ") and morph(token, "Gender") == "Fem" else ""
        return ""

    # -- anaphora
    def _resolve_pronoun(self, pronoun: Token, number: str, gender: str) -> Speaker:
        """`il`/`elle` → the nearest earlier person; `ils`/`elles` → the nearest earlier plural source."""
        if number == "Sing":
            return self._salient_singular(pronoun.i, gender)
        candidates = [(position, s) for position, s in self.history if position < pronoun.i and s.number == "Plur"]
        group = self._nearest_plural_group(pronoun.i)
        if group is not None:
            candidates.append((group.i, self.from_head(group)))
        for _, earlier in sorted(candidates, key=lambda c: c[0], reverse=True):
            if gender == "Masc" or not earlier.gender or earlier.gender == gender:
                return earlier
        return Speaker.none()

    def _salient_singular(self, before: int, gender: str) -> Speaker:
        """The latest compatible earlier speaker or person subject; failing both, the latest person named.

        A subject pronoun continues the topic: the one who spoke last, or the
        person a clause was about, rather than a name inside a complement
        (`…, assène X, qui a expertisé les travaux de Y. Il poursuit` → X).
        """
        candidates = [
            (position, speaker) for position, speaker in self.history
            if position < before and speaker.number == "Sing" and _agrees(speaker.gender, gender)
        ]
        candidates += [
            (person.start, self._person_speaker(person)) for person in self._subject_people(before)
            if _agrees(self.gender.get(person.start, ""), gender)
        ]
        if candidates:
            return max(candidates, key=lambda c: c[0])[1]
        person = self._nearest_person(before, gender)
        return self._person_speaker(person) if person is not None else Speaker.none()

    def _subject_people(self, before: int) -> list[Span]:
        """People named before `before` as the subject of a clause of their own (not a relative clause)."""
        return [p for p in self.subject_antecedents if p.end <= before]

    def _is_subject(self, person: Span) -> bool:
        """Subject by the parse, or by word order when the parse slips: the name, maybe an apposition between
        commas, then a finite verb (`X, professeure d'histoire, défend …`)."""
        if person.root.dep_ in SUBJECT_DEPS:
            return person.root.head.dep_ != "acl:relcl"
        index = person.end
        if index < len(self.doc) and self.doc[index].text == ",":
            closing = next((t.i for t in self.doc[index + 1 : index + 10] if t.text == ","), None)
            if closing is None or any(t.pos_ in ("VERB", "AUX") for t in self.doc[index + 1 : closing]):
                return False
            index = closing + 1
        return index < len(self.doc) and self.doc[index].pos_ in ("VERB", "AUX") and morph(self.doc[index], "VerbForm") == "Fin"

    def _nearest_plural_group(self, before: int) -> Optional[Token]:
        """The latest plural subject naming people or a body (`les enseignants mobilisés la vivent …`)."""
        for token in reversed(self.doc[max(0, before - 250) : before]):
            if token.dep_ in SUBJECT_DEPS and token.pos_ == "NOUN" and morph(token, "Number") == "Plur":
                if self.lexicon.source_nouns.get(token.lemma_.lower()) in ("person", "body"):
                    return token
        return None

    def _nearest_person(self, before: int, gender: str = "") -> Optional[Span]:
        for person in reversed([p for p in self.antecedents if p.end <= before]):
            if _agrees(self.gender.get(person.start, ""), gender):
                return person
        return None

    def _resolve_description(self, head: Token, tokens: list[Token], speaker: Speaker) -> Speaker:
        """`le ministère` → the earlier `ministère russe de la Défense`; `la gastro-entérologue` → the person.

        Only a bare definite description (determiner, noun, adjectives) is
        resolved; `le président du Comité …` names its source already.
        """
        determiners = [c for c in head.children if c.dep_ == "det"]
        definite = any(morph(d, "Definite") == "Def" for d in determiners)
        bare = all(t.pos_ in ("NOUN", "ADJ") or t.text in ("-",) for t in tokens)
        if not definite or not bare or speaker.number != "Sing" or head.pos_ != "NOUN":
            return speaker
        folded = fold(speaker.text)
        for _, earlier in reversed(self.history):
            if fold(earlier.text) != folded and f" {folded} " in f" {fold(earlier.text)} ":
                return earlier
        for ent in self.doc.ents:
            if ent.end <= head.i and ent.label_ != "PER" and fold(ent.text).startswith(folded + " "):
                return Speaker(ent.text, ent.start_char, ent.end_char, "Sing", "")
        lemma = head.lemma_.lower()
        if self.lexicon.source_nouns.get(lemma) != "person":
            return speaker
        gender = morph(head, "Gender")
        described = self._person_described_as(lemma, head.i)
        earlier = self._latest_human_speaker(head.i, gender, described.start if described is not None else 0)
        if earlier is not None:
            return earlier
        if described is not None:
            return self._person_speaker(described)
        nearest = self._nearest_person(head.i, gender)
        return self._person_speaker(nearest) if nearest is not None else speaker

    def _latest_human_speaker(self, before: int, gender: str, since: int) -> Optional[Speaker]:
        """The latest earlier speaker who is one person, feminine if the description is (`sa mère` … `la femme`;
        a masculine role noun is also written for women), else of a gender not known to differ."""
        humans = [(p, s) for p, s in self.history
                  if s.person and s.number == "Sing" and since <= p < before and _agrees(s.gender, gender)]
        same = [(p, s) for p, s in humans if gender == "Fem" and s.gender == gender]
        chosen = same or humans
        return max(chosen, key=lambda c: c[0])[1] if chosen else None

    def _person_described_as(self, lemma: str, before: int) -> Optional[Span]:
        """The latest person written with the role noun `lemma` or a synonym (`le maire de Londres X` … `l'édile`)."""
        roles = self.lexicon.role_synonyms.get(lemma, frozenset({lemma}))
        for person in reversed([p for p in self.unquoted if p.end <= before]):
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


def _agrees(known: str, wanted: str) -> bool:
    """Genders agree unless both are known and differ."""
    return not known or not wanted or known == wanted


def _is_acronym(span: Span) -> bool:
    """`LPPR`: a one-word all-capitals mention, an organisation the NER took for a person."""
    return len(span) == 1 and span.text.isupper()


def _is_topic(token: Token) -> bool:
    """`sur l'influence de X` after a postposed source (`a ajouté un ténor de la droite sur …`): what is
    spoken about, not who speaks."""
    return token.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in TOPIC_PREPOSITIONS for c in token.children)
