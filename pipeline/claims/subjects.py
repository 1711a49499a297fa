"""Subjects of verbs of saying: which word of the parse names who says.

The parser often loses the subject of a verb of saying in press French:
incises (`…, a déclaré X`, `a-t-elle martelé`), subjects set apart by an
apposition or a detached phrase (`X, professeure d'histoire, défend`,
`X a, lui, promis`), a subject hung on a participle (`Un rapport, publié
lundi, évoque`). These rules read the parse and, where it slips, the word
order. They return tokens; `speakers` turns a token into a named source.
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.claims.quotations import Quotation, inside_quotation
from pipeline.claims.syntax import (CLOSING_MARKS, COMMA_LIKE, PERSONAL_SUBJECTS, QUE, SUBJECT_DEPS, TIME_WORDS, inline_space,
                             is_inverted_clitic, is_passive, morph)

# The euphonic `-t`, object clitics and the `c'` of a cleft the parser may take for a subject (`«…», m'a confié X`,
# `c'est ainsi qu'il a qualifié …`).
NEVER_SUBJECTS = frozenset({"-t", "m'", "m’", "me", "t'", "t’", "te", "c'", "c’"})
DETACHED_PRONOUNS = frozenset({"lui", "elle", "eux", "elles", "aussi", "quant", "y", "en"})


class VerbSubjects:
    """Finds the subject of a verb of saying in one parsed article."""

    def __init__(self, doc: Doc, quotations: Sequence[Quotation]) -> None:
        self.doc = doc
        self.quotations = quotations

    def source_of(self, verb: Token, sentence: Span) -> Optional[Token]:
        """The word naming who says: agent of a passive, inverted clitic, subject, postposed subject, or its head's.

        RETURNS None when the parse shows no source (a passive with no agent);
        an impersonal `on` is returned as such, for the caller to drop.
        """
        if is_passive(verb):
            agents = [c for c in verb.children if c.dep_ == "obl:agent"]
            return agents[0] if agents else None
        if _hangs_on_clause(verb):  # `X a jugé …, tout en reconnaissant que …`: the participle's source is X
            return self.source_of(verb.head, sentence)
        postposed = self.postposed_subject(verb, sentence)
        if postposed is not None and postposed.text.startswith("-"):
            return postposed
        first = self.first_token_of_verb(verb)
        subject = self._subject_before(verb, first, sentence)
        if subject is not None and (subject.lower_ == "on" or postposed is None or not self._clause_between(subject, first)):
            return subject
        if postposed is not None and self.is_incise(first, sentence):
            return postposed
        if verb.dep_ == "acl:relcl" or _is_present_participle_of_noun(verb) or reports_for_root_noun(verb):
            return verb.head
        preceding = self._preceding_subject(first, sentence)
        if preceding is not None and postposed is not None and _governed(preceding):
            return postposed  # `… auprès de ses proches explique la procureure`: a noun a preposition governs is no subject
        if preceding is not None and (morph(verb, "VerbForm") == "Fin" or morph(verb, "Mood") or first.i != verb.i):
            return preceding
        coordinated = verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX")
        if coordinated and verb.dep_ == "conj" and self.has_subject(verb.head):
            return self.source_of(verb.head, sentence)  # `X retire le produit et considère la substance comme …`
        if postposed is not None:
            return postposed
        if coordinated and not _announces_its_head(verb):
            return self.source_of(verb.head, sentence)
        return preceding

    def word_before(self, token: Token, sentence: Span) -> Optional[Token]:
        """The token before `token` in its sentence, over no-break spaces; None at the sentence start."""
        index = token.i - 1
        while index >= sentence.start and inline_space(self.doc[index]):
            index -= 1
        return self.doc[index] if index >= sentence.start else None

    def first_token_of_verb(self, verb: Token) -> Token:
        """The verb's first word: its auxiliary or inverted clitic (`a-t-il déclaré` and `a, lui, promis` start at `a`).

        Read from the text as well as the parse: the tagger often hangs a
        clitic or a detached auxiliary elsewhere (`a-t-elle martelé`).
        """
        first = verb
        for child in verb.children:
            if child.i < first.i and (child.dep_.startswith("aux") or child.text.startswith("-")) and child.i >= verb.i - 4:
                first = child
        index = first.i - 1
        while index >= 0 and is_inverted_clitic(self.doc[index]):
            index -= 1
        if index < first.i - 1 and self.doc[index].pos_ in ("AUX", "VERB"):
            return self.doc[index]
        detached = self._detached_auxiliary(first)
        return detached if detached is not None else first

    def has_detached_aux(self, verb: Token) -> bool:
        first = self.first_token_of_verb(verb)
        return first.i != verb.i and first.pos_ in ("AUX", "VERB")

    def _detached_auxiliary(self, participle: Token) -> Optional[Token]:
        """`a, lui, promis`, `a, de son côté, annoncé`: an auxiliary cut from its participle by a detached phrase."""
        if participle.i < 2 or self.doc[participle.i - 1].text != ",":
            return None
        for index in range(participle.i - 2, max(-1, participle.i - 8), -1):
            token = self.doc[index]
            if token.text == "," and index > 0:
                before = self.doc[index - 1]
                finite = morph(before, "VerbForm") == "Fin" and before.lemma_ in ("avoir", "être")
                return before if finite and index < participle.i - 2 else None
            if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
                return None
        return None

    def postposed_subject(self, verb: Token, sentence: Span) -> Optional[Token]:
        """The subject written after its verb (`a déclaré mardi des responsables`, `a-t-il dit`)."""
        doc = self.doc
        for token in doc[max(sentence.start, verb.i - 3) : min(sentence.end, verb.i + 3)]:
            if token.text.startswith("-") and token.lower_ in PERSONAL_SUBJECTS:
                return token
        index = verb.i + 1
        if index < sentence.end and doc[index].pos_ == "VERB" and morph(doc[index], "VerbForm") == "Inf":
            index += 1
        limit = min(sentence.end, verb.i + 16)
        while index < limit:
            token = doc[index]
            if token.ent_type_ == "PER":
                return token
            if token.pos_ in ("ADV", "NUM") or token.text == "," or token.is_space or token.lower_ in TIME_WORDS or token.lower_ == "quant":
                index += 1
            elif token.pos_ == "ADP" and not _is_article_des(token):
                index = self._after_prepositional_noun(index, limit)
            elif token.pos_ == "NOUN" and token.is_lower and index == verb.i + 1:
                # a bare noun right after the verb is its complement (`fait état`, `prend acte`), unless the parse
                # makes it a subject coordinated with others (`ont souligné maire, procureure et préfet`)
                coordinated = any(c.dep_ == "conj" for c in token.children)
                return token if token.dep_ in SUBJECT_DEPS and token.head.i == verb.i and coordinated else None
            elif token.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADP"):
                adjective = None
                while index < limit and (doc[index].pos_ in ("DET", "ADJ") or _is_article_des(doc[index])):
                    adjective = doc[index] if doc[index].pos_ == "ADJ" and adjective is None else adjective
                    index += 1
                if index < limit and doc[index].lower_ in TIME_WORDS:
                    index += 1
                    continue
                if index < limit and doc[index].pos_ in ("NOUN", "PROPN"):
                    return doc[index]
                return adjective  # a noun the tagger read as an adjective (`des responsables kazakhs`)
            else:
                return None
        return None

    def _after_prepositional_noun(self, index: int, limit: int) -> int:
        """Index just past the noun of the prepositional phrase starting at `index` (`dans un communiqué`)."""
        index += 1
        while index < limit and self.doc[index].pos_ in ("DET", "ADJ", "ADP"):
            index += 1
        return index + 1

    def _subject_before(self, verb: Token, first: Token, sentence: Span) -> Optional[Token]:
        """The subject the parse gives the verb, or gives a participle set before it (`X, révélé lundi, évoque`)."""
        def subjects_of(token: Token) -> list[Token]:
            return [c for c in self._subjects(token) if sentence.start <= c.i < first.i]
        found = subjects_of(verb) or [  # `comme X le dit`: the parse takes X for an oblique
            c for c in verb.children
            if sentence.start <= c.i < verb.i and c.pos_ in ("NOUN", "PROPN") and any(g.lower_ == "comme" for g in c.children)
        ]
        for child in verb.children:
            if not found and child.i < first.i and child.dep_ in ("advcl", "acl") and morph(child, "VerbForm") == "Part":
                found = subjects_of(child)
        return found[0] if found else None

    def is_incise(self, first: Token, sentence: Span) -> bool:
        """A verb set after the words it reports (`…, a déclaré X`, `«…», dit X`, `ce qu'a dit X`), not after
        a subject and its apposition (`X, professeur d'histoire, défend`)."""
        before = self.word_before(first, sentence)
        if before is None or before.lower_ in QUE:
            return True
        if before.text in CLOSING_MARKS:  # a quotation, not a quoted name (`«Les Amis de la Terre» dénonce`)
            return any(q.end == before.idx + len(before.text) for q in self.quotations)
        if before.text not in COMMA_LIKE:
            return False
        return any(
            t.text in CLOSING_MARKS or (t.pos_ in ("VERB", "AUX") and morph(t, "VerbForm") == "Fin")
            for t in self.doc[sentence.start : before.i + 1]
        )

    def _clause_between(self, subject: Token, first: Token) -> bool:
        """A finite verb between a subject and the cue, outside the subject's own phrase: the subject belongs to
        an earlier clause and the cue is an incise (`X a été détenu, a déclaré sa famille`)."""
        inside_subject = {t.i for t in subject.subtree} - {t.i for t in _misparsed_clauses(subject) for t in t.subtree}
        return any(
            t.i not in inside_subject and morph(t, "VerbForm") == "Fin" and t.pos_ in ("VERB", "AUX")
            for t in self.doc[subject.i + 1 : first.i]
        )

    def _preceding_subject(self, first: Token, sentence: Span) -> Optional[Token]:
        """When the parse lost the subject (`X, a, lui, promis`; `X, capitaine du navire, admet`), the noun before the verb group."""
        index = first.i - 1
        while index >= sentence.start:
            token = self.doc[index]
            if token.text == ")":
                while index > sentence.start and self.doc[index].text != "(":
                    index -= 1
                index -= 1
                continue
            if token.text == "," or token.is_space or token.pos_ in ("ADV", "AUX") or token.lower_ in DETACHED_PRONOUNS:
                index -= 1
                continue
            if token.ent_type_ in ("PER", "ORG"):
                named = next(ent.root for ent in self.doc.ents if ent.start <= token.i < ent.end)
                # `X, directrice générale du Fonds monétaire international (FMI), a jugé`: the person, not the body
                return named if token.ent_type_ == "PER" else self._name_before_apposition(token, sentence) or named
            if token.pos_ not in ("NOUN", "PROPN"):
                return None
            return self._name_before_apposition(token, sentence) or token
        return None

    def _name_before_apposition(self, token: Token, sentence: Span) -> Optional[Token]:
        """`Joan Vaquero, capitaine du navire Punta des Vent, admet`: the person before the apposition."""
        for index in range(token.i - 1, max(sentence.start, token.i - 14) - 1, -1):
            current = self.doc[index]
            if current.pos_ in ("VERB", "AUX") or current.text in (".", ";", ":"):
                return None
            if current.text == "," and index > sentence.start and self.doc[index - 1].ent_type_ == "PER":
                return _first_conjunct(self.doc[index - 1]) if not self._governed_name(index - 1) else None
        return None

    def _governed_name(self, last: int) -> bool:
        """`Lors du mandat de Donald Trump, la fédération …`: a name a preposition governs is no subject."""
        index = last
        while index > 0 and self.doc[index].ent_type_ == "PER":
            index -= 1
        return self.doc[index].pos_ == "ADP" or self.doc[index].lower_ in ("d'", "d’")

    def has_subject(self, verb: Token) -> bool:
        return bool(self._subjects(verb))

    def _subjects(self, verb: Token) -> list[Token]:
        """The verb's subjects in the parse, but for the euphonic `-t` and words inside quotation marks."""
        return [c for c in verb.children
                if c.dep_ in SUBJECT_DEPS and c.lower_ not in NEVER_SUBJECTS and not inside_quotation(self.quotations, c.idx)]


