"""The tables spilled into an SQLite file while the report is built, so each page reads only its own rows.

A page shows one article's rows, or one entity's across the dump; holding
every table in memory to cut those slices grew with the dump. The tables go
into a scratch database (a row group at a time), indexed on the ids pages look
up, and each page's slice is read from there. Rows come back as the dicts
pages read: the columns of the table, in order, each with its type (a missing
figure value is NaN again).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import pandas as pd

from pipeline.common.tables import TABLES, column_type
from pipeline.export import table_frames
from pipeline.export.report.values import Row

_SQL_TYPES = {"int": "INTEGER", "float": "REAL", "str": "TEXT"}
_INDEXES = {"documents": ("doc_id",), "mentions": ("doc_id", "entity_id", "mention_id"), "dates": ("doc_id", "date_id"),
            "figures": ("doc_id", "figure_id"), "claims": ("doc_id", "claim_id", "speaker_entity_id"),
            "claim_links": ("claim_id", "target_id"), "entities": ("entity_id",), "voices": ("speaker_entity_id",)}
# Claims a mention of the entity is in: (entity, claim), each once, in claims order.
_ABOUT = ("CREATE TABLE about AS SELECT DISTINCT m.entity_id AS entity_id, c.rowid AS claim FROM claim_links l "
          "JOIN mentions m ON m.mention_id = l.target_id JOIN claims c ON c.claim_id = l.claim_id "
          "WHERE l.kind = 'mention'")
CACHE_KIB = 64 * 1024  # SQLite's page cache: what the spill may hold in memory


class Store:
    """The eight tables in an SQLite file, read back as rows, by slice."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = FILE"):
            self.db.execute(f"PRAGMA {pragma}")
        self._floats = {name: {c for c in TABLES[name] if column_type(name, c) == "float"} for name in TABLES}

    @classmethod
    def load(cls, path: Path, tables: Mapping[str, pd.DataFrame | Path]) -> "Store":
        """A new store at `path` holding `tables` (frames, or Parquet files streamed a row group at a time)."""
        store = cls(path)
        for name in TABLES:
            columns = TABLES[name]
            store.db.execute(f"CREATE TABLE {name} ({', '.join(f'{c} {_SQL_TYPES[column_type(name, c)]}' for c in columns)})")
            insert = f"INSERT INTO {name} VALUES ({', '.join('?' * len(columns))})"
            if name in tables:
                for frame in table_frames(name, tables[name])[1]:
                    store.db.executemany(insert, frame.itertuples(index=False, name=None))
            for column in _INDEXES[name]:
                store.db.execute(f"CREATE INDEX {name}_{column} ON {name} ({column})")
        store.db.execute(_ABOUT)
        store.db.execute("CREATE INDEX about_entity ON about (entity_id, claim)")
        store.db.commit()
        return store

    def close(self) -> None:
        self.db.close()

    def rows(self, table: str, where: str = "", parameters: Iterable = (), limit: int | None = None) -> Iterator[Row]:
        """The table's rows (those matching the SQL condition `where`, the first `limit`), in table order."""
        sql = (f"SELECT {', '.join(TABLES[table])} FROM {table} {f'WHERE {where}' if where else ''} ORDER BY rowid"
               f"{f' LIMIT {int(limit)}' if limit is not None else ''}")
        return (self.row(table, values) for values in self.db.execute(sql, tuple(parameters)))

    def row(self, table: str, values: tuple, columns: Iterable[str] | None = None) -> Row:
        """A row of `table` from its values (of every column, or of `columns`), each with its type."""
        row = dict(zip(columns or TABLES[table], values))
        for column in self._floats[table].intersection(row):
            if row[column] is None:  # SQLite keeps NaN as NULL
                row[column] = float("nan")
        return row

    def count(self, table: str) -> int:
        return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def values(self, sql: str, parameters: Iterable = ()) -> list[tuple]:
        return self.db.execute(sql, tuple(parameters)).fetchall()

    def article_slice(self, document: Row) -> dict[str, list[Row]]:
        """Every row an article's page may show: its own rows, and the entities its names belong to."""
        doc_id = document["doc_id"]
        mentions, claims = list(self.rows("mentions", "doc_id = ?", [doc_id])), list(self.rows("claims", "doc_id = ?", [doc_id]))
        links = self.rows("claim_links", "claim_id IN (SELECT claim_id FROM claims WHERE doc_id = ?)", [doc_id])
        by_claim: dict[str, list[Row]] = {}
        for link in links:
            by_claim.setdefault(link["claim_id"], []).append(link)
        named = {row["entity_id"]: row for row in self.rows(
            "entities", "entity_id IN (SELECT entity_id FROM mentions WHERE doc_id = ?)", [doc_id])}
        return {"documents": [document], "mentions": mentions, "claims": claims,
                "dates": list(self.rows("dates", "doc_id = ?", [doc_id])),
                "figures": list(self.rows("figures", "doc_id = ?", [doc_id])),
                "claim_links": [link for claim in claims for link in by_claim.get(claim["claim_id"], [])],
                "entities": [_named(named[e]) for e in dict.fromkeys(m["entity_id"] for m in mentions) if e in named]}

    def entity_parts(self, entity: Row) -> tuple[Row, "Query", "Query", "Query"]:
        """An entity, its mentions (by article, the articles in the order they come), the claims it made
        and the claims about it (a mention of it inside): read from the store each time they are read."""
        entity_id = entity["entity_id"]
        columns = ", ".join(f"m.{column}" for column in TABLES["mentions"])
        mentions = Query(self, "mentions", f"SELECT {columns} FROM mentions m JOIN (SELECT doc_id, MIN(rowid) AS first "
                         "FROM mentions WHERE entity_id = ? GROUP BY doc_id) f ON f.doc_id = m.doc_id "
                         "WHERE m.entity_id = ? ORDER BY f.first, m.rowid", [entity_id, entity_id])
        said = Query.where(self, "claims", "speaker_entity_id = ?", [entity_id])
        about = Query.where(self, "claims", "rowid IN (SELECT claim FROM about WHERE entity_id = ?)", [entity_id])
        return entity, mentions, said, about

    def entity_slice(self, entity: Row, mentions: "Query", said: "Query", about: "Query") -> dict[str, Iterable[Row]]:
        """Every row an entity's page may show: its mentions and claims, and the articles they are in."""
        return {"entities": [entity], "mentions": mentions, "claims": Chain(said, about),
                "documents": PageDocuments(self, (mentions, said, about))}


