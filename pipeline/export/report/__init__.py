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
`store` (the tables spilled to SQLite, read back a page's slice at a time),
`context` (a page's rows indexed), `claim_places` (a claim's speaker and cue),
`page` (the shared frame), `article`, `entity` and `index` (the pages),
`view_data` (the index's rows, in parts loaded on demand); this module writes
the folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from contextlib import closing
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from pipeline.export import hidden_sibling, parquet_files
from pipeline.export.digests import RowDigests, tables_digest
from pipeline.export.report.article import article_pages
from pipeline.export.report.entity import entity_pages
from pipeline.export.report.index import index_page
from pipeline.export.report.manifest import Manifest, keep_page, renderer_digest
from pipeline.export.report.store import Store
from pipeline.export.report.view_data import VIEW_ROWS, write_view
from pipeline.export.workbook import WORKBOOK_NAME

Tables = dict[str, pd.DataFrame] | Callable[[], dict[str, pd.DataFrame]]

REPORT_DIR = "report"
ASSETS = ("report.css", "report.js")


def copy_assets(target: Path) -> None:
    (target / "assets").mkdir(parents=True, exist_ok=True)
    source = resources.files(__package__) / "assets"
    for name in ASSETS:
        (target / "assets" / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")


def write_pages(target: Path, pages: Iterable[tuple[str, str | Iterable[str]]]) -> None:
    """Write each page: its HTML, or its pieces one after the other (a page too big to hold whole)."""
    for relative, content in pages:
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as page:
            if isinstance(content, str):
                page.write(content)
            else:
                page.writelines(content)


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
    The tables are spilled into a scratch database (`Store`) that each page
    reads its rows from: memory does not grow with the dump.
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
    sources = tables() if callable(tables) else tables if tables is not None else parquet_files(out_dir)
    staging, scratch = hidden_folder(out_dir, "report"), hidden_folder(out_dir, "report-store")
    try:
        with closing(Store.load(scratch / "tables.sqlite", sources)) as store:
            _write_report(store, ReportFolder(staging, target, before, now), links_workbook)
        now.write(staging)
        replace_folder(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)
    return target / "index.html"


class ReportFolder:
    """The report being written in `staging`: each file written anew, or kept from `target` when unchanged."""

    def __init__(self, staging: Path, target: Path, before: Manifest, now: Manifest) -> None:
        self.staging, self.target, self.before, self.now = staging, target, before, now

    def put(self, path: str, digest: str, draw: Callable[[], str | Iterable[str]]) -> None:
        """The file at `path`, whose content `digest` names: the one already written if it has that digest."""
        self.now.pages[path] = digest
        if self.before.keeps(path, digest, self.target):
            keep_page(self.target / path, self.staging / path)
        else:
            write_pages(self.staging, [(path, draw())])

    def put_text(self, path: str, content: str) -> None:
        self.put(path, hashlib.blake2b(content.encode("utf-8"), digest_size=20).hexdigest(), lambda: content)


def write_index(store: Store, folder: ReportFolder, links_workbook: bool) -> None:
    """index.html, the parts of its views' rows beside it (data/), and the assets they use."""
    copy_assets(folder.staging)
    views = {name: write_view(name, rows(store), folder.put_text) for name, rows in VIEW_ROWS.items()}
    write_pages(folder.staging, [("index.html", index_page(store, views, links_workbook))])


def _write_report(store: Store, folder: ReportFolder, links_workbook: bool) -> None:
    write_index(store, folder, links_workbook)
    digests = RowDigests(folder.now.renderer)
    for source in chain(article_pages(store), entity_pages(store)):
        folder.put(source.path, digests.of(source.rows), source.draw)


def _inputs_digest(out_dir: Path, links_workbook: bool) -> str:
    """The tables' digest, and whether the index links a workbook; '' when the tables cannot be read."""
    try:
        return f"{tables_digest(out_dir)}:{int(links_workbook)}"
    except OSError:
        return ""