def _governed(noun: Token) -> bool:
    """A noun a preposition governs (`de ses proches`), which no verb has for subject."""
    return any(c.dep_ == "case" for c in noun.children)


def _first_conjunct(name: Token) -> Token:
    """`Claire Morel et Paul Roux, les auteurs, estiment`: the first of coordinated names, whose conjuncts the
    speaker then joins."""
    root = name
    while root.dep_ == "flat:name" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "conj" and root.head.i < root.i and root.head.ent_type_ == "PER":
        return root.head
    return name


def _misparsed_clauses(subject: Token) -> list[Token]:
    """Finite verbs the parse hangs on a subject as a participle would be (`Les enquêteurs privilégient la piste,
    indique une source`: `privilégient` as an `acl` of `enquêteurs`): a clause of their own, no relative one."""
    return [c for c in subject.children if c.dep_ == "acl" and c.i > subject.i and morph(c, "VerbForm") == "Fin"
            and not any(morph(g, "PronType") == "Rel" for g in c.children)]


def _is_article_des(token: Token) -> bool:
    """`des` tagged as a preposition where it is the plural indefinite article (`a déclaré des responsables`)."""
    return token.lower_ == "des" and token.pos_ == "ADP" and token.i + 1 < len(token.doc) and \
        token.doc[token.i + 1].pos_ in ("NOUN", "ADJ")


