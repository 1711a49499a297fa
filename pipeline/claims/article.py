"""The parsed article as every claim rule reads it: quotations, verb cues, sentences, subjects, speakers.

Built once per article, so that the rules of verbs, attribution phrases and
quotations share one reading of the sentences and one speaker resolver, whose
history makes each speaker found an antecedent for the next pronoun.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from pipeline.annotate.extensions import doc_text
from pipeline.claims.cues import CueLexicon, find_verb_cues
from pipeline.claims.quotations import Quotation, find_quotations, inside_quotation
from pipeline.claims.speakers import SpeakerResolver
from pipeline.claims.subjects import VerbSubjects
from pipeline.claims.syntax import SUBJECT_DEPS, morph, sentence_spans


class Article:
    """One parsed article and the parts of it the claim rules share."""

    def __init__(self, doc: Doc, lexicon: CueLexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.quotations = [q for q in find_quotations(doc_text(doc)) if not _is_quoted_subject(doc, q)]
        self.resolver = SpeakerResolver(doc, lexicon, self.quotations)
        self.subjects = VerbSubjects(doc, self.quotations)
        self.verb_cues = find_verb_cues(doc, lexicon)
        self.cue_by_head = {cue.head.i: cue for cue in self.verb_cues}
        self.sentences = sentence_spans(doc)
        self.sentence_index = {t.i: n for n, span in enumerate(self.sentences) for t in span}

    def sentence_of(self, token: Token) -> Span:
        """The sentence of `sentence_spans` holding `token` (the parser's, for a token none holds)."""
        index = self.sentence_index.get(token.i)
        if index is None:
            return token.sent
        return self.sentences[index]

    def sentence_at(self, char: int) -> Optional[Span]:
        """The sentence holding character `char`, or None past the text."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return self.sentence_of(span[0]) if span is not None and len(span) else None

    def inside_quotation(self, char: int) -> bool:
        """Whether character `char` lies within the quoted words of a quotation."""
        return inside_quotation(self.quotations, char)


def _is_quoted_subject(doc: Doc, quotation: Quotation) -> bool:
    """`«Les Voix des femmes» appelle …`: a quoted name, subject of the verb right after it, quotes nobody."""
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].pos_ not in ("VERB", "AUX"):
        return False
    if any(morph(t, "VerbForm") == "Fin" for t in span):  # a name holds no clause
        return False
    following = doc[span.end]
    verb = following if following.pos_ == "VERB" else following.head
    return any(c.dep_ in SUBJECT_DEPS and span.start <= c.i < span.end for c in verb.children)
