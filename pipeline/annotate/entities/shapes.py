"""What a name looks like at the level of its characters and edges.

A place or an organization is not a number (`40.126,35`), a code of letters
and digits (`Baa1`, `Ba2`), a date (`July 12`) nor a common word set in
capitals (`AUSTÉRITÉ`, `DEMANDER`); a name does not end on a preposition, an
article or a conjunction (`Alliance d'`), stops before a handle
(`@bonucci_leo19`) and keeps an apostrophe-s the tokenizer cut (`Moody'` `s`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.annotate.entities.vocabulary import Vocabulary
from pipeline.annotate.entities.words import (COMPLEMENT_PREPOSITIONS, DEFINITE_ARTICLES, TIME_NOUNS, apostrophes,
                                              is_shouted)

# `Baa1`, `Ba2`, `Caa1`: letters with a lower-case one, then digits — a rating or a code, not a name.
_MIXED_CODE = re.compile(r"^[A-Z][a-z]+\d+[a-z\d]*$")
# `XXIe`, `XVIIIe`, `Ve`: a Roman ordinal (a century, a Republic's number) opens no place nor organization.
# (Not `Le`, `Ce`: a lone L or C is the article's first letter.)
_ROMAN_ORDINAL = re.compile(r"^(?:[IVX][IVXLC]*|[LC][IVXLC]+)(e|ème|er|è)$")
# Shouted words at least this long that are common French words are not acronyms (`VOIR`, `GRÈVE`).
# The last word of a credit's label before its colon (`Photo :`, `Crédit photo :`, `Crédits :`, `Illustration :`).
CREDIT_LABELS = {"photo", "photos", "crédit", "crédits", "credit", "credits", "illustration", "image", "images",
                 "vidéo", "infographie"}
# Clitic pronouns an imperative takes after a hyphen (`ABONNEZ-VOUS`, `DITES-NOUS`).
CLITIC_PRONOUNS = {"vous", "nous", "moi", "toi", "le", "la", "les", "lui", "leur", "en", "y"}
MIN_SHOUTED_WORD = 4
# Words in capitals in a row that make a shouted line rather than acronyms.
MIN_CAPITALS_RUN = 3
# A public transport line: the network's word, then the line's letter or number (`RER B`, `ligne 13`, `tram T3`).
# (Its common nouns apart: `RER`, `TER`, `TGV` in capitals are also the services' acronyms.)
_TRANSIT_NOUNS = {"ligne", "lignes", "métro", "metro", "tram", "tramway", "bus", "train", "trains"}
_TRANSIT_WORDS = _TRANSIT_NOUNS | {"rer", "ter", "tgv"}
_LINE_CODE = re.compile(r"^(?:[A-Z]|[A-Z]?\d{1,3}[a-z]?(?:bis)?)$")
# Social-network handles and hashtags are not part of a name.
_HANDLE_MARKS = ("@", "#")
# Words that cannot end a name (`Alliance d'`, `commission pour l'euro et`).
_OPEN_ENDINGS = COMPLEMENT_PREPOSITIONS | DEFINITE_ARTICLES | {"et", "ou", "pour", "à", "au", "aux", "en", "sur", "contre",
                                                              "avec", "par", "selon", "dans", "chez", "vers", "sans"}


def is_not_a_name(span: Span, label: str, vocabulary: Vocabulary, calendar_words: set[str]) -> bool:
    """A number, a letter-digit code, a date, a span with a number in it (for people and places), words glued
    by a bracket, prose taken for a miscellany, or shouted common words."""
    if not any(ch.isalpha() for ch in span.text):
        return True
    if any(t.is_digit for t in span) and any(t.lower_.rstrip(".") in calendar_words for t in span):
        return True
    if _is_dated_calendar_word(span, calendar_words):
        return True
    if any(_MIXED_CODE.match(token.text) for token in span) or _ROMAN_ORDINAL.match(span[0].text):
        return True
    if len(span) == 1 and len(span.text.rstrip(".")) == 1:
        return True  # a stray letter: an initial, a list mark, `films X`
    if is_in_credit(span) or _is_transit_line(span):
        return True
    if label in ("PER", "LOC") and any(token.is_digit for token in span):
        return True
    if any(_is_glued(token.text) or token.like_url or "http" in token.text[1:] for token in span):
        return True
    if label == "MISC" and _is_prose(span):
        return True
    return is_shouted_common(span, vocabulary)


def _is_dated_calendar_word(span: Span, calendar_words: set[str]) -> bool:
    """`April 10, 2023` under an embedded post, `Mardi 4 juin`: a month or weekday beside a number is a date."""
    if not all(t.lower_.rstrip(".") in calendar_words for t in span):
        return False
    doc = span.doc
    return any(0 <= i < len(doc) and doc[i].is_digit for i in (span.start - 1, span.end))


def opens_transit_line(doc: Doc, index: int) -> bool:
    """`LIGNE K`, `MÉTRO 14`, `TRAM T3` heading a timetable: the network's word in capitals, then the line's code,
    names a service, not a body (`RER B`: the acronym is left to the acronym rules)."""
    return (index + 1 < len(doc) and doc[index].is_upper and doc[index].lower_ in _TRANSIT_NOUNS
            and _LINE_CODE.match(doc[index + 1].text) is not None)


def _is_transit_line(span: Span) -> bool:
    """`RER B`, `ligne N`, `métro 14`, `tram T3`: a line of a network is a service, not a place or a body."""
    if len(span) == 1 and span.start > 0:  # `tram T3`, the model's span without the network's word
        return span.doc[span.start - 1].lower_ in _TRANSIT_WORDS and _LINE_CODE.match(span.text) is not None
    return len(span) == 2 and span[0].lower_ in _TRANSIT_WORDS and _LINE_CODE.match(span[1].text) is not None


def _is_glued(text: str) -> bool:
    """`fenêtre)avait`, `Ducourtieux(Bruxelles`: a bracket inside a word is lost layout, not a name; so is
    a word written twice with no space (`MartinMartin`, a caption's name run into the text's)."""
    half = len(text) // 2
    return any(mark in text[1:-1] for mark in "()[]") or len(text) >= 6 and text[:half] == text[half:]


def _is_prose(span: Span) -> bool:
    """`Lecture 1 min`, `Macron et moi-même nous pencherons…`: a number with lower-case words, or a finite verb."""
    lower = [t for t in span if t.is_lower and t.is_alpha]
    if lower and any(t.is_digit for t in span):
        return True
    return any(t.is_lower and "Fin" in t.morph.get("VerbForm") for t in span)


def is_shouted_common(span: Span, vocabulary: Vocabulary) -> bool:
    """`AUSTÉRITÉ`, `AUX` in a heading: capitals whose lower-case words are all common French words."""
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.is_upper for t in words):
        return False
    several = len(words) > 1
    if not several and words[0].is_stop:
        return True  # `EN`, `LE`, `POUR`: a shouted function word is never a name
    if not all(_is_shouted_word(t, vocabulary, several) for t in words):
        return False
    return (several or len(words[0]) >= MIN_SHOUTED_WORD or is_shouted(span.sent) or _in_capitals_run(span)
            or _beside_shouted_word(span, vocabulary))


def _is_shouted_word(token: Token, vocabulary: Vocabulary, several: bool) -> bool:
    """A word in capitals that is a common French word, written with or without its accents."""
    return (token.lower_ in vocabulary.common_words or token.lower_ in vocabulary.lower_case_words or token.is_stop
            or several and token.lower_ in vocabulary.word_forms or _is_call_to_action(token, vocabulary)
            or not _has_accent(token.text) and token.lower_ in vocabulary.unaccented_words)


def _is_call_to_action(token: Token, vocabulary: Vocabulary) -> bool:
    """`ABONNEZ-VOUS`, `PARTAGEZ`, `SUIVEZ-NOUS`: a verb in the imperative's second person plural, the voice of a
    page's buttons (an inflected form in `-ez` of a verb the lemmatizer lists), or any word a hyphenated clitic
    pronoun follows (`DITES-NOUS`); no acronym ends so."""
    word = token.lower_
    if word.endswith("ez") and any(str(lemma).endswith(("er", "ir", "re")) for lemma in _lemmas(vocabulary, word)):
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (following is not None and not token.whitespace_
            and following.lower_.lstrip("-") in CLITIC_PRONOUNS and following.text.startswith("-"))


def _lemmas(vocabulary: Vocabulary, word: str) -> list:
    """The lemmas the lemmatizer's lookup table gives an inflected form (one or a list), or none."""
    if word not in vocabulary.word_forms:
        return []
    lemmas = vocabulary.word_forms[word]
    return lemmas if isinstance(lemmas, list) else [lemmas]


