"""File names and element ids for any row id: ids can hold any character, the report's paths cannot."""

from __future__ import annotations

import functools
import hashlib
import re

from pipeline.common.names import fold

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)  # an entity's name is asked for by every page that links it
def safe_name(identifier: str) -> str:
    """A file name for any id: a readable ASCII slug plus a hash of the exact id.

    Ids can hold any character (slashes, quotes, `..`); the hash keeps ids that
    slug alike (or differ only in case, on case-insensitive disks) apart.
    """
    ascii_text = fold(identifier).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")[:40].strip("-")
    digest = hashlib.sha1(identifier.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{slug}-{digest}" if slug else digest


def article_path(doc_id: str) -> str:
    return f"articles/{safe_name(doc_id)}.html"


def entity_path(entity_id: str) -> str:
    return f"entities/{safe_name(entity_id)}.html"


def anchor(kind: str, row_id: str) -> str:
    """An element id for a row (`claim-…`, `m-…`) that is valid whatever the row id holds."""
    return f"{kind}-{hashlib.sha1(row_id.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"
