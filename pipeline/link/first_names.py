"""The gender a first name gives, from the dictionary `gender-guesser` ships, read as French usage.

`gender_guesser/data/nam_dict.txt` (Jörg Michael's name dictionary, GNU
FDL) codes each first name `M`, `1M` (male as a first name), `?M` (unisex,
mostly male), `?` (unisex), and the same for `F`, with its frequency in
each of 54 countries. A name is read as France uses it when France knows
it, else as any country does; only a name that is male (or female) there
in every entry gives a gender: `Jean` m, `Marie` f, while `Claude`,
`Camille` and `Dominique` (unisex in France) and `Andrea` give none. The
dictionary is read once from the installed package: nothing is downloaded.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

from pipeline.common.genders import FEMALE, MALE

DICTIONARY = ("gender_guesser", "data/nam_dict.txt")
FRANCE = 7  # the column of France among the dictionary's countries (after the name, from character 30)
COUNTRIES_START = 30
DECISIVE = {"M": MALE, "1M": MALE, "F": FEMALE, "1F": FEMALE}
_INITIAL_CHARACTERS = 2  # `Jo`, `J.`: too short to tell a first name from an initial


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, str]:
    """First name (lower case) → `f`, `m` or "" (unisex, or male here and female there)."""
    entries: dict[str, list[tuple[str, bool]]] = {}
    package, name = DICTIONARY
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line[:1] in "#=" or len(line) <= COUNTRIES_START:
            continue
        code, form = line[:2].strip(), line[3:COUNTRIES_START].strip().lower()
        entry = (code, line[COUNTRIES_START + FRANCE] != " ")
        for variant in {form.replace("+", joiner) for joiner in ("", " ", "-")} if "+" in form else (form,):
            entries.setdefault(variant, []).append(entry)
    return {name: _gender_of(codes) for name, codes in entries.items()}


def _gender_of(codes: list[tuple[str, bool]]) -> str:
    """France's entries when it has some, else all: one gender in every one of them, else none."""
    chosen = [code for code, in_france in codes if in_france] or [code for code, _ in codes]
    genders = {DECISIVE.get(code, "") for code in chosen}
    return genders.pop() if len(genders) == 1 else ""


def first_name_gender(first_name: str) -> str:
    """RETURNS (str): `f`, `m`, or "" for a unisex or unknown name, an initial (`J.`) or a particle.

    A compound name unknown as a whole is read by its first part (`Marie-Christine` → `Marie`).
    """
    word = first_name.strip(" .,;:()«»\"'")
    if len(word) <= _INITIAL_CHARACTERS or first_name.endswith(".") or not word[:1].isupper():
        return ""
    genders = _dictionary()
    for candidate in (word, word.replace("‑", "-").split("-")[0]):
        for key in (candidate.lower(), _without_accents(candidate.lower())):
            if key in genders:
                return genders[key]
    return ""


def _without_accents(text: str) -> str:
    """`élisabeth` → `elisabeth`: the dictionary writes some names only without their accents."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
