"""A source's conviction: `X est convaincu que …`, `X reste persuadé que …`, `X est certain que …`.

An adjective (or passive participle) of certainty with a `que` clause reports what
its subject holds true (Riegel et al., Grammaire méthodique du français, the
adjectives with a completive clause: certain, sûr, convaincu, persuadé,
conscient). The subject is the adjective's own or, after a copular verb
(`reste`, `semble`, `se montre`), that verb's; `Il est certain que` is
impersonal and says nobody's view.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from pipeline.claims.article import Article
from pipeline.claims.drafts import Draft
from pipeline.claims.speakers.animacy import can_speak
from pipeline.claims.syntax import QUE, SUBJECT_DEPS, is_hypothetical, is_negated, is_question, span_chars, trim_span

BELIEF_FORMS = frozenset({"convaincu", "convaincue", "convaincus", "convaincues", "persuadé", "persuadée",
                          "persuadés", "persuadées", "certain", "certaine", "certains", "certaines", "sûr", "sûre",
                          "sûrs", "sûres", "conscient", "consciente", "conscients", "conscientes"})
IMPERSONAL = frozenset({"il", "ce", "c'", "c’", "cela", "ça"})


def belief_claims(article: Article, sentence: Span) -> list[Draft]:
    """RETURNS (list[Draft]): the convictions stated in `sentence` outside quotations."""
    if is_question(sentence):
        return []
    drafts = (_belief(article, token, sentence) for token in sentence
              if token.lower_ in BELIEF_FORMS and not article.inside_quotation(token.idx))
    return [draft for draft in drafts if draft is not None]


def _belief(article: Article, adjective: Token, sentence: Span) -> Optional[Draft]:
    holder = adjective.head if adjective.dep_ == "xcomp" and adjective.head.pos_ in ("VERB", "AUX") else adjective
    clause = next((c for c in (*adjective.children, *holder.children) if c.dep_ == "ccomp" and c.i > adjective.i
                   and any(m.lower_ in QUE and m.i < c.i for m in c.children)), None)  # `reste persuadé que`: the verb's
    if clause is None or any(is_negated(t) or is_hypothetical(t) for t in {adjective, holder}):
        return None
    subject = next((c for c in holder.children if c.dep_ in SUBJECT_DEPS and c.i < adjective.i), None)
    if subject is None or subject.lower_ in IMPERSONAL or not can_speak(subject, article.lexicon):
        return None
    mark = min(m.i for m in clause.children if m.lower_ in QUE)
    statement = span_chars(trim_span(article.doc[mark : min(clause.right_edge.i + 1, sentence.end)]))
    speaker = article.resolver.from_head(subject)
    if statement is None or not speaker.text:
        return None
    return Draft("indirect", (adjective,), statement, speaker, "Q")
