"""The words of a source phrase: the noun phrase its head heads, cut before clauses, incidents and topics.

`a ajouté un ténor de la droite sur l'influence de X`: the source is `un
ténor de la droite`; what follows says what is spoken about.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.claims.speakers.people import People
from pipeline.claims.syntax import CLAUSE_DEPS, INDEFINITE_ARTICLES, NP_CUT_DEPS, TOPIC_PREPOSITIONS, morph, strip_tokens

HYPHENS = frozenset({"-", "‑"})


def phrase_tokens(head: Token, people: People) -> list[Token]:
    """The tokens of the noun phrase headed by `head`, without clauses, incidents or determiners."""
    doc = head.doc
    excluded: set[int] = set()
    for child in head.children:
        if child.dep_ in NP_CUT_DEPS or (child.dep_ == "appos" and child.i > head.i) or _opens_clause(child) \
                or _unjoined_conjunct(child):
            excluded.update(t.i for t in child.subtree)
    postposed = head.i > head.head.i
    for token in head.subtree:  # a clause deeper in the phrase (`un ténor sur l'influence qu'a eue X`)
        if token.i not in excluded and token.i != head.i and (
                token.dep_ in CLAUSE_DEPS or (postposed and token.i > head.i and _is_topic(token))):
            excluded.update(t.i for t in token.subtree)
    members = {t.i for t in head.subtree} - excluded
    left = right = head.i
    while left - 1 in members:
        left -= 1
    while right + 1 in members:
        right += 1
    left, right = _across_hyphens(doc, left, right)
    tokens = [doc[i] for i in range(left, right + 1)]
    return strip_tokens(_with_name_run(tokens, head, people))


def _opens_clause(token: Token) -> bool:
    """`Le plan annoncé par la ministre prévoit …`, `… par le Premier ministre satisfait les syndicats`: a finite
    verb, or a word with an object of its own, that the parse hangs on a noun opens a clause, never a word of the
    source's name."""
    if token.pos_ in ("VERB", "AUX") and morph(token, "VerbForm") == "Fin":
        return True
    return token.pos_ in ("VERB", "ADJ") and token.i > token.head.i and any(c.dep_ == "obj" for c in token.children)


def _unjoined_conjunct(token: Token) -> bool:
    """`Comme l'explique la chercheuse, le climat change …`: a conjunct after a comma with a determiner and no `et`,
    `ou` or preposition of its own (not `du Parti socialiste aux Républicains`) is the next clause the parse ran
    on, not a second source."""
    doc = token.doc
    left = token.left_edge.i
    comma = doc[left].text == "," or (left > 0 and doc[left - 1].text == ",")
    own_phrase = any(c.dep_ == "det" for c in token.children) and not any(c.dep_ == "case" for c in token.children)
    return token.dep_ == "conj" and comma and own_phrase and not any(c.dep_ == "cc" for c in token.children)


def _across_hyphens(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """`marins-pompiers`, split by the tokenizer into `marins` `-` `pompiers`: a word glued by hyphens is whole;
    so is a name ending in the English possessive."""
    def glued(hyphen: int) -> bool:
        return 0 < hyphen < len(doc) - 1 and doc[hyphen].text in HYPHENS and not doc[hyphen - 1].whitespace_ \
            and not doc[hyphen].whitespace_
    while glued(left - 1):
        left -= 2
    while glued(right + 1):
        right += 2
    if right + 1 < len(doc) and doc[right].text.endswith(("'", "’")) and not doc[right].whitespace_ \
            and doc[right + 1].lower_ == "s":
        right += 1  # `Moody's`, `McDonald's`: the tokenizer takes the English possessive for an elision
    return left, right


def _with_name_run(tokens: list[Token], head: Token, people: People) -> list[Token]:
    """Extend a phrase over the whole proper-noun run its head belongs to (`Kassym` `-` `Jomart` `Tokaïev`), and
    over the whole name of a body it is a word of, which the parse may break up (`rapporte le New York Times`)."""
    run = people.name_run(head)
    indices = {t.i for t in tokens} | (set(range(run.start, run.end)) if run is not None else set())
    if head.ent_type_ == "ORG":
        indices |= set(range(*_entity_bounds(head)))
    return [head.doc[i] for i in range(min(indices), max(indices) + 1)]


def _entity_bounds(token: Token) -> tuple[int, int]:
    """The token bounds of the capitalised words around a token inside its named entity (the model's span may run
    on over lower-case words: `Office fédéral de la santé dans un communiqué`)."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].text[:1].isupper():
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].text[:1].isupper():
        end += 1
    return start, end


def indefinite_article_start(first: Token) -> int:
    """`un ténor de la droite`, `une habitante`: an anonymous source keeps its article, which says so.

    RETURNS (int): the character the phrase starts at, its article's if it has one. Only the singular
    `un`/`une`: `des habitants` is written `habitants`, as a definite description is without its article.
    """
    doc = first.doc
    previous = doc[first.i - 1] if first.i > 0 else None
    if previous is not None and previous.lower_ in INDEFINITE_ARTICLES and previous.dep_ == "det":
        return previous.idx
    return first.idx


def _is_topic(token: Token) -> bool:
    """`sur l'influence de X` after a postposed source (`a ajouté un ténor de la droite sur …`): what is
    spoken about, where or to whom, not who speaks."""
    cases = {c.lower_ for c in token.children if c.dep_ == "case"}
    if token.dep_ != "nmod" or not cases:
        return False
    # the channel or the outlet spoken to: `précise l'office dans un communiqué`, `a déclaré son porte-parole à l'AFP`
    return bool(cases & TOPIC_PREPOSITIONS) or "dans" in cases or (bool(cases & {"à", "au", "aux"}) and token.pos_ == "PROPN")
