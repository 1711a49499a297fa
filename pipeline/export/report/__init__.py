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
from itertools import chain
from typing import Callable, Iterable

import pandas as pd

from pipeline.export import hidden_sibling, read_tables
from pipeline.export.digests import RowDigests, tables_digest
from pipeline.export.report.article import article_pages
from pipeline.export.report.context import Context
from pipeline.export.report.entity import entity_pages
from pipeline.export.report.index import index_page
from pipeline.export.report.manifest import Manifest, keep_page, renderer_digest
from pipeline.export.report.markup import Markup
from pipeline.export.workbook import WORKBOOK_NAME

Tables = dict[str, pd.DataFrame] | Callable[[], dict[str, pd.DataFrame]]

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


def build_report(out_dir: str | os.PathLike, tables: Tables | None = None, links_workbook: bool | None = None) -> Path:
    """Build `out_dir/report/` from the tables in `out_dir`: index.html, one page per article and per entity.

    The folder opens from disk (file://): no server, no network, every asset
    inside it. A rebuild draws only the pages whose rows changed (and none
    when the tables did not), keeps the others, and gives the same folder a
    full rebuild would; until it is done, the previous report stays whole.
    tables: the tables of `out_dir`, or a function returning them, when the caller has them at hand.
    links_workbook: whether the index links `out_dir/depeche.xlsx` (default: if it is there now; True
    when the workbook is being written beside the report).
    RETURNS (Path): the report's index.html.
    """
    out_dir = Path(out_dir)
    target = out_dir / REPORT_DIR
    if links_workbook is None:
        links_workbook = (out_dir / WORKBOOK_NAME).exists()
    before = Manifest.read(target)
    now = Manifest(renderer_digest(), _inputs_digest(out_dir, links_workbook))
    if before.built_from(now) and before.holds_exactly(target, {"index.html", *(f"assets/{a}" for a in ASSETS)}):
        return target / "index.html"
    tables = tables() if callable(tables) else tables if tables is not None else read_tables(out_dir)
    context = Context.of({name: frame.to_dict("records") for name, frame in tables.items()})
    staging = hidden_folder(out_dir, "report")
    try:
        copy_assets(staging)
        write_pages(staging, [("index.html", index_page(context, links_workbook))])
        digests = RowDigests(now.renderer)
        for source in chain(article_pages(context), entity_pages(context)):
            now.pages[source.path] = digests.of(source.rows)
            if before.keeps(source.path, now.pages[source.path], target):
                keep_page(target / source.path, staging / source.path)
            else:
                write_pages(staging, [(source.path, source.draw())])
        now.write(staging)
        replace_folder(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target / "index.html"


def _inputs_digest(out_dir: Path, links_workbook: bool) -> str:
    """The tables' digest, and whether the index links a workbook; '' when the tables cannot be read."""
    try:
        return f"{tables_digest(out_dir)}:{int(links_workbook)}"
    except OSError:
        return ""
