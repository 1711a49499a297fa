"""First names of people, from the name dictionary that `gender-guesser` ships (Jörg Michael's `nam_dict.txt`,
GNU FDL 1.2: some 45,000 first names with their frequency in 54 countries and regions).

Read from the installed package, never copied into `models/`: a first name
tells a one-word person (`Marion, sa fille`) from the town GeoNames also knows
by that word, and a person's name from the organization the model ran into it
(`AFP Fauzia Moslem`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from pipeline.common.names import fold

# nam_dict.txt: gender code, the name from column 3, one frequency character per country from column 30,
# `1` (rare) to `D` (very common); `+` joins the parts of a compound name (`Anne+Marie`).
NAME_COLUMNS = slice(3, 29)
FREQUENCY_COLUMN = 30
# A name common enough somewhere (`3` or more: some thousands of bearers) to be a first name in the news.
COMMON_ENOUGH = re.compile(r"[3-9A-D]")
# How compound names are written: `Anne-Marie`, `Anne Marie`, `Annemarie`.
COMPOUND_JOINS = ("-", " ", "")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names (`marion`, `anne marie`), or none when the package is missing."""
    try:
        text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    names: set[str] = set()
    for line in text.splitlines():
        if line[:1] in ("#", "=", "") or not COMMON_ENOUGH.search(line, FREQUENCY_COLUMN):
            continue
        name = line[NAME_COLUMNS].strip()
        if "<" in name or not name:  # a letter the file spells as a code
            continue
        names.update(fold(name.replace("+", join)) for join in COMPOUND_JOINS)
    return frozenset(names)

