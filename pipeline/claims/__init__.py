"""Claims: who said what, from the parse of one article.

Three kinds, as FORMAT.md defines them: `direct` (a quotation attributed to a
source), `indirect` (reported speech: a verb of saying with its complement)
and `according_to` ("selon X", "cité par X", "Pour X, …").

This stage module ties the parts together: `cues` (the lexicon of
`models/cues/` and the verbs of saying in the parse), `quotations` (pairing
quotation marks), `subjects` (which word names who says) and `speakers`
(that word to the source's fullest name, pronouns and descriptions resolved
to the nearest compatible earlier mention, with no external coreference
model, so better PER/ORG entities directly give better speakers). Here:
the frame each cue shows, the quotation each speaker owns, and the merge
into one claim per source and sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.claims.cues import CueLexicon, NominalCue, VerbCue, find_verb_cues, load_lexicon
from pipeline.annotate.extensions import doc_text
from pipeline.common.names import fold
from pipeline.claims.quotations import Quotation, find_quotations, inside_quotation, strip_span
from pipeline.claims.speakers import Speaker, SpeakerResolver
from pipeline.claims.subjects import VerbSubjects
from pipeline.claims.syntax import (CLOSING_MARKS, COMMA_LIKE, PERSONAL_SUBJECTS, QUE, SUBJECT_DEPS, inline_space,
                             is_hypothetical, is_inverted_clitic, is_negated, is_passive, is_question, morph,
                             sentence_spans, span_chars)

TRIMMED_PUNCTUATION = frozenset({".", ",", ";", ":", "!", "?", "…", "«", "»", "“", "”", '"', "(", ")", "—", "–", "-", "„"})


def _is_trimmed(token: Token) -> bool:
    """Punctuation or space at a statement's edge (`...` and `…` included, whatever the tagger says)."""
    return token.is_space or token.text in TRIMMED_PUNCTUATION or (token.is_punct and not token.text.strip(".…"))
EVENT_CLAUSE_MARKS = frozenset({"depuis", "lorsque", "lorsqu'", "lorsqu’", "quand", "après", "avant", "dès", "pendant", "tandis"})
NEGATIVE_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle"})
INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "obl", "advcl", "obj", "obl:arg"})
# Among drafts of one statement, which frame's reading is kept first (any other frame comes before these).
FRAME_RANK = {"P": 1, "A": 2, "N": 3}
QUE_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "obj", "acl", "parataxis", "conj", "obl:arg", "nsubj"})
SOURCE_PHRASE_STOPS = frozenset({",", ".", ";", ":", "(", ")", "!", "?", "—", "–"})

CONTRASTIVE = frozenset({"mais", "alors", "tandis", "cependant", "pourtant", "or", "toutefois", "néanmoins"})

LEQUEL = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})

SCARE_QUOTE_MAX_WORDS = 3
UNCUED_QUOTE_MIN_WORDS = 6


@dataclass(frozen=True)
class Claim:
    """One statement the article attributes to a source; offsets are characters of `doc.text`."""

    kind: str
    cue: str
    statement_start: int
    statement_end: int
    sentence_start: int
    sentence_end: int
    speaker: str
    speaker_start: Optional[int]
    speaker_end: Optional[int]


@dataclass
class Draft:
    """A claim being built, with the tokens the merge rules need."""

    kind: str
    cue_tokens: tuple[Token, ...]
    statement: tuple[int, int]
    speaker: Speaker
    frame: str
    sentence: tuple[int, int] = (0, 0)
    relay: bool = False

    @property
    def cue_start(self) -> int:
        return self.cue_tokens[0].idx if self.cue_tokens else self.statement[0]


