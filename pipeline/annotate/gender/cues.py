"""Where an article's own French states a person's gender, read from the parse around each person's name.

- a civility title before the name or its particle (`Mme Durand`, `M. Martin`, `Mlle de La Vallière`);
- a role noun the name stands in apposition to, before it (`la ministre Anne Durand`, `la chanteuse X`,
  `le président de la Région, X`) or after it (`X, directrice de …`, `X, la présidente du …`);
- what is predicated of the person: an attribute (`X est la présidente`, `X est inquiète`), a past
  participle conjugated with `être` (`X est arrivée`, `X s'est dite`, `X a été élue`), an adjective or
  participle after a verb of state or a reflexive one (`X s'est montrée prudente`, `X reste confiante`),
  a participle in apposition (`X, interrogée par …`, `X, née en 1970`), opening the clause (`Élue en
  2019, X …`) or in a relative clause (`X, qui s'est dite choquée`);
- a stressed pronoun set right after the name (`X, lui, est resté …`, `X, elle aussi, …`, `X lui-même`).

A name governed by `de` is what a noun is *of* (`l'avocate de X`, `la lettre de X, publiée …`): what
stands beside it says nothing of X. A masculine role form alone (`X, président de …`) is a hint, not
a cue (`GenderCues.of`). Pronouns are resolved apart (`pronouns`), and by the claims' speaker resolution.
"""

from __future__ import annotations

from typing import Iterator, Mapping

from spacy.tokens import Span, Token

from pipeline.annotate.gender.positions import (GENITIVES, SUBJECT_DEPS, after_comma, agrees_with_noun,
                                                civility_before, conjugated_with_etre, couple_before, governed, governed_before, has_object,
                                                inside_relative, is_complement, is_reflexive, is_verb_of_state,
                                                said_of, with_etre)
from pipeline.annotate.gender.participles import noun_participle_gender
from pipeline.annotate.gender.words import (FEMININE, MASCULINE, MASCULINE_FORM, Cue, RoleNouns, agreement,
                                            demonym_gender, is_plural)

# How a name stands in apposition to the role noun before it (`la ministre X`, `la ministre de …, X`).
ROLE_DEPS = ("appos", "flat:name", "nmod")
MAX_ROLE_DISTANCE = 10
MAX_ROLE_HOPS = 3
# The stressed pronouns French sets beside a name to stand it apart (`X, lui, …`; `X elle-même`).
STRESSED_PRONOUNS = {"lui": MASCULINE, "elle": FEMININE}
ONE_OF = {"un": MASCULINE, "une": FEMININE}
ARTICLES = {"le": MASCULINE, "un": MASCULINE, "la": FEMININE, "une": FEMININE}  # `l'une des fondatrices`
SET_APART = frozenset({"", "aussi", "non plus", "même", "seul", "seule"})  # what may follow it before the comma


