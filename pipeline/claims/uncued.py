"""Who speaks a quotation no verb of saying sits next to: the name, colon or subject around it.

`Le ministre : «…».` (a speaker and a colon closing the sentence), `X
« profondément choqué »` (a name and the words quoted), `« … » (X)` (a name in parentheses after them), `« … » : la colère
des parents` (a quoted clause, a colon, then its source), and for a long
quotation opening its sentence the subject the preceding sentences are about.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from pipeline.claims.article import Article
from pipeline.claims.speakers.animacy import can_speak
from pipeline.claims.speakers.speaker import Speaker
from pipeline.claims.syntax import DE_FORMS, PERSONAL_SUBJECTS, SUBJECT_DEPS, is_negated, morph, trim_span

# Pronouns of a clause before a colon that stand for the one about to be quoted (not the impersonal `il`).
CLAUSE_PRONOUNS = frozenset({"lui", "elle", "eux", "elles", "ils"})
INTERVIEW_NOUNS = frozenset({"entretien", "interview", "rencontre", "conversation"})


def opens_sentence(span: Span, sentence: Span) -> bool:
    """Nothing but space or punctuation before `span` in its sentence."""
    return len(trim_span(span.doc[sentence.start : span.start])) == 0


class UncuedSpeakers:
    """The speaker of a quotation found from the words around it, with no cue."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.doc = article.doc
        self.resolver = article.resolver

    def before_colon(self, span: Span, sentence: Span) -> Optional[Speaker]:
        """`Le ministre : «…».` — a speaker, a colon and a quotation closing the sentence."""
        if span.start < 2 or self.doc[span.start - 1].text != ":":
            return None
        if len(trim_span(self.doc[span.end : sentence.end])) > 0:
            return None
        phrase = []
        for token in reversed(self.doc[sentence.start : span.start - 1]):
            if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
                return self._person_before_verb(self.doc[sentence.start : span.start - 1])
            phrase.insert(0, token)
        heads = [t for t in phrase if t.head not in phrase or t.head == t]
        lexicon = self.article.lexicon
        if heads and (not can_speak(heads[0], lexicon) or lexicon.source_nouns.get(heads[0].lemma_.lower()) == "document"):
            owner = self._speaking_complement(heads[0])  # `Réaction de la maire : «…»`, `Le bilan du préfet : «…»`
            if owner is None:
                return None  # `Son message : «…»`, `Le bilan : «…»`: a thing before the colon says nothing
            phrase = [t for t in phrase if t.i >= owner.left_edge.i]
        speaker = self.resolver.from_tokens(phrase)
        return speaker if speaker.text else None

    def _speaking_complement(self, head: Token) -> Optional[Token]:
        """The first `de` complement of a noun that can speak (`la réponse de la direction`), else None."""
        lexicon = self.article.lexicon
        return next((t for t in head.children if t.dep_ == "nmod" and t.pos_ in ("NOUN", "PROPN") and can_speak(t, lexicon)
                     and any(c.dep_ == "case" and c.lower_ in DE_FORMS for c in t.children)), None)

    def name_before(self, span: Span) -> Optional[Speaker]:
        """`Christophe Martin « profondément choqué »`: a headline or caption that is a person's name and the words
        quoted, with no verb between them."""
        sentence = self.article.sentence_of(span[0])
        before = trim_span(self.doc[sentence.start : span.start])
        people = self.resolver.people
        person = next((p for p in people.mentions if p.start >= before.start and p.end == before.end), None)
        if person is None or len(before) == 0 or any(t.pos_ in ("VERB", "AUX") for t in before):
            return None
        if not all(t.text in self.article.lexicon.honorifics or t.pos_ in ("DET", "NOUN", "ADJ") or t.i >= person.start
                   for t in before):
            return None
        return people.speaker(person)

    def in_parentheses(self, span: Span) -> Optional[Speaker]:
        """`« On savait que ce serait dur » (Didier Deschamps).`: a person's name in parentheses right after the
        quotation signs it, as match reports and digests attribute a quote."""
        doc = self.doc
        if span.end + 2 >= len(doc) or doc[span.end].text != "(":
            return None
        people = self.resolver.people
        person = next((p for p in people.mentions if p.start == span.end + 1), None)
        if person is None or person.end >= len(doc) or doc[person.end].text not in (")", ","):
            return None
        return people.speaker(person)

    def after_colon(self, span: Span) -> Optional[Speaker]:
        """`« C'est inadmissible » : la colère des parents`, `« … » : les éleveurs bloquent l'autoroute`: a quoted
        clause (it has a finite verb: not a title) opening its sentence, a colon, then the source: the head of the
        phrase after the colon when it can speak, else the first `de` complement of that head that can."""
        doc = self.doc
        if span.end + 1 >= len(doc) or doc[span.end].text != ":" or not opens_sentence(span, self.article.sentence_of(span[0])):
            return None
        if not any(t.pos_ in ("VERB", "AUX") and morph(t, "VerbForm") == "Fin" for t in span):
            return None
        after = self.article.sentence_of(doc[span.end + 1])
        head = next((t for t in doc[span.end + 1 : after.end] if t.pos_ not in ("DET", "ADJ", "PUNCT", "SPACE")), None)
        if head is None or head.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        lexicon = self.article.lexicon
        interview = head.lemma_.lower() in INTERVIEW_NOUNS  # `« … » : entretien avec X`: X
        if can_speak(head, lexicon) and lexicon.source_nouns.get(head.lemma_.lower()) != "document" and not interview:
            speaker = self.resolver.from_head(head)
            return speaker if speaker.text else None
        cases = DE_FORMS | {"avec"} if interview else DE_FORMS
        owners = [t for t in head.subtree if t.dep_ == "nmod" and t.pos_ in ("NOUN", "PROPN") and can_speak(t, lexicon)
                  and any(c.dep_ == "case" and c.lower_ in cases for c in t.children)]
        speaker = self.resolver.from_head(owners[0]) if owners else None
        return speaker if speaker is not None and speaker.text else None

    def _person_before_verb(self, clause: Span) -> Optional[Speaker]:
        """`X est quant à elle plus nuancée : «…»`, `X, le chancelier, n'a pas hésité à …, dans un entretien : «…»`:
        the person a clause before the colon opens with, as its subject, speaks."""
        verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and morph(t, "VerbForm") == "Fin"]
        if not verbs:
            return None
        people = self.resolver.people
        persons = [p for p in people.mentions if clause.start <= p.start and p.end <= verbs[0].i]
        persons = [p for p in persons if not people.governed_by_preposition(p)]
        if persons:
            return people.speaker(persons[-1])
        pronouns = [t for t in clause if t.lower_ in CLAUSE_PRONOUNS and not self.article.inside_quotation(t.idx)]
        if pronouns:  # `L'enseignement est pour lui une vocation : «…»`
            speaker = self.resolver.from_head(pronouns[0])
            if speaker.text:
                return speaker
        verb = verbs[0].head if verbs[0].pos_ == "AUX" else verbs[0]  # `a été clair`: the subject hangs on `clair`
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verbs[0].i]
        speaks = not is_negated(verb) and not is_negated(verbs[0])  # `La direction n'a pas répondu : «…»` is someone else
        if subjects and speaks and can_speak(subjects[0], self.article.lexicon) and subjects[0].lower_ not in ("il", "ce", "c'", "c’"):
            speaker = self.resolver.from_head(subjects[0])  # `Le maire a été clair : «…»`
            return speaker if speaker.text else None
        return None

    def person_subject(self, sentence: Span) -> Optional[Span]:
        """The last person a sentence names as the subject of a clause, by the parse or by word order."""
        people = [p for p in self.resolver.people.subject_antecedents if sentence.start <= p.start and p.end <= sentence.end]
        return people[-1] if people else None

    def topic(self, sentence: Span) -> Speaker:
        """Who an unattributed quotation is most likely from: the subject the preceding sentences are about."""
        index = self.article.sentence_index.get(sentence.start, 0)
        for earlier in reversed(self.article.sentences[max(0, index - 3) : index]):
            subjects = [c for c in earlier.root.children if c.dep_ in SUBJECT_DEPS]
            if not subjects:
                person = self.person_subject(earlier)  # `Interrogé …, le responsable, X, se montre prudent.`
                if person is not None:
                    return self.resolver.people.speaker(person)
                continue
            subject = subjects[0]
            source = self.article.lexicon.source_nouns.get(subject.lemma_.lower()) in ("person", "body")
            if subject.ent_type_ in ("PER", "ORG") or subject.pos_ == "PROPN" or source or subject.lower_ in PERSONAL_SUBJECTS:
                speaker = self.resolver.from_head(subject)
                if speaker.text:
                    return speaker
        return Speaker.none()
