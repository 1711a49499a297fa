"""The speaker record, and the gender agreement every resolution of a pronoun or description checks.

Apart from the resolver so that its parts (people, pronouns, descriptions)
build speakers without importing the resolver that uses them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional


@dataclass(frozen=True)
class Speaker:
    """A source as found: its text at its fullest, its character span, number and gender."""

    text: str
    start: Optional[int]
    end: Optional[int]
    number: str = ""
    gender: str = ""
    person: bool = False
    # the pronoun or description it was resolved from, with the gender it shows (`f:elle`, `f:la ministre`;
    # pipeline.common.genders): what the text says of the person's gender
    resolved_from: str = ""
    description: str = ""  # the description or handle the text named the source with, when resolved to a name

    def described_as(self, description: str) -> "Speaker":
        """This speaker, remembering the words (`le ministre de l'intérieur`) that named it in the claim."""
        return replace(self, description=description) if description != self.text else self

    @staticmethod
    def none() -> "Speaker":
        return Speaker("", None, None)


# The speakers found so far, each with the token position it was found at: antecedents for later mentions.
History = list[tuple[int, Speaker]]


def genders_agree(known: str, wanted: str) -> bool:
    """Genders agree unless both are known and differ."""
    return not known or not wanted or known == wanted
