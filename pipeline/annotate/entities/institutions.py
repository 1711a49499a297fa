"""Institutions written as noun phrases: `ministère russe de la Défense`, `police kazakhe`.

An institution is found from its head noun (`models/entities/org_heads.tsv`,
which also says what the head needs to name one) and the words the parse
attaches to it: adjectives, a name, up to MAX_COMPLEMENTS `de …` complements.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.words import (ACRONYM, COMPLEMENT_PREPOSITIONS, DEFINITE_ARTICLES, TIME_NOUNS,
                                              apostrophes, is_capitalised)
from pipeline.common.names import fold
from pipeline.common.tables import LABELS

MAX_COMPLEMENTS = 3
# Dependencies of a bare `la gendarmerie` acting in the sentence (subject, agent).
ACTING_DEPENDENCIES = {"nsubj", "nsubj:pass", "obl:agent"}


def head_need(org_heads: dict[str, str], token: Token) -> str | None:
    """What an institution head needs to name one (`org_heads.tsv`): a lower-case entry matches the word
    in any case (`Ministère`), a capitalised one only as written (`Ville`, not `ville`)."""
    return org_heads.get(token.text) or org_heads.get(token.lower_)


class Institutions:
    """Proposes the institution phrases a listed head noun opens."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Government bodies, courts, armies, police, agencies: a head noun and its modifiers."""
        for token in doc:
            needs = head_need(self.lexicon.org_heads, token)
            if (needs is None or token.pos_ not in ("NOUN", "PROPN") or _opens_a_person(token)
                    or _ends_a_compound(token) or _of_someone(doc, token)):
                continue
            end, named, complements = self._end(doc, token)
            if _is_indefinite(token) and not any(is_capitalised(t) for t in doc[token.i + 1:end]):
                continue  # `une cour d'assises française`, `une armée de bénévoles`: a kind, not a body
            if end == token.i + 1:
                if (needs == "bare" and _acts_alone(token) or needs == "definite" and _is_definite(token)
                        or _is_proper_head(token) and _is_definite(token)):
                    yield Candidate(token.i, end, "ORG", "institution")
                continue
            if (self.lexicon.gazetteer_labels.get(fold(doc[token.i:end].text), "ORG") != "ORG"
                    or _introduces_a_name(doc, end)):
                continue
            if needs == "adjective":
                named = any(t.lower_ in self.lexicon.administrative_adjectives for t in doc[token.i + 1:end])
            if needs in ("any", "definite") or named or (needs == "complement" and complements):
                yield Candidate(_ordinal_start(token), end, "ORG", "institution")

    def _end(self, doc: Doc, head: Token) -> tuple[int, bool, int]:
        """Where an institution phrase headed by `head` ends, and whether it is named.

        Follows the head's adjectives and up to MAX_COMPLEMENTS `de …`
        complements the parse attaches under it (`bureau du procureur général
        du Kazakhstan`). Named: a nationality adjective, a capitalised word or
        a name follows the head.
        """
        demonyms = self.lexicon.demonyms
        end, named, complements = head.i + 1, False, 0
        index = head.i + 1
        while index < len(doc):
            token = doc[index]
            if not head.is_ancestor(token) or "\n" in doc[index - 1].text_with_ws:
                break
            if token.pos_ == "ADJ" or fold(token.text) in demonyms:
                named = (named or fold(token.text) in demonyms or is_capitalised(token)
                         or token.lower_ in self.lexicon.administrative_adjectives)
                index += 1
                end = index
            elif token.pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in doc[head.i + 1:index]):
                named = True
                index += 1
                end = index
            elif (apostrophes(token.lower_) in COMPLEMENT_PREPOSITIONS | {"et"} and complements < MAX_COMPLEMENTS
                  and (token.lower_ != "et" or complements and _coordinates_a_complement(doc, index))):
                noun = index + 1 + (token.lower_ == "et")
                while noun < len(doc) and doc[noun].pos_ == "DET":
                    noun += 1
                if (noun >= len(doc) or doc[noun].pos_ not in ("NOUN", "PROPN")
                        or not head.is_ancestor(doc[noun]) or doc[noun].ent_type_ == "PER"
                        or _is_named_organization(doc[noun]) or doc[noun].lower_ in TIME_NOUNS):
                    break
                named = named or is_capitalised(doc[noun]) or _is_proper_head(head)
                complements += 1
                index = noun + 1
                while (index < len(doc) and doc[noun].pos_ == "PROPN" and doc[index].pos_ == "PROPN"
                       and is_capitalised(doc[index]) and doc[index].ent_iob_ != "B"
                       and "\n" not in doc[index - 1].text_with_ws):
                    index += 1  # `tribunal de New York`: the complement's name is whole
                end = index
            else:
                break
        return end, named, complements


