"""Re-runs as users run them: the report and the workbook are rebuilt only as far as the tables changed,
and are then byte for byte what a full rebuild gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.export import read_tables
from pipeline.export.report import REPORT_DIR, build_report
from pipeline.export.report import article as article_module
from pipeline.export.workbook import WORKBOOK_NAME, update_workbook
from pipeline.runner import execute
from tests.conftest import SEEDS

CHANGED = "003_7caf3a258ddd0611"
CHANGED_PAGE = "articles/003-7caf3a258ddd0611"


def _files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def _inodes(folder: Path) -> dict[str, int]:
    return {path.relative_to(folder).as_posix(): path.stat().st_ino for path in folder.rglob("*") if path.is_file()}


def _extras(out: Path) -> None:
    update_workbook(out, lambda: read_tables(out))
    build_report(out)


def _tables_copy(out: Path, folder: Path) -> Path:
    """The tables of `out` alone, in a new folder."""
    folder.mkdir()
    for path in out.iterdir():
        if path.suffix in (".csv", ".parquet"):
            shutil.copy(path, folder / path.name)
    return folder


def _full_rebuild(out: Path, fresh: Path) -> Path:
    """The same tables in a new folder, with the workbook and report written from nothing, one after the other."""
    _extras(_tables_copy(out, fresh))
    return fresh


@pytest.fixture
def built(nlp, tmp_path):
    dump = tmp_path / "dump"
    shutil.copytree(SEEDS, dump)
    out = tmp_path / "out"
    execute(dump, out, nlp=nlp, workers=1)
    _extras(out)
    return dump, out


def test_a_rebuild_with_nothing_changed_rewrites_nothing(built):
    _, out = built
    report, workbook = out / REPORT_DIR, out / WORKBOOK_NAME
    before, book = {p: (p.stat().st_mtime_ns, p.stat().st_ino) for p in report.rglob("*")}, workbook.stat()
    path, written = update_workbook(out, lambda: pytest.fail("the unchanged workbook read the tables"))
    build_report(out, lambda: pytest.fail("the unchanged report read the tables"))
    assert (path, written) == (workbook, False)
    assert {p: (p.stat().st_mtime_ns, p.stat().st_ino) for p in report.rglob("*")} == before
    assert (workbook.stat().st_mtime_ns, workbook.stat().st_ino) == (book.st_mtime_ns, book.st_ino)


def test_after_one_article_changed_only_its_pages_are_drawn_and_all_equals_a_full_rebuild(nlp, built, tmp_path):
    dump, out = built
    article = dump / f"{CHANGED}.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nLe tribunal rendra sa décision le 3 octobre.\n",
                       encoding="utf-8")
    inodes = _inodes(out / REPORT_DIR)
    execute(dump, out, nlp=nlp, workers=1)
    _extras(out)
    after = _inodes(out / REPORT_DIR)
    redrawn = {path for path in after if path in inodes and after[path] != inodes[path]}
    assert {path for path in redrawn if path.startswith("articles/")} == {path for path in after if path.startswith(CHANGED_PAGE)}
    assert "index.html" in redrawn
    kept = [path for path in after if path.startswith("articles/") and not path.startswith(CHANGED_PAGE)]
    assert kept and all(after[path] == inodes[path] for path in kept)
    assert _files(out / REPORT_DIR) == _files(_full_rebuild(out, tmp_path / "fresh") / REPORT_DIR)
    assert (out / WORKBOOK_NAME).read_bytes() == (tmp_path / "fresh" / WORKBOOK_NAME).read_bytes()


def test_a_build_that_dies_halfway_leaves_the_previous_report_whole(built, monkeypatch):
    _, out = built
    before = _files(out / REPORT_DIR)

    def dying(rows):
        raise KeyboardInterrupt("killed")

    tables = read_tables(out)
    tables["documents"].loc[0, "title"] = "Un autre titre"
    monkeypatch.setattr(article_module, "_draw", dying)
    monkeypatch.setattr("pipeline.export.report._inputs_digest", lambda out_dir, links_workbook: "changed")
    with pytest.raises(KeyboardInterrupt):
        build_report(out, tables)
    assert _files(out / REPORT_DIR) == before
    assert not [path for path in out.iterdir() if path.name.startswith(".report")]


def test_a_page_added_or_removed_by_hand_is_put_right(built):
    _, out = built
    stray = out / REPORT_DIR / "articles" / "stray.html"
    stray.write_text("stray", encoding="utf-8")
    page = next((out / REPORT_DIR / "entities").glob("*.html"))
    page.unlink()
    build_report(out)
    assert not stray.exists() and page.is_file()


def test_the_command_writing_workbook_and_report_side_by_side_equals_a_full_rebuild(built, tmp_path):
    """`depeche report OUT --xlsx` writes the workbook in a process of its own while it draws the pages."""
    _, out = built
    fresh = _full_rebuild(out, tmp_path / "fresh")
    side_by_side = _tables_copy(out, tmp_path / "side-by-side")
    assert main(["report", str(side_by_side), "--xlsx"]) == 0
    assert _files(side_by_side / REPORT_DIR) == _files(fresh / REPORT_DIR)
    assert (side_by_side / WORKBOOK_NAME).read_bytes() == (fresh / WORKBOOK_NAME).read_bytes()
    assert 'href="../depeche.xlsx"' in (side_by_side / REPORT_DIR / "index.html").read_text(encoding="utf-8")
