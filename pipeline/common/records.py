"""The record that carries one article from ingest to export."""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("ok", "partial", "empty", "failed", "duplicate", "skipped")
# Statuses of an article that was analysed and has rows; `partial`: one stage failed, `error` says which.
ANALYSED = ("ok", "partial")


@dataclass
class Document:
    """One input article. Ingest fills the raw `text`; clean replaces it with the cleaned body.

    A document that cannot be processed keeps its row: `status` says why
    (empty / failed / duplicate / skipped) and `error` says what and where.
    A `duplicate` is the same input read twice; two different inputs whose
    cleaned bodies match both keep their rows, the later one naming the
    earlier in `copy_of`.
    """

    doc_id: str
    source: str
    text: str = ""
    status: str = "ok"
    error: str = ""
    copy_of: str = ""  # an earlier article whose cleaned body this one's repeats (a syndicated copy)
    title: str = ""
    published: str = ""
    published_source: str = ""
    author: str = ""
    url: str = ""
    meta: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"