class GenderCues:
    """The gender cues of one person's name in its article.

    civilities (Mapping[str, str]): civility title → gender (`Mme` → `f`).
    roles (RoleNouns): which nouns name a person, and the gender they show.
    participles (frozenset[str]): feminine past participles, which the tagger may call nouns (`participles`).
    ranks (frozenset[str]): ranks of the nobility and the clergy, whose `de X` is the person (`le cardinal de X`).
    demonyms (frozenset[str]): lower-case demonyms, the four forms (`la Française X`, `l'Américaine X`).
    honorifics (frozenset[str]): titles written before a name (`Me`, `Dr`, `Mme`), which a role stands before in turn
    (`l'avocate de la famille, Me X`).
    """

    def __init__(self, civilities: Mapping[str, str], roles: RoleNouns, participles: frozenset[str] = frozenset(),
                 ranks: frozenset[str] = frozenset(), demonyms: frozenset[str] = frozenset(),
                 honorifics: frozenset[str] = frozenset()) -> None:
        self.civilities = civilities
        self.roles = roles
        self.participles = participles
        self.ranks = ranks
        self.demonyms = demonyms
        self.honorifics = honorifics

    def of(self, person: Span) -> tuple[list[Cue], list[Cue]]:
        """RETURNS (tuple): every cue the text gives the name, in the order above, each once; and the hints,
        masculine role forms French also writes for women (`X, président de …`), as `("m", "président")`."""
        cues = list(dict.fromkeys(cue for cue in self._cues(person) if cue[0]))
        return ([cue for cue in cues if cue[0] != MASCULINE_FORM],
                [(MASCULINE, words) for gender, words in cues if gender == MASCULINE_FORM])

    def _cues(self, person: Span) -> Iterator[Cue]:
        doc = person.doc
        title = civility_before(person, self.civilities)
        if title:
            yield self.civilities[title], title
            yield from couple_before(person, title, self.civilities)
        root = person.root
        if is_complement(root, person):
            yield from self._rank_of(person)
            return
        yield from _stressed_pronoun(person)
        yield self._demonym_before(person)
        nodes = [root]
        role = self._role_before(person)
        if role is not None:
            yield self.roles.gender(role)
            if root.head == role and not self.roles.shows_no_gender(role):  # `la victime, X, a été transportée`
                nodes.append(role)
        yield from self._apposed(person)
        for node in nodes:
            yield from self._beside(node, person)
            if node.dep_ in SUBJECT_DEPS and not inside_relative(node.head, person) and not governed(node):
                yield from self.predicated(node.head)
                yield from _fronted(node.head, person)

    def _role_before(self, person: Span) -> Token | None:
        """The role noun the name follows in apposition: the noun right before it (`la chanteuse belge X`,
        `son épouse, X`), else the parse's head (`la ministre de la Culture, X`), or the noun the head is
        the complement of (`la maire de Paris X`, where the parse hangs the name on `Paris`)."""
        start = self._start_with_title(person)
        adjacent = self._noun_right_before(person, start)
        if adjacent is not None and self.roles.names_person(adjacent):
            return adjacent
        phrase = self._phrase_right_before(person, start)
        if phrase is not None:
            return phrase
        root = person.root
        head = root.head
        for _ in range(MAX_ROLE_HOPS if root.dep_ in ROLE_DEPS else 0):
            if (head.i >= person.start or person.start - head.i > MAX_ROLE_DISTANCE
                    or any(t.pos_ in ("VERB", "AUX") for t in person.doc[head.i : person.start])):
                break
            if head.pos_ == "NOUN" and self.roles.names_person(head):
                return head
            if head.dep_ not in ROLE_DEPS:
                break
            head = head.head
        return adjacent

    def _start_with_title(self, person: Span) -> int:
        """Where the name starts with the title written before it, if any (`Me X`, `Dr X`)."""
        before = person.start - 1
        return before if before >= 0 and person.doc[before].text in self.honorifics else person.start

    @staticmethod
    def _noun_right_before(person: Span, start: int) -> Token | None:
        """The noun before the name (and its title), past adjectives and one comma (`son épouse, X`); past a
        comma, not a noun a preposition governs when the name is the subject of its own clause (`selon sa
        mère, X a …`: the mother is who tells, not X)."""
        doc = person.doc
        index = start - 1
        comma = index >= 0 and doc[index].text == ","
        index -= 1 if comma else 0
        while index >= 0 and doc[index].pos_ == "ADJ":
            index -= 1
        before = doc[index] if index >= 0 else None
        if before is None or before.pos_ != "NOUN" or before.is_sent_end:
            return None
        if comma and before.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in GENITIVES for c in before.children):
            return None  # `l'avocate du prévenu, X`: what the phrase's head is of; the head is X's (`_phrase_right_before`)
        return None if comma and governed_before(before, person) else before

    def _phrase_right_before(self, person: Span, start: int) -> Token | None:
        """`la nouvelle directrice de l'hôpital, X, …`, `l'avocate de Y, X`: the noun of a person heading the phrase
        that ends at the comma before the name (whatever head the parse gives the name), not past a conjunct
        (`le cardinal de Y et de sa complice, X`: the cardinal is Y's role), unless a preposition
        governs it and the name is the subject of its own clause (`selon la directrice de l'école, X a …`)."""
        if start < 2 or person.doc[start - 1].text != ",":
            return None
        adjacent = person.doc[start - 2]
        if adjacent.dep_ == "conj":  # `le cardinal de X et de sa complice, Y`: the role heads the first conjunct
            return None
        head = adjacent.head
        while (head.pos_ in ("NOUN", "PROPN") and head.i < adjacent.i and head.right_edge.i >= adjacent.i
               and head.right_edge.i < start and start - head.i <= MAX_ROLE_DISTANCE):
            if head.pos_ == "NOUN" and self.roles.names_person(head):
                return None if governed_before(head, person) else head
            if head.head.i == head.i or head.dep_ == "conj":  # the root of its sentence (a one-line page ends one
                break  # at a comma), or a conjunct: what heads the phrase above is another's
            head = head.head
        return None

    def _apposed(self, person: Span) -> Iterator[Cue]:
        """By word order, where the parse may hang the apposition elsewhere: `X, étudiante en …`,
        `X, la présidente du …`, `X, 32 ans, chargé de …`, `X, visiblement ému, …`."""
        doc = person.doc
        index = person.end
        while index < len(doc) and doc[index].text == "*":  # `Antoine*`: a first name changed, says a note
            index += 1
        if index + 1 >= len(doc) or doc[index].text != ",":
            return
        index += 1
        aged = index + 3 < len(doc) and doc[index].like_num and doc[index + 1].lower_ == "ans" and doc[index + 2].text == ","
        index += 3 if aged else 0
        while index + 1 < len(doc) and doc[index].pos_ == "ADV" and doc[index].head.i > index:  # `, visiblement ému,`
            index += 1
        one_of = self._one_of(doc[index : index + 6])
        if one_of is not None:
            yield one_of
            return
        word = doc[index]
        if word.pos_ == "DET" and index + 1 < len(doc):
            word = doc[index + 1]
        if word.pos_ == "NOUN" and word.i == index and not self.roles.names_person(word):
            yield self._participle(word)  # `X, arrivée hier, …`: the tagger calls the participle a noun
        elif word.pos_ == "NOUN":
            yield self.roles.gender(word)
        elif word.pos_ in ("VERB", "ADJ") and word.i == index and (aged or said_of(word, person)):
            yield agreement(word), word.text

    def _one_of(self, words: Span) -> Cue | None:
        """`X, l'une des fondatrices du collectif`, `X, un de ses avocats`: the pronoun agrees with the persons
        it is one of. A masculine plural is a hint only (`l'un des fondateurs` is also written of a woman),
        and a noun of things says nothing (`l'un des piliers de l'équipe`)."""
        tokens = list(words)
        if tokens and tokens[0].lower_ in ("l'", "l’"):
            tokens = tokens[1:]
        if len(tokens) < 3 or tokens[0].lower_ not in ONE_OF or tokens[1].lower_ not in GENITIVES:
            return None
        noun = next((token for token in tokens[2:] if token.pos_ == "NOUN"), None)
        if noun is None or not is_plural(noun) or not self.roles.names_persons(noun):
            return None
        gender = ONE_OF[tokens[0].lower_]
        return (gender if gender == FEMININE else MASCULINE_FORM), " ".join(t.text for t in (tokens[0], tokens[1], noun))

    def _beside(self, node: Token, person: Span) -> Iterator[Cue]:
        """An apposition after the name: a role noun, a participle or adjective, a relative clause."""
        for child in node.children:
            if child.i < person.end:
                continue
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                yield self.roles.gender(child)
            elif child.dep_ in ("acl", "amod") and child.pos_ in ("VERB", "ADJ") and after_comma(child, person):
                if agrees_with_noun(child, node):
                    yield agreement(child), child.text
            elif child.dep_ == "acl:relcl" and any(c.dep_ in SUBJECT_DEPS and c.lower_ == "qui" for c in child.children):
                yield from self.predicated(child)

    def predicated(self, head: Token) -> Iterator[Cue]:
        """What a clause says of its subject: an attribute, an agreeing participle, a complement of state."""
        copula = any(c.dep_ == "cop" for c in head.children)
        if copula and head.pos_ == "NOUN":
            yield self.roles.gender(head)
        elif copula or conjugated_with_etre(head):  # an attribute agrees whatever follows it (`persuadé que`)
            yield agreement(head, masculine=not (is_reflexive(head) and has_object(head))), head.text
        elif head.pos_ == "NOUN" and with_etre(head):  # `X est partie avant l'aube`: a participle called a noun
            yield self._participle(head)
        of_state = is_verb_of_state(head)
        if copula or conjugated_with_etre(head) or is_reflexive(head) or of_state:
            for child in head.children:
                if (child.dep_ == "xcomp" or (of_state and child.dep_ == "obj")) and child.pos_ in ("ADJ", "VERB"):
                    yield agreement(child), child.text
                elif child.dep_ == "xcomp" and child.pos_ == "NOUN":
                    yield self.roles.gender(child) if self.roles.names_person(child) else self._participle(child)

    def _participle(self, word: Token) -> Cue:
        gender = noun_participle_gender(word, self.participles)
        return (gender, word.text) if gender else ("", "")

    def _demonym_before(self, person: Span) -> Cue:
        """`le Britannique X`, `l'Américaine X`, `une Italienne, X`: a capitalised demonym after its article names the
        person; the article shows the gender, or after `l'` the demonym's own form (`Américaine`, `Allemand`)."""
        doc, index = person.doc, person.start - 1
        index -= 1 if index > 0 and doc[index].text == "," else 0  # `Une Italienne, X, …`
        if index < 1 or doc[index].lower_ not in self.demonyms or not doc[index].text[:1].isupper():
            return "", ""
        demonym, article = doc[index], doc[index - 1].lower_
        if index > 1 and doc[index - 2].pos_ == "ADP":  # `Selon le Français, X …`: who tells, not X
            return "", ""
        gender = ARTICLES.get(article, "") or (demonym_gender(demonym.lower_, self.demonyms) if article in ("l'", "l’") else "")
        return (gender, f"{doc[index - 1].text}{doc[index - 1].whitespace_}{demonym.text}") if gender else ("", "")

    def _rank_of(self, person: Span) -> Iterator[Cue]:
        """`le cardinal de X`, `la duchesse d'X`: a rank of the nobility or the clergy right before the `de` that
        governs the name is the person's own (not so `l'avocate de X`, `la fille de X`)."""
        doc, start = person.doc, person.start
        if start > 1 and doc[start - 1].lower_ in GENITIVES and doc[start - 2].lower_ in self.ranks:
            yield self.roles.gender(doc[start - 2])


def _stressed_pronoun(person: Span) -> Iterator[Cue]:
    """`X, lui, est resté sur le banc`, `X, elle aussi, a voté contre`, `X lui-même l'admet`: the pronoun
    stands for the name it follows. Between commas only (`… à Pierre, lui demandant …` is an object)."""
    words = [token.lower_ for token in person.doc[person.end : person.end + 5]]
    for pronoun, gender in STRESSED_PRONOUNS.items():
        if f"{pronoun}-même" in (words[:1] + words[1:2] * (words[:1] == [","])):  # `X lui-même`, `X, elle-même …`
            yield gender, f"{pronoun}-même"
        elif words[:2] == [",", pronoun] and "," in words[2:]:
            if " ".join(words[2 : words.index(",", 2)]) in SET_APART:
                yield gender, pronoun


def _fronted(verb: Token, person: Span) -> Iterator[Cue]:
    """`Élue en 2019, X a présenté …`: a participle or adjective opening the clause, set off by a comma,
    is said of its subject."""
    for child in verb.children:
        if (child.dep_ == "advcl" and child.i < person.start and child.pos_ in ("VERB", "ADJ")
                and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
                and any(t.text == "," for t in person.doc[child.i : person.start])):
            yield agreement(child), child.text


