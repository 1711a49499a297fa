"""Ingest: every document of a dump (files, folders, archives) as a `Document`, failures included.

A dump is whatever a scraper left: text and Markdown files, HTML pages, JSON,
JSON lines, CSV/TSV exports, zipped or tarred, in unknown encodings. Bad input
never stops a run and never loses a document: a file or record that cannot be
read still yields its row, with a status (`empty`, `skipped`, `failed`) and an
error naming the file and the line or row.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import re
import tarfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Iterator

import charset_normalizer
import ftfy

from pipeline.clean import normalise_published
from pipeline.common.records import Document

# spaCy's default `nlp.max_length`: longer articles are cut there, with a note in `error`.
MAX_CHARS = 1_000_000

TEXT_FORMATS = (".txt", ".md")
HTML_FORMATS = (".html", ".htm")
JSON_LINES_FORMATS = (".jsonl", ".ndjson")
DELIMITERS = {".csv": ",", ".tsv": "\t"}
TAR_FORMATS = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")

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

BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"PK\x03\x04": "zip data (an office document?)",
    b"\x1f\x8b": "gzip data",
    b"BZh": "bzip2 data",
    b"\x7fELF": "an executable",
    b"ID3": "MP3 audio",
    b"OggS": "Ogg media",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# More NULs than this share of the bytes (and no UTF-16/32 BOM): binary, not text with stray NULs.
MAX_NUL_SHARE = 0.05
# Accented letters of French text, to choose between encodings that decode a file equally cleanly.
FRENCH_LETTERS = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
CHAOS_TOLERANCE = 0.01
FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, normalization="NFC")
# A line made only of these characters has nothing ftfy would repair: ASCII without `&` (HTML
# entities), French letters except Ã, Â and â (the lead bytes of UTF-8 letters and punctuation
# misread as cp1252) and the signs of French typography. Skipping ftfy on such lines makes
# ingest several times faster on clean text, with the same output.
_MAY_NEED_REPAIR = re.compile(r"[^\t\x20-\x25\x27-\x7eàäçéèêëîïôöùûüÿœæÀÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»“”‘’–—…°\xa0\u202f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n?")


class UnreadableContent(Exception):
    """The bytes are not text: the document is `skipped`, with this message."""


# ---------------------------------------------------------------- public API


def read_documents(inputs: Iterable[str | os.PathLike]) -> Iterator[Document]:
    """Every document of `inputs` (files, folders read recursively, archives), in a stable order.

    Folders are walked in sorted path order and records keep their file order.
    Raises FileNotFoundError, before reading anything, for an input that does
    not exist; bad content never raises, it yields a row with its status.
    """
    paths = [Path(item) for item in inputs]
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise FileNotFoundError(f"input not found: {path}")
    ids = UniqueIds()
    for path in paths:
        for doc in _read_input(path):
            doc.doc_id = ids.claim(doc.doc_id)
            yield doc


class UniqueIds:
    """Hands out each id once per run: a clash gets `-2`, `-3`, …"""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def claim(self, wanted: str) -> str:
        wanted = wanted or "document"
        candidate, number = wanted, 1
        while candidate in self.taken:
            number += 1
            candidate = f"{wanted}-{number}"
        self.taken.add(candidate)
        return candidate


# ---------------------------------------------------------------- files and archives


def _read_input(path: Path) -> Iterator[Document]:
    if path.is_dir():
        files = (p for p in path.rglob("*") if p.is_file() or p.is_symlink())
        for file in sorted(files, key=lambda p: p.relative_to(path).as_posix()):
            yield from _read_file(file, file.relative_to(path).as_posix())
    else:
        yield from _read_file(path, path.name)


def _read_file(path: Path, source: str) -> Iterator[Document]:
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        yield _problem(path.name, source, "failed", f"{source}: cannot read the file: {reason}")
        return
    yield from read_payload(path.name, data, source)


def read_payload(name: str, data: bytes, source: str) -> Iterator[Document]:
    """The documents of one file's bytes, by its extension; `source` names it in messages."""
    lower = name.lower()
    if lower.endswith(".zip"):
        yield from _read_zip(name, data, source)
    elif lower.endswith(TAR_FORMATS):
        yield from _read_tar(name, data, source)
    elif lower.endswith(".gz"):
        yield from _read_gzip(name, data, source)
    elif lower.endswith(TEXT_FORMATS + HTML_FORMATS + (".json",) + JSON_LINES_FORMATS + tuple(DELIMITERS)):
        try:
            text = decode(data)
        except UnreadableContent as error:
            yield _problem(name, source, "skipped", f"{source}: {error}")
            return
        yield from _read_text_format(name, text, source)
    else:
        kind = _binary_kind(data)
        what = f" ({kind})" if kind else ""
        suffix = PurePosixPath(name).suffix or "no extension"
        yield _problem(name, source, "skipped", f"{source}: unsupported file type {suffix}{what}")


