"""The incise by its shape: any verb right after a quotation with its subject inverted or postposed speaks.

French writes the incise of direct speech with verbs of manner, gesture or
feeling as well as of saying (Grevisse, Le Bon Usage § 380: `sourit-elle`,
`grince un commerçant`, `s'étrangle-t-il`), an open class no lexicon lists:
the shape decides — a quotation of more than a few words opening its
clause, a comma, the verb, and its subject after it closing the clause.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from pipeline.claims.article import Article
from pipeline.claims.speakers.animacy import can_speak
from pipeline.claims.syntax import PERSONAL_SUBJECTS, is_inverted_clitic, is_negated, morph, trim_span

INCISE_ONLY = frozenset({"P"})  # the frame of a verb read as an incise by its shape alone
SCARE_QUOTE_MAX_WORDS = 3
CLOSING = frozenset({",", ".", "!", ";", "»", ")"})


def inverted_incise(token: Token) -> bool:
    """`sourit-elle`, `s'étrangle-t-il`, `a-t-il grincé`: a verb whose subject clitic is inverted."""
    doc = token.doc
    if not token.is_alpha or not token.is_lower or token.pos_ in ("AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ"):
        return False
    after = [t for t in doc[token.i + 1 : token.i + 3] if is_inverted_clitic(t)]
    if after and after[-1].lower_ in PERSONAL_SUBJECTS and not token.whitespace_:
        return True
    before = doc[token.i - 1] if token.i > 0 else None  # auxiliary, clitic, participle (read maybe as an adjective)
    inverted_before = before is not None and before.lower_ in PERSONAL_SUBJECTS and before.text.startswith("-")
    return inverted_before and (morph(token, "VerbForm") == "Part" or token.pos_ == "ADJ")


def opens_its_clause(article: Article, span: Span) -> bool:
    """A quotation of more than a few words opening its sentence, or after a colon or a dash: what an incise
    follows (not `qualifié d'« historique »`)."""
    doc = article.doc
    words = sum(1 for t in span if t.is_alpha)
    sentence = article.sentence_of(span[0])
    before = doc[span.start - 1] if span.start > 0 else None
    opens = len(trim_span(doc[sentence.start : span.start])) == 0 or (
        before is not None and before.text in (":", "—", "–", "-"))
    return words > SCARE_QUOTE_MAX_WORDS and opens


def postposed_speaker(article: Article, verb: Token, sentence: Span) -> Optional[Token]:
    """`«…», tacle la présidente de la région.`: the subject after a verb the lexicon does not know, when it is
    someone (`«…», reste le mot d'ordre`: no) not governed by a preposition (`un proche d'X`: not X) and closes
    the sentence or its clause."""
    if not verb.is_alpha or not verb.is_lower or not _finite_or_compound(verb) or is_negated(verb):
        return None
    subject = article.subjects.postposed_subject(verb, sentence)
    lexicon = article.lexicon
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not can_speak(subject, lexicon) \
            or lexicon.source_nouns.get(subject.lemma_.lower()) == "document":
        return None
    doc = article.doc
    if any(t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":") for t in doc[verb.i + 1 : subject.i]) \
            or any(c.dep_ == "case" for c in subject.children):
        return None
    end = subject.right_edge.i + 1
    return subject if end >= sentence.end or doc[end].text in CLOSING or doc[end].is_space else None


def _finite_or_compound(verb: Token) -> bool:
    """A finite verb, a present form the tagger took for an infinitive (`savoure`: its form is not its lemma), or
    a past participle right after its auxiliary (`«…», a souri X`)."""
    form = morph(verb, "VerbForm")
    if form == "Inf":
        return verb.lower_ != verb.lemma_.lower()
    if form == "Part":
        return after_its_auxiliary(verb)
    return form != "Ger"


def after_its_auxiliary(verb: Token) -> bool:
    """A past participle right after its finite auxiliary: the verb of a compound tense (`a souri`, `avait lâché`)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is not None and before.pos_ == "AUX" and before.head.i == verb.i and morph(before, "VerbForm") == "Fin"
