"""First names: which words are one (`first_names`), and the gender one gives (`first_name_gender`).

Both read one copy of the dictionary gender-guesser ships, parsed once: the
entities tell a one-word person (`Marion, sa fille`) from the town GeoNames
also knows by that word, the speakers skip a person of the other gender, and
link fills the gender the text leaves silent. The gender is French usage
first, then the world's:

1. `gender_guesser/data/nam_dict.txt` (Jörg Michael's name dictionary, GNU
   FDL) codes each first name `M`, `1M` (male as a first name), `?M`
   (unisex, mostly male), `?` (unisex), and the same for `F`, with its
   frequency (a hex digit) in each of 54 countries; column 30 marks the
   sorting of umlauts, `+` for a line repeating another. A name male (or
   female) in every French entry decides: `Jean` m, `Marie` f.
2. Where France is silent or says unisex, `models/entities/first_names.tsv`
   (generated from names-dataset: names one gender holds at 95 % the world
   over): `Stéphane` m (the dictionary's France says "mostly male" of it as
   of `Claude`, which the list leaves out, 0.86), `Rishi`, `Xudong`, `Zineb`.
   `Claude`, `Camille` and `Dominique` give none.
3. Where both are silent, the dictionary's other countries when they agree:
   one gender holds a strong majority of their frequencies, unisex entries
   counting against it (`Miloš`, `Ali`, `Jan`), so a name split between
   countries (`Andrea`, male in Italy and female elsewhere) gives none.

4. A name none of these knows as written is read as another romanisation of
   one they know (`Iouri` as `Yuri`, `Evgueni` as `Evgeny`, `Timour` as
   `Timur`): the comparison key of `models/entities/translit.tsv`, less its
   rules that would join first names of different genders (doubled letters,
   `Yvon`/`Ivon`; `j` for `i`), plus the French `gu` of a hard `g`
   (`Guennadi`). Only a name written the French way (`ou`, `gu`, `ï`, `tch`,
   `kh`, `dj`, an `I` before a vowel) is read so, and every name of its key
   must give the one gender: `Abiy` is not the English `Abi`.

A lone word (no surname beside it) is read only when France knows it as a
first name (`france_only`): a foreign word used alone is as often a surname
or a byname (`Lula`, `Harris`) as a first name. Forms are matched without
their accents where the dictionary does not write them as the text does
(`Milos`). Everything is read once from installed files: nothing is downloaded.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from pipeline.common.genders import FEMALE, MALE
from pipeline.common.names import fold, transliteration_rules
from pipeline.common.resources import read_tsv

DICTIONARY = ("gender_guesser", "data/nam_dict.txt")
STRONG_NAMES = "entities/first_names.tsv"
SORTING_COLUMN = 29  # `+`: a line repeating another with its umlauts expanded (the file says to skip it)
COUNTRIES_START = 30
FRANCE = 7  # the column of France among the countries
DECISIVE = {"M": MALE, "1M": MALE, "F": FEMALE, "1F": FEMALE}
# The share of the other countries' frequencies one gender needs where France is silent (3.). At 0.9 the
# dictionary's France-less names that it settles are ones like `Ali`, `Jan`, `Yuri` (m), `Ines`, `Jane` (f);
# with 1. and 2., no first name of the gold people of the seeds and dev sets is read wrong.
STRONG_MAJORITY = 0.9
_INITIAL_CHARACTERS = 2  # `Jo`, `J.`: too short to tell a first name from an initial
_STRIPPED = " .,;:()«»\"'*"  # `Antoine*`: a first name changed, says a note
_HEX = frozenset("0123456789ABCDEFabcdef")
# translit.tsv's rules that would join first names of different genders or origins (4.): `Yann`/`Ann`,
# `Joe`/`Oe`, `Djokhar` with `Johar`.
_NOT_FOR_FIRST_NAMES = frozenset({r"(.)\1", "dj", "dzh", "ju", "ja", "jo"})
_FRENCH_ROMANISATION = re.compile(r"ou|gu[eiy]|ï|tch|kh|dj|^i[aeou]")
_FRENCH_HARD_G = (re.compile(r"gu(?=[eiy])"), "g")  # `Guennadi`, `Gueorgui`: French writes `gu` for a hard g


# A first name common enough somewhere (a frequency of 3 or more, some thousands of bearers) to be one in the news.
COMMON_ENOUGH = 3


class Entry(NamedTuple):
    """A dictionary line: its gender code, whether France knows it, its frequencies summed, and the highest."""

    code: str
    in_france: bool
    weight: int
    highest: int


class Reading(NamedTuple):
    """A name's gender as France reads it (None where France does not know it), and as every country does."""

    france: str | None
    world: str


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, list[Entry]], dict[str, list[Entry]]]:
    """First name (lower case) → its dictionary lines, and the names written with accents by their form
    without (`milos` → the lines of `miloš`), for a text that does not write them as the dictionary does."""
    entries: dict[str, list[Entry]] = defaultdict(list)
    package, name = DICTIONARY
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line[:1] in "#=" or len(line) <= COUNTRIES_START or line[SORTING_COLUMN] == "+":
            continue
        code, form = line[:2].strip(), line[3:SORTING_COLUMN].strip().lower()
        countries = line[COUNTRIES_START:]
        frequencies = [int(ch, 16) for ch in countries if ch in _HEX]
        entry = Entry(code, len(countries) > FRANCE and countries[FRANCE] in _HEX, sum(frequencies),
                      max(frequencies, default=0))
        for variant in {form.replace("+", joiner) for joiner in ("", " ", "-")} if "+" in form else (form,):
            entries[variant].append(entry)
    accented: dict[str, list[Entry]] = defaultdict(list)
    for form, lines in entries.items():
        if not form.isascii():
            accented[_without_accents(form)].extend(lines)
    return entries, accented


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names common enough to be one in the news (`marion`; a compound as `anne marie`,
    `anne-marie` and `annemarie`), as `pipeline.common.names.fold` writes a text's words."""
    entries, _ = _dictionary()
    return frozenset(fold(form) for form, lines in entries.items()
                     if "<" not in form  # a letter the file spells as a code
                     and any(entry.highest >= COMMON_ENOUGH for entry in lines))


