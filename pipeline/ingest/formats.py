"""Text formats: one article per text or HTML file, one per record of JSON, JSON lines, CSV and TSV.

A record's fields are found by the common names exports use for them; a
record that cannot be read still gives its row, naming the file and the line or row.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import PurePosixPath
from typing import Any, Iterator

from pipeline.common.calendar import normalise_published
from pipeline.common.records import Document
from pipeline.ingest.decoding import tidy
from pipeline.ingest.headline import agreed_headline

# spaCy's default `nlp.max_length`: longer articles are cut there, with a note in `error`.
MAX_CHARS = 1_000_000

TEXT_FORMATS = (".txt", ".md")
HTML_FORMATS = (".html", ".htm")
JSON_LINES_FORMATS = (".jsonl", ".ndjson")
DELIMITERS = {".csv": ",", ".tsv": "\t"}

# Record fields, by the common names exports use for them (compared lower-cased).
FIELDS = {
    "text": ("text", "content", "body", "article", "article_text", "articlebody", "texte", "contenu", "corps"),
    "title": ("title", "headline", "titre", "name"),
    "published": ("date", "published", "pubdate", "datepublished", "date_published", "published_at",
                  "publication_date", "publishedat", "pub_date", "created_at", "timestamp"),
    "url": ("url", "link", "lien", "uri", "href", "source_url"),
    "id": ("id", "doc_id", "_id", "guid", "uuid", "article_id"),
    "author": ("author", "authors", "byline", "auteur", "auteurs", "creator"),
}
TEXT_FIELD_NAMES = ", ".join(FIELDS["text"][:4])
KNOWN_FIELDS = frozenset(name for names in FIELDS.values() for name in names)


def read_text_format(name: str, text: str, source: str) -> Iterator[Document]:
    suffix = PurePosixPath(name.lower()).suffix
    if suffix in TEXT_FORMATS:
        yield text_document(stem(name), source, text)
    elif suffix in HTML_FORMATS:
        yield _html_document(name, source, text)
    elif suffix == ".json":
        yield from _read_json(name, text, source)
    elif suffix in JSON_LINES_FORMATS:
        yield from _read_json_lines(name, text, source)
    else:
        yield from _read_delimited(name, text, source, DELIMITERS[suffix])


def text_document(doc_id: str, source: str, text: str, **metadata: str) -> Document:
    """One article, tidied; `empty` when it has no visible text, cut at MAX_CHARS with a note.

    The cut comes before the repair: ftfy takes about a second a million characters.
    """
    doc = Document(doc_id=doc_id, source=source, text=tidy(text[:MAX_CHARS]), **metadata)
    if not doc.text.strip():
        doc.status, doc.error = "empty", f"{source}: no text (empty or blank)"
    elif len(text) > MAX_CHARS:
        doc.error = f"{source}: truncated from {len(text):,} to {MAX_CHARS:,} characters"
    return doc


def _html_document(name: str, source: str, html: str) -> Document:
    """Body text, title, date, author and URL of a page, with trafilatura; the title two of its sources agree on."""
    import trafilatura  # heavy import, only when a dump holds HTML

    doc_id = stem(name)
    if not html.strip():
        return problem(name, source, "empty", f"{source}: no text (empty or blank)")
    try:
        page = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as error:  # trafilatura raises many parser errors; the row keeps the cause
        return problem(name, source, "failed", f"{source}: HTML extraction failed: {type(error).__name__}: {error}")
    if page is None or not (page.text or "").strip():
        return problem(name, source, "empty", f"{source}: no article text found in the HTML page")
    return text_document(
        doc_id, source, page.text,
        title=tidy(agreed_headline(html) or page.title or ""), author=tidy(page.author or ""), url=page.url or "",
        published=normalise_published(page.date or ""))


def _read_json(name: str, text: str, source: str) -> Iterator[Document]:
    if not text.strip():
        yield problem(name, source, "empty", f"{source}: no text (empty or blank)")
        return
    try:
        content = json.loads(text)
    except json.JSONDecodeError as error:
        yield problem(name, source, "failed",
                       f"{source}: invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}")
        return
    items = _json_records(content)
    if not items:
        yield problem(name, source, "empty", f"{source}: the JSON holds no records")
    for number, item in enumerate(items, start=1):
        yield _record_document(item, stem(name), number, f"{source} item {number}", source)


def _json_records(content: Any) -> list[Any]:
    """One object, a list of them, or an object wrapping its list (`{"articles": [...]}`)."""
    if isinstance(content, list):
        return content
    if isinstance(content, dict) and not _field(_lowered(content), "text"):
        wrapped = [value for value in content.values() if isinstance(value, list) and value
                   and all(isinstance(item, dict) for item in value)]
        if len(wrapped) == 1:
            return wrapped[0]
    return [content]


def _read_json_lines(name: str, text: str, source: str) -> Iterator[Document]:
    lines = text.split("\n")
    if not text.strip():
        yield problem(name, source, "empty", f"{source}: no text (empty or blank)")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield problem(f"{stem(name)}-{number}", source, "failed",
                           f"{where}: invalid JSON (column {error.colno}): {error.msg}", keep_id=True)
            continue
        yield _record_document(record, stem(name), number, where, source)


def _read_delimited(name: str, text: str, source: str, delimiter: str) -> Iterator[Document]:
    if not text.strip():
        yield problem(name, source, "empty", f"{source}: no text (empty or blank)")
        return
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CHARS * 8))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    row = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            row += 1
            yield problem(f"{stem(name)}-{row}", source, "failed",
                           f"{source} row {row} (line {reader.line_num}): unreadable CSV row: {error}", keep_id=True)
            continue
        row += 1
        record.pop(None, None)  # cells beyond the header
        yield _record_document(record, stem(name), row, f"{source} row {row} (line {reader.line_num})", source)


def _record_document(record: Any, stem: str, number: int, where: str, source: str) -> Document:
    """A record as a Document: its id (or `<stem>-<number>`), text, title, date, url and author."""
    fallback_id = f"{stem}-{number}"
    if not isinstance(record, dict):
        return problem(fallback_id, source, "failed",
                        f"{where}: expected an object with a text field, got {type(record).__name__}", keep_id=True)
    lowered = _lowered(record)
    doc_id = _as_text(_field(lowered, "id")).strip() or fallback_id
    text = _as_text(_field(lowered, "text"))
    metadata = {key: tidy(_as_text(_field(lowered, key))).strip() for key in ("title", "url", "author")}
    published = normalise_published(_as_text(_field(lowered, "published")))
    extra = {key: value for key, value in record.items()
             if isinstance(key, str) and key.lower() not in KNOWN_FIELDS and isinstance(value, (str, int, float, bool))}
    if not text.strip():
        return Document(doc_id=doc_id, source=source, status="empty", published=published, meta=extra,
                        error=f"{where}: no text (expected a field named {TEXT_FIELD_NAMES} …)", **metadata)
    doc = text_document(doc_id, source, text, published=published, **metadata)
    doc.meta = extra
    if doc.error:
        doc.error = f"{where}: {doc.error.split(': ', 1)[1]}"
    return doc


def _lowered(record: dict) -> dict:
    """The record with lower-cased keys, so `Title`, `TITLE` and `title` are one field."""
    return {str(key).lower(): value for key, value in record.items()}


def _field(lowered: dict, name: str) -> Any:
    """The value of the first present field among the common names for `name` (keys lower-cased)."""
    for candidate in FIELDS[name]:
        value = lowered.get(candidate)
        if value not in (None, "", []):
            return value
    return None


def _as_text(value: Any) -> str:
    """Record values as text: lists (paragraphs, several authors) joined, numbers written out."""
    if value is None:
        return ""
    if isinstance(value, list):
        separator = "\n\n" if any(isinstance(item, str) and len(item) > 80 for item in value) else ", "
        return separator.join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("text") or "")
    return str(value)


def stem(name: str) -> str:
    """`article.txt` → `article`; `dump.tar.gz` → `dump`."""
    stem = PurePosixPath(name).name
    for suffix in (".gz", ".bz2", ".xz"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    return PurePosixPath(stem).stem or stem


def problem(name: str, source: str, status: str, error: str, keep_id: bool = False) -> Document:
    """The row of a document that could not be read: no text, a status, and what went wrong where."""
    return Document(doc_id=name if keep_id else stem(name), source=source, status=status, error=error)
