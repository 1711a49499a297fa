"""Word shapes and closed French word classes that every entity rule reads.

Kept apart from the lexicons in `models/`: these are grammar (prepositions,
articles, inverted pronouns) and typography (capitals, acronyms), not lists
that grow with the news.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

COMPLEMENT_PREPOSITIONS = {"de", "du", "des", "d'", "d’"}
DEFINITE_ARTICLES = {"le", "la", "l'", "les"}
# Nouns that place a date, not a complement of a name (`Conseil européen de fin juin`, `de mi-mars`).
TIME_NOUNS = {"fin", "début", "mi", "milieu"}
# Words that join the parts of an English title (`Health, Safety, and Rights Act`).
TITLE_CONNECTORS = {",", "and", "of", "the", "for", "on", "&", "-"}
# French subject pronouns after a hyphenated verb (`Croyez-vous`): a closed grammatical class.
INVERTED_PRONOUNS = {"-je", "-tu", "-il", "-elle", "-on", "-nous", "-vous", "-ils", "-elles", "-t", "-t-il", "-t-elle"}
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
_ROMAN_NUMERAL = re.compile(r"^[IVXLCDM]+$")


def apostrophes(text: str) -> str:
    """The text with typographic apostrophes made straight, as the lexicons write them."""
    return text.replace("’", "'")


def is_inverted_verb(token: Token) -> bool:
    """`Croyez-vous`, `Souvenez-vous`: a word followed by an inverted subject pronoun is a verb."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in INVERTED_PRONOUNS


def is_capitalised(token: Token) -> bool:
    """A word that may open a name: an initial capital or digit."""
    return token.text[:1].isupper() or token.text[:1].isdigit()


def is_acronym(span: Span) -> bool:
    """One word of two to eight capitals (`CNAF`), not a Roman numeral (`XIV`)."""
    return len(span) == 1 and is_acronym_word(span.text)


def is_acronym_word(text: str) -> bool:
    """`is_acronym` of a one-word span, from its text (no Span to build for every token of a document)."""
    return ACRONYM.match(text) is not None and not _ROMAN_NUMERAL.match(text)


def is_shouted(sentence: Span) -> bool:
    """A heading in capitals (`DERNIÈRE MINUTE`): its words are not acronyms."""
    words = [t for t in sentence if t.is_alpha]
    return len(words) > 1 and sum(t.is_upper for t in words) * 2 > len(words)
