"""The gender evidence of a mention as it travels from the per-article stages to `link`: two text cells.

What the text writes with the name (`gender_cues`, from annotate) and the
hints a first name outweighs (`gender_resolved`): the pronouns resolved to
the person (annotate's, and the claims' speakers'), the descriptions the
speaker resolution names them by, the masculine role forms French also
writes for women (annotate). Each cue is `<gender>:<words>` (`f:la ministre`,
`m:M.`, `f:elle`), cues joined by `|`; the genders are `f` and `m`.
"""

from __future__ import annotations

from typing import Iterable

GENDER_CUES = "gender_cues"  # columns of the mention rows waiting for `link`
GENDER_RESOLVED = "gender_resolved"
FEMALE, MALE = "f", "m"
FIRST_NAME = "prénom"  # the cue of a gender read from the first name


def encode_cues(cues: Iterable[tuple[str, str]]) -> str:
    return "|".join(f"{gender}:{words.replace('|', ' ')}" for gender, words in cues if gender in (FEMALE, MALE))


def decode_cues(cell: str | None) -> list[tuple[str, str]]:
    if not cell or not isinstance(cell, str):
        return []
    return [(item[0], item[2:]) for item in cell.split("|") if item[:2] in ("f:", "m:")]
