"""Quotation attribution: whose words a quotation holds.

Tried in order: a cue right after the closing mark (`«…», a déclaré X`,
`«…», selon X`), an incise inside the quotation (`«…, affirme-t-elle. …»`),
then, for more than a few words (fewer are scare quotes), a cue of the same
sentence before it, a speaker and a colon (`Le ministre : «…».`), the
previous quotation continued, and for a long quotation the subject the
preceding sentences are about or a named subject of the clause holding it
(`uncued` finds the speakers around a quotation with no cue).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from pipeline.annotate.extensions import doc_text
from pipeline.claims.article import Article
from pipeline.claims.cues import VerbCue
from pipeline.claims.drafts import Draft
from pipeline.claims.nominal import NominalClaims
from pipeline.claims.open_incise import (INCISE_ONLY, SCARE_QUOTE_MAX_WORDS, after_its_auxiliary, inverted_incise,
                                         opens_its_clause, postposed_speaker)
from pipeline.claims.quotations import Quotation
from pipeline.claims.speakers.animacy import can_speak
from pipeline.claims.speakers.speaker import Speaker
from pipeline.claims.syntax import (COMMA_LIKE, PERSONAL_SUBJECTS, REFLEXIVE_CLITICS, SUBJECT_DEPS, inline_space,
                                    is_inverted_clitic, is_negated, is_passive, is_question, morph, trim_span)
from pipeline.claims.uncued import UncuedSpeakers, opens_sentence
from pipeline.claims.verbal import VerbClaims
from pipeline.common.names import fold

UNCUED_QUOTE_MIN_WORDS = 6


class QuotationAttribution:
    """Turns each quotation into a direct claim, reading the cues around it and the claims found so far."""

    def __init__(self, article: Article, verbal: VerbClaims, nominal: NominalClaims) -> None:
        self.article = article
        self.doc = article.doc
        self.subjects = article.subjects
        self.resolver = article.resolver
        self.verbal = verbal
        self.nominal = nominal
        self.uncued = UncuedSpeakers(article)

    def attribute(self, quotation: Quotation, drafts: list[Draft], previous: Optional[Draft]) -> Optional[Draft]:
        """The direct claim a quotation makes, taking over the indirect claim of its cue; None for scare quotes."""
        span = self.doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return self._quotation_claim(quotation, span, drafts, previous)

    def _quotation_claim(
        self, quotation: Quotation, span: Span, drafts: list[Draft], previous: Optional[Draft]
    ) -> Optional[Draft]:
        words = quotation.words(doc_text(self.doc))
        statement = (quotation.content_start, quotation.content_end)
        after = self._cue_after(span)
        if after is not None:
            return Draft("direct", after.cue_tokens, statement, after.speaker, after.frame)
        inside = self._incise_inside(quotation)
        if inside is not None:
            return Draft("direct", inside.cue_tokens, statement, inside.speaker, "P")
        later = _incise_later(quotation, drafts)
        if later is not None:
            return Draft("direct", later.cue_tokens, statement, later.speaker, "P")
        named = self.uncued.name_before(span) or self.uncued.after_colon(span) or self.uncued.in_parentheses(span)
        if named is not None:
            return Draft("direct", (), statement, named, "C")
        if words <= SCARE_QUOTE_MAX_WORDS or _in_capitals(doc_text(self.doc)[statement[0] : statement[1]]):
            return None
        sentence = self.article.sentence_of(span[0])
        before = _cue_before(span, drafts, sentence)
        if before is not None:
            return Draft("direct", before.cue_tokens, statement, before.speaker, before.frame)
        colon_speaker = self.uncued.before_colon(span, sentence)
        if colon_speaker is not None:
            return Draft("direct", (), statement, colon_speaker, "C")
        if previous is not None and self._continues(previous, span):
            return Draft("direct", (), statement, previous.speaker, "continued")
        last = self._claim_of_previous_sentence(span, drafts)
        if last is not None:  # `X a pris la parole. «…»`: the quotation goes on with the one who just spoke
            return Draft("direct", (), statement, last.speaker, "continued")
        if (words >= UNCUED_QUOTE_MIN_WORDS or self._whole_sentence(quotation, span)) and opens_sentence(span, sentence):
            return Draft("direct", (), statement, self.uncued.topic(sentence), "topic")
        if words >= UNCUED_QUOTE_MIN_WORDS and not is_question(sentence):
            return self._quotation_of_subject(span, statement, sentence)
        return None

    def _whole_sentence(self, quotation: Quotation, span: Span) -> bool:
        """`« Nous ne céderons pas. »`: a short quotation that is a sentence of its own (a finite verb, its own final
        stop inside the marks, nothing after it in its sentence) is someone's words, not a scare quote."""
        closed = doc_text(self.doc)[quotation.content_end - 1] in ".!?…"
        sentence = self.article.sentence_of(span[0])
        alone = len(trim_span(self.doc[span.end : sentence.end])) == 0
        return closed and alone and any(t.pos_ in ("VERB", "AUX") and morph(t, "VerbForm") == "Fin" for t in span)

    # -- a cue after or inside the quotation
    def _cue_after(self, span: Span) -> Optional[Draft]:
        """`«…», a déclaré X` / `«…», selon X`: an attribution right after the closing mark."""
        doc = self.doc
        position = self._after_quotation_chain(span.end)
        if position >= len(doc) or doc[position].is_space:
            return None
        sentence = self.article.sentence_of(doc[position])
        for token in doc[position : min(len(doc), position + 5)]:
            cue = self._incise_cue(token)
            if cue is not None:
                if is_negated(token) or (self.subjects.postposed_subject(token, sentence) is None and not self.subjects.has_subject(token)):
                    return None
                speaker = self.verbal.speaker(token, sentence)
                return Draft("direct", cue.tokens, (0, 0), speaker, "P") if speaker is not None else None
            reflexive = token.i == position + 1 and doc[position].lower_ in REFLEXIVE_CLITICS  # `«…», se désole X`
            compound = token.i == position + 1 and after_its_auxiliary(token)  # `«…», a souri X`
            if (token.i == position or reflexive or compound) and token.pos_ in ("VERB", "NOUN", "PROPN", "ADJ") \
                    and opens_its_clause(self.article, span):
                subject = postposed_speaker(self.article, token, sentence)
                if subject is not None:
                    return Draft("direct", (token,), (0, 0), self.resolver.from_head(subject), "P")
            if token.pos_ in ("VERB", "NOUN", "PROPN") or token.text in (".", "!", "?") or token.is_space:
                break
            if token.dep_ in SUBJECT_DEPS and token.lower_ in PERSONAL_SUBJECTS and not token.text.startswith("-"):
                break  # `«…» Elle a ajouté …`: a subject before its verb opens a clause of its own, not an incise
        for cue in self.article.lexicon.nominal_by_first.get(doc[position].lower_, ()):
            tokens = tuple(doc[position : position + len(cue.words)])
            if tuple(t.lower_ for t in tokens) == cue.words and cue.speaker_rule == "object":
                source = self.nominal.source_phrase(tokens[-1], sentence)
                if source:
                    return Draft("direct", tokens, (0, 0), self.resolver.from_tokens(source), "N")
        return None

    def _after_quotation_chain(self, position: int) -> int:
        """Past the commas after a quotation, and past the quotations joined to it (`«…» et «…», a-t-il dit`)."""
        doc = self.doc
        while position < len(doc):
            if doc[position].text in COMMA_LIKE or doc[position].text == "-" or inline_space(doc[position]):
                position += 1
                continue
            follower = position + 1 if doc[position].lower_ == "et" else position
            joined = next((q for q in self.article.quotations if follower < len(doc) and q.start == doc[follower].idx), None)
            if joined is None:
                return position
            after = doc.char_span(joined.start, joined.end, alignment_mode="expand")
            position = after.end if after is not None else position + 1
        return position

    def _incise_cue(self, token: Token) -> Optional[VerbCue]:
        """The cue `token` heads, or a verb of incise the tagger misread: `glisse` as a noun (`«…», glisse X`),
        `martelé` as an adjective after an inverted clitic (`a-t-elle martelé`)."""
        cue = self.article.cue_by_head.get(token.i)
        if cue is not None:
            return cue
        lexicon = self.article.lexicon
        frames = lexicon.incise_forms.get(token.lower_)
        if frames is None and token.i > 0 and is_inverted_clitic(self.doc[token.i - 1]):
            frames = lexicon.participle_forms.get(token.lower_)
        if frames is None and inverted_incise(token):
            frames = INCISE_ONLY
        return VerbCue((token,), frames) if frames else None

    def _incise_inside(self, quotation: Quotation) -> Optional[Draft]:
        """`«…, affirme-t-elle. …»`: an incise verb set between commas inside the quotation itself."""
        inside = self.doc.char_span(quotation.content_start, quotation.content_end, alignment_mode="expand") or []
        for cue in filter(None, map(self._incise_cue, inside)):
            if "P" not in cue.frames:
                continue
            sentence = self.article.sentence_of(cue.head)
            before = self.subjects.word_before(self.subjects.first_token_of_verb(cue.head), sentence)
            if before is None or before.text not in COMMA_LIKE or is_negated(cue.head):
                continue
            subject = self.subjects.postposed_subject(cue.head, sentence)
            if subject is not None:
                return Draft("direct", cue.tokens, (0, 0), self.resolver.from_head(subject), "P")
        return None

    def _continues(self, previous: Draft, span: Span) -> bool:
        """A quotation opening its sentence, or announced by a colon (`… n'a jamais été pris au sérieux : «…»`),
        right after a quoted claim continues that speaker's words."""
        sentence = self.article.sentence_of(span[0])
        announced = span.start > 0 and self.doc[span.start - 1].text == ":" and any(  # not `09h15 : «…»`
            morph(t, "VerbForm") == "Fin" for t in self.doc[sentence.start : span.start])
        if not announced and not opens_sentence(span, sentence):
            return False
        gap = doc_text(self.doc)[previous.statement[1] : span.start_char]
        if len(gap) >= 400 or gap.count("\n\n") > 1 or previous.speaker.text == "":
            return False
        return not self._other_subject_between(previous, span)

    def _other_subject_between(self, previous: Draft, span: Span) -> bool:
        """`«…», a déclaré X. Y est arrivé ensuite au tribunal. «…»`: a sentence between the two quotations whose
        subject is someone else leaves the second one's speaker undecided by the quotations."""
        lexicon = self.article.lexicon
        for sentence in self.article.sentences:
            if not (previous.statement[1] <= sentence.start_char and sentence.end_char <= span.start_char):
                continue
            person = self.uncued.person_subject(sentence)  # `…, le responsable de X, Y, se montre prudent. «…»`
            if person is not None and _other_speaker(self.resolver.people.speaker(person), previous.speaker):
                return True
            for subject in (c for c in sentence.root.children if c.dep_ in SUBJECT_DEPS):
                if subject.pos_ == "PRON" or not can_speak(subject, lexicon):
                    continue
                if _other_speaker(self.resolver.from_head(subject), previous.speaker):
                    return True
        return False

    def _claim_of_previous_sentence(self, span: Span, drafts: list[Draft]) -> Optional[Draft]:
        """The last claim of the sentence right before a quotation that opens its own sentence, said by its speaker."""
        sentence = self.article.sentence_of(span[0])
        index = self.article.sentence_index.get(sentence.start, 0)
        if index == 0 or not opens_sentence(span, sentence):
            return None
        previous = self.article.sentences[index - 1]
        if "\n\n" in doc_text(self.doc)[previous.end_char : sentence.start_char]:
            return None
        # `… selon X.` qualifies a fact, the next quotation is not X's; `Pour X, …` gives X's opinion, which it goes on with
        claims = [d for d in drafts if previous.start_char <= d.cue_start < previous.end_char and d.speaker.text
                  and (d.kind != "according_to" or _opinion(d))]
        if claims:
            return max(claims, key=lambda d: d.cue_start)
        return self._speech_without_content(previous)

    def _speech_without_content(self, previous: Span) -> Optional[Draft]:
        """`La ministre a répondu aux critiques. «…»`: a sentence whose main verb is a verb of saying with no
        content of its own announces the quotation that follows: its subject says it; so does the last verb of
        saying of a sentence ending on a colon (`…, et X de lancer :` cut from its `«…»` by the parser)."""
        cue = self.article.cue_by_head.get(previous.root.i)
        if previous[-1].text == ":":
            cue = next((c for c in reversed(self.article.verb_cues) if previous.start <= c.head.i < previous.end), cue)
        if cue is None or not self.verbal.is_asserted(cue.tokens, previous):
            return None
        speaker = self.verbal.speaker(cue.head, previous)
        return Draft("direct", cue.tokens, (0, 0), speaker, "continued") if speaker is not None and speaker.text else None

    def _quotation_of_subject(self, span: Span, statement: tuple[int, int], sentence: Span) -> Optional[Draft]:
        """`X a ordonné … «…»`: a long quotation in a clause whose subject is a named source."""
        root = sentence.root
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < span.start]
        if not subjects:
            return None
        subject = subjects[0]
        named = subject.ent_type_ in ("PER", "ORG") or subject.pos_ == "PROPN"
        if not named and self.article.lexicon.source_nouns.get(subject.lemma_.lower()) is None and subject.lower_ not in PERSONAL_SUBJECTS:
            return None
        if _quoted_for_another(span, root, subjects):  # the text does not say the subject said it: no speaker
            return Draft("direct", (root,), statement, Speaker.none(), "S")
        speaker = self.resolver.from_head(subject)
        if not speaker.text:
            return None
        return Draft("direct", (root,), statement, speaker, "S")