def _beside_shouted_word(span: Span, vocabulary: Vocabulary) -> bool:
    """`VIE PRIVEE`, `VIE LOCALE`: a short common word in capitals next to a longer one is a heading's, not an
    acronym (`ONU FEMMES` keeps its acronym: `onu` is no word)."""
    doc = span.doc
    neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.is_upper and t.is_alpha and len(t) >= MIN_SHOUTED_WORD and _is_shouted_word(t, vocabulary, False)
               for t in neighbours)


def _has_accent(text: str) -> bool:
    """A word written with its accents (`ÉTÉ`), which an unaccented lookup must not match."""
    return any(not ch.isascii() for ch in text)


def is_in_credit(span: Span) -> bool:
    """`LP/Jean Martin`, `John Doe/AP/SIPA`, `Julien Faure / AFP`: names beside a slash at the end of a line are
    a photo credit's, not the article's (`CBC/Radio-Canada que…` goes on in prose: a name); so are names a
    credit's label opens (`© Jean Martin`, `Photo : Jean Martin`, `Crédit photo : AFP`)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    beside_slash = (before is not None and before.text == "/" or after is not None and after.text == "/")
    if not beside_slash and not _after_credit_label(span):
        return False
    line_end = doc.text.find("\n", span.end_char)
    tail = doc.text[span.end_char:line_end if line_end >= 0 else len(doc.text)]
    return not any(word[:1].islower() for word in tail.split())


def _after_credit_label(span: Span) -> bool:
    """`© X`, `Photo : X`, `Crédits photo : X`: the label of a credit right before the name."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].text == "©":
        return True
    return start > 1 and doc[start - 1].text == ":" and doc[start - 2].lower_ in CREDIT_LABELS


