"""Name forms: folding for comparison, and which mention of an article names whom.

Used by `claims` (a speaker `Bazhukov` is reported as `Semyon Bazhukov`) and by
`link` (the same rule, then across articles), so both agree on one rule.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

from pipeline.common.resources import read_tsv

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
TRANSLIT_RULES = "entities/translit.tsv"
# The name lists `depeche_entities` labels with and `link` takes aliases from.
GAZETTEER_FILES = ("gazetteer/countries.jsonl", "gazetteer/cities.jsonl", "gazetteer/regions.jsonl",
                   "gazetteer/organizations.jsonl", "gazetteer/institutions.jsonl",
                   "gazetteer/parties.jsonl", "gazetteer/companies.jsonl", "gazetteer/media.jsonl",
                   "gazetteer/subdivisions.jsonl")


# The order `link` reads one article's mentions in (and `resolve_mentions` expects them in).
MENTION_ORDER = ("start", "end", "label", "text")
# The mention row column, set per article, naming the mention each one resolves to.
REFERS_TO = "refers_to"
# Characters allowed between a name and its acronym in parentheses (` (`).
MAX_ACRONYM_GAP = 3
# Articles and `de` that a place's or an organization's name may be written with or without (`rue (de) Tivoli`,
# `(Le) Monde`): one article's forms that differ only by these name one entity.
_FUNCTION_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip accents, turn punctuation and hyphens into single spaces.

    This is the comparison form of FORMAT.md's scoring: `Kassym-Jomart Tokaïev`
    → `kassym jomart tokaiev`, `L’Indépendant` → `l independant`.
    """
    if not text.isascii():  # ASCII has no accent to strip (most of the 210 000 GeoNames names folded at load)
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text.lower()).strip()


def name_parts(text: str) -> tuple[str, ...]:
    """The folded words of a name (`Jean-Paul Delevoye` → `('jean', 'paul', 'delevoye')`)."""
    return tuple(fold(text).split())


