"""Files by their extension, archives (zip, tar, gzip) read member by member, damage reported where it is."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
import zlib
from pathlib import PurePosixPath
from typing import Iterator

from pipeline.common.records import Document
from pipeline.ingest.decoding import UnreadableContent, binary_kind, decode
from pipeline.ingest.formats import (
    DELIMITERS,
    HTML_FORMATS,
    JSON_LINES_FORMATS,
    TEXT_FORMATS,
    problem,
    read_text_format,
)

TAR_FORMATS = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")


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
            yield problem(name, source, "skipped", f"{source}: {error}")
            return
        yield from read_text_format(name, text, source)
    else:
        kind = binary_kind(data)
        what = f" ({kind})" if kind else ""
        suffix = PurePosixPath(name).suffix or "no extension"
        yield problem(name, source, "skipped", f"{source}: unsupported file type {suffix}{what}")


def _read_zip(name: str, data: bytes, source: str) -> Iterator[Document]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = sorted((info for info in archive.infolist() if not info.is_dir()), key=lambda i: i.filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
        yield problem(name, source, "failed", f"{source}: unreadable zip archive (truncated or corrupt): {error}")
        return
    if not members:
        yield problem(name, source, "empty", f"{source}: the archive holds no files")
    for info in members:
        inner = f"{source}!{info.filename}"
        try:
            content = archive.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError) as error:
            yield problem(PurePosixPath(info.filename).name, inner, "failed",
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
                    yield problem(member_name, inner, "failed", f"{inner}: cannot extract from the archive: {error}")
                    return
                yield from read_payload(member_name, content, inner)
    except (tarfile.TarError, EOFError, OSError, zlib.error) as error:
        where = f"after {count} file(s)" if count else "at its start"
        yield problem(name, source, "failed", f"{source}: tar archive truncated or corrupt {where}: {error}")
        return
    if not count:
        yield problem(name, source, "empty", f"{source}: the archive holds no files")


def _read_gzip(name: str, data: bytes, source: str) -> Iterator[Document]:
    inner_name = name[:-3]
    try:
        content = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as error:
        yield problem(inner_name, source, "failed", f"{source}: truncated or corrupt gzip file: {error}")
        return
    yield from read_payload(inner_name, content, source)