def _in_capitals_run(span: Span) -> bool:
    """`DEMANDER DAVANTAGE DE SACRIFICES AUX PORTUGAIS`: a word among others in capitals is a shouted line's."""
    doc, start, end = span.doc, span.start, span.end
    while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha:
        start -= 1
    while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    return end - start >= MIN_CAPITALS_RUN


def end_of_name(doc: Doc, start: int, end: int) -> int:
    """The span's end once a handle is cut off and a split apostrophe-s put back."""
    for index in range(start + 1, end):
        if doc[index].text.startswith(_HANDLE_MARKS):
            end = index
            break
    if (end < len(doc) and doc[end].text == "s" and doc[end - 1].text[-1:] in ("'", "’")
            and not doc[end - 1].whitespace_):
        end += 1
    return end


def closed_end(doc: Doc, start: int, end: int, calendar_words: set[str]) -> int:
    """`Hôpital universitaire d'` `Ostrava`: a name cut after its preposition runs on to the name that follows.

    The next model entity (or the next capitalised word) completes it; with
    none, the open ending words are dropped instead. A date's `de fin` is cut
    (`Conseil européen de fin` juin), and so is a weekday or month in lower case.
    """
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in calendar_words:
        end -= 1
    if (end - start > 2 and doc[end - 1].lower_ in TIME_NOUNS
            and apostrophes(doc[end - 2].lower_) in COMPLEMENT_PREPOSITIONS):
        return end - 2
    if end - start < 2 or apostrophes(doc[end - 1].lower_) not in _OPEN_ENDINGS:
        return end
    if apostrophes(doc[end - 1].lower_) in COMPLEMENT_PREPOSITIONS | DEFINITE_ARTICLES and end < len(doc):
        following = doc[end]
        if following.ent_iob_ == "B" and following.ent_type_ in ("LOC", "ORG"):
            stop = end + 1
            while stop < len(doc) and doc[stop].ent_iob_ == "I":
                stop += 1
            return stop
        if following.text[:1].isupper() and following.ent_iob_ != "B":
            return end + 1
    while end - start > 1 and apostrophes(doc[end - 1].lower_) in _OPEN_ENDINGS:
        end -= 1
    return end
