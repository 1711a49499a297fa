"""The tables, read back and indexed once, so each page looks rows up instead of scanning them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from pipeline.common.records import ANALYSED
from pipeline.common.tables import TABLES
from pipeline.export.report.values import Row, date_text, figure_text, shorten


def _named(entity: Row) -> Row:
    """What an article's page shows of an entity: a count elsewhere changing does not change the page."""
    return {"entity_id": entity["entity_id"], "label": entity["label"], "name": entity["name"]}


def group_by(rows: Iterable[Row], column: str) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row[column]].append(row)
    return groups


@dataclass
class Context:
    """The tables and the look-ups every page needs, computed once."""

    tables: dict[str, list[Row]]
    documents: dict[str, Row]
    entities: dict[str, Row]
    mentions: dict[str, Row]
    dates: dict[str, Row]
    figures: dict[str, Row]
    by_doc: dict[str, dict[str, list[Row]]]  # table → doc_id → rows
    links: dict[str, dict[str, list[str]]]  # claim_id → kind (mention, date, figure) → target ids
    link_rows: dict[str, list[Row]]  # claim_id → its claim_links rows

    @classmethod
    def of(cls, tables: dict[str, list[Row]]) -> "Context":
        """The context of `tables`: every table, or a page's slice of them (a table left out is empty)."""
        tables = {name: tables.get(name, []) for name in TABLES}

        def by_id(name: str, column: str) -> dict[str, Row]:
            return {row[column]: row for row in tables[name]}

        links: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for link in tables["claim_links"]:
            links[link["claim_id"]][link["kind"]].append(link["target_id"])
        return cls(tables, by_id("documents", "doc_id"), by_id("entities", "entity_id"),
                   by_id("mentions", "mention_id"), by_id("dates", "date_id"), by_id("figures", "figure_id"),
                   {name: group_by(tables[name], "doc_id") for name in ("mentions", "dates", "figures", "claims")},
                   links, group_by(tables["claim_links"], "claim_id"))

    def article_slice(self, doc_id: str) -> dict[str, list[Row]]:
        """Every row an article's page may show: its own rows, and the entities its names belong to."""
        mentions = self.by_doc["mentions"].get(doc_id, [])
        claims = self.by_doc["claims"].get(doc_id, [])
        entity_ids = dict.fromkeys(mention["entity_id"] for mention in mentions)
        return {"documents": [self.documents[doc_id]], "mentions": mentions, "claims": claims,
                "dates": self.by_doc["dates"].get(doc_id, []), "figures": self.by_doc["figures"].get(doc_id, []),
                "claim_links": [link for claim in claims for link in self.link_rows.get(claim["claim_id"], [])],
                "entities": [_named(self.entities[e]) for e in entity_ids if e in self.entities]}

    def entity_slice(self, entity: Row, mentions: list[Row], said: list[Row], about: list[Row]) -> dict[str, list[Row]]:
        """Every row an entity's page may show: its mentions and claims, and the articles they are in."""
        doc_ids = dict.fromkeys(row["doc_id"] for row in (*mentions, *said, *about))
        return {"entities": [entity], "mentions": mentions, "claims": [*said, *about],
                "documents": [self.documents[d] for d in doc_ids if d in self.documents]}

    def has_article(self, doc_id: str) -> bool:
        document = self.documents.get(doc_id)
        return document is not None and document["status"] in ANALYSED

    def claim_dates(self, claim_id: str) -> list[str]:
        return [date_text(self.dates[i]) for i in self.links[claim_id]["date"] if i in self.dates]

    def claim_figures(self, claim_id: str) -> list[str]:
        return [f"{self.figures[i]['text']} = {figure_text(self.figures[i])}"
                for i in self.links[claim_id]["figure"] if i in self.figures]

    def title_of(self, doc_id: str) -> str:
        """The article's headline, shortened for a table cell or a link."""
        document = self.documents.get(doc_id)
        return shorten(document["title"] or doc_id) if document is not None else doc_id
