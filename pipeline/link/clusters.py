"""Across articles: the dump's article groups as nodes, joined into entities (steps 2 and 3 of `link`).

Memory grows with the number of distinct groups, not with the dump: articles
naming an entity with the same forms give one node, which counts their
mentions, forms and roles. Every rule below depends on a group's label, forms
and fullest form only, so a node links exactly as each of its groups would
have; the one exception, a group none of whose keys may join others (a full
name whose keys are all lone surnames), keeps a node per article.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from pipeline.common.names import GAZETTEER_FILES, fold, name_parts, transliteration_key
from pipeline.common.resources import read_jsonl
from pipeline.link.groups import ArticleGroup

ALIAS_FILES = ("entities/aliases.jsonl", *GAZETTEER_FILES)
# rapidfuzz ratios (0-100) above which two transliteration keys are one spelling.
NAME_PART_SIMILARITY = 88
NAME_SIMILARITY = 92
MIN_FUZZY_LENGTH = 6  # letters of a name (and of a differing part of a person's name) compared by ratio


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


def key_of(label: str, form: str) -> str:
    """The comparison key of a form: its alias's canonical key if listed, else its transliteration key."""
    return _alias_index().get((label, fold(form)), transliteration_key(form))


@dataclass(slots=True)
class Node:
    """Every article group with one signature (label, fullest form, forms), and what they add up to."""

    label: str
    fullest: str
    joining_keys: tuple[str, ...]  # sorted; a lone surname form of a full name must not chain two people
    uses: Counter = field(default_factory=Counter)
    roles: set[str] = field(default_factory=set)
    n_mentions: int = 0
    verdicts: Counter | None = None  # a person's (written, resolved) gender verdicts (`genders`), by article
    last_seen: int = 0  # the number of the last group it took, in dump order

    @property
    def lone_person(self) -> bool:
        return self.label == "PER" and len(name_parts(self.fullest)) == 1


def joining_keys(label: str, fullest: str, forms: frozenset[str]) -> tuple[str, ...]:
    keys = sorted({key_of(label, form) for form in forms})
    if label == "PER" and len(name_parts(fullest)) > 1:
        keys = [key for key in keys if len(key.split()) != 1]
    return tuple(keys)


class Nodes:
    """The dump's article groups as nodes, numbered in the order their first group came.

    `add` takes the groups of each article in dump order; `node_of` gives them
    back their node, when the same articles are read again in the same order.
    """

    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.lone_order = array("I")  # the node of every lone-surname group, in dump order (the last rule reads them so)
        self._by_signature: dict[tuple, int] = {}
        self._apart: dict[tuple, list[int]] = {}  # signatures with a node per group (they join nothing by key)
        self._replayed: Counter = Counter()
        self._groups = 0

    def add(self, group: ArticleGroup) -> None:
        signature = group.signature
        index = self._by_signature.get(signature)
        if index is None:
            index = self._new_node(signature)
        node = self.nodes[index]
        self._groups += 1
        node.uses.update(group.forms)
        node.roles.update(group.roles)
        node.n_mentions += len(group.forms)
        if group.written is not None:
            node.verdicts = node.verdicts or Counter()
            node.verdicts[group.written, group.resolved] += 1
        node.last_seen = self._groups
        if node.lone_person:
            self.lone_order.append(index)

    def node_of(self, group: ArticleGroup) -> int:
        signature = group.signature
        index = self._by_signature.get(signature)
        if index is not None:
            return index
        seen = self._replayed[signature]
        self._replayed[signature] += 1
        return self._apart[signature][seen]

    def _new_node(self, signature: tuple) -> int:
        label, fullest, forms = signature
        keys = joining_keys(label, fullest, forms)
        index = len(self.nodes)
        self.nodes.append(Node(label, fullest, keys))
        if keys:
            self._by_signature[signature] = index
        else:
            self._apart.setdefault(signature, []).append(index)
        return index


def cluster_roots(nodes: Nodes) -> list[int]:
    """For every node, the first node of its entity: same key, then fuzzy, then lone surnames."""
    members = nodes.nodes
    parent = list(range(len(members)))

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
    for index, node in enumerate(members):
        for key in node.joining_keys:
            union(index, first_with_key.setdefault((node.label, key), index))

    latest: dict[int, int] = {}  # root → its node whose group came last: that group's fullest form is the key
    for index, node in enumerate(members):
        root = find(index)
        if root not in latest or node.last_seen > members[latest[root]].last_seen:
            latest[root] = index
    canonical = {root: key_of(members[index].label, members[index].fullest) for root, index in latest.items()}
    _fuzzy_join(members, sorted(canonical), canonical, find, union)
    _join_lone_names(nodes, find, union)
    return [find(index) for index in range(len(members))]


def _fuzzy_join(members: list[Node], roots: list[int], canonical: dict[int, str], find, union) -> None:
    """Join entities of one label whose full names are near-identical spellings, part by part.

    Only names that can match are compared (see `_fuzzy_block`), so the cost
    stays far below every pair of the dump's entities.
    """
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for root in roots:
        label = members[root].label
        blocks[(label, *_fuzzy_block(label, canonical[root]))].append(root)
    for (label, *_), block in sorted(blocks.items()):
        for position, first in enumerate(block):
            for second in block[position + 1:]:
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
    return all(a == b or _similar_part(a, b) for a, b in zip(parts_a, parts_b))


def _similar_part(first: str, second: str) -> bool:
    """Two spellings of one long name part (`prigojine`, `prigojin`); short parts a letter apart are different
    names (`guiot` and `guilot`, `roger` and `roer`: French surnames, not romanisations)."""
    return (min(len(first), len(second)) >= MIN_FUZZY_LENGTH and first[:1] == second[:1]
            and fuzz.ratio(first, second) >= NAME_PART_SIMILARITY)


def _join_lone_names(nodes: Nodes, find, union) -> None:
    """A person named by one word in an article joins the one person of the dump with that word as a surname
    part; else stays. A part of the first name (`Philippe` of `Jean-Philippe Tanguy`) is not one: a lone
    word in another article is a surname (`le gouvernement Philippe`) or a private person's first name."""
    owners: dict[str, set[int]] = defaultdict(set)
    for index, node in enumerate(nodes.nodes):
        if node.label == "PER" and len(name_parts(node.fullest)) > 1:
            for word in _surname_words(node.fullest):
                owners[word].add(find(index))
    for index in nodes.lone_order:
        candidates = {find(owner) for owner in owners.get(key_of("PER", nodes.nodes[index].fullest), set())}
        if len(candidates) == 1:
            union(index, candidates.pop())


def _surname_words(fullest: str) -> list[str]:
    """The words of a full name's key after its first given name (the whole first word, hyphens included)."""
    given = set(transliteration_key(fullest.split()[0]).split())
    return [word for word in key_of("PER", fullest).split() if word not in given]
