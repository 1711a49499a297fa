"""The tense of the verb a date hangs on: whether "lundi" is the coming Monday or the last one.

It reads the dependency parse and the morphology of `fr_core_news_md`, so
it changes with the model, not with the date rules.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.annotate.extensions import doc_text

# endings of the simple future (not after "é": "nous espérons" is present); the model tags some as present
_FUTURE_ENDING = re.compile(r"(?:(?<!é)er(?:ai|as|a|ons|ez|ont)|ront)$")


def tense_of(span: Span, modals: dict[str, str], planned: dict[str, str]) -> str | None:
    """"future" ("reprendront lundi", "doit se tenir lundi"), "past" ("a été arrêté lundi") or None.

    The verb is the first one up the span's heads, or the copula of a predicate
    ("soit présent dès lundi": a present, so nothing). A bare past participle tells
    a past event ("signé en juin"), unless it announces one (`planned`: "prévu
    le 5 mars"); a present tense says nothing.
    """
    tense = _clause_tense(span, modals, planned)
    root = span.root
    if tense == "past" and root.dep_ == "nmod" and root.head.pos_ == "NOUN" and root.head not in span:
        return None  # "ont préparé le sommet du 28 avril": an event noun's date, not the past clause's
    return tense


def _clause_tense(span: Span, modals: dict[str, str], planned: dict[str, str]) -> str | None:
    """The tense of the first verb (or copula) up the span's heads, within three steps and its paragraph."""
    token = span.root
    own_copulas = [child for child in token.children if child.dep_ == "cop"]
    if own_copulas:  # the parser made the date its clause's predicate: "Il était présent lundi"
        return _verb_tense(own_copulas[0], modals, planned)
    for _ in range(3):
        head = token.head
        if head.i == token.i or _across_paragraphs(token, head):
            return None
        copulas = [child for child in head.children if child.dep_ == "cop"]
        if copulas or head.pos_ in ("VERB", "AUX"):
            return _verb_tense(copulas[0] if copulas else head, modals, planned)
        token = head
    return None


def _verb_tense(verb: Token, modals: dict[str, str], planned: dict[str, str]) -> str | None:
    """"future", "past" or None for one verb (or copula)."""
    if _is_future_verb(verb, modals):
        return "future"
    if _is_past_verb(verb) or _after_past_verb(verb):
        return "past"
    return "past" if _is_bare_participle(verb) and verb.lemma_ not in planned else None


def _is_past_verb(verb: Token) -> bool:
    """Passé composé, plus-que-parfait ("a été arrêté"), imparfait or passé simple."""
    if "Fin" in verb.morph.get("VerbForm") and set(verb.morph.get("Tense")) & {"Past", "Imp"}:
        return True
    return any(child.dep_ == "aux:tense" for child in verb.children)


def _after_past_verb(verb: Token) -> bool:
    """An infinitive governed by a past verb ("commençait à s'organiser dès dimanche") tells a past event."""
    governor = verb.head
    return ("Inf" in verb.morph.get("VerbForm") and governor.i != verb.i and governor.pos_ in ("VERB", "AUX")
            and _is_past_verb(governor))


def _across_paragraphs(token: Token, head: Token) -> bool:
    """A head in another paragraph is a parse error: syntax does not cross a line break."""
    start, end = sorted((token.idx, head.idx))
    return "\n" in doc_text(token.doc)[start:end]


def _is_bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary at all ("l'accord signé en juin")."""
    return ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
            and not any(child.dep_.startswith("aux") for child in verb.children))


def _is_future_form(verb: Token) -> bool:
    """A future ("reprendront", also when the model read "continuerons" as a present or "votera" as a
    participle: no participle ends so) or a conditional."""
    if "Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood"):
        return True
    return bool(set(verb.morph.get("VerbForm")) & {"Fin", "Part"}) and bool(_FUTURE_ENDING.search(verb.lower_))


def _is_future_verb(verb: Token, modals: dict[str, str]) -> bool:
    """A future or conditional verb or auxiliary, or an infinitive after one or after a present "doit"/"va"/"peut"."""
    auxiliaries = [child for child in verb.children if child.dep_.startswith("aux")]
    if _is_future_form(verb) and not any(child.dep_ == "aux:tense" for child in verb.children):
        return True
    if any("Fut" in aux.morph.get("Tense") for aux in auxiliaries):
        return True
    if "Inf" not in verb.morph.get("VerbForm"):
        return False
    governors = [verb.head] if verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") else []
    return any(_is_future_form(governor) or (governor.lemma_ in modals and "Pres" in governor.morph.get("Tense"))
               for governor in governors + auxiliaries)