def _read_text_format(name: str, text: str, source: str) -> Iterator[Document]:
    suffix = PurePosixPath(name.lower()).suffix
    if suffix in TEXT_FORMATS:
        yield _text_document(_stem(name), source, text)
    elif suffix in HTML_FORMATS:
        yield _html_document(name, source, text)
    elif suffix == ".json":
        yield from _read_json(name, text, source)
    elif suffix in JSON_LINES_FORMATS:
        yield from _read_json_lines(name, text, source)
    else:
        yield from _read_delimited(name, text, source, DELIMITERS[suffix])


def _read_zip(name: str, data: bytes, source: str) -> Iterator[Document]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = sorted((info for info in archive.infolist() if not info.is_dir()), key=lambda i: i.filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
        yield _problem(name, source, "failed", f"{source}: unreadable zip archive (truncated or corrupt): {error}")
        return
    if not members:
        yield _problem(name, source, "empty", f"{source}: the archive holds no files")
    for info in members:
        inner = f"{source}!{info.filename}"
        try:
            content = archive.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError) as error:
            yield _problem(PurePosixPath(info.filename).name, inner, "failed",
                           f"{inner}: cannot extract from the archive: {error}")
            continue
        yield from read_payload(PurePosixPath(info.filename).name, content, inner)


def _read_tar(name: str, data: bytes, source: str) -> Iterator[Document]:
    """Members are read one by one, so a truncated archive still gives the members before the damage."""
    count = 0
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as archive:
            for member in archive:
                if not member.isfile():
                    continue
                count += 1
                inner = f"{source}!{member.name}"
                member_name = PurePosixPath(member.name).name
                try:
                    handle = archive.extractfile(member)
                    content = handle.read() if handle else b""
                except (tarfile.TarError, EOFError, OSError, zlib.error) as error:
                    yield _problem(member_name, inner, "failed", f"{inner}: cannot extract from the archive: {error}")
                    return
                yield from read_payload(member_name, content, inner)
    except (tarfile.TarError, EOFError, OSError, zlib.error) as error:
        where = f"after {count} file(s)" if count else "at its start"
        yield _problem(name, source, "failed", f"{source}: tar archive truncated or corrupt {where}: {error}")
        return
    if not count:
        yield _problem(name, source, "empty", f"{source}: the archive holds no files")


def _read_gzip(name: str, data: bytes, source: str) -> Iterator[Document]:
    inner_name = name[:-3]
    try:
        content = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as error:
        yield _problem(inner_name, source, "failed", f"{source}: truncated or corrupt gzip file: {error}")
        return
    yield from read_payload(inner_name, content, source)


# ---------------------------------------------------------------- decoding


def decode(data: bytes) -> str:
    """Bytes to text: BOM or UTF-8 first, else the detected encoding. `tidy` repairs it after.

    Raises UnreadableContent for bytes that are not text (images, PDFs, binaries).
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    kind = _binary_kind(data)
    if kind:
        raise UnreadableContent(f"binary content ({kind}), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_detected(data)


def _decode_detected(data: bytes) -> str:
    """The detected encoding; among equally clean guesses, the one that reads as French.

    cp1250 and cp1252 decode `crème` equally cleanly (`crčme` / `crème`):
    charset-normalizer's tie is broken by the share of French letters.
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise UnreadableContent("binary content (no text encoding fits), not text")
    least_chaos = min(match.chaos for match in matches)
    clean = [match for match in matches if match.chaos <= least_chaos + CHAOS_TOLERANCE]
    return max((str(match) for match in clean), key=_french_letter_share)


