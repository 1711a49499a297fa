"""`Pour X, …`: an opinion a sentence opens by attributing to a person, group or body.

No lexicon phrase marks it: `pour` opens too many other sentences (`Pour
l'heure, …`), so the phrase before the comma must name a source, and only a
sentence no other cue attributes is read this way.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.claims.article import Article
from pipeline.claims.drafts import Draft
from pipeline.claims.syntax import PERSONAL_SUBJECTS, span_chars, trim_span


def pour_claim(article: Article, sentence: Span) -> list[Draft]:
    """RETURNS (list[Draft]): the according-to claim of `Pour ses opposants, …` / `Pour X, …`, or none."""
    doc = article.doc
    tokens = [t for t in sentence if not t.is_space]
    if len(tokens) < 5 or tokens[0].lower_ != "pour":
        return []
    comma = next((t for t in tokens[1:10] if t.text == ","), None)
    if comma is None:
        return []
    phrase = [t for t in doc[tokens[1].i : comma.i]]
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") or t.lower_ in PERSONAL_SUBJECTS]
    if not nouns or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return []
    head = nouns[0]
    source_type = article.lexicon.source_nouns.get(head.lemma_.lower())
    if head.ent_type_ not in ("PER", "ORG") and source_type not in ("person", "body") and head.lower_ not in PERSONAL_SUBJECTS:
        return []
    statement = trim_span(doc[comma.i + 1 : sentence.end])
    if len(statement) < 3:
        return []
    speaker = article.resolver.from_tokens(phrase)
    return [Draft("according_to", (tokens[0],), span_chars(statement), speaker, "N")]
