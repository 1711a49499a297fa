"""Descriptions and handles to the named entity they stand for, within one article: a reusable API.

    names = DescriptionNames(doc, lexicon, people)
    person = names.person_of_handle("@GDarmanin")       # the Span `Gérald Darmanin`, or None
    named = names.resolve(head)                         # the Span a description headed by `head` names, or None

`resolve` reads the description `head` heads (`le ministre de l'intérieur`,
`l'association`, `le président américain`) and returns the earlier mention
it stands for: the latest person written with the same role noun and the
same complement (`Paul Roux, ministre de l'Intérieur`), the latest
organisation set in apposition with the noun (`la Ligue des droits de
l'homme, une association …`), and for a role with no earlier match the one
person the headline names. The speaker resolution gives the name as the
speaker and keeps the description as the claim's context; the gender rules
can call the same function on `la ministre`.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from pipeline.claims.cues import CueLexicon
from pipeline.claims.speakers.people import People
from pipeline.common.names import fold

# Words of a description that qualify its role noun without naming whose role it is.
ROLE_FILLERS = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "en", "charge", "au", "aux", "a"})


class DescriptionNames:
    """The named mentions of one article that its descriptions and handles may stand for."""

    def __init__(self, doc: Doc, lexicon: CueLexicon, people: People) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.people = people

    def person_of_handle(self, handle: str) -> Optional[Span]:
        """`@GDarmanin` → the person `Gérald Darmanin`: the handle is the name, its surname, or initials and
        surname, run together."""
        wanted = fold(handle.lstrip("@")).replace(" ", "")
        if len(wanted) < 3:
            return None
        for person in reversed(self.people.unquoted):
            words = fold(person.text).split()
            if not words:
                continue
            forms = {"".join(words), words[-1], words[0][0] + words[-1], "".join(w[0] for w in words[:-1]) + words[-1]}
            if wanted in forms:
                return person
        return None

    def resolve(self, head: Token) -> Optional[Span]:
        """RETURNS (Span | None): the mention the definite description headed by `head` stands for."""
        if not any(c.dep_ == "det" and c.morph.get("Definite") == ["Def"] for c in head.children):
            return None
        edge = head.right_edge.i
        if any(edge < p.start <= edge + 3 for p in self.people.mentions):
            return None  # `l'ambassadeur d'Israël, Joshua Zarka`: the description is followed by its own name
        kind = self.lexicon.source_nouns.get(head.lemma_.lower())
        if kind == "person":
            return self._person_with_role(head) or self._headline_person(head)
        if kind == "body":
            return self._organisation_of_kind(head)
        return None

    def _qualifiers(self, head: Token) -> set[str]:
        """The folded content words of the description after its noun (`de l'intérieur`, `américain`)."""
        words = set()
        for token in head.subtree:
            if token.i > head.i and token.is_alpha and fold(token.text) not in ROLE_FILLERS:
                words.add(fold(token.lemma_))
        return words

    def _person_with_role(self, head: Token) -> Optional[Span]:
        """The latest person before `head` written with the role noun and every qualifier of the description."""
        roles = self.lexicon.role_synonyms.get(head.lemma_.lower(), frozenset({head.lemma_.lower()}))
        qualifiers = self._qualifiers(head)
        if not qualifiers:
            return None  # a bare role is the description resolver's (`le ministre` → the latest minister spoken)
        for person in reversed([p for p in self.people.unquoted if p.end <= head.i]):
            window = self._role_window(person)
            lemmas = {fold(t.lemma_) for t in window} | {fold(t.text) for t in window}
            if any(t.lemma_.lower() in roles for t in window) and qualifiers <= lemmas:
                return person
        return None

    def _role_window(self, person: Span) -> list[Token]:
        """The role written with a name: the words right before it, up to a punctuation mark or a verb
        (`le ministre de l'Intérieur Paul Roux`), and its apposition between commas (`Paul Roux, ministre de …,`)."""
        before = []
        for token in reversed(self.doc[max(0, person.start - 8) : person.start]):
            if token.pos_ in ("VERB", "AUX") or token.is_punct or token.is_space:
                break
            before.append(token)
        after = []
        if person.end < len(self.doc) and self.doc[person.end].text == ",":
            for token in self.doc[person.end + 1 : min(len(self.doc), person.end + 10)]:
                if token.pos_ in ("VERB", "AUX") or token.is_punct or token.is_space:
                    break
                after.append(token)
        return before + after

    def _headline_person(self, head: Token) -> Optional[Span]:
        """`le président américain` with no one written so before: the one person the headline names."""
        if not self._qualifiers(head):
            return None
        first_line_end = self.doc.text.find("\n")
        end = first_line_end if first_line_end > 0 else len(self.doc.text)
        named = [p for p in self.people.unquoted if p.end_char <= end and p.end <= head.i]
        return named[0] if len({fold(p.text) for p in named}) == 1 else None

    def _organisation_of_kind(self, head: Token) -> Optional[Span]:
        """`l'association` → the latest organisation before it set in apposition with that noun (`la Ligue des
        droits de l'homme, une association de défense …`); an organisation whose name holds the noun is the
        description resolver's (`le ministère` → `ministère de la Défense`)."""
        noun = fold(head.lemma_)
        for ent in reversed([e for e in self.doc.ents if e.label_ == "ORG" and e.end <= head.i]):
            after = self.doc[ent.end : min(len(self.doc), ent.end + 3)]
            apposition = len(after) == 3 and after[0].text == "," and after[1].pos_ == "DET" and after[2].i < head.i
            if apposition and fold(after[2].lemma_) == noun:
                return ent
        return None
