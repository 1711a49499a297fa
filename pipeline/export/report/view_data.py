"""The rows of the index's views, cut into parts: the first inside index.html, the others in script files beside it.

A dump of a year is tens of megabytes of rows: in the page, the browser would
parse them all before showing anything. So the index carries the first part
of each view (at least a page of rows) and, for the others, where each begins;
report.js loads a part when a page needs it and every part when a search or a
sort does. A part is a script (`data/<view>-<n>.js`) calling
`depecheChunk(view, n, rows)`: browsers load scripts from `file://`, where
they refuse `fetch`. Each view's rows are made a slice of the tables at a time.
"""

from __future__ import annotations

from typing import Callable, Iterator

from pipeline.common.records import ANALYSED
from pipeline.export.report.markup import json_for_script
from pipeline.export.report.paths import anchor, article_path, entity_path
from pipeline.export.report.store import Store
from pipeline.export.report.values import date_text, figure_text, shorten

PAGE_ROWS = 50  # rows a view shows at a time
CHUNK_BYTES = 256 * 1024  # a part's size, about: the first load is three of them and the summary
SLICE_ROWS = 2_000  # table rows turned into view rows at a time

DATA_DIR = "data"


def chunk_path(view: str, number: int) -> str:
    return f"{DATA_DIR}/{view}-{number:05d}.js"


def chunk_script(view: str, number: int, rows: list[str]) -> str:
    """The part as a script; `rows` are JSON already, without `<`, `>` or `&` (see `json_for_script`)."""
    return f"depecheChunk({json_for_script(view)},{number},[{','.join(rows)}]);\n"


def write_view(view: str, rows: Iterator[dict], write: Callable[[str, str], None]) -> dict:
    """Cut a view's rows into parts, `write(path, script)` every part but the first, and return what
    index.html carries: the first part's rows, the total and the row each part begins with."""
    parts: list[list[str]] = []
    starts, total, current, size = [], 0, [], 0
    for row in rows:
        encoded = json_for_script(row)
        if size >= CHUNK_BYTES and len(current) >= PAGE_ROWS:
            _close(view, current, starts, parts, write)
            current, size = [], 0
        if not current:
            starts.append(total)
        current.append(encoded)
        size += len(encoded) + 1
        total += 1
    if current or not starts:
        if not starts:
            starts.append(0)
        _close(view, current, starts, parts, write)
    return {"total": total, "starts": starts, "rows": parts[0]}


def _close(view: str, rows: list[str], starts: list[int], parts: list, write: Callable[[str, str], None]) -> None:
    number = len(starts) - 1
    if number == 0:
        parts.append(rows)  # the first part goes inside index.html
    else:
        write(chunk_path(view, number), chunk_script(view, number, rows))


def _slices(store: Store, table: str) -> Iterator[tuple[int, int]]:
    for first in range(1, store.count(table) + 1, SLICE_ROWS):
        yield first, first + SLICE_ROWS - 1


def document_rows(store: Store) -> Iterator[dict]:
    for first, last in _slices(store, "documents"):
        span = "SELECT doc_id FROM documents WHERE rowid BETWEEN ? AND ?"
        entities = dict(store.values(f"SELECT doc_id, COUNT(DISTINCT entity_id) FROM mentions WHERE doc_id IN ({span})"
                                     " GROUP BY doc_id", [first, last]))
        claims = dict(store.values(f"SELECT doc_id, COUNT(*) FROM claims WHERE doc_id IN ({span}) GROUP BY doc_id",
                                   [first, last]))
        for row in store.rows("documents", "rowid BETWEEN ? AND ?", [first, last]):
            doc_id = row["doc_id"]
            yield {"title": shorten(row["title"] or doc_id),
                   "href": article_path(doc_id) if row["status"] in ANALYSED else "",
                   "doc_id": doc_id, "status": row["status"], "published": row["published"],
                   "n_words": int(row["n_words"]), "n_entities": entities.get(doc_id, 0),
                   "n_claims": claims.get(doc_id, 0)}


def entity_rows(store: Store) -> Iterator[dict]:
    for row in store.rows("entities"):
        yield {"name": row["name"], "href": entity_path(row["entity_id"]), "label": row["label"],
               "aliases": row["aliases"].replace("|", " · "), "n_docs": int(row["n_docs"]),
               "n_mentions": int(row["n_mentions"])}


_TARGETS = ("SELECT c.rowid, {columns} FROM claims c JOIN claim_links l ON l.claim_id = c.claim_id AND l.kind = ? "
            "JOIN {table} t ON t.{key} = l.target_id WHERE c.rowid BETWEEN ? AND ? ORDER BY c.rowid, l.rowid")


_TARGET_COLUMNS = {"dates": ("text", "value", "granularity"),
                   "figures": ("text", "value", "value_high", "unit", "qualifier")}


def _targets(store: Store, table: str, key: str, first: int, last: int, text: Callable[[dict], str]) -> dict:
    """claim rowid → the texts of the dates (or figures) inside the claim, in link order."""
    columns = _TARGET_COLUMNS[table]
    sql = _TARGETS.format(columns=", ".join(f"t.{c}" for c in columns), table=table, key=key)
    found: dict[int, list[str]] = {}
    for rowid, *values in store.values(sql, [table[:-1], first, last]):
        row = store.row(table, tuple(values), columns)
        found.setdefault(rowid, []).append(text(row))
    return found


def claim_rows(store: Store) -> Iterator[dict]:
    for first, last in _slices(store, "claims"):
        dates = _targets(store, "dates", "date_id", first, last, date_text)
        figures = _targets(store, "figures", "figure_id", first, last,
                           lambda figure: f"{figure['text']} = {figure_text(figure)}")
        documents = {doc_id: (title, status) for doc_id, title, status in store.values(
            "SELECT doc_id, title, status FROM documents WHERE doc_id IN "
            "(SELECT doc_id FROM claims WHERE rowid BETWEEN ? AND ?) ORDER BY rowid", [first, last])}
        for rowid, row in enumerate(store.rows("claims", "rowid BETWEEN ? AND ?", [first, last]), start=first):
            document = documents.get(row["doc_id"])
            has_article = document is not None and document[1] in ANALYSED
            yield {"speaker": row["speaker"], "speaker_entity_id": row["speaker_entity_id"],
                   "speaker_href": entity_path(row["speaker_entity_id"]) if row["speaker_entity_id"] else "",
                   "kind": row["kind"], "cue": row["cue"], "statement": row["statement"],
                   "dates": "; ".join(dates.get(rowid, [])), "figures": "; ".join(figures.get(rowid, [])),
                   "article": shorten(document[0] or row["doc_id"]) if document is not None else row["doc_id"],
                   "href": (f"{article_path(row['doc_id'])}#{anchor('claim', row['claim_id'])}"
                            if has_article else "")}


VIEW_ROWS: dict[str, Callable[[Store], Iterator[dict]]] = {
    "documents": document_rows, "entities": entity_rows, "claims": claim_rows}
