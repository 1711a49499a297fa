"""A per-document cache, so an unchanged article is never processed twice.

An entry holds one document's rows for every per-document table. Its key is a
hash of the article as read (id, text, metadata) and of everything that could
change its rows: depeche's version and code, spaCy's and the model's versions,
the pipeline's configuration and every data file in `models/`. Any change to
those gives new keys, so a cached result can be stale only if it is never read.
Entries are pickles written atomically, one file each, under a folder per
fingerprint (`.cache/<fingerprint[:16]>/ab/<key>.pkl`): once a run under a new
fingerprint has finished, the folders of the others, which no run of this
version can read, are removed, so upgrading depeche or editing `models/` does
not leave the old entries behind forever.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import os
import pickle
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.common.records import Document
from pipeline.common.resources import MODEL, models_dir

if TYPE_CHECKING:
    from spacy.language import Language

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # the whole `pipeline` package
VERSION_FOLDER_LENGTH = 16
# What a cache folder may hold: a fingerprint's folder, or a two-letter folder of the flat layout before them.
_CACHE_SUBFOLDER = re.compile(rf"[0-9a-f]{{{VERSION_FOLDER_LENGTH}}}|[0-9a-f]{{2}}")


def _hash_files(digest: "hashlib._Hash", root: Path, pattern: str) -> None:
    for path in sorted(root.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")


def fingerprint(nlp: Language | None = None) -> str:
    """A hash of everything besides the article that decides its rows.

    nlp: a caller's own Language, whose configuration then counts too.
    """
    digest = hashlib.sha256()  # depeche's own version is in pipeline/__init__.py, hashed with the code
    versions = [importlib.metadata.version("spacy"), importlib.metadata.version(MODEL)]
    digest.update(json.dumps(versions).encode("utf-8"))
    digest.update((nlp.config.to_str() if nlp is not None else "default pipeline").encode("utf-8"))
    _hash_files(digest, PACKAGE_DIR, "*.py")
    _hash_files(digest, models_dir(), "*")
    return digest.hexdigest()


def write_atomically(path: Path, data: bytes) -> None:
    """Written to a temporary file, then renamed, so readers never see half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class DocumentCache:
    """Rows of already processed articles, under `folder`, valid for one fingerprint."""

    def __init__(self, folder: str | os.PathLike, fingerprint: str) -> None:
        self.root = Path(folder)
        self.folder = self.root / fingerprint[:VERSION_FOLDER_LENGTH]
        self.fingerprint = fingerprint

    def key(self, document: Document) -> str:
        """The entry's name: the document as read (before cleaning) plus the fingerprint."""
        fields = dataclasses.asdict(document)
        payload = json.dumps([self.fingerprint, fields], sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, key: str) -> object | None:
        """The stored value, or None when absent or unreadable (a damaged entry is recomputed, not fatal)."""
        path = self._path(key)
        try:
            with open(path, "rb") as handle:
                value = pickle.load(handle)
        except FileNotFoundError:
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            path.unlink(missing_ok=True)
            return None
        return value

    def put(self, key: str, value: object) -> None:
        write_atomically(self._path(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def prune_other_versions(self) -> None:
        """Remove the entries of every other fingerprint (never readable by this one)."""
        stale = [path for path in sorted(self.root.iterdir()) if path.is_dir() and path != self.folder
                 and _CACHE_SUBFOLDER.fullmatch(path.name)] if self.root.is_dir() else []
        for path in stale:
            shutil.rmtree(path, ignore_errors=True)