def _french_letter_share(text: str) -> float:
    accented = [char for char in text if ord(char) > 127 and char.isalpha()]
    if not accented:
        return 0.0
    return sum(char in FRENCH_LETTERS for char in accented) / len(accented)


def tidy(text: str) -> str:
    """Mojibake repaired (`Ã©` → `é`), control characters dropped, line ends as `\\n`. Quotes stay as written."""
    lines = _LINE_BREAKS.sub("\n", text).split("\n")
    repaired = [ftfy.fix_text(line, FTFY_CONFIG) if _MAY_NEED_REPAIR.search(line) else line for line in lines]
    return _CONTROL.sub("", "\n".join(repaired))


def _binary_kind(data: bytes) -> str:
    """What the bytes are when they are not text, else ''."""
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    sample = data[:8192]
    if sample and sample.count(0) / len(sample) > MAX_NUL_SHARE:
        return "binary data"
    return ""


# ---------------------------------------------------------------- formats


def _text_document(doc_id: str, source: str, text: str, **metadata: str) -> Document:
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
    """Body text, title, date, author and URL of a page, with trafilatura."""
    import trafilatura  # heavy import, only when a dump holds HTML

    doc_id = _stem(name)
    if not html.strip():
        return _problem(name, source, "empty", f"{source}: no text (empty or blank)")
    try:
        page = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as error:  # trafilatura raises many parser errors; the row keeps the cause
        return _problem(name, source, "failed", f"{source}: HTML extraction failed: {type(error).__name__}: {error}")
    if page is None or not (page.text or "").strip():
        return _problem(name, source, "empty", f"{source}: no article text found in the HTML page")
    return _text_document(
        doc_id, source, page.text,
        title=tidy(page.title or ""), author=tidy(page.author or ""), url=page.url or "",
        published=normalise_published(page.date or ""))


def _read_json(name: str, text: str, source: str) -> Iterator[Document]:
    if not text.strip():
        yield _problem(name, source, "empty", f"{source}: no text (empty or blank)")
        return
    try:
        content = json.loads(text)
    except json.JSONDecodeError as error:
        yield _problem(name, source, "failed",
                       f"{source}: invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}")
        return
    items = _json_records(content)
    if not items:
        yield _problem(name, source, "empty", f"{source}: the JSON holds no records")
    for number, item in enumerate(items, start=1):
        yield _record_document(item, _stem(name), number, f"{source} item {number}", source)


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
        yield _problem(name, source, "empty", f"{source}: no text (empty or blank)")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield _problem(f"{_stem(name)}-{number}", source, "failed",
                           f"{where}: invalid JSON (column {error.colno}): {error.msg}", keep_id=True)
            continue
        yield _record_document(record, _stem(name), number, where, source)


def _read_delimited(name: str, text: str, source: str, delimiter: str) -> Iterator[Document]:
    if not text.strip():
        yield _problem(name, source, "empty", f"{source}: no text (empty or blank)")
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
            yield _problem(f"{_stem(name)}-{row}", source, "failed",
                           f"{source} row {row} (line {reader.line_num}): unreadable CSV row: {error}", keep_id=True)
            continue
        row += 1
        record.pop(None, None)  # cells beyond the header
        yield _record_document(record, _stem(name), row, f"{source} row {row} (line {reader.line_num})", source)


def _record_document(record: Any, stem: str, number: int, where: str, source: str) -> Document:
    """A record as a Document: its id (or `<stem>-<number>`), text, title, date, url and author."""
    fallback_id = f"{stem}-{number}"
    if not isinstance(record, dict):
        return _problem(fallback_id, source, "failed",
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
    doc = _text_document(doc_id, source, text, published=published, **metadata)
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


def _stem(name: str) -> str:
    """`article.txt` → `article`; `dump.tar.gz` → `dump`."""
    stem = PurePosixPath(name).name
    for suffix in (".gz", ".bz2", ".xz"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    return PurePosixPath(stem).stem or stem


def _problem(name: str, source: str, status: str, error: str, keep_id: bool = False) -> Document:
    """The row of a document that could not be read: no text, a status, and what went wrong where."""
    return Document(doc_id=name if keep_id else _stem(name), source=source, status=status, error=error)


__all__ = ["read_documents", "decode", "tidy", "MAX_CHARS", "UniqueIds", "read_payload"]