"""Link: one entity for every form of a name across the dump.

The only cross-document stage; it works on mention rows, not spaCy Docs.

1. Within an article, a surname or a first name alone joins the one full name
   it can refer to (`names.resolve_within_document`), and an acronym joins the
   name it directly follows in parentheses (`Organisation du traité de
   sécurité collective (OTSC)`).
2. Across articles, forms share an entity when they agree after folding
   (accents, hyphens, case) and transliteration rules (`Tokaïev` / `Tokayev`),
   when the alias data says so (`Poutine` / `Putin`, `URSS` / `Union
   soviétique`), or when a fuzzy match of the same label and compatible name
   parts does (rapidfuzz).
3. Two people are never merged on a shared surname: first names must agree,
   and a surname alone that fits several people stays on its own.
4. A person's gender joins the cues of every article (`genders`), the first
   name (`first_names`) filling what the text leaves silent.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from typing import Iterable, Iterator

import pandas as pd
from rapidfuzz import fuzz

from pipeline.common.genders import GENDER_CUES, GENDER_RESOLVED, decode_cues
from pipeline.common.names import (GAZETTEER_FILES, MENTION_ORDER, REFERS_TO, fold, name_parts, resolve_mentions,
                            transliteration_key)
from pipeline.common.resources import read_jsonl
from pipeline.common.tables import TABLES
from pipeline.link.genders import Verdict, article_verdict, entity_gender

ALIAS_FILES = ("entities/aliases.jsonl", *GAZETTEER_FILES)
# rapidfuzz ratios (0-100) above which two transliteration keys are one spelling.
NAME_PART_SIMILARITY = 88
NAME_SIMILARITY = 92
MIN_FUZZY_LENGTH = 6


@dataclass(slots=True)
class Group:
    """The mentions that name one entity: one article's, then, merged, the whole dump's.

    Slotted, with tuples for what is mostly one value or none (doc_ids,
    roles): a big dump has one group per entity per article, and `link` is
    the one stage whose memory grows with the dump.
    """

    label: str
    forms: list[str] = field(default_factory=list)
    roles: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    rows: list[int] = field(default_factory=list)
    written: tuple[Verdict, ...] = ()  # a person's gender as each article writes it with the name
    resolved: tuple[Verdict, ...] = ()  # and as the pronouns and descriptions resolved to the person give it
    _fullest: str = field(default="", init=False, repr=False, compare=False)

    @property
    def fullest(self) -> str:
        """The form with the most name parts, then the most used, the longest, the one with the most
        accented letters (the native `Tokaïev` over a romanised `Tokayev`), the first in sorted order.

        Computed once, when first read: groups are built, then merged into new ones."""
        if not self._fullest:
            uses = Counter(self.forms)
            self._fullest = min(uses, key=lambda f: (-len(name_parts(f)), -uses[f], -len(f), -_accented_letters(f), f))
        return self._fullest


def _accented_letters(form: str) -> int:
    return sum(1 for ch in form if ch.isalpha() and not ch.isascii())


def link_mentions(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give every mention an `entity_id`, and build the `entities` table.

    mentions (DataFrame): rows with the columns of `TABLES["mentions"]`, and
        `refers_to` when the per-document stage resolved each article's
        mentions already (else it is done here).
    RETURNS (tuple): the mentions with `entity_id` filled, and the entities
        (`TABLES["entities"]` columns), both in a deterministic order whatever
        the order of the input rows.
    """
    mentions = mentions.sort_values(["doc_id", *MENTION_ORDER], kind="stable")
    mentions = mentions.reset_index(drop=True)
    groups = _document_groups(mentions)
    clusters = _cross_document_clusters(groups)
    entity_ids = [""] * len(mentions)
    entity_rows = []
    taken: set[str] = set()
    for members in clusters:
        entity = _merge(members)
        entity_id = _unique(f"{entity.label}:{_slug(entity.fullest)}", taken)
        for row in entity.rows:
            entity_ids[row] = entity_id
        entity_rows.append(_entity_row(entity_id, entity))
    mentions = mentions.assign(entity_id=entity_ids).drop(columns=[REFERS_TO, GENDER_CUES, GENDER_RESOLVED],
                                                                errors="ignore")
    entities = pd.DataFrame(entity_rows, columns=TABLES["entities"])
    entities = entities.sort_values("entity_id", kind="stable").reset_index(drop=True)
    return mentions, entities


# -- within an article -------------------------------------------------------