@lru_cache(maxsize=4096)
def _reading_of(key: str) -> Reading | None:
    """The readings of a lower-case first name: as written (`Andrea` is not `Andréa`), else without accents."""
    entries, accented = _dictionary()
    folded = _without_accents(key)
    lines = entries.get(key) or entries.get(folded) or accented.get(folded)
    return _reading(lines) if lines else None


def _reading(entries: list[Entry]) -> Reading:
    french = {DECISIVE.get(entry.code, "") for entry in entries if entry.in_france}
    france = (french.pop() if len(french) == 1 else "") if french else None
    weights: dict[str, int] = defaultdict(int)
    for entry in entries:
        weights[DECISIVE.get(entry.code, "")] += entry.weight or 1
    total = sum(weights.values())
    world = next((gender for gender in (MALE, FEMALE) if weights[gender] >= STRONG_MAJORITY * total), "")
    return Reading(france, world)


@lru_cache(maxsize=1)
def _strong_names() -> dict[str, str]:
    """First name (lower case) → the gender holding it almost alone the world over (`build_first_names.py`)."""
    return {row[0]: row[1] for row in read_tsv(STRONG_NAMES) if len(row) == 2 and row[1] in (FEMALE, MALE)}


def world_first_names() -> frozenset[str]:
    """Folded first names one gender holds the world over (`_strong_names`), many that gender-guesser lacks
    (`Fatoumata`, `Ibrahima`)."""
    return frozenset(fold(name) for name in _strong_names())


def first_name_gender(first_name: str, france_only: bool = False) -> str:
    """RETURNS (str): `f`, `m`, or "" for a unisex or unknown name, an initial (`J.`) or a particle.

    A compound name unknown as a whole is read by its head, its first part (`Marie-Christine` → `Marie`,
    `Jean-Marie` → `Jean`). france_only (bool): read only names France knows (a word used alone).
    """
    word = first_name.strip(_STRIPPED)
    if len(word) <= _INITIAL_CHARACTERS or first_name.endswith(".") or not word[:1].isupper():
        return ""
    for candidate in (word, word.replace("‑", "-").split("-")[0]):
        gender = _gender_of(candidate.lower(), france_only)
        if gender is not None:
            return gender
    return ""


def _gender_of(key: str, france_only: bool) -> str | None:
    """The gender of a lower-case first name by the three readings in turn; None when it is unknown."""
    reading = _reading_of(key)
    if france_only and (reading is None or reading.france is None):
        return None
    if reading is not None and reading.france:
        return reading.france
    strong = _strong_names()
    if key in strong or _without_accents(key) in strong:
        return strong.get(key) or strong[_without_accents(key)]
    if reading is None:
        return _romanised_gender(key)
    return reading.france if reading.france is not None else reading.world


def _romanised_gender(key: str) -> str | None:
    """The one gender of the known names another romanisation of `key` would write (4.); None if none."""
    if not _FRENCH_ROMANISATION.search(key):
        return None
    genders = _genders_by_romanisation().get(_romanisation_key(key))
    return next(iter(genders)) if genders is not None and len(genders) == 1 else None


@lru_cache(maxsize=1)
def _romanisation_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = [rule for rule in transliteration_rules() if rule[0].pattern not in _NOT_FOR_FIRST_NAMES]
    return (*rules, _FRENCH_HARD_G)


def _romanisation_key(name: str) -> str:
    key = fold(name)
    for pattern, replacement in _romanisation_rules():
        key = pattern.sub(replacement, key)
    return key


@lru_cache(maxsize=1)
def _genders_by_romanisation() -> dict[str, frozenset[str]]:
    """Romanisation key → the genders of the dictionary's and the strong list's names under it ("" for a
    unisex one, so that a unisex name among them leaves the key silent). Built on the first unknown name."""
    entries, _ = _dictionary()
    genders: dict[str, set[str]] = defaultdict(set)
    for form, lines in entries.items():
        reading = _reading(lines)
        genders[_romanisation_key(form)].add(reading.france or reading.world)
    for form, gender in _strong_names().items():
        genders[_romanisation_key(form)].add(gender)
    return {key: frozenset(values) for key, values in genders.items()}


def _without_accents(text: str) -> str:
    """`élisabeth` → `elisabeth`: the dictionary writes some names only without their accents, some only with."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