def _quoted_for_another(span: Span, root: Token, subjects: list[Token]) -> bool:
    """Whether a quotation with no cue in a clause is not its subject's words: the subject undergoes a passive
    (`La police a été alertée par une voisine « … »`), the parse gives the clause two subjects (`Le rapport décrit
    … : la réforme « … »`), or the quotation hangs on a clause with a subject of its own (`une lettre, dans laquelle
    il demande « … »`) or describes the clause's object (`a distribué un tract « contre … »`)."""
    if len(subjects) > 1 or is_passive(root):
        return True
    for token in span:
        if span.start <= token.head.i < span.end or token.head == token:
            continue
        if token.head.dep_ == "obj" and token.head.head == root and token.dep_ in ("acl", "nmod", "amod", "punct"):
            return True
        governor = token.head
        while governor != root and governor.head != governor:
            if governor.pos_ in ("VERB", "AUX", "ADJ") and any(c.dep_ in SUBJECT_DEPS for c in governor.children):
                return True
            governor = governor.head
    return False


def _other_speaker(other: Speaker, speaker: Speaker) -> bool:
    """Whether `other` names someone, and not `speaker` (neither name holds the other)."""
    return bool(other.text) and fold(other.text) not in fold(speaker.text) and fold(speaker.text) not in fold(other.text)


