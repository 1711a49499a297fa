"""`Pour X, …` and `À ses yeux, …`: an opinion a sentence opens by attributing to a person, group or body.

No lexicon phrase marks it: `pour` opens too many other sentences (`Pour
l'heure, …`), so the phrase before the comma must name a source, and only a
sentence no other cue attributes is read this way.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from pipeline.claims.article import Article
from pipeline.claims.drafts import Draft
from pipeline.claims.speakers.speaker import Speaker
from pipeline.claims.syntax import CONTRASTIVE, PERSONAL_SUBJECTS, SUBJECT_DEPS, morph, span_chars, trim_span

# Connectives the tagger may read as another part of speech (`Voire` as an adjective).
CONNECTIVES = CONTRASTIVE | {"voire", "ainsi", "enfin", "et", "puis"}
POSSESSIVES = {"son": "Sing", "sa": "Sing", "ses": "Sing", "leur": "Plur", "leurs": "Plur"}


def pour_claim(article: Article, sentence: Span) -> list[Draft]:
    """RETURNS (list[Draft]): the according-to claim of `Pour ses opposants, …` / `Pour X, …`, or none."""
    doc = article.doc
    tokens = [t for t in sentence if not t.is_space]
    if len(tokens) >= 5 and _in_eyes_of_possessor(tokens):
        return _possessor_claim(article, sentence, tokens)
    tokens = _without_connective(tokens)
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


def _without_connective(tokens: list[Token]) -> list[Token]:
    """`Cependant, pour les auteurs, …`, `Voire même pour X, …`: the sentence from `pour`, past the connective
    adverbs or conjunctions (and their comma) opening it."""
    for index, token in enumerate(tokens[:4]):
        if token.lower_ == "pour":
            return tokens[index:]
        if token.pos_ not in ("ADV", "CCONJ") and token.text != "," and token.lower_ not in CONNECTIVES:
            return tokens
    return tokens


def _in_eyes_of_possessor(tokens: list[Token]) -> bool:
    """`À ses yeux, …`, `A leurs yeux, …`: the opinion of the one a possessive names."""
    return tokens[0].lower_ in ("à", "a") and tokens[1].lower_ in POSSESSIVES and tokens[2].lower_ == "yeux" \
        and tokens[3].text == ","


def _possessor_claim(article: Article, sentence: Span, tokens: list[Token]) -> list[Draft]:
    """The possessive's owner: the subject of the sentence before (`L'office a publié … . A ses yeux, …`),
    else as its subject pronoun would be resolved (`ses` → `il`/`elle`, `leurs` → `ils`)."""
    statement = trim_span(article.doc[tokens[4].i : sentence.end])
    if len(statement) < 3:
        return []
    number = POSSESSIVES[tokens[1].lower_]
    speaker = _previous_subject(article, sentence, number) or article.resolver.pronouns.resolve(tokens[1], number, "")
    return [Draft("according_to", tuple(tokens[:3]), span_chars(statement), speaker, "N")]


def _previous_subject(article: Article, sentence: Span, number: str) -> Optional[Speaker]:
    """The source of the previous sentence's last claim, else the subject of its main verb when it names a
    source of that number."""
    index = article.sentence_index.get(sentence.start, 0)
    if index == 0:
        return None
    previous = article.sentences[index - 1]
    spoke = [s for position, s in article.resolver.history if previous.start <= position < previous.end and s.number == number]
    if spoke:  # `…, précise l'office. A ses yeux, …`: who spoke in it
        return spoke[-1]
    root = previous.root
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]
    if not subjects or (morph(subjects[0], "Number") or "Sing") != number:
        return None
    speaker = article.resolver.from_head(subjects[0])
    return speaker if speaker.text else None
