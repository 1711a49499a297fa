"""The review report: static HTML pages built from the tables, opened from disk with no server and no network.

Scraped text is hostile, so every value from a table reaches the page through
`render`, which escapes it; the index tables are drawn by
`assets/report.js` with `textContent` only, from data embedded as JSON
that cannot close its `<script>`; and a Content-Security-Policy forbids inline
scripts and every network request, should anything slip through anyway. An
article's text is marked up from its sorted span boundaries (`mark_up`), so
overlapping spans always nest.

The pieces: `markup` (HTML by construction), `paths` (file names and anchors),
`highlights` (nested spans), `values` (numbers, dates, figures, snippets),
`context` (the tables indexed), `claim_places` (a claim's speaker and cue),
`page` (the shared frame), `article`, `entity` and `index` (the pages); this
module writes the folder.
"""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path
from typing import Iterable

import pandas as pd

from pipeline.export import hidden_sibling, read_tables
from pipeline.export.report.article import article_pages
from pipeline.export.report.context import Context
from pipeline.export.report.entity import entity_pages
from pipeline.export.report.index import index_page
from pipeline.export.report.markup import Markup

REPORT_DIR = "report"
ASSETS = ("report.css", "report.js")


def copy_assets(target: Path) -> None:
    (target / "assets").mkdir(parents=True, exist_ok=True)
    source = resources.files(__package__) / "assets"
    for name in ASSETS:
        (target / "assets" / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")


def write_pages(target: Path, pages: Iterable[tuple[str, Markup]]) -> None:
    for relative, content in pages:
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def replace_folder(staging: Path, target: Path) -> None:
    """Put the finished `staging` folder in `target`'s place, so readers see the old report or the new one."""
    if target.exists():
        old = hidden_folder(target.parent, "report-old")
        os.replace(target, old / target.name)
        os.replace(staging, target)
        shutil.rmtree(old)
    else:
        os.replace(staging, target)


def hidden_folder(parent: Path, prefix: str) -> Path:
    """A new empty folder in `parent`, with the umask's usual mode."""
    folder = hidden_sibling(parent, prefix)
    folder.mkdir()
    return folder


def build_report(out_dir: str | os.PathLike, tables: dict[str, pd.DataFrame] | None = None) -> Path:
    """Build `out_dir/report/` from the tables in `out_dir`: index.html, one page per article and per entity.

    The folder opens from disk (file://): no server, no network, every asset inside it.
    tables: the tables of `out_dir` when the caller has already read them.
    RETURNS (Path): the report's index.html.
    """
    out_dir = Path(out_dir)
    tables = tables if tables is not None else read_tables(out_dir)
    context = Context.of({name: frame.to_dict("records") for name, frame in tables.items()})
    staging = hidden_folder(out_dir, "report")
    try:
        copy_assets(staging)
        write_pages(staging, [("index.html", index_page(context, out_dir))])
        write_pages(staging, article_pages(context))
        write_pages(staging, entity_pages(context))
        replace_folder(staging, out_dir / REPORT_DIR)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out_dir / REPORT_DIR / "index.html"