def _refers_to(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A shorter person name refers to a fuller one when all its words appear in it, in order; the initials
    a name opens with stand for the first names they begin (`J. Dupont`, `J.-P. Dupont` for `Jean-Paul Dupont`,
    as citations write them)."""
    initials = _opening_initials(short)
    if not short or short == full or len(short) > len(full) or initials == len(short) or (
            len(short) == len(full) and not initials):
        return False
    position = 0
    for word in full:
        if position < len(short) and (word == short[position] or (
                position < initials and len(word) > 1 and word.startswith(short[position]))):
            position += 1
    return position == len(short)


def _opening_initials(parts: tuple[str, ...]) -> int:
    """How many one-letter words open a name (`j p sartre` → 2), its particles inside it aside (`d`)."""
    count = 0
    while count < len(parts) and len(parts[count]) == 1:
        count += 1
    return count


def _opens(short: tuple[str, ...], full: tuple[str, ...], lower_head: bool) -> bool:
    """An organization's shorter name opens its fuller one, or does after a lower-case head noun
    (`police` / `police municipale`, `lyon 2` / `université Lyon-2 de Bron`; not
    `France` / `Air France`)."""
    if not short or len(short) >= len(full):
        return False
    return full[:len(short)] == short or (lower_head and full[1:len(short) + 1] == short)


def resolve_within_document(names: Sequence[str], labels: Sequence[str]) -> list[int]:
    """For each mention of one article, the index of the mention holding its fullest form.

    A person named in part (`Bazhukov`, `Semyon`) resolves to the one fuller
    person name of the article that contains those words; when two different
    fuller names would fit (`Smirnov` with `Evgeny Smirnov` and `Ivan
    Smirnov`), the mention stays on its own rather than being guessed. An
    organization named by the opening of a fuller name (`la police` →
    `police municipale`, `Lyon-2` → `université Lyon-2 de Bron`,
    past one head noun) resolves to the one fullest such organization of the
    article. Other mentions resolve to the first mention with the same label
    and folded form.
    """
    parts = [name_parts(name) for name in names]
    first_with_form: dict[tuple[str, tuple[str, ...]], int] = {}
    for index, (label, form) in enumerate(zip(labels, parts)):
        first_with_form.setdefault((label, form), index)
        first_with_form.setdefault((label, _content_words(label, form)), index)

    resolved = []
    for index, (label, form) in enumerate(zip(labels, parts)):
        target = first_with_form[(label, _content_words(label, form))]
        if label == "PER":
            fuller = {
                parts[other]
                for other, other_label in enumerate(labels)
                if other_label == "PER" and _refers_to(form, parts[other])
            }
            maximal = {f for f in fuller if not any(_refers_to(f, g) for g in fuller)}
            if len(maximal) == 1:
                target = first_with_form[("PER", maximal.pop())]
        elif label == "ORG":
            fuller = {(parts[other], names[other][:1].islower()) for other, other_label in enumerate(labels)
                      if other_label == "ORG" and _opens(form, parts[other], names[other][:1].islower())}
            maximal = {f for f, _ in fuller if not any(_opens(f, g, lower) for g, lower in fuller)}
            if len(maximal) == 1:
                target = first_with_form[("ORG", maximal.pop())]
        resolved.append(target)
    return resolved


def _content_words(label: str, form: tuple[str, ...]) -> tuple[str, ...]:
    """A place's or an organization's words without articles and `de`; a person's name as it is."""
    if label == "PER":
        return form
    return tuple(word for word in form if word not in _FUNCTION_WORDS) or form


@lru_cache(maxsize=4)
def transliteration_rules(models_dir: str | None = None) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The ordered (pattern, replacement) rules of `models/entities/translit.tsv`, compiled once."""
    rules = []
    for row in read_tsv(TRANSLIT_RULES, models_dir):
        pattern, replacement = (row + [""])[:2]
        rules.append((re.compile(pattern), replacement))
    return tuple(rules)


@lru_cache(maxsize=1 << 16)
def transliteration_key(text: str, models_dir: str | None = None) -> str:
    """A comparison key under which romanisations of one name agree.

    `Akhmetjanov` / `Akhmetzhanov`, `Tokaïev` / `Tokayev`, `Novosty` / `Novosti`
    and `Kadhafi` / `Kaddafi` give one key each: Russian, Ukrainian, Central
    Asian and Arabic names reach French news through French, English and
    German spelling conventions, and these rules undo the differences. The key
    is for matching only, never shown.
    """
    key = fold(text)
    for pattern, replacement in transliteration_rules(models_dir):
        key = pattern.sub(replacement, key)
    return key


def resolve_mentions(texts: Sequence[str], labels: Sequence[str], starts: Sequence[int],
                     ends: Sequence[int]) -> list[int]:
    """For each mention of one article, given in MENTION_ORDER, the index of the mention naming the same
    entity: its fullest form (`resolve_within_document`), or for an acronym the name it follows in parentheses."""
    return _pair_acronyms(texts, labels, starts, ends, resolve_within_document(texts, labels))


def with_references(rows: list[dict]) -> list[dict]:
    """One article's mention rows, each given `refers_to`: the mention_id `resolve_mentions` resolves it to.

    Done per article (and so cached with it) rather than by `link` on every run.
    """
    ordered = sorted(rows, key=lambda row: tuple(row[column] for column in MENTION_ORDER))
    targets = resolve_mentions(*([row[column] for row in ordered] for column in ("text", "label", "start", "end")))
    for row, target in zip(ordered, targets):
        row[REFERS_TO] = ordered[target]["mention_id"]
    return rows


def _pair_acronyms(texts: Sequence[str], labels: Sequence[str], starts: Sequence[int], ends: Sequence[int],
                   targets: list[int]) -> list[int]:
    """An acronym right after the name it abbreviates (`… collective (OTSC)`) joins that name.

    The name is the longest mention of the same label ending just before the
    acronym (a place or institution nested in it ends there too).
    """
    pairs: dict[str, int] = {}
    for position, text in enumerate(texts):
        if not _is_acronym(text):
            continue
        before = [other for other in range(position) if labels[other] == labels[position]
                  and 0 < starts[position] - ends[other] <= MAX_ACRONYM_GAP]
        if not before:
            continue
        name = min(before, key=lambda other: starts[other])
        if _abbreviates(text, texts[name]):
            pairs[fold(text)] = targets[name]
    return [pairs.get(fold(text), target) if _is_acronym(text) else target
            for text, target in zip(texts, targets)]


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _abbreviates(acronym: str, name: str) -> bool:
    """The acronym's letters are initials of the name's words, in order (`OTSC`, `Organisation du traité…`)."""
    initials = "".join(word[0] for word in fold(name).split())
    letters = fold(acronym).replace(" ", "")
    position = 0
    for initial in initials:
        if position < len(letters) and initial == letters[position]:
            position += 1
    return position == len(letters) and initials[:1] == letters[:1]
