"""Subject pronouns of the narrative resolved to the salient person, for the gender they show.

The claims' speaker resolution gives the pronouns that speak (`elle a
ajouté`); this gives the others (`Elle dirige l'entreprise depuis 2019`)
with rules as conservative: a pronoun `il`/`elle` (or `-t-il`) subject of its
clause continues the topic, the person subject of an earlier clause of the
sentence or of the sentence before, when nothing else could be what it
stands for: reading back from the pronoun, a singular noun of its gender
that is a subject or an object (`Jean Morel a publié un livre. Il …`: the
book), an organisation or a place as subject (`Google … Il`), another person
or an unresolved pronoun of its gender stops the search. `celui-ci`/`celle-ci`
and `ce dernier`/`cette dernière` name the person mentioned last, with no
noun of their gender between. Pronouns inside quotation marks (the speaker's
`il`), impersonal ones (`il faut`, `il y a`, `il est possible de`) and those
of a person the text writes with the other gender are left alone.

A definite description opening its sentence as subject stands for the
salient person as `il`/`elle` does, when French marks it as naming someone
already named: a demonym (`Le Marseillais a manqué …`, `L'Argentine …`) or a
noun of a person with a demonym adjective (`Le gardien argentin a été élu …`,
`La dirigeante italienne …`). A bare role (`Le directeur a expliqué …`) may
bring in someone new, and is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable, Iterator, Optional

from spacy.tokens import Doc, Span, Token

from pipeline.annotate.gender.words import (FEMININE, MASCULINE, MASCULINE_FORM, demonym_gender, gender_of_morph,
                                            is_plural)

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
OBJECT_DEPS = frozenset({"obj", "iobj"})
PERSONAL = {"il": MASCULINE, "elle": FEMININE}
DEMONSTRATIVES = {"celui": MASCULINE, "celle": FEMININE}
LATTER = {("ce", "dernier"): MASCULINE, ("cette", "dernière"): FEMININE}
# Verbs whose `il` stands for no one (Grevisse, Le Bon Usage, § 772-773: impersonal verbs).
# Those also common with a person subject (`il reste prudent`, `il est arrivé`) are not listed.
IMPERSONAL_VERBS = frozenset({"falloir", "agir", "pleuvoir", "neiger", "sembler", "paraître", "suffire", "convenir",
                              "valoir"})
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
DEFINITE = frozenset({"le", "la", "l'", "l’"})
MAX_SENTENCES_BACK = 2  # the pronoun's sentence and the one before
# Quotation marks, paired on one line: French guillemets, English curly and straight double quotes.
_QUOTED = re.compile(r"«[^»\n]*»|“[^”\n]*”|\"[^\"\n]*\"")

Resolution = tuple[Span, tuple[str, str]]  # the person, and the (gender, words) the pronoun shows
Shown = tuple[str, str, bool]  # (gender, words, whether it stands for the person named last)


class PronounResolver:
    """The persons an article's subject pronouns stand for.

    people (list[Span]): the article's PER mentions, in order; written (dict): each one's written gender
    (`f`, `m`, or "" when the text writes none or both), to leave a pronoun of the other gender alone;
    names_person (Callable): whether a noun names a person (`la ministre X`, not `la dynastie X`);
    describe (Callable): the (gender, words) a role noun shows (`RoleNouns.gender`); demonyms: lower-case
    demonyms, the four forms (`models/entities/demonyms.txt`).
    """

    def __init__(self, doc: Doc, people: list[Span], written: dict[int, str],
                 names_person: Callable[[Token], bool],
                 describe: Callable[[Token], tuple[str, str]] = lambda noun: ("", ""),
                 demonyms: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.people = people
        self.written = written
        self.names_person = names_person
        self.describe = describe
        self.demonyms = demonyms
        self.person_at = {token.i: person for person in people for token in person}
        quoted = [match.span() for match in _QUOTED.finditer(doc.text)]
        self._quote_starts = [start for start, _ in quoted]
        self._quote_ends = [end for _, end in quoted]

    def resolutions(self) -> Iterator[Resolution]:
        """Every pronoun resolved to a person, in text order."""
        resolved: dict[int, Optional[Span]] = {}
        for token in self.doc:
            shown = self._pronoun(token) or self._description(token)
            if shown is None:
                continue
            gender, words, latest = shown
            person = self._antecedent(token, gender, resolved, latest=latest)
            resolved[token.i] = person
            if person is not None and self.written.get(person.start, "") in ("", gender):
                yield person, (gender, words)

    def _pronoun(self, token: Token) -> Optional[Shown]:
        """(gender, words, latest) of a subject pronoun standing for a person, else None."""
        if (token.dep_ not in SUBJECT_DEPS and token.dep_ != "expl:subj") or self._quoted(token):
            return None
        text = token.lower_.lstrip("-")
        if text in PERSONAL and token.pos_ == "PRON" and not (text == "il" and _impersonal(token)):
            return PERSONAL[text], text, False
        following = self.doc[token.i + 1 : token.i + 3].text.replace(" ", "")
        if text in DEMONSTRATIVES and following.startswith("-ci"):
            return DEMONSTRATIVES[text], f"{text}-ci", True
        determiner = next((child.lower_ for child in token.children if child.dep_ == "det"), "")
        if (determiner, text) in LATTER:
            return LATTER[(determiner, text)], f"{determiner} {text}", True
        return None

    def _description(self, token: Token) -> Optional[Shown]:
        """`Le gardien argentin a été élu …`, `Le Marseillais a manqué …`: a definite description of a person
        marked by a demonym, subject at the start of its sentence, naming no one itself; else None."""
        if (token.dep_ not in SUBJECT_DEPS or token.pos_ not in ("NOUN", "PROPN") or is_plural(token)
                or token.left_edge.i != token.sent.start or self._quoted(token)):
            return None
        det = next((child for child in token.children if child.dep_ == "det"), None)
        if det is None or det.lower_ not in DEFINITE or any(t.i in self.person_at for t in token.subtree):
            return None
        if token.lower_ in self.demonyms:
            gender = gender_of_morph(det) or demonym_gender(token.lower_, self.demonyms)
            return (gender, f"{det.lower_}{det.whitespace_}{token.text}", False) if gender else None
        if token.pos_ != "NOUN" or not any(child.dep_ == "amod" and child.lower_ in self.demonyms
                                           for child in token.children):
            return None
        gender, words = self.describe(token)
        gender = MASCULINE if gender == MASCULINE_FORM else gender
        return (gender, words, False) if gender in (MASCULINE, FEMININE) else None


    def _quoted(self, token: Token) -> bool:
        index = bisect_right(self._quote_starts, token.idx) - 1
        return index >= 0 and token.idx < self._quote_ends[index]

    def _antecedent(self, pronoun: Token, gender: str, resolved: dict[int, Optional[Span]],
                    latest: bool) -> Optional[Span]:
        """Reading back from the pronoun: the person it stands for, or None when something else may be.

        latest (bool): the person mentioned last (`ce dernier`), else the person subject of a clause."""
        for token in self._window(pronoun):
            person = self.person_at.get(token.i)
            if person is not None:
                if token.i != person.root.i:
                    continue
                if latest or self._is_subject(person):
                    return person
                return None  # a person in a complement: the pronoun may be them or the subject before
            if token.i in resolved and _shown_gender(token) == gender:
                return resolved[token.i]
            if _competes(token, gender, latest) and (pronoun.pos_ == "PRON" or not _is_thing(token, self.names_person)):
                return None  # a description of a person (`le gardien argentin`) stands for no thing
        return None

    def _window(self, pronoun: Token) -> Iterator[Token]:
        """The tokens before the pronoun, back to the start of the sentence before its own."""
        ends, after_end = 0, False
        for token in reversed(self.doc[: pronoun.i]):
            if token.text in SENTENCE_ENDS or (token.is_space and "\n" in token.text):
                ends += 0 if after_end else 1  # a paragraph break after a full stop ends one sentence
                after_end = True
                if ends >= MAX_SENTENCES_BACK:
                    return
                continue
            after_end = False
            yield token

    def _is_subject(self, person: Span) -> bool:
        """Subject of a clause of its own (not of a relative clause), or set in apposition to a subject that
        names a person (`la ministre Anne Durand a …`, not `la dynastie X s'est …`)."""
        root = person.root
        genitive = any(child.dep_ == "case" for child in root.children)  # `la société de X`: X is not the subject
        if (root.dep_ in ("appos", "flat:name", "nmod") and not genitive and root.head.dep_ in SUBJECT_DEPS
                and root.head.i < root.i):
            if not self.names_person(root.head):
                return False
            root = root.head
        return root.dep_ in SUBJECT_DEPS and root.head.dep_ != "acl:relcl"


def _shown_gender(token: Token) -> str:
    text = token.lower_.lstrip("-")
    return PERSONAL.get(text) or DEMONSTRATIVES.get(text) or ""


def _is_thing(token: Token, names_person: Callable[[Token], bool]) -> bool:
    return token.pos_ == "NOUN" and not names_person(token)


def _competes(token: Token, gender: str, latest: bool) -> bool:
    """Something other than a person the pronoun could stand for: a singular noun of its gender as subject or
    object, a proper noun (an organisation, a place) as subject (either in any role for `ce dernier`), a subject
    pronoun of its gender."""
    if token.pos_ == "PROPN":
        return latest or token.dep_ in SUBJECT_DEPS
    if token.pos_ == "NOUN" and not is_plural(token) and gender_of_morph(token) == gender:
        return latest or token.dep_ in SUBJECT_DEPS | OBJECT_DEPS
    return token.pos_ == "PRON" and token.dep_ in SUBJECT_DEPS and _shown_gender(token) == gender


def _impersonal(pronoun: Token) -> bool:
    """`il faut`, `il s'agit`, `il y a`, `il est possible de/que`, `il reste`: an `il` that stands for no one.

    The parser's `expl:subj` is not enough: it also labels so the `il` of `Il la préside`, `Il y vit`; an
    expletive `il` is one whose verb has a subject of its own after it (`il est arrivé trois blessés`)."""
    head = pronoun.head
    if head.lemma_ in IMPERSONAL_VERBS:
        return True
    children = list(head.children)
    if pronoun.dep_.startswith("expl") and (pronoun.dep_ != "expl:subj" or any(
            child.dep_ in ("nsubj", "nsubj:pass", "obj") and child.i > head.i and child.pos_ in ("NOUN", "PROPN", "NUM")
            for child in children)):
        return True
    if any(child.lower_ == "y" for child in children) and head.lemma_ == "avoir":
        return True
    return any(child.dep_ == "cop" for child in children) and any(
        child.dep_ in ("csubj", "ccomp", "xcomp") and child.i > head.i for child in children)
