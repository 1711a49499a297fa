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

A dump is read twice, article by article in doc_id order (`Linker`): once to
learn its distinct groups of forms, then, once they are joined into entities,
to give each mention its entity. Nothing but the distinct groups is held, so
memory stays flat however many articles name the same entities.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

import pandas as pd

from pipeline.common.genders import GENDER_CUES, GENDER_RESOLVED
from pipeline.common.names import MENTION_ORDER, REFERS_TO, fold
from pipeline.common.tables import TABLES
from pipeline.link.clusters import Node, Nodes, cluster_roots
from pipeline.link.genders import entity_gender
from pipeline.link.groups import DocumentMentions, article_groups, by_document, fullest_form

# The columns of the rows waiting for `link` that the tables do not keep.
PENDING_ONLY = [REFERS_TO, GENDER_CUES, GENDER_RESOLVED]

__all__ = ["PENDING_ONLY", "DocumentMentions", "Linker", "by_document", "link_documents", "link_mentions"]


class Linker:
    """Links a dump read twice in the same order: `learn` every article, `cluster`, then `entity_ids` of each."""

    def __init__(self) -> None:
        self.nodes = Nodes()
        self._roots: list[int] = []  # node → the first node of its entity
        self._entities: dict[int, dict] = {}  # root → its entity's row, but for n_docs
        self._docs: Counter = Counter()  # entity_id → articles naming it, counted by `entity_ids`

    def learn(self, document: DocumentMentions) -> None:
        for group in article_groups(document):
            self.nodes.add(group)

    def cluster(self) -> None:
        """Join the nodes into entities and name each one (`-2`, `-3`… for namesakes kept apart)."""
        self._roots = cluster_roots(self.nodes)
        members: dict[int, list[Node]] = {}
        for node, root in zip(self.nodes.nodes, self._roots):
            members.setdefault(root, []).append(node)
        taken: set[str] = set()
        for root in sorted(members):
            self._entities[root] = _entity_row(members[root], taken)

    def entity_ids(self, document: DocumentMentions) -> list[str]:
        """The entity of each of the article's mentions, in its row order (read in the order `learn` read)."""
        ids = [""] * len(document.mention_ids)
        for group in article_groups(document):
            entity_id = self._entities[self._roots[self.nodes.node_of(group)]]["entity_id"]
            for position in group.positions:
                ids[position] = entity_id
        self._docs.update(set(ids))
        return ids

    def entities(self) -> pd.DataFrame:
        """The `entities` table, sorted by entity_id, once every article's `entity_ids` were asked for."""
        rows = [row | {"n_docs": self._docs[row["entity_id"]]} for row in self._entities.values()]
        entities = pd.DataFrame(rows, columns=TABLES["entities"])
        return entities.sort_values("entity_id", kind="stable").reset_index(drop=True)


def _entity_row(nodes: list[Node], taken: set[str]) -> dict:
    """An entity's row from its nodes (first one first), its id made unique among those `taken`."""
    uses: Counter = Counter()
    for node in nodes:  # in place: an entity named in thousands of articles may have thousands of nodes
        uses.update(node.uses)
    name, label = fullest_form(uses), nodes[0].label
    gender, cue = _gender(nodes, uses) if label == "PER" else ("", "")
    return {"entity_id": _unique(f"{label}:{_slug(name)}", taken), "label": label, "name": name,
            "aliases": "|".join(sorted(form for form in uses if form != name)),
            "roles": "|".join(sorted({role for node in nodes for role in node.roles})),
            "n_mentions": sum(node.n_mentions for node in nodes), "gender": gender, "gender_cue": cue}


def _gender(nodes: list[Node], uses: Counter) -> tuple[str, str]:
    """A person's gender and its cue from the verdicts of every article naming them."""
    written: Counter = Counter()
    resolved: Counter = Counter()
    for node in nodes:
        for (by_name, by_pronoun), articles in (node.verdicts or {}).items():
            written[by_name] += articles
            resolved[by_pronoun] += articles
    return entity_gender(written.elements(), resolved.elements(), uses)


def link_mentions(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give every mention an `entity_id`, and build the `entities` table, all in memory.

    mentions (DataFrame): rows with the columns of `TABLES["mentions"]`, and
        `refers_to` when the per-document stage resolved each article's
        mentions already (else it is done here), and the gender cues
        (`gender_cues`, `gender_resolved`) when it found them.
    RETURNS (tuple): the mentions with `entity_id` filled, and the entities
        (`TABLES["entities"]` columns), both in a deterministic order whatever
        the order of the input rows.
    """
    mentions = mentions.sort_values(["doc_id", *MENTION_ORDER], kind="stable").reset_index(drop=True)
    linker = link_documents(by_document(mentions))
    entity_ids = [entity_id for document in by_document(mentions) for entity_id in linker.entity_ids(document)]
    mentions = mentions.assign(entity_id=entity_ids).drop(columns=PENDING_ONLY, errors="ignore")
    return mentions, linker.entities()


def link_documents(documents: Iterable[DocumentMentions]) -> Linker:
    """A Linker that learnt and clustered `documents` (sorted by doc_id, each one's rows in MENTION_ORDER)."""
    linker = Linker()
    for document in documents:
        linker.learn(document)
    linker.cluster()
    return linker


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
