"""What one document gives every table, apart from how it is computed: read back from the cache with no spaCy."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from pipeline.common.records import Document

_WORD = re.compile(r"\w+")


@dataclass
class DocumentResult:
    """The rows one article contributes to each table (entity ids are filled later by `link`).

    `cacheable` is False for an outcome that depends on the run rather than
    on the article (a time budget spent, a worker lost): it is retried next run.
    """

    document: dict
    mentions: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    claim_links: list[dict] = field(default_factory=list)
    cacheable: bool = True


def count_words(text: str) -> int:
    """Words as `n_words` and the words-per-second figures count them."""
    return len(_WORD.findall(text))


def document_row(document: Document) -> dict:
    """The `documents` row: the record's metadata plus the size of its cleaned text."""
    row = asdict(document)
    row.pop("meta")
    row["n_chars"] = len(document.text)
    row["n_words"] = count_words(document.text)
    return row


def stage_error(stage: str, error: Exception) -> str:
    return f"{stage}: {type(error).__name__}: {error}"
