"""Reported speech from the verbs of saying: the frame the parse shows, the content it reports, who says.

A verb of the lexicon reports something only when it is asserted (not
negated, hypothetical, asked or ordered) and the parse shows one of the
frames `models/cues/verbs.tsv` gives it: a colon (C), a `que` clause or an
indirect question (Q), an
infinitive (I), an incise after the reported words (P), a passive with its
agent (A), a noun object (O), a prepositional complement the stance is taken
on (T: `s'inquiète de X`), a gerund that takes the stance (G, for the verbs
of the colon frame: `a renchéri en s'attaquant à X`), a clitic object standing
for the sentence (L), or the state a source says it is in (D: `s'est dit dévasté`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from spacy.tokens import Span, Token

from pipeline.claims.article import Article
from pipeline.claims.cues import VerbCue
from pipeline.claims.drafts import Draft
from pipeline.claims.frames import (clause_end, gerund_of, indirect_question, infinitive_of, object_of_locution, prepositional_target,
                                   self_description, sentences_to_penalty)
from pipeline.claims.misread import misread_claim
from pipeline.claims.implicative import implying_governor, narrative_subject, narrator
from pipeline.claims.speakers.animacy import can_speak, is_latter_pronoun
from pipeline.claims.speakers.speaker import Speaker
from pipeline.common.genders import FEMALE, MALE, encode_cues
from pipeline.claims.subjects import reports_for_root_noun
from pipeline.claims.syntax import (CLOSING_MARKS, COMMA_LIKE, PERSONAL_SUBJECTS, QUE, SUBJECT_DEPS, is_hypothetical, is_negated,
                                    is_passive, is_question, morph, span_chars, trim_span)

EVENT_CLAUSE_MARKS = frozenset({"depuis", "lorsque", "lorsqu'", "lorsqu’", "quand", "après", "avant", "dès", "pendant", "tandis"})
NEGATIVE_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle"})
# Verbs of announcing, whose past participle with an agent attributes what it qualifies (`les mesures annoncées par
# le ministère`, `le tir confirmé par Séoul`), from the verbs of saying of the lexicon that report a fact.
ANNOUNCING = frozenset({"annoncer", "confirmer", "révéler", "rapporter", "revendiquer", "démentir", "affirmer",
                        "signaler", "indiquer", "évoquer", "avancer", "dévoiler", "proclamer", "réclamer", "exiger",
                        "dénoncer", "promettre", "assurer", "préciser", "démentir", "reconnaître", "admettre"})
# Verbs of saying that go on with one's own words already quoted (Riegel et al., verbes introducteurs: `ajouter`,
# `poursuivre`, `continuer`, `conclure`, `compléter`), and how far back (in tokens) the words they go on with lie.
GOING_ON = frozenset({"ajouter", "poursuivre", "continuer", "conclure", "compléter"})
CONTINUATION_WINDOW = 120
QUE_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "obj", "acl", "parataxis", "conj", "obl:arg", "nsubj"})


class VerbClaims:
    """The indirect claims of the verbs of saying; also tells the other rules whether a verb is asserted
    and who its source is."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.doc = article.doc
        self.subjects = article.subjects

    def of_sentence(self, sentence: Span) -> list[Draft]:
        """RETURNS (list[Draft]): the claims of the verb cues of `sentence` outside quotations."""
        drafts = []
        for cue in self.article.verb_cues:
            if sentence.start <= cue.head.i < sentence.end and not self.article.inside_quotation(cue.head.idx):
                draft = self._claim(cue, sentence)
                if draft is not None:
                    drafts.append(draft)
        return drafts

    def _claim(self, cue: VerbCue, sentence: Span) -> Optional[Draft]:
        if cue.misread:
            return misread_claim(self.article, cue, sentence)
        if not self.is_asserted(cue.tokens, sentence):
            return None
        frame_and_statement = self._complement(cue, sentence)
        if frame_and_statement is None:
            return None
        frame, statement = frame_and_statement
        speaker = self.speaker(cue.subject_holder, sentence)
        if speaker is None:
            return None
        return Draft("indirect", cue.tokens, statement, speaker, frame, relay=frame == "P" and "R" in cue.frames)

    def is_asserted(self, tokens: Sequence[Token], sentence: Span) -> bool:
        """A verb of saying that reports something said: not negated, hypothetical, asked, ordered or attributive."""
        if narrative_subject(tokens[0], self.article.lexicon) is not None:  # `Et X d'ajouter`: a past act of saying
            return not is_negated(tokens[0]) and not is_question(sentence)
        governor = implying_governor(tokens[0], self.article.lexicon.implicative)
        if governor is not None:  # `a tenu à préciser`, `n'a pas hésité à dénoncer`: the governor's assertion is the verb's
            return not is_hypothetical(governor) and not is_question(sentence) and self._asserted_form((governor,), sentence)
        if any(is_negated(t) or is_hypothetical(t) for t in tokens) or is_question(sentence):
            return False
        return self._asserted_form(tokens, sentence)

    def _asserted_form(self, tokens: Sequence[Token], sentence: Span) -> bool:
        """Not an infinitive, an order, an event clause, nobody's saying or a participle qualifying a noun."""
        verb = tokens[0]
        if morph(verb, "VerbForm") == "Inf" or morph(verb, "Mood") == "Imp":
            return False
        if any(c.dep_ == "mark" and c.lower_ in EVENT_CLAUSE_MARKS for c in verb.children):
            return False
        if any(c.dep_ in SUBJECT_DEPS and any(d.lower_ in NEGATIVE_DETERMINERS for d in c.children) for c in verb.children):
            return False
        participle = morph(verb, "VerbForm") == "Part"
        has_aux = any(c.dep_.startswith("aux") for t in tokens for c in t.children) or self.subjects.has_detached_aux(verb)
        if participle and not has_aux and morph(verb, "Tense") == "Past" and verb.dep_ not in ("ROOT", "conj", "parataxis") \
                and not reports_for_root_noun(verb):
            return _agent_of_participle(verb) is not None  # `les mesures annoncées par le ministère`
        if participle and morph(verb, "Tense") == "Pres" and verb.head.i != verb.i:
            head_cue = self.article.cue_by_head.get(verb.head.i)  # `a déclaré X, ajoutant que …` is one claim
            if head_cue is not None and self._complement(head_cue, sentence) is not None:
                return False
        return True

    def speaker(self, verb: Token, sentence: Span) -> Optional[Speaker]:
        """The source of a verb of saying, as a speaker.

        RETURNS None when the verb has no source that can say anything (passive
        with no agent, impersonal `on`).
        """
        narrative = narrative_subject(verb, self.article.lexicon)
        if narrative is not None:
            return narrator(verb, narrative, self.article.resolver)
        verb = implying_governor(verb, self.article.lexicon.implicative) or verb  # `X a tenu à préciser`: X
        source = _voice_of(verb) or _agent_of_participle(verb) or self.subjects.source_of(verb, sentence)
        if source is None:
            return None if is_passive(verb) else Speaker.none()
        if source.lower_ != "on" and not can_speak(source, self.article.lexicon):
            source = self._speaking_subject_after(verb, sentence)  # `Un immeuble soufflé …, a précisé X`
            if source is None:
                return None
        if source.lower_ == "on" or _not_a_source(source):
            return None
        source = self._signatory(source) or source
        continued = self._speaker_going_on(verb, source)
        if continued is not None:
            return continued
        speaker = self.article.resolver.from_head(source)
        if not speaker.text and source.lower_ in ("ils", "elles"):
            return None  # `Elles confirment un ralentissement`: a plural no group of sources stands behind (figures)
        return speaker

    def _speaker_going_on(self, verb: Token, source: Token) -> Optional[Speaker]:
        """`«…», a déclaré X. Y, son adjoint, a quitté la salle. «…», a-t-il ajouté`: a verb that goes on with
        one's own words (ajouter, poursuivre, conclure) with `il` or `elle` for subject is the last speaker's, of the
        pronoun's gender, within the last few sentences, rather than the last person named."""
        number, gender = PERSONAL_SUBJECTS.get(source.lower_, ("", ""))  # `il`, `-t-elle`
        if verb.lemma_.lower() not in GOING_ON or number != "Sing":
            return None
        recent = [s for p, s in self.article.resolver.history if verb.i - CONTINUATION_WINDOW <= p < verb.i]
        if not recent or not recent[-1].text or recent[-1].number != "Sing" or not recent[-1].person:
            return None
        named = self.article.resolver.from_head(source)
        if named.text == recent[-1].text:
            return named  # the same person, with the gender cue the pronoun gives
        if recent[-1].gender == gender or (not recent[-1].gender and not named.gender):
            pronoun = source.lower_.removeprefix("-t-").removeprefix("-")
            cue = encode_cues([({"Fem": FEMALE, "Masc": MALE}[gender], pronoun)])
            return replace(recent[-1], resolved_from=cue)
        return None  # a speaker of unknown gender gives way to the person the pronoun's gender picks

    def _signatory(self, source: Token) -> Optional[Token]:
        """`La lettre, signée par 200 médecins, dénonce …`: a document's agent (who signed, wrote or published it)
        says what the document says."""
        if self.article.lexicon.source_nouns.get(source.lemma_.lower()) != "document":
            return None
        for child in source.children:
            if child.dep_ in ("acl", "amod") and morph(child, "VerbForm") == "Part" and morph(child, "Tense") == "Past":
                agent = next((c for c in child.children if c.dep_ == "obl:agent"), None)
                if agent is not None and agent.pos_ in ("NOUN", "PROPN") and can_speak(agent, self.article.lexicon):
                    return agent
        return None

    def _speaking_subject_after(self, verb: Token, sentence: Span) -> Optional[Token]:
        """The subject written after the verb, when the word the rules took for its source names a thing."""
        postposed = self.subjects.postposed_subject(verb, sentence)
        return postposed if postposed is not None and can_speak(postposed, self.article.lexicon) else None

    # -- frames
    def _complement(self, cue: VerbCue, sentence: Span) -> Optional[tuple[str, tuple[int, int]]]:
        """Which frame of the verb the parse shows, and the reported content's character span."""
        last = cue.tokens[-1]
        children = [c for token in cue.tokens for c in token.children if c not in cue.tokens]
        after = [c for c in children if c.i > last.i]
        if "C" in cue.frames:
            colon = self._colon_after(last, sentence)
            content = trim_span(self.doc[colon.i + 1 : sentence.end]) if colon is not None else None
            if content:  # a colon followed by punctuation only reports nothing
                return "C", span_chars(content)
        if "Q" in cue.frames:
            statement = self._que_clause(after, last, sentence)
            if statement is not None:
                return "Q", statement
            question = indirect_question(after)
            if question is not None:
                return "Q", self._subtree_chars(question, sentence)
        if "I" in cue.frames:
            infinitive = infinitive_of(after)
            if infinitive is not None:
                return "I", self._subtree_chars(infinitive, sentence)
        described = self_description(cue) if "D" in cue.frames else None
        if described is not None:
            return "D", self._subtree_chars(described, sentence)
        if "P" in cue.frames and self.subjects.postposed_subject(cue.head, sentence) is not None \
                and self.subjects.is_incise(self.subjects.first_token_of_verb(cue.head), sentence):
            statement = self._incise_statement(cue, sentence)
            if statement is not None:
                return "P", statement
        if _agent_of_participle(cue.head) is not None:  # `les mesures annoncées par le ministère entrent en vigueur`
            return "A", span_chars(trim_span(sentence))
        if is_passive(cue.head) and any(c.dep_ == "obl:agent" for c in children):
            subjects = [c for c in children if c.dep_ == "nsubj:pass"]
            statement = self._subtree_chars(subjects[0], sentence) if subjects else span_chars(trim_span(sentence))
            if statement is not None:
                return "A", statement
        if "O" in cue.frames:
            for child in after:
                if (child.dep_ in ("obj", "obl:arg") or object_of_locution(cue, child)) and child.pos_ in ("NOUN", "PROPN", "NUM"):
                    return None if sentences_to_penalty(after) else ("O", self._object_chars(child, after, sentence))
        if "T" in cue.frames:
            target = prepositional_target(cue, after, self.article.lexicon.source_nouns)
            if target is not None:
                return "T", self._subtree_chars(target, sentence)
        if "C" in cue.frames:
            gerund = gerund_of(after)
            if gerund is not None:  # `a renchéri en s'attaquant au bilan`: the stance the gerund takes
                return "G", span_chars(trim_span(self.doc[gerund.left_edge.i : sentence.end]))
        if cue.frames & {"O", "P", "L"} and self._clitic_object(cue.head, children):
            statement = span_chars(trim_span(sentence))
            if statement is not None:
                return "L", statement
        return None

    def _que_clause(self, after: list[Token], last: Token, sentence: Span) -> Optional[tuple[int, int]]:
        for child in after:
            marks = [g for g in child.children if g.lower_ in QUE and (g.dep_ == "mark" or g.pos_ == "SCONJ") and g.i < child.i]
            if marks and child.dep_ in QUE_CLAUSE_DEPS:
                return span_chars(trim_span(self.doc[marks[0].i : min(clause_end(child), sentence.end)]))
            if child.lower_ in QUE and child.pos_ == "SCONJ":
                return span_chars(trim_span(self.doc[child.i : sentence.end]))
        return self._detached_que_clause(last, sentence)

    def _detached_que_clause(self, last: Token, sentence: Span) -> Optional[tuple[int, int]]:
        """`a déclaré aux défenseurs des droits que …`, `a, de son côté, assuré que …`: the parse hangs the `que`
        clause on the indirect object or elsewhere; it is the first `que` after the verb, before any other verb."""
        for token in self.doc[last.i + 1 : min(sentence.end, last.i + 13)]:
            if token.lower_ in QUE and token.pos_ == "SCONJ":
                end = min(token.head.right_edge.i + 1, sentence.end)
                return span_chars(trim_span(self.doc[token.i : end])) if token.head.i > token.i else None
            if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":", "«", "»", '"') or \
                    morph(token, "PronType") == "Rel":
                return None
        return None

    def _subtree_chars(self, token: Token, sentence: Span) -> Optional[tuple[int, int]]:
        start = max(token.left_edge.i, sentence.start)
        end = min(token.right_edge.i + 1, sentence.end)
        span = trim_span(self.doc[start:end])
        return span_chars(span if len(span) else self.doc[token.i : token.i + 1])

    def _object_chars(self, obj: Token, after: list[Token], sentence: Span) -> Optional[tuple[int, int]]:
        """The object and the attribute a verb of judging gives it (`considère la réforme comme une provocation`)."""
        statement = self._subtree_chars(obj, sentence)
        attributes = [c for c in after if c.i > obj.i and c.left_edge.lower_ == "comme"]
        if statement is None or not attributes:
            return statement
        return statement[0], max(statement[1], self._subtree_chars(attributes[0], sentence)[1])

    def _clitic_object(self, verb: Token, children: list[Token]) -> bool:
        """`ce qu'a annoncé X`, `comme le raconte X`: the statement is the surrounding sentence."""
        before = self.doc[max(0, verb.i - 6) : verb.i]
        as_clause = any(t.lower_ == "comme" and not any(v.pos_ == "VERB" for v in before[t.i - before.start :]) for t in before)
        for child in children:
            if child.i < verb.i and child.dep_ == "obj" and child.pos_ == "PRON":
                if morph(child, "PronType") == "Rel" or (as_clause and child.lower_ in ("le", "l'", "l’")):
                    return True
            # `Comme l'écrit X`, `Comme le constate X`: the tagger reads the clitic before the verb as its determiner
            if as_clause and child.i == verb.i - 1 and child.dep_ in ("det", "obj") and child.lower_ in ("le", "l'", "l’"):
                return True
        return False

    def _colon_after(self, last: Token, sentence: Span) -> Optional[Token]:
        for token in self.doc[last.i + 1 : min(sentence.end, last.i + 8)]:
            if token.text == ":":
                return token
            if token.pos_ in ("VERB",) or token.text in (".", ";"):
                return None
        return None

    def _incise_statement(self, cue: VerbCue, sentence: Span) -> Optional[tuple[int, int]]:
        """`Ce processus est la norme, explique X` / `…, a-t-il ajouté`: the reported part before the incise."""
        previous = self.subjects.word_before(self.subjects.first_token_of_verb(cue.head), sentence)
        if previous is None or (previous.text not in COMMA_LIKE and previous.text not in CLOSING_MARKS):
            return None
        before = trim_span(self.doc[sentence.start : previous.i])
        if len(before) < 3:
            return None
        return span_chars(before)


