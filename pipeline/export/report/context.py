"""A page's rows, indexed once, so the page looks rows up instead of scanning them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from pipeline.common.records import ANALYSED
from pipeline.common.tables import TABLES
from pipeline.export.report.values import Row, date_text, figure_text, shorten


def group_by(rows: Iterable[Row], column: str) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row[column]].append(row)
    return groups


@dataclass
class Context:
    """A page's rows and the look-ups it needs, computed once."""

    documents: dict[str, Row]
    entities: dict[str, Row]
    mentions: dict[str, Row]
    dates: dict[str, Row]
    figures: dict[str, Row]
    by_doc: dict[str, dict[str, list[Row]]]  # table → doc_id → rows
    links: dict[str, dict[str, list[str]]]  # claim_id → kind (mention, date, figure) → target ids

    @classmethod
    def of(cls, tables: dict[str, list[Row]]) -> "Context":
        """The context of a page's slice of the tables (a table left out is empty)."""
        tables = {name: tables.get(name, []) for name in TABLES}

        def by_id(name: str, column: str) -> dict[str, Row]:
            return {row[column]: row for row in tables[name]}

        links: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for link in tables["claim_links"]:
            links[link["claim_id"]][link["kind"]].append(link["target_id"])
        return cls(by_id("documents", "doc_id"), by_id("entities", "entity_id"),
                   by_id("mentions", "mention_id"), by_id("dates", "date_id"), by_id("figures", "figure_id"),
                   {name: group_by(tables[name], "doc_id") for name in ("mentions", "dates", "figures", "claims")},
                   links)

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