@dataclass
class DocumentMentions:
    """One article's mention rows, column by column (plain lists: per-row pandas access is slow)."""

    doc_id: str
    rows: list[int]
    mention_ids: list[str]
    texts: list[str]
    labels: list[str]
    roles: list[str]
    starts: list[int]
    ends: list[int]
    refers_to: list[str] | None  # from the per-document stage, when the rows carry it
    gender_cues: list[str] | None = None  # likewise
    gender_resolved: list[str] | None = None

    def targets(self) -> list[int]:
        """For each mention, the position of the one it names the same entity as (see `resolve_mentions`)."""
        if self.refers_to is None:
            return resolve_mentions(self.texts, self.labels, self.starts, self.ends)
        position = {mention_id: index for index, mention_id in enumerate(self.mention_ids)}
        return [position[mention_id] for mention_id in self.refers_to]


def _by_document(mentions: pd.DataFrame) -> Iterator[DocumentMentions]:
    """The mention rows (sorted in MENTION_ORDER within each doc_id) cut into articles."""
    columns = {name: mentions[name].tolist() for name in ("doc_id", "mention_id", "text", "label", "start", "end")}
    columns["role"] = mentions["role"].fillna("").tolist()  # the one column a mention may leave empty
    refers_to = mentions[REFERS_TO].tolist() if REFERS_TO in mentions.columns else None
    cues = {name: mentions[name].fillna("").tolist() if name in mentions.columns else None
            for name in (GENDER_CUES, GENDER_RESOLVED)}
    rows = list(mentions.index)
    begin = 0
    for doc_id, members in groupby(columns["doc_id"]):
        end = begin + sum(1 for _ in members)
        yield DocumentMentions(str(doc_id), rows[begin:end], *(
            columns[name][begin:end] for name in ("mention_id", "text", "label", "role", "start", "end")),
            refers_to[begin:end] if refers_to is not None else None,
            *(column[begin:end] if column is not None else None for column in cues.values()))
        begin = end


def _document_groups(mentions: pd.DataFrame) -> list[Group]:
    """One group per entity of each article, in document order."""
    groups = []
    for document in _by_document(mentions):
        targets = document.targets()
        by_target: dict[int, Group] = {}
        cues: dict[int, list[tuple[str, str]]] = defaultdict(list)
        resolved: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for position, target in enumerate(targets):
            group = by_target.setdefault(target, Group(label=document.labels[target], doc_ids=(document.doc_id,)))
            group.forms.append(document.texts[position])
            group.rows.append(document.rows[position])
            role = document.roles[position].strip()
            if role and role not in group.roles:
                group.roles += (role,)
            if document.gender_cues is not None:
                cues[target].extend(decode_cues(document.gender_cues[position]))
            if document.gender_resolved is not None:
                resolved[target].extend(decode_cues(document.gender_resolved[position]))
        for target, group in by_target.items():
            if group.label == "PER":
                group.written, group.resolved = (article_verdict(cues[target]),), (article_verdict(resolved[target]),)
        groups.extend(by_target.values())
    return groups


# -- across articles -----------------------------------------------------------


@lru_cache(maxsize=1)
def _alias_index() -> dict[tuple[str, str], str]:
    """(label, folded form) → the canonical key of a well-known entity, from the alias and gazetteer data."""
    index: dict[tuple[str, str], str] = {}
    for file in ALIAS_FILES:
        for entry in read_jsonl(file):
            canonical = transliteration_key(entry["name"])
            for form in [entry["name"], *entry.get("aliases", [])]:
                index.setdefault((entry["label"], fold(form)), canonical)
    return index


def _key(label: str, form: str) -> str:
    """The comparison key of a form: its alias's canonical key if listed, else its transliteration key."""
    return _alias_index().get((label, fold(form)), transliteration_key(form))


