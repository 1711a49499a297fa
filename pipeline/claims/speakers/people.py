"""The people of an article: its person mentions, their fullest names and genders, the person a phrase names.

Person mentions are the PER entities, trimmed of honorifics, and runs of
proper nouns the NER left unlabelled or mislabelled; each resolves once,
with `names.resolve_within_document`, to the article's fullest mention.
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.claims.cues import CueLexicon
from pipeline.claims.quotations import Quotation, inside_quotation
from pipeline.claims.speakers.speaker import Speaker, genders_agree
from pipeline.claims.syntax import SUBJECT_DEPS, first_line, morph
from pipeline.common.genders import FEMALE, MALE
from pipeline.common.names import resolve_within_document

# Clitics written between a subject and its finite verb.
OBJECT_CLITICS = frozenset({"ne", "n'", "n’", "se", "s'", "s’", "l'", "l’", "le", "la", "les", "lui", "leur", "y", "en",
                            "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


GRAMMATICAL = {FEMALE: "Fem", MALE: "Masc"}
# Tokens within which a person a preposition governs (`PDG de X`) yields to an earlier person as an antecedent.
SALIENT_GAP = 12
# Clauses whose subject is not the topic a later pronoun goes on with: relatives, and the completive a verb reports.
EMBEDDED_CLAUSES = frozenset({"acl:relcl", "ccomp"})


class People:
    """The person mentions of one article, and those of them a pronoun or description may name."""

    def __init__(self, doc: Doc, lexicon: CueLexicon, quotations: Sequence[Quotation] = ()) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.quotations = quotations
        # trimmed again: depeche_entities does it with the same list, but a plain spaCy pipeline does not
        trimmed = ((ent, self._trim_honorific(first_line(ent))) for ent in doc.ents if ent.label_ == "PER")
        pairs = [(ent, span) for ent, span in trimmed if len(span) > 0]
        self.mentions = [span for _, span in pairs]
        targets = resolve_within_document([person.text for person in self.mentions], ["PER"] * len(self.mentions))
        self.fullest_of = {(person.start, person.end): self.mentions[target]
                           for person, target in zip(self.mentions, targets)}
        self.gender = self._person_genders(pairs, targets)
        # People named inside quoted words are not antecedents of the narrative's pronouns. Those a
        # description may name, a pronoun may name (no acronym), and a pronoun prefers (clause subjects):
        self.unquoted = [person for person in self.mentions if not inside_quotation(quotations, person.start_char)]
        self.antecedents = [person for person in self.unquoted if not _is_acronym(person)]
        self.subject_antecedents = [person for person in self.antecedents if self._is_subject(person)]

    def _person_genders(self, pairs: list[tuple[Span, Span]], targets: list[int]) -> dict[int, str]:
        """The gender of each mention (by its start): the one the cues `depeche_gender` read on the mentions of
        the same person agree on (`Span._.gender_cues`: `elle` is Odile Bordaz when `l'historienne Odile Bordaz`
        was written before), else the words right next to the mention (`gender_of`)."""
        found: dict[int, set[str]] = {}
        for (ent, _), target in zip(pairs, targets):
            found.setdefault(target, set()).update(GRAMMATICAL.get(gender, "") for gender, _ in ent._.gender_cues or ())
        agreed = {target: next(iter(genders - {""})) if len(genders - {""}) == 1 else "" for target, genders in found.items()}
        return {span.start: agreed[target] or self.gender_of(span) for (_, span), target in zip(pairs, targets)}

    # -- names
    def name_run(self, token: Token) -> Optional[Span]:
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

    def without_honorific(self, tokens: list[Token]) -> list[Token]:
        """`Mme Dupont` → `Dupont`: the tokens after the leading honorifics (never none of them)."""
        while len(tokens) > 1 and tokens[0].text in self.lexicon.honorifics:
            tokens = tokens[1:]
        return tokens

    def _trim_honorific(self, span: Span) -> Span:
        return span[len(span) - len(self.without_honorific(list(span))):]

    # -- the person a phrase names
    def named_in(self, region: Span, head: Token) -> Optional[Span]:
        """The person a source phrase names: `l'avocat de X, Murat Adam` → Murat Adam; `la mère de X` → none.

        A person counts unless a preposition governs it (`de Movlayev`). A name
        right after the phrase (`l'auteur du projet "…" Alexey Alshansky`) counts too.
        """
        holding = [p for p in self.mentions if p.start <= head.i < p.end]
        if holding:
            return holding[0]
        candidates = [p for p in self.mentions if region.start <= p.start and p.end <= region.end]
        candidates += self._name_runs(region)
        candidates += self._name_after(region.end - 1)
        for person in sorted(candidates, key=lambda p: p.start, reverse=True):
            if person.start <= head.i < person.end:
                return person
            if not self.governed_by_preposition(person):
                return person
        return None

    def _name_runs(self, region: Span) -> list[Span]:
        """Proper-noun runs of two words or more outside organisation names: persons the NER mislabelled."""
        runs = []
        index = region.start
        while index < region.end:
            run = self.name_run(self.doc[index])
            if run is None:
                index += 1
                continue
            words = [t for t in run if t.pos_ == "PROPN"]
            if len(words) >= 2 and run.end <= region.end and not any(t.ent_type_ == "ORG" for t in run):
                runs.append(run)
            index = run.end
        return runs

    def governed_by_preposition(self, person: Span) -> bool:
        before = person.start - 1
        while before >= 0 and (self.doc[before].text in self.lexicon.honorifics or self.doc[before].pos_ == "DET"):
            before -= 1
        return before >= 0 and (self.doc[before].pos_ == "ADP" or self.doc[before].lower_ in ("d'", "d’"))

    def _name_after(self, last: int) -> list[Span]:
        """A person glued to the end of a phrase (`l'auteur du projet "…" Alexey Alshansky`), or set
        in apposition between commas (`le ministre de la Santé, Olivier Véran,`)."""
        last = self._past_quoted_title(last)
        for person in self.mentions:
            if last < person.start <= last + 8 and self._names_role_of_complement(person, last):
                return [person]
            if last < person.start <= last + 5:
                between = self.doc[last + 1 : person.start]
                if all(t.pos_ in ("PROPN", "NOUN") for t in between):
                    return [person]
                following = self.doc[person.end] if person.end < len(self.doc) else None
                closed = following is None or following.text in (",", ".", ";", ":") or following.is_space
                if [t.text for t in between] == [","] and closed:
                    return [person]
        return []

    def _names_role_of_complement(self, person: Span, last: int) -> bool:
        """`le commissaire aux affaires économiques Paul Lemoine`, `la ministre de l'Education nationale X`: the
        parse sets the name in apposition to the role's complement, which is no person (`le porte-parole du
        ministre X` quotes the spokesman, not X)."""
        between = self.doc[last + 1 : person.start]
        anchor = person.root.head
        if person.root.dep_ not in ("appos", "flat:name", "nmod") or not last < anchor.i < person.start:
            return False
        if self.lexicon.source_nouns.get(anchor.lemma_.lower()) == "person" or between[0].pos_ != "ADP":
            return False
        return all(t.pos_ in ("ADP", "DET", "NOUN", "ADJ", "PROPN") for t in between)

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

    # -- a person as a speaker
    def speaker(self, person: Span) -> Speaker:
        """RETURNS (Speaker): the person at their fullest name, with the gender they are written with."""
        fullest = self._fullest(person)
        gender = self.gender.get(person.start, "") or self.gender_of(person)
        return Speaker(fullest.text, fullest.start_char, fullest.end_char, "Sing", gender, True)

    def _fullest(self, person: Span) -> Span:
        """The article's fullest mention of a person (`Bazhukov` → `Semyon Bazhukov`): resolved once for the
        article's person mentions, computed here only for a name the NER missed."""
        known = self.fullest_of.get((person.start, person.end))
        if known is not None:
            return known
        mentions = self.mentions + [person]
        target = resolve_within_document([m.text for m in mentions], ["PER"] * len(mentions))[-1]
        return mentions[target]

    def gender_of(self, person: Span) -> str:
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

    # -- antecedents
    def subjects_before(self, before: int) -> list[Span]:
        """People named before `before` as the subject of a clause of their own (not a relative or a completive
        clause: the topic a pronoun goes on with is the main clause's subject, `X a découvert que Y … . Elle` is X)."""
        return [p for p in self.subject_antecedents if p.end <= before]

    def nearest(self, before: int, gender: str = "") -> Optional[Span]:
        """The latest person a pronoun may name before token `before`, of a gender not known to differ; a name a
        preposition governs (`PDG de X`) gives way to the person named just before it (`Y, PDG de X, …`)."""
        agreeing = [p for p in self.antecedents if p.end <= before and genders_agree(self.gender.get(p.start, ""), gender)]
        for index in range(len(agreeing) - 1, -1, -1):
            person = agreeing[index]
            earlier = agreeing[index - 1] if index else None
            if earlier is None or not self.governed_by_preposition(person) or person.start - earlier.end > SALIENT_GAP:
                return person
            if not self.governed_by_preposition(earlier):
                return earlier
        return None

    def _is_subject(self, person: Span) -> bool:
        """Subject by the parse, or by word order when the parse slips: the name, maybe an apposition between
        commas, then a finite verb (`X, professeure d'histoire, défend …`)."""
        root = person.root
        if root.dep_ in SUBJECT_DEPS:  # not of a relative clause, nor of the clause a verb reports (`X a appris que Y …`)
            return root.head.dep_ not in EMBEDDED_CLAUSES
        if root.dep_ == "nmod" and self.governed_by_preposition(person):
            return False  # `Le fils de X a été arrêté`: the name completes the subject noun
        # `le juge Thomas Leroux l'a encouragée`; `Le ministre, Clément Beaune, a répondu` (the name a conjunct)
        if root.dep_ in ("appos", "flat:name", "conj") and root.head.dep_ in SUBJECT_DEPS and root.head.i < root.i:
            return root.head.head.dep_ not in EMBEDDED_CLAUSES
        index = person.end
        if index < len(self.doc) and self.doc[index].text == "," and self._finite_verb_at(index + 1):
            return True  # `le responsable du syndicat, X, se montre prudent`: the name is the apposed subject
        if index < len(self.doc) and self.doc[index].text == ",":
            closing = next((t.i for t in self.doc[index + 1 : index + 10] if t.text == ","), None)
            if closing is None or any(t.pos_ in ("VERB", "AUX") for t in self.doc[index + 1 : closing]):
                return False
            index = closing + 1
        return self._finite_verb_at(index)

    def _finite_verb_at(self, index: int) -> bool:
        """A finite verb at token `index`, past the object clitics before it (`X, pour le parti, s'est montré …`)."""
        while index < len(self.doc) and self.doc[index].lower_ in OBJECT_CLITICS:
            index += 1
        return index < len(self.doc) and self.doc[index].pos_ in ("VERB", "AUX") and morph(self.doc[index], "VerbForm") == "Fin"


def _is_acronym(span: Span) -> bool:
    """`LPPR`: a one-word all-capitals mention, an organisation the NER took for a person."""
    return len(span) == 1 and span.text.isupper()
