"""The French words the model's lemmatizer knows, to tell common words and foreign prose from names.

The lemmatizer tables and the word vectors come from the pipeline, not from
`models/`: they are read once when the component is made and are not part of
what `to_disk` writes.
"""

from __future__ import annotations

from itertools import islice
from typing import Container

from spacy.language import Language
from spacy.tokens import Span, Token

from pipeline.annotate.entities.words import TITLE_CONNECTORS, is_inverted_verb
from pipeline.common.names import fold


# The most frequent vector keys read for the words written in lower case, and how much more frequent the
# lower-case form must be than the capitalised one.
FREQUENT_WORDS = 100_000
LOWER_CASE_MARGIN = 2
# How much more frequent a word's capitalised form must be than its lower-case one to be a name.
NAME_MARGIN = 5


class Vocabulary:
    """Tests on French words: common, inflected, or foreign.

    nlp (Language): the pipeline, whose lemmatizer tables tell common French words.
    """

    def __init__(self, nlp: Language) -> None:
        self.common_words = _common_words(nlp)
        # Words the lemmatizer's index lacks (`ligne`, `voir`, `privée`) that text writes in lower case, for words
        # in capitals (`PRIVEE`); a capitalised one is left to the parse (`Grasse` opening a sentence is the town).
        ranks = _ranks(nlp)
        self.lower_case_words = _lower_case_words(ranks)
        # Words text writes capitalised far more often (`Dupont`, `Rousseau`): names, whatever the index lists.
        self.capitalised_words = _capitalised_words(ranks)
        # Capitals often lose their accents (`SECURITE`, `PRIVEE`): the words as they are then written.
        self.unaccented_words = {fold(word) for word in self.common_words | self.lower_case_words}
        self.word_forms = _word_forms(nlp)
        self.vocab = nlp.vocab
        self.has_vectors = nlp.vocab.vectors.shape[0] > 0

    def is_common_word(self, token: Token, lower_words: set[str]) -> bool:
        """A capitalised common word (`Homme`, `Femmes`, or `Tôt` opening a sentence) is not a name.

        The parser's PROPN is trusted except at the start of a sentence, a line
        or a quotation, where any word is capitalised; there, a word the article
        also writes in lower case (`Nitrates` heading, `nitrates` in the
        text) is a common word too.
        """
        if token.is_stop or is_inverted_verb(token):
            return True
        if any(part[:1].isupper() for part in token.text.split("-")[1:]):
            return False  # `Seine-et-Marne`, `Val-d'Oise`: a compound capitalised after a hyphen is a name
        known = token.lower_ in self.common_words or token.lemma_.lower() in self.common_words
        previous = token.doc[token.i - 1] if token.i > 0 else None
        at_start = (previous is None or token.is_sent_start or "\n" in previous.text_with_ws
                    or previous.is_punct)
        if token.pos_ != "PROPN":
            return known or (at_start and token.lower_ in self.word_forms) or token.lower_ in lower_words
        return bool(at_start and (known and self._in_use(token.lower_) or token.lower_ in lower_words))

    def _in_use(self, word: str) -> bool:
        """A word the model's vectors know: the lemmatizer also lists rare nouns that are mostly surnames
        (`fouquet`), which a word vector table of common text leaves out; without vectors, every listed word."""
        return not self.has_vectors or self.vocab.has_vector(word)

    def is_foreign_word(self, token: Token) -> bool:
        """A lower-case word French does not know (`has`, `failed`), other than a title connector."""
        return (token.is_lower and token.is_alpha and len(token) > 2 and token.lower_ not in TITLE_CONNECTORS
                and not token.is_stop and token.lower_ not in self.common_words and token.lower_ not in self.word_forms)

    def is_foreign_prose(self, sentence: Span) -> bool:
        """A quoted English post: most of its lower-case words are not French."""
        words = [t for t in sentence if t.is_lower and t.is_alpha and len(t) > 2]
        return len(words) >= 2 and sum(self.is_foreign_word(t) for t in words) * 2 >= len(words)


def _word_forms(nlp: Language) -> Container[str]:
    """Every inflected French word form the lemmatizer knows (`étonnés`), for sentence-initial words."""
    if "lemmatizer" not in nlp.pipe_names:
        return set()
    lookups = nlp.get_pipe("lemmatizer").lookups
    return lookups.get_table("lemma_lookup") if lookups.has_table("lemma_lookup") else set()


def _ranks(nlp: Language) -> dict[str, int]:
    """The rank of each of the FREQUENT_WORDS most frequent vector keys: the model's vectors list their keys in
    the order of their frequency in the text they were trained on (`,`, `de`, `la` …)."""
    strings = nlp.vocab.strings
    rank: dict[str, int] = {}
    for index, key in enumerate(islice(nlp.vocab.vectors.key2row, FREQUENT_WORDS)):
        if key in strings:
            rank.setdefault(strings[key], index)
    return rank


def _lower_case_words(rank: dict[str, int]) -> set[str]:
    """Words of three letters or more that text writes in lower case far more often than capitalised or in
    capitals: common words, whatever the lemmatizer's index lists (names are written capitalised: `Renault`,
    `Macron`, `SNCF`).

    A rank must be at least LOWER_CASE_MARGIN times better than the capitalised and all-capitals forms'
    (`leroy` and `Leroy`, about as frequent, stay a name).
    """
    unranked = FREQUENT_WORDS * LOWER_CASE_MARGIN
    return {word for word, index in rank.items()
            if len(word) >= 3 and word.isalpha() and word.islower()
            and index * LOWER_CASE_MARGIN < min(rank.get(word.capitalize(), unranked), rank.get(word.upper(), unranked))}


def _capitalised_words(rank: dict[str, int]) -> set[str]:
    """Words (in lower case) text writes capitalised NAME_MARGIN times more often than in lower case, or only
    capitalised: surnames the lemmatizer's index also lists (`dupont`, `rousseau`), not a word that often opens
    a sentence (`adieu`, `bonjour`)."""
    unranked = FREQUENT_WORDS * LOWER_CASE_MARGIN
    return {word.lower() for word, index in rank.items()
            if len(word) >= 3 and word.isalpha() and word[:1].isupper() and word[1:].islower()
            and rank.get(word.lower(), unranked) > index * NAME_MARGIN}


def _common_words(nlp: Language) -> set[str]:
    """French nouns, adjectives, verbs and adverbs known to the model's lemmatizer tables (its index and its
    nouns' exceptions)."""
    if "lemmatizer" not in nlp.pipe_names:
        return set()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return set()
    words = {word for forms in lookups.get_table("lemma_index").values() for word in forms}
    if lookups.has_table("lemma_exc"):  # irregular and invariable nouns (`temps`, `corps`) are only listed there
        words.update(lookups.get_table("lemma_exc").get("noun", {}))
    return words
