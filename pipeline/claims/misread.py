"""A verb of saying the tagger read as a noun or an adjective: its parse is lost, so word order gives the frame.

`L'opposition critique vivement le projet` (the subject is the noun before
the verb, what it reports the rest of the sentence) and `Comme le note
l'historien X, …` (the subject is the noun phrase after the verb, what it
reports the sentence).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from pipeline.claims.article import Article
from pipeline.claims.cues import VerbCue, comme_clitic, misread_subject
from pipeline.claims.drafts import Draft
from pipeline.claims.speakers.animacy import can_speak
from pipeline.claims.syntax import NE, is_question, span_chars, trim_span


def misread_claim(article: Article, cue: VerbCue, sentence: Span) -> Optional[Draft]:
    """RETURNS (Optional[Draft]): the indirect claim of a misread verb of saying, or None."""
    verb = cue.head
    if comme_clitic(verb):
        return _comme_claim(article, cue, sentence)
    doc = article.doc
    subject = misread_subject(verb)
    if subject is None or is_question(sentence) or verb.i < sentence.start + 1 or subject.i < sentence.start:
        return None
    if doc[verb.i - 1].lower_ in NE or not can_speak(subject, article.lexicon):
        return None
    start = subject.i
    while start > sentence.start and doc[start - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
        start -= 1
    statement = span_chars(trim_span(doc[verb.i + 1 : sentence.end]))
    speaker = article.resolver.from_tokens(doc[start : verb.i])
    if statement is None or not speaker.text:
        return None
    return Draft("indirect", cue.tokens, statement, speaker, "O")


def _comme_claim(article: Article, cue: VerbCue, sentence: Span) -> Optional[Draft]:
    """`Comme le note l'historien X, …`: its subject is the noun phrase after the verb."""
    subject = article.subjects.postposed_subject(cue.head, sentence)
    if subject is None or is_question(sentence) or not can_speak(subject, article.lexicon):
        return None
    statement = span_chars(trim_span(sentence))
    speaker = article.resolver.from_head(subject)
    return Draft("indirect", cue.tokens, statement, speaker, "L") if statement and speaker.text else None