def _cross_document_clusters(groups: list[Group]) -> list[list[Group]]:
    """Groups of all articles joined into entities: same key, then fuzzy, then lone surnames."""
    parent = list(range(len(groups)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    first_with_key: dict[tuple[str, str], int] = {}
    for index, group in enumerate(groups):
        for key in sorted({_key(group.label, form) for form in group.forms}):
            if len(key.split()) == 1 and group.label == "PER" and len(name_parts(group.fullest)) > 1:
                continue  # a lone surname form of a full name must not chain two people
            other = first_with_key.setdefault((group.label, key), index)
            union(index, other)

    canonical = {find(i): _key(groups[i].label, groups[i].fullest) for i in range(len(groups))}
    roots = sorted(set(find(i) for i in range(len(groups))))
    _fuzzy_join(groups, roots, canonical, find, union)
    _join_lone_names(groups, find, union)

    clusters: dict[int, list[Group]] = defaultdict(list)
    for index, group in enumerate(groups):
        clusters[find(index)].append(group)
    return [clusters[root] for root in sorted(clusters)]


def _fuzzy_join(groups: list[Group], roots: list[int], canonical: dict[int, str],
                find, union) -> None:
    """Join entities of one label whose full names are near-identical spellings, part by part.

    Only names that can match are compared (see `_fuzzy_block`), so the cost
    stays far below every pair of the dump's entities.
    """
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for root in roots:
        label = groups[root].label
        blocks[(label, *_fuzzy_block(label, canonical[root]))].append(root)
    for (label, *_), members in sorted(blocks.items()):
        for position, first in enumerate(members):
            for second in members[position + 1:]:
                if find(first) != find(second) and _similar(label, canonical[first], canonical[second]):
                    union(first, second)


def _fuzzy_block(label: str, key: str) -> tuple:
    """What two keys must share to be compared: a person's number of parts and their initials
    (which `_similar` requires anyway); another name's first letter (a spelling that differs
    from its first letter on is left to the alias data)."""
    if label == "PER":
        parts = key.split()
        return (len(parts), "".join(part[:1] for part in parts))
    return (key[:1],)


def _similar(label: str, first: str, second: str) -> bool:
    """Same label and compatible parts: persons part by part (first names must agree), others whole."""
    if min(len(first), len(second)) < MIN_FUZZY_LENGTH:
        return False
    if label != "PER":
        return fuzz.ratio(first, second) >= NAME_SIMILARITY
    parts_a, parts_b = first.split(), second.split()
    if len(parts_a) != len(parts_b) or len(parts_a) < 2:
        return False
    return all(a[:1] == b[:1] and fuzz.ratio(a, b) >= NAME_PART_SIMILARITY for a, b in zip(parts_a, parts_b))


def _join_lone_names(groups: list[Group], find, union) -> None:
    """A person named by one word in an article joins the one person of the dump with that word; else stays."""
    owners: dict[str, set[int]] = defaultdict(set)
    for index, group in enumerate(groups):
        if group.label == "PER" and len(name_parts(group.fullest)) > 1:
            for word in _key("PER", group.fullest).split():
                owners[word].add(find(index))
    for index, group in enumerate(groups):
        if group.label != "PER" or len(name_parts(group.fullest)) != 1:
            continue
        candidates = {find(owner) for owner in owners.get(_key("PER", group.fullest), set())}
        if len(candidates) == 1:
            union(index, candidates.pop())


# -- the entities table ---------------------------------------------------------


def _merge(members: Iterable[Group]) -> Group:
    """All groups of one entity as a single group."""
    members = list(members)
    return Group(
        label=members[0].label,
        forms=[form for group in members for form in group.forms],
        roles=tuple(sorted({role for group in members for role in group.roles})),
        doc_ids=tuple(sorted({doc_id for group in members for doc_id in group.doc_ids})),
        rows=[row for group in members for row in group.rows],
        written=tuple(verdict for group in members for verdict in group.written),
        resolved=tuple(verdict for group in members for verdict in group.resolved),
    )


def _entity_row(entity_id: str, entity: Group) -> dict:
    name = entity.fullest
    aliases = sorted({form for form in entity.forms if form != name})
    gender, cue = entity_gender(entity.written, entity.resolved, entity.forms) if entity.label == "PER" else ("", "")
    return {
        "entity_id": entity_id,
        "label": entity.label,
        "name": name,
        "aliases": "|".join(aliases),
        "roles": "|".join(entity.roles),
        "n_docs": len(entity.doc_ids),
        "n_mentions": len(entity.rows),
        "gender": gender,
        "gender_cue": cue,
    }


def _unique(entity_id: str, taken: set[str]) -> str:
    """Suffix `-2`, `-3`… when two entities kept apart (two people both called `Smirnov`) fold alike."""
    candidate, number = entity_id, 1
    while candidate in taken:
        number += 1
        candidate = f"{entity_id}-{number}"
    taken.add(candidate)
    return candidate


def _slug(name: str) -> str:
    """`Kassym-Jomart Tokaïev` → `kassym-jomart-tokaiev`: readable and stable across runs."""
    return "-".join(fold(name).split()) or "unnamed"