def _announces_its_head(verb: Token) -> bool:
    """`X l'a dit : l'Europe doit …` parsed with the reported clause as the head: the head's subject is in what
    is reported, after the colon, not the source."""
    return verb.head.i > verb.i and any(t.text == ":" for t in verb.doc[verb.i + 1 : verb.head.i])


def _hangs_on_clause(verb: Token) -> bool:
    """A present participle or gerund adjoined to a finite clause (`…, estimant que`, `tout en reconnaissant`)."""
    return verb.dep_ in ("advcl", "conj") and morph(verb, "VerbForm") == "Part" and morph(verb, "Tense") == "Pres" \
        and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def reports_for_root_noun(verb: Token) -> bool:
    """`La Banque de France avertit que …` read as a noun phrase (the verb an `acl` of the noun the parse makes the
    sentence's root): a verb of saying with a `que`-clause of its own after the noun is that noun's verb."""
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
        and verb.i > verb.head.i and any(c.dep_ == "ccomp" and any(g.lower_ in QUE for g in c.children) for c in verb.children)


def _is_present_participle_of_noun(verb: Token) -> bool:
    """`des habitants affirmant que …`: the participle says what the noun it qualifies says."""
    return verb.dep_ == "acl" and morph(verb, "VerbForm") == "Part" and morph(verb, "Tense") == "Pres" \
        and verb.head.pos_ in ("NOUN", "PROPN")
