"""The Matcher rules: entries of `models/dates/patterns.jsonl` made into spaCy Matcher patterns.

A pattern names token shapes (`tokens.jsonl`) and word lists (`"@kind"` of
the lexicon); each must have a required anchor token, the word matches are
searched around, and a bounded length, so how far a match reaches is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from pipeline.annotate.dates.lexicon import DateLexicon

INLINE_SPACE = {"TEXT": {"REGEX": r"^[^\S\n]+$"}, "OP": "?"}  # "6\xa0juillet"; never across lines
TEXT_ATTRIBUTES: dict[str, Callable[[str], str]] = {"TEXT": str, "ORTH": str, "LOWER": str.lower}


def token_test(spec: dict[str, Any]) -> Callable[[str], bool]:
    """A plain-Python test of a word, equal to a Matcher token spec on TEXT, ORTH or LOWER.

    Anchor words are tested this way once per distinct word, where the
    Matcher would evaluate every pattern's first predicates at every token.
    """
    checks = [_value_test(TEXT_ATTRIBUTES[key], value) if key in TEXT_ATTRIBUTES else _unsupported(key)
              for key, value in spec.items() if key not in ("OP", "SPACY")]
    return lambda text: all(check(text) for check in checks)


def _value_test(read: Callable[[str], str], value: Any) -> Callable[[str], bool]:
    """The test of one attribute's value: equal to a string, IN a list, or matching a REGEX."""
    if isinstance(value, str):
        return lambda text: read(text) == value
    if isinstance(value, dict) and set(value) == {"IN"}:
        words = frozenset(value["IN"])
        return lambda text: read(text) in words
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        pattern = re.compile(value["REGEX"])
        return lambda text: pattern.search(read(text)) is not None
    raise ValueError(f"an anchor token's value must be a string, IN or REGEX, not {value!r}")


def _unsupported(key: str) -> Callable[[str], bool]:
    """Refuse an attribute the plain-Python test cannot read, rather than let it match every word."""
    raise ValueError(f"an anchor token may test only TEXT, ORTH or LOWER, not {key!r}")


def anchor_of(number: int, pattern: list[dict[str, Any]], anchors: set[str]) -> int:
    """The position of the pattern's first required anchor token: matches are searched for only around it.

    Every element matches at most one token (only the OP "?" is allowed), so
    a match's reach on either side of its anchor is bounded.
    """
    if any(element.get("OP", "?") != "?" for element in pattern):
        raise ValueError(f"date pattern {number}: only the OP \"?\" is allowed (a match's length must be bounded)")
    for position, element in enumerate(pattern):
        if element.get("@") in anchors and "OP" not in element:
            return position
    raise ValueError(f"date pattern {number} has no required anchor token (tokens.jsonl \"anchor\": true)")


@dataclass(frozen=True)
class Rule:
    """One pattern's guards, kept by its Matcher key."""

    split: frozenset[str]
    not_after: str | None
    not_before: str | None
    first_only: bool = False  # a range that names its start only ("la nuit de mardi à mercredi")

    @classmethod
    def from_entry(cls, entry: dict[str, Any]) -> Rule:
        """RETURNS (Rule): the guards a `patterns.jsonl` entry gives (none when it gives none)."""
        return cls(frozenset(entry.get("split", ())), entry.get("not_after"), entry.get("not_before"),
                   bool(entry.get("first_only")))


def expand(pattern: list[dict[str, Any]], shapes: dict[str, dict[str, Any]],
           lexicon: DateLexicon) -> tuple[list[dict[str, Any]], list[int]]:
    """Named token shapes and `@kind` word lists filled in, optional whitespace between tokens.

    RETURNS: the Matcher pattern, and where each of the given elements is in it.
    """
    expanded: list[dict[str, Any]] = []
    positions: list[int] = []
    for position, element in enumerate(pattern):
        token = dict(element)
        if "@" in token:
            name = token.pop("@")
            if name not in shapes:
                raise KeyError(f"date pattern uses unknown token shape {name!r}")
            token = {**shapes[name], **token}
        token = {key: fill_lists(value, lexicon) for key, value in token.items()}
        positions.append(len(expanded))
        expanded.append(token)
        if position < len(pattern) - 1 and token.get("SPACY", True):
            expanded.append(INLINE_SPACE)
    return expanded, positions


def fill_lists(value: Any, lexicon: DateLexicon) -> Any:
    """A token spec with each `"@kind"` string replaced by the word list it stands for."""
    if isinstance(value, dict):
        return {key: fill_lists(item, lexicon) for key, item in value.items()}
    if isinstance(value, str) and value.startswith("@"):
        return lexicon.macro(value[1:])
    return value
