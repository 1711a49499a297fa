"""Impersonal attributions: `…, a-t-on appris auprès du parquet`, `…, est-il relevé dans la plainte`.

The verb has no one for subject (`on`, or the `il` of an impersonal passive);
the source is the body asked (`auprès de X`) or the document read (`dans la
plainte`). The parse of these incises is erratic, so the rule reads the word
order: the verb with its inverted or preposed impersonal clitic, then the
source phrase within a few words.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from pipeline.claims.article import Article
from pipeline.claims.drafts import Draft
from pipeline.claims.nominal import NominalClaims
from pipeline.claims.speakers.animacy import can_speak
from pipeline.claims.syntax import COMMA_LIKE, is_negated, is_question, span_chars, trim_span

# Verbs of learning and reading, besides the lexicon's verbs of saying: `a-t-on appris`, `peut-on lire`.
LEARNING = frozenset({"apprendre", "lire"})
IMPERSONAL_ON = frozenset({"on", "-on", "-t-on"})
IMPERSONAL_IL = frozenset({"-il", "-t-il"})
SOURCE_WINDOW = 8
# Words that open the source of an impersonal verb: the body asked (`auprès de`, `à la mairie`, `chez X`, `du côté
# de X`) or the document read (`dans la plainte`); `de source policière` is read by `_opens_source`.
SOURCE_OPENERS = frozenset({"auprès", "dans", "à", "chez", "côté"})


def impersonal_claims(article: Article, nominal: NominalClaims, sentence: Span) -> list[Draft]:
    """RETURNS (list[Draft]): the according-to claims of the impersonal verbs of `sentence` that name a source."""
    if is_question(sentence):
        return []
    drafts = []
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX") or is_negated(verb) or article.inside_quotation(verb.idx):
            continue
        lemma = article.lexicon.lemma_of(verb)  # `indique-t-on`: the lemmatizer leaves the form as it is
        if lemma not in LEARNING and lemma not in article.lexicon.verbs_by_head:
            continue
        clitic = _impersonal_clitic(verb, sentence)
        if clitic is None:
            continue
        draft = _claim(article, nominal, verb, clitic, sentence)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _impersonal_clitic(verb: Token, sentence: Span) -> Optional[Token]:
    """`on` / `-t-on` next to the verb, or the `-il` of `est-il relevé` (a passive with no agent)."""
    doc = verb.doc
    for token in doc[max(sentence.start, verb.i - 3) : min(sentence.end, verb.i + 3)]:  # `-t` `-on` may be split
        if token.lower_ in IMPERSONAL_ON:
            return token
        passive = any(c.dep_ == "aux:pass" for c in verb.children) or verb.morph.get("Voice") == ["Pass"]
        if token.lower_ in IMPERSONAL_IL and token.i < verb.i and passive:
            return token
    return None


def _claim(article: Article, nominal: NominalClaims, verb: Token, clitic: Token, sentence: Span) -> Optional[Draft]:
    """The source phrase after `auprès` or `dans`, and the words reported: before the incise, else after it."""
    doc = article.doc
    for token in doc[verb.i + 1 : min(sentence.end, verb.i + SOURCE_WINDOW)]:
        if token.pos_ == "VERB" or token.text in (".", ";", ":"):
            return None
        if not _opens_source(token):
            continue
        phrase = nominal.source_phrase(token, sentence)
        nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
        if not nouns or not can_speak(nouns[0], article.lexicon):
            return None
        first = min(clitic.i, article.subjects.first_token_of_verb(verb).i)
        statement = _reported_part(article, first, phrase[-1].i + 1, sentence)
        speaker = article.resolver.from_tokens(phrase)
        if statement is None or not speaker.text:
            return None
        return Draft("according_to", (verb,), statement, speaker, "N")
    return None


def _opens_source(token: Token) -> bool:
    """`auprès de X`, `à la mairie`, `du côté des enquêteurs`, and the `de` of `de source policière`."""
    if token.lower_ in SOURCE_OPENERS:
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "de" and following is not None and following.lemma_.lower() == "source"


def _reported_part(article: Article, first: int, after_source: int, sentence: Span) -> Optional[tuple[int, int]]:
    """`X, a-t-on appris …`: the words before the incise; `On a appris auprès de X que …`: those after the source."""
    doc = article.doc
    start = first
    before = trim_span(doc[sentence.start : start])
    if start > sentence.start and doc[start - 1].text in COMMA_LIKE and len(before) >= 3:
        return span_chars(before)
    after = trim_span(doc[after_source : sentence.end])
    return span_chars(after) if len(after) >= 3 else None