class ClaimExtractor:
    """Finds the claims of one parsed article."""

    def __init__(self, doc: Doc, lexicon: CueLexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.quotations = [q for q in find_quotations(doc_text(doc)) if not self._is_quoted_subject(q)]
        self.resolver = SpeakerResolver(doc, lexicon, self.quotations)
        self.subjects = VerbSubjects(doc, self.quotations)
        self.verb_cues = find_verb_cues(doc, lexicon)
        self.cue_by_head = {cue.head.i: cue for cue in self.verb_cues}
        self.sentences = sentence_spans(doc)
        self.sentence_index = {t.i: n for n, span in enumerate(self.sentences) for t in span}

    def _is_quoted_subject(self, quotation: Quotation) -> bool:
        """`«Les Voix des femmes» appelle …`: a quoted name, subject of the verb right after it, quotes nobody."""
        span = self.doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
        if span is None or span.end >= len(self.doc) or self.doc[span.end].pos_ not in ("VERB", "AUX"):
            return False
        if any(morph(t, "VerbForm") == "Fin" for t in span):  # a name holds no clause
            return False
        following = self.doc[span.end]
        verb = following if following.pos_ == "VERB" else following.head
        return any(c.dep_ in SUBJECT_DEPS and span.start <= c.i < span.end for c in verb.children)

    def run(self) -> list[Claim]:
        """Sentence by sentence, so each speaker found is an antecedent for the next pronoun or description."""
        drafts: list[Draft] = []
        pending = list(self.quotations)
        previous_direct: Optional[Draft] = None
        for sentence in self.sentences:
            found = sorted(self._claims_of_sentence(sentence), key=lambda d: d.cue_start)
            for draft in found:
                self.resolver.remember(draft.cue_tokens[0].i if draft.cue_tokens else sentence.start, draft.speaker)
            drafts.extend(found)
            while pending and pending[0].start < sentence.end_char:
                direct = self._attribute_quotation(pending.pop(0), drafts, previous_direct)
                if direct is not None:
                    drafts = [d for d in drafts if not self._same_cue(d, direct)] + [direct]
                    previous_direct = direct
                    self.resolver.remember(sentence.start, direct.speaker)
        drafts = self._merge(drafts)
        return [self._finish(draft) for draft in sorted(drafts, key=lambda d: d.statement[0])]

    def sentence_of(self, token: Token) -> Span:
        index = self.sentence_index.get(token.i)
        if index is None:
            return token.sent
        return self.sentences[index]

    # -- reported speech and according-to, sentence by sentence
    def _claims_of_sentence(self, sentence: Span) -> list[Draft]:
        drafts = []
        for cue in self.verb_cues:
            if sentence.start <= cue.head.i < sentence.end and not self._inside_quotation(cue.head.idx):
                draft = self._verb_claim(cue, sentence)
                if draft is not None:
                    drafts.append(draft)
        drafts.extend(self._nominal_claims(sentence))
        if not drafts:
            drafts.extend(self._pour_claim(sentence))
        return drafts

    def _inside_quotation(self, char: int) -> bool:
        return inside_quotation(self.quotations, char)

    def _verb_claim(self, cue: VerbCue, sentence: Span) -> Optional[Draft]:
        if not self._is_asserted(cue.tokens, sentence):
            return None
        frame_and_statement = self._complement(cue, sentence)
        if frame_and_statement is None:
            return None
        frame, statement = frame_and_statement
        speaker = self._verb_speaker(cue.subject_holder, sentence)
        if speaker is None:
            return None
        return Draft("indirect", cue.tokens, statement, speaker, frame, relay=frame == "P" and "R" in cue.frames)

    def _is_asserted(self, tokens: Sequence[Token], sentence: Span) -> bool:
        """A verb of saying that reports something said: not negated, hypothetical, asked, ordered or attributive."""
        verb = tokens[0]
        if any(is_negated(t) or is_hypothetical(t) for t in tokens) or is_question(sentence):
            return False
        if morph(verb, "VerbForm") == "Inf" or morph(verb, "Mood") == "Imp":
            return False
        if any(c.dep_ == "mark" and c.lower_ in EVENT_CLAUSE_MARKS for c in verb.children):
            return False
        if any(c.dep_ in SUBJECT_DEPS and any(d.lower_ in NEGATIVE_DETERMINERS for d in c.children) for c in verb.children):
            return False
        participle = morph(verb, "VerbForm") == "Part"
        has_aux = any(c.dep_.startswith("aux") for t in tokens for c in t.children) or self.subjects.has_detached_aux(verb)
        if participle and not has_aux and morph(verb, "Tense") == "Past" and verb.dep_ not in ("ROOT", "conj", "parataxis"):
            return False
        if participle and morph(verb, "Tense") == "Pres" and verb.head.i in self.cue_by_head and verb.head is not verb:
            return False
        return True

    def _complement(self, cue: VerbCue, sentence: Span) -> Optional[tuple[str, tuple[int, int]]]:
        """Which frame of the verb the parse shows, and the reported content's character span."""
        last = cue.tokens[-1]
        children = [c for token in cue.tokens for c in token.children if c not in cue.tokens]
        after = [c for c in children if c.i > last.i]
        if "C" in cue.frames:
            colon = self._colon_after(last, sentence)
            content = self._trim(self.doc[colon.i + 1 : sentence.end]) if colon is not None else None
            if content:  # a colon followed by punctuation only reports nothing
                return "C", span_chars(content)
        if "Q" in cue.frames:
            statement = self._que_clause(after, sentence)
            if statement is not None:
                return "Q", statement
        if "I" in cue.frames:
            for child in after:
                if child.dep_ in INFINITIVE_DEPS and self._is_infinitive(child):
                    return "I", self._subtree_chars(child, sentence)
        if "P" in cue.frames and self.subjects.postposed_subject(cue.head, sentence) is not None \
                and self.subjects.is_incise(self.subjects.first_token_of_verb(cue.head), sentence):
            statement = self._incise_statement(cue, sentence)
            if statement is not None:
                return "P", statement
        if is_passive(cue.head) and any(c.dep_ == "obl:agent" for c in children):
            subjects = [c for c in children if c.dep_ == "nsubj:pass"]
            return "A", self._subtree_chars(subjects[0], sentence) if subjects else span_chars(self._trim(sentence))
        if "O" in cue.frames:
            for child in after:
                if child.dep_ in ("obj", "obl:arg") and child.pos_ in ("NOUN", "PROPN", "NUM"):
                    return "O", self._subtree_chars(child, sentence)
        if cue.frames & {"O", "P", "L"} and self._clitic_object(cue.head, children):
            return "L", span_chars(self._trim(sentence))
        return None

    def _que_clause(self, after: list[Token], sentence: Span) -> Optional[tuple[int, int]]:
        for child in after:
            marks = [g for g in child.children if g.lower_ in QUE and (g.dep_ == "mark" or g.pos_ == "SCONJ") and g.i < child.i]
            if marks and child.dep_ in QUE_CLAUSE_DEPS:
                return span_chars(self._trim(self.doc[marks[0].i : min(self._clause_end(child), sentence.end)]))
            if child.lower_ in QUE and child.pos_ == "SCONJ":
                return span_chars(self._trim(self.doc[child.i : sentence.end]))
        return self._detached_que_clause(after, sentence)

    @staticmethod
    def _clause_end(verb: Token) -> int:
        """End of a reported clause, before a contrasting clause the narrator adds (`…, mais selon X, …`)."""
        end = verb.right_edge.i + 1
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("conj", "advcl", "parataxis") and child.left_edge.lower_ in CONTRASTIVE:
                end = min(end, child.left_edge.i)
        return end

    def _detached_que_clause(self, after: list[Token], sentence: Span) -> Optional[tuple[int, int]]:
        """`a déclaré aux défenseurs des droits que …`: the parse hangs the `que` clause on the indirect
        object; it is the first `que` after the verb's complements, before any other verb."""
        if not after:
            return None
        for token in self.doc[after[0].i : min(sentence.end, after[0].i + 12)]:
            if token.lower_ in QUE and token.pos_ == "SCONJ":
                end = min(token.head.right_edge.i + 1, sentence.end)
                return span_chars(self._trim(self.doc[token.i : end])) if token.head.i > token.i else None
            if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":", "«", "»", '"') or \
                    morph(token, "PronType") == "Rel":
                return None
        return None

    def _subtree_chars(self, token: Token, sentence: Span) -> tuple[int, int]:
        start = max(token.left_edge.i, sentence.start)
        end = min(token.right_edge.i + 1, sentence.end)
        span = self._trim(self.doc[start:end])
        return span_chars(span if len(span) else self.doc[token.i : token.i + 1])

    def _clitic_object(self, verb: Token, children: list[Token]) -> bool:
        """`ce qu'a annoncé X`, `comme le raconte X`: the statement is the surrounding sentence."""
        before = self.doc[max(0, verb.i - 6) : verb.i]
        as_clause = any(t.lower_ == "comme" and not any(v.pos_ == "VERB" for v in before[t.i - before.start :]) for t in before)
        for child in children:
            if child.i < verb.i and child.dep_ == "obj" and child.pos_ == "PRON":
                if morph(child, "PronType") == "Rel" or (as_clause and child.lower_ in ("le", "l'", "l’")):
                    return True
        return False

    def _colon_after(self, last: Token, sentence: Span) -> Optional[Token]:
        for token in self.doc[last.i + 1 : min(sentence.end, last.i + 8)]:
            if token.text == ":":
                return token
            if token.pos_ in ("VERB",) or token.text in (".", ";"):
                return None
        return None

    @staticmethod
    def _is_infinitive(token: Token) -> bool:
        if morph(token, "VerbForm") == "Inf":
            return True
        return any(c.dep_.startswith("aux") and morph(c, "VerbForm") == "Inf" for c in token.children)

    def _incise_statement(self, cue: VerbCue, sentence: Span) -> Optional[tuple[int, int]]:
        """`Ce processus est la norme, explique X` / `…, a-t-il ajouté`: the reported part before the incise."""
        previous = self.subjects.word_before(self.subjects.first_token_of_verb(cue.head), sentence)
        if previous is None or (previous.text not in COMMA_LIKE and previous.text not in CLOSING_MARKS):
            return None
        before = self._trim(self.doc[sentence.start : previous.i])
        if len(before) < 3:
            return None
        return span_chars(before)

    def _verb_speaker(self, verb: Token, sentence: Span) -> Optional[Speaker]:
        """The source of a verb of saying, as a speaker.

        RETURNS None when the verb has no source that can say anything (passive
        with no agent, impersonal `on`).
        """
        source = self.subjects.source_of(verb, sentence)
        if source is None:
            return None if is_passive(verb) else Speaker.none()
        return None if source.lower_ == "on" else self.resolver.from_head(source)
    def _nominal_claims(self, sentence: Span) -> list[Draft]:
        drafts = []
        lowers = [t.lower_ for t in sentence]
        for offset, word in enumerate(lowers):
            for cue in self.lexicon.nominal_by_first.get(word, ()):
                size = len(cue.words)
                if tuple(lowers[offset : offset + size]) != cue.words:
                    continue
                tokens = tuple(sentence[offset : offset + size])
                if self._inside_quotation(tokens[0].idx):
                    continue
                draft = self._nominal_claim(cue, tokens, sentence)
                if draft is not None:
                    drafts.append(draft)
        return drafts

    def _nominal_claim(self, cue: NominalCue, tokens: tuple[Token, ...], sentence: Span) -> Optional[Draft]:
        if cue.speaker_rule == "subject":
            return self._clause_claim(cue, tokens, sentence)
        source = self._source_phrase(tokens[-1] if cue.speaker_rule == "object" else tokens[-2], sentence)
        if not source:
            return None
        relative = source[0].lower_ in LEQUEL
        antecedent = self._antecedent_of_lequel(source[0], tokens[0]) if relative else None
        speaker = self.resolver.from_head(antecedent) if antecedent is not None else self.resolver.from_tokens(source)
        statement = self._rest_of_sentence(sentence, tokens[0].i, source[-1].i + 1, relative)
        if statement is None:
            return None
        return Draft(cue.kind, tokens, statement, speaker, "N")

    def _antecedent_of_lequel(self, relative: Token, cue: Token) -> Optional[Token]:
        """`des rapports … selon lesquels …`: the nearest noun before the phrase agreeing with the pronoun."""
        number, gender = morph(relative, "Number"), morph(relative, "Gender")
        for token in reversed(self.doc[max(0, cue.i - 12) : cue.i]):
            if token.pos_ in ("NOUN", "PROPN") and morph(token, "Number") in ("", number) \
                    and morph(token, "Gender") in ("", gender):
                return token
        return None

    def _clause_claim(self, cue: NominalCue, tokens: tuple[Token, ...], sentence: Span) -> Optional[Draft]:
        """`X a annoncé dans un communiqué …`: the clause the phrase belongs to is reported speech."""
        verb = tokens[-1].head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or not self._is_asserted((verb,), sentence):
            return None
        speaker = self._verb_speaker(verb, sentence)
        if speaker is None:
            return None
        return Draft(cue.kind, tokens, span_chars(self._trim(sentence)), speaker, "N")

    def _source_phrase(self, last: Token, sentence: Span) -> list[Token]:
        """The words naming the source after `selon` / `cité par`, up to the clause's punctuation or verb."""
        tokens = []
        for token in self.doc[last.i + 1 : sentence.end]:
            if token.text in SOURCE_PHRASE_STOPS or token.pos_ in ("VERB", "AUX", "SCONJ") or token.is_space:
                break
            if tokens and morph(token, "PronType") == "Rel":
                break
            tokens.append(token)
            if morph(token, "PronType") == "Rel":
                break
        return tokens

    def _rest_of_sentence(self, sentence: Span, phrase_start: int, phrase_end: int,
                          opens_clause: bool = False) -> Optional[tuple[int, int]]:
        """The sentence without its attribution phrase: the clause it opens (`selon lesquels …`,
        `…, mais selon X, …`), else the longer side of it."""
        before = self._trim(self.doc[sentence.start : phrase_start])
        after = self._trim(self.doc[phrase_end : sentence.end])
        opens_clause = opens_clause or (phrase_start > sentence.start and self.doc[phrase_start - 1].lower_ in CONTRASTIVE)
        chosen = after if opens_clause or len(after) >= len(before) else before
        return span_chars(chosen) if len(chosen) >= 2 else None

    def _pour_claim(self, sentence: Span) -> list[Draft]:
        """`Pour ses opposants, …` / `Pour X, …`: an opinion attributed to a person, group or body."""
        tokens = [t for t in sentence if not t.is_space]
        if len(tokens) < 5 or tokens[0].lower_ != "pour":
            return []
        comma = next((t for t in tokens[1:10] if t.text == ","), None)
        if comma is None:
            return []
        phrase = [t for t in self.doc[tokens[1].i : comma.i]]
        nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") or t.lower_ in PERSONAL_SUBJECTS]
        if not nouns or any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return []
        head = nouns[0]
        source_type = self.lexicon.source_nouns.get(head.lemma_.lower())
        if head.ent_type_ not in ("PER", "ORG") and source_type not in ("person", "body") and head.lower_ not in PERSONAL_SUBJECTS:
            return []
        statement = self._trim(self.doc[comma.i + 1 : sentence.end])
        if len(statement) < 3:
            return []
        speaker = self.resolver.from_tokens(phrase)
        return [Draft("according_to", (tokens[0],), span_chars(statement), speaker, "N")]

    def _trim(self, span: Span) -> Span:
        """Drop surrounding punctuation, spaces and quotation marks."""
        start, end = span.start, span.end
        while start < end and _is_trimmed(self.doc[start]):
            start += 1
        while end > start and _is_trimmed(self.doc[end - 1]):
            end -= 1
        return self.doc[start:end]

    # -- quotations
    def _attribute_quotation(self, quotation: Quotation, drafts: list[Draft], previous: Optional[Draft]) -> Optional[Draft]:
        """The direct claim a quotation makes, taking over the indirect claim of its cue; None for scare quotes."""
        span = self.doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return self._quotation_claim(quotation, span, drafts, previous)

    @staticmethod
    def _same_cue(draft: Draft, direct: Draft) -> bool:
        return bool(draft.cue_tokens) and bool(direct.cue_tokens) and draft.cue_tokens[0].i == direct.cue_tokens[0].i

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
        if words <= SCARE_QUOTE_MAX_WORDS:
            return None
        sentence = self.sentence_of(span[0])
        before = self._cue_before(span, drafts, sentence)
        if before is not None:
            return Draft("direct", before.cue_tokens, statement, before.speaker, before.frame)
        colon_speaker = self._speaker_before_colon(span, sentence)
        if colon_speaker is not None:
            return Draft("direct", (), statement, colon_speaker, "C")
        if previous is not None and self._continues(previous, span):
            return Draft("direct", (), statement, previous.speaker, "continued")
        if words >= UNCUED_QUOTE_MIN_WORDS and self._opens_sentence(span, sentence):
            return Draft("direct", (), statement, self._topic_speaker(sentence), "topic")
        if words >= UNCUED_QUOTE_MIN_WORDS and not is_question(sentence):
            return self._quotation_of_subject(span, statement, sentence)
        return None

    def _cue_after(self, span: Span) -> Optional[Draft]:
        """`«…», a déclaré X` / `«…», selon X`: an attribution right after the closing mark."""
        doc = self.doc
        position = self._after_quotation_chain(span.end)
        if position >= len(doc) or doc[position].is_space:
            return None
        sentence = self.sentence_of(doc[position])
        for token in doc[position : min(len(doc), position + 5)]:
            cue = self._incise_cue(token)
            if cue is not None:
                if is_negated(token) or (self.subjects.postposed_subject(token, sentence) is None and not self.subjects.has_subject(token)):
                    return None
                speaker = self._verb_speaker(token, sentence)
                return Draft("direct", cue.tokens, (0, 0), speaker, "P") if speaker is not None else None
            if token.pos_ in ("VERB", "NOUN", "PROPN") or token.text in (".", "!", "?") or token.is_space:
                break
        for cue in self.lexicon.nominal_by_first.get(doc[position].lower_, ()):
            tokens = tuple(doc[position : position + len(cue.words)])
            if tuple(t.lower_ for t in tokens) == cue.words and cue.speaker_rule == "object":
                source = self._source_phrase(tokens[-1], sentence)
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
            joined = next((q for q in self.quotations if follower < len(doc) and q.start == doc[follower].idx), None)
            if joined is None:
                return position
            after = doc.char_span(joined.start, joined.end, alignment_mode="expand")
            position = after.end if after is not None else position + 1
        return position

    def _incise_cue(self, token: Token) -> Optional[VerbCue]:
        """The cue `token` heads, or a verb of incise the tagger misread: `glisse` as a noun (`«…», glisse X`),
        `martelé` as an adjective after an inverted clitic (`a-t-elle martelé`)."""
        cue = self.cue_by_head.get(token.i)
        if cue is not None:
            return cue
        frames = self.lexicon.incise_forms.get(token.lower_)
        if frames is None and token.i > 0 and is_inverted_clitic(self.doc[token.i - 1]):
            frames = self.lexicon.participle_forms.get(token.lower_)
        return VerbCue((token,), frames) if frames else None

    def _incise_inside(self, quotation: Quotation) -> Optional[Draft]:
        """`«…, affirme-t-elle. …»`: an incise verb set between commas inside the quotation itself."""
        inside = self.doc.char_span(quotation.content_start, quotation.content_end, alignment_mode="expand") or []
        for cue in filter(None, map(self._incise_cue, inside)):
            if "P" not in cue.frames:
                continue
            before = self.subjects.word_before(self.subjects.first_token_of_verb(cue.head), self.sentence_of(cue.head))
            if before is None or before.text not in COMMA_LIKE or is_negated(cue.head):
                continue
            subject = self.subjects.postposed_subject(cue.head, self.sentence_of(cue.head))
            if subject is not None:
                return Draft("direct", cue.tokens, (0, 0), self.resolver.from_head(subject), "P")
        return None

    def _cue_before(self, span: Span, drafts: list[Draft], sentence: Span) -> Optional[Draft]:
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

    def _speaker_before_colon(self, span: Span, sentence: Span) -> Optional[Speaker]:
        """`Le ministre : «…».` — a speaker, a colon and a quotation closing the sentence."""
        if span.start < 2 or self.doc[span.start - 1].text != ":":
            return None
        if len(self._trim(self.doc[span.end : sentence.end])) > 0:
            return None
        phrase = []
        for token in reversed(self.doc[sentence.start : span.start - 1]):
            if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
                return None
            phrase.insert(0, token)
        speaker = self.resolver.from_tokens(phrase)
        return speaker if speaker.text else None

    def _opens_sentence(self, span: Span, sentence: Span) -> bool:
        return len(self._trim(self.doc[sentence.start : span.start])) == 0

    def _topic_speaker(self, sentence: Span) -> Speaker:
        """Who an unattributed quotation is most likely from: the subject the preceding sentences are about."""
        index = self.sentence_index.get(sentence.start, 0)
        for earlier in reversed(self.sentences[max(0, index - 3) : index]):
            subjects = [c for c in earlier.root.children if c.dep_ in SUBJECT_DEPS]
            if not subjects:
                continue
            subject = subjects[0]
            source = self.lexicon.source_nouns.get(subject.lemma_.lower()) in ("person", "body")
            if subject.ent_type_ in ("PER", "ORG") or subject.pos_ == "PROPN" or source or subject.lower_ in PERSONAL_SUBJECTS:
                speaker = self.resolver.from_head(subject)
                if speaker.text:
                    return speaker
        return Speaker.none()

    def _continues(self, previous: Draft, span: Span) -> bool:
        """A quotation opening its sentence right after a quoted claim continues that speaker's words."""
        if not self._opens_sentence(span, self.sentence_of(span[0])):
            return False
        gap = doc_text(self.doc)[previous.statement[1] : span.start_char]
        return len(gap) < 400 and gap.count("\n\n") <= 1 and previous.speaker.text != ""

    def _quotation_of_subject(self, span: Span, statement: tuple[int, int], sentence: Span) -> Optional[Draft]:
        """`X a ordonné … «…»`: a long quotation in a clause whose subject is a named source."""
        root = sentence.root
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < span.start]
        if not subjects:
            return None
        subject = subjects[0]
        named = subject.ent_type_ in ("PER", "ORG") or subject.pos_ == "PROPN"
        if not named and self.lexicon.source_nouns.get(subject.lemma_.lower()) is None and subject.lower_ not in PERSONAL_SUBJECTS:
            return None
        speaker = self.resolver.from_head(subject)
        if not speaker.text:
            return None
        return Draft("direct", (root,), statement, speaker, "S")

    # -- merging and output
    def _merge(self, drafts: list[Draft]) -> list[Draft]:
        """One claim per source and sentence; relayed reports and nested cues give way.

        A cue inside a quotation is part of the quoted words. Within a
        sentence, a second claim with the same speaker is the same claim
        (`a déclaré X, ajoutant que …`); an according-to phrase next to a verb
        of saying only adds a relay (`cité par l'agence`); an incise whose
        reported part holds another cue names the outlet relaying it
        (`…, qui a noté que …, rapporte Radio Liberty`); a cue inside another
        claim's `que`-clause is reported within that claim.
        """
        for draft in drafts:
            draft.sentence = self._sentence_span(draft)
        kept: list[Draft] = []
        ordered = sorted(drafts, key=lambda d: (d.kind != "direct", FRAME_RANK.get(d.frame, 0), d.statement[0]))
        for draft in ordered:
            if draft.kind != "direct" and self._inside_quotation(draft.cue_start):
                continue
            if any(self._redundant(draft, other) for other in kept):
                continue
            if draft.relay and any(self._relays(draft, other) for other in drafts if other is not draft):
                continue
            kept.append(draft)
        return kept

    def _redundant(self, draft: Draft, other: Draft) -> bool:
        same_sentence = draft.sentence[0] < other.sentence[1] and other.sentence[0] < draft.sentence[1]
        if not same_sentence:
            return False
        if draft.kind == "direct" and other.kind == "direct":
            return draft.statement == other.statement
        if draft.frame == "N" and draft.kind == "according_to":
            return not self._reports_apart(draft, other)
        if fold(draft.speaker.text) == fold(other.speaker.text):
            return True
        return other.statement[0] <= draft.cue_start < other.statement[1] and other.frame in ("Q", "I", "C")

    @staticmethod
    def _reports_apart(according: Draft, other: Draft) -> bool:
        """`X a déclaré que …, mais des rapports selon lesquels …`: an according-to phrase after a reported
        clause, outside it, gives a second source; before a cue or after an incise it relays the same words."""
        outside = not other.statement[0] <= according.cue_start < other.statement[1]
        return other.kind == "indirect" and other.frame in ("Q", "I") and other.cue_start < according.cue_start and outside

    @staticmethod
    def _relays(draft: Draft, other: Draft) -> bool:
        return (
            other.frame not in ("P", "N") and other.kind != "according_to" and bool(other.cue_tokens)
            and draft.statement[0] <= other.cue_start < draft.statement[1]
        )

    def _sentence_span(self, draft: Draft) -> tuple[int, int]:
        """The sentences holding the statement and its attribution, from the first to the last."""
        points = [draft.statement[0], max(draft.statement[0], draft.statement[1] - 1)]
        points += [t.idx for t in draft.cue_tokens]
        sentences = [s for s in (self._sentence_at(point) for point in points) if s is not None]
        if not sentences:
            return draft.statement
        start = min(s.start_char for s in sentences)
        end = max(s.end_char for s in sentences)
        return strip_span(doc_text(self.doc), start, end)

    def _sentence_at(self, char: int) -> Optional[Span]:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return self.sentence_of(span[0]) if span is not None and len(span) else None

    def _finish(self, draft: Draft) -> Claim:
        cue = _as_written(self._cue_words(draft.cue_tokens))
        return Claim(
            draft.kind, cue, draft.statement[0], draft.statement[1], draft.sentence[0], draft.sentence[1],
            draft.speaker.text, draft.speaker.start, draft.speaker.end,
        )

    def _cue_words(self, tokens: tuple[Token, ...]) -> list[Token]:
        """The cue as written: auxiliaries and the inverted clitic of its verb included (`a-t-elle déclaré`),
        a detached phrase left out (`a, lui, promis` → `a promis`)."""
        if not tokens:
            return []
        first = self.subjects.first_token_of_verb(tokens[0])
        extra = [self.doc[i] for i in range(first.i, tokens[0].i)]
        if any(t.text == "," for t in extra):
            extra = [t for t in extra if t.i == first.i or t.pos_ == "AUX" or is_inverted_clitic(t)]
        return sorted(set(extra) | set(tokens), key=lambda t: t.i)


def _as_written(tokens: list[Token]) -> str:
    """Tokens joined as the text spaces them (`a-t-elle déclaré`), one space across a gap."""
    pieces = []
    for token, following in zip(tokens, [*tokens[1:], None]):
        adjacent = following is not None and following.i == token.i + 1
        pieces.append(token.text_with_ws if adjacent else token.text + " ")
    return "".join(pieces).strip()


def extract_claims(doc: Doc, models: Optional[str] = None) -> list[Claim]:
    """RETURNS (list[Claim]): the claims of a parsed article, in text order."""
    return ClaimExtractor(doc, load_lexicon(models)).run()