def _opinion(draft: Draft) -> bool:
    """`Pour X, …`, `À ses yeux, …`: an according-to claim giving the source's own view (`pour.py`)."""
    return draft.kind == "according_to" and bool(draft.cue_tokens) and draft.cue_tokens[0].lower_ in ("pour", "à", "a")


def _in_capitals(words: str) -> bool:
    """`"HAUSSE DES PRIX"` with no cue: a section heading set in capitals, quoting nobody."""
    letters = [c for c in words if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _incise_later(quotation: Quotation, drafts: list[Draft]) -> Optional[Draft]:
    """`«…», sous les décombres de l'immeuble, a précisé le parquet`: an incise further on in the sentence, a
    phrase after the closing mark, whose reported words hold the quotation."""
    incises = [d for d in drafts if d.frame == "P" and d.kind == "indirect" and d.cue_start >= quotation.end
               and d.statement[0] <= quotation.content_start < d.statement[1] and d.speaker.text]
    return min(incises, key=lambda d: d.cue_start) if incises else None


def _cue_before(span: Span, drafts: list[Draft], sentence: Span) -> Optional[Draft]:
    """`X a déclaré : «…»`, `X a reconnu … que «…»`: a claim of the same sentence whose cue precedes the quote."""
    candidates = [
        d for d in drafts
        if d.cue_tokens and sentence.start_char <= d.cue_start < span.start_char and d.frame != "N"
    ]
    if candidates:
        return max(candidates, key=lambda d: d.cue_start)
    nominal = [d for d in drafts if d.cue_tokens and sentence.start_char <= d.cue_start < sentence.end_char
               and d.frame == "N" and d.speaker.text]
    return nominal[0] if nominal else None