def _ordinal_start(head: Token) -> int:
    """`la première chambre civile`, `la troisième chambre civile`: an ordinal before the head tells one body
    from its siblings, and is part of its name."""
    previous = head.doc[head.i - 1] if head.i > 0 else None
    if previous is not None and previous.head == head and "Ord" in previous.morph.get("NumType"):
        return previous.i
    return head.i


def _opens_a_person(head: Token) -> bool:
    """`Marine Tondelier`, `Justice Dupont`: a capitalised head the model reads as a person's first word."""
    return is_capitalised(head) and head.ent_type_ == "PER" and head.ent_iob_ == "B"


def _ends_a_compound(head: Token) -> bool:
    """`libre-service`, `self-service`: a head glued by a hyphen to the word before is a compound common noun."""
    doc = head.doc
    return head.i > 1 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_ \
        and not doc[head.i - 2].whitespace_


def _of_someone(doc: Doc, head: Token) -> bool:
    """`au service de son roi`, `la mairie de sa commune`: a complement with a possessive is whose the head is, a
    relation or a kind, not a body's name."""
    return (head.i + 2 < len(doc) and apostrophes(doc[head.i + 1].lower_) in ("de", "d'")
            and "Yes" in doc[head.i + 2].morph.get("Poss"))


def _is_indefinite(head: Token) -> bool:
    """The head's determiner is indefinite (`une`, `un`)."""
    return any(child.dep_ == "det" and "Ind" in child.morph.get("Definite") for child in head.children)


def _is_definite(head: Token) -> bool:
    """`le parquet`, `du parquet`, `à la mairie`: a definite article, or its contraction, right before the head."""
    previous = head.doc[head.i - 1] if head.i > 0 else None
    return previous is not None and (apostrophes(previous.lower_) in DEFINITE_ARTICLES
                                     or previous.lower_ in ("du", "au", "aux"))


def _coordinates_a_complement(doc: Doc, index: int) -> bool:
    """`… de la sécurité alimentaire et des affaires vétérinaires`: `et` opens a second `de …` complement."""
    return index + 1 < len(doc) and apostrophes(doc[index + 1].lower_) in COMPLEMENT_PREPOSITIONS


def _is_proper_head(head: Token) -> bool:
    """`le Conseil des ministres`, `la Cour des comptes`: a head capitalised inside a sentence is a name."""
    return is_capitalised(head) and not head.is_sent_start and not head.doc[head.i - 1].is_punct


def _is_named_organization(token: Token) -> bool:
    """`présidence du PCF`, `congrès de l'UMP`: an acronym complement is the organization itself."""
    return token.ent_type_ == "ORG" and token.ent_iob_ == "B" and ACRONYM.match(token.text) is not None


def _acts_alone(token: Token) -> bool:
    """`La gendarmerie a arrêté…`, `selon la police`, `auprès de la mairie`: the force itself acts or speaks."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is None or apostrophes(previous.lower_) not in DEFINITE_ARTICLES:
        return False
    before = token.doc[token.i - 2] if token.i > 1 else None
    if token.dep_ in ACTING_DEPENDENCIES or (before is not None and before.lower_ in ("selon", "par")):
        return True
    if before is not None and before.lower_ == "de" and token.i > 2 and token.doc[token.i - 3].lower_ == "auprès":
        return True  # `auprès de la mairie`: the body is asked, it answers
    return token.dep_ == "obj" and token.head.i == token.i - 2 and _opens_an_incise(token.head)


def _opens_an_incise(verb: Token) -> bool:
    """`…, a précisé la gendarmerie`: the verb (with its auxiliaries) follows punctuation, its subject is inverted."""
    index = verb.i - 1
    while index >= 0 and verb.doc[index].pos_ == "AUX":
        index -= 1
    return index >= 0 and verb.doc[index].is_punct


def _introduces_a_name(doc: Doc, end: int) -> bool:
    """`l'agence de presse russe Ria Novosti`: the phrase describes the name after it, which is the entity."""
    return end < len(doc) and doc[end].ent_type_ in LABELS and doc[end].ent_iob_ == "B"