def _not_a_source(source: Token) -> bool:
    """`Celle sur les pesticides demande …` (a demonstrative stands for a thing, `celui-ci` for the one named last), `Nous vous invitons …`
    (the outlet addressing its reader): no one reports anything."""
    if source.pos_ != "PRON" or is_latter_pronoun(source):
        return False
    return morph(source, "PronType") == "Dem" or morph(source, "Person") in ("1", "2")


def _agent_of_participle(verb: Token) -> Optional[Token]:
    """`annoncées par le ministère`, `le tir confirmé par Séoul`: the agent of a past participle qualifying a noun."""
    if verb.dep_ not in ("acl", "amod") or morph(verb, "VerbForm") != "Part" or morph(verb, "Tense") != "Past":
        return None
    if verb.lemma_.lower() not in ANNOUNCING:
        return None  # `un roman écrit par X`, `un remède vanté par X`: who made or praised it, not a claim
    return next((c for c in verb.children if c.dep_ == "obl:agent"), None)


def _voice_of(verb: Token) -> Optional[Token]:
    """`Les Républicains ont salué …, par la voix de leur président, X`: the one who speaks for the subject."""
    for child in verb.children:
        if child.lemma_.lower() == "voix" and any(c.dep_ == "case" and c.lower_ == "par" for c in child.children):
            return next((c for c in child.children if c.dep_ in ("nmod", "appos")), None)
    return None