class Query:
    """Rows of a table read by one SELECT each time they are iterated: a page's thousands are never held."""

    def __init__(self, store: Store, table: str, sql: str, parameters: list) -> None:
        self.store, self.table, self.sql, self.parameters = store, table, sql, parameters

    @classmethod
    def where(cls, store: Store, table: str, condition: str, parameters: list) -> "Query":
        return cls(store, table, f"SELECT {', '.join(TABLES[table])} FROM {table} WHERE {condition} ORDER BY rowid",
                   parameters)

    def __iter__(self) -> Iterator[Row]:
        return (self.store.row(self.table, values) for values in self.store.db.execute(self.sql, self.parameters))

    def __len__(self) -> int:
        return self.store.values(f"SELECT COUNT(*) FROM ({self.sql})", self.parameters)[0][0]


class Chain:
    """Queries read one after the other, as many times as asked."""

    def __init__(self, *parts: Iterable[Row]) -> None:
        self.parts = parts

    def __iter__(self) -> Iterator[Row]:
        return (row for part in self.parts for row in part)


class PageDocuments:
    """The articles rows come from, each once, in the order they first come."""

    def __init__(self, store: Store, parts: Iterable[Iterable[Row]]) -> None:
        self.store, self.parts = store, parts

    def __iter__(self) -> Iterator[Row]:
        documents = Documents(self.store)
        for doc_id in dict.fromkeys(row["doc_id"] for part in self.parts for row in part):
            document = documents.get(doc_id)
            if document is not None:
                yield document


class Documents(Mapping):
    """The documents table by doc_id (the last row with it), read from the store as asked, the latest kept."""

    KEPT = 64

    def __init__(self, store: Store) -> None:
        self.store = store
        self._kept: dict[str, Row | None] = {}

    def __getitem__(self, doc_id: str) -> Row:
        if doc_id not in self._kept:
            if len(self._kept) >= self.KEPT:
                self._kept.clear()
            found = self.store.rows("documents", "rowid = (SELECT MAX(rowid) FROM documents WHERE doc_id = ?)", [doc_id])
            self._kept[doc_id] = next(found, None)
        document = self._kept[doc_id]
        if document is None:
            raise KeyError(doc_id)
        return document

    def __iter__(self) -> Iterator[str]:
        return (doc_id for (doc_id,) in self.store.db.execute("SELECT DISTINCT doc_id FROM documents"))

    def __len__(self) -> int:
        return self.store.values("SELECT COUNT(DISTINCT doc_id) FROM documents")[0][0]


def _named(entity: Row) -> Row:
    """What an article's page shows of an entity: a count elsewhere changing does not change the page."""
    return {"entity_id": entity["entity_id"], "label": entity["label"], "name": entity["name"]}
