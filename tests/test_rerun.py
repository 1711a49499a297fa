"""A re-run on the same dump keeps the tables it finds (they are that run's, byte for byte), and a changed
dump, a changed table or a time-out makes the run again in full."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.runner import execute
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent


def _tables(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.iterdir()) if path.suffix in (".csv", ".parquet")}


def _stamps(out: Path) -> dict[str, tuple[int, int]]:
    return {path.name: (path.stat().st_mtime_ns, path.stat().st_ino)
            for path in out.iterdir() if path.suffix in (".csv", ".parquet")}


@pytest.fixture
def ran(nlp, tmp_path):
    dump, out = tmp_path / "dump", tmp_path / "out"
    shutil.copytree(SEEDS, dump)
    first = execute(dump, out, nlp=nlp, workers=1)
    assert not first.summary.unchanged
    return dump, out


def test_a_rerun_on_the_same_dump_writes_no_table_and_says_so(nlp, ran):
    dump, out = ran
    before, stamps = _tables(out), _stamps(out)
    again = execute(dump, out, nlp=nlp, workers=1)
    assert again.summary.unchanged
    assert again.summary.statuses["ok"] == again.summary.cached == 5
    assert again.summary.rows["claims"] == len(again.tables["claims"]) > 0
    assert _stamps(out) == stamps and _tables(out) == before


def test_an_edited_article_makes_the_run_again_and_only_its_rows_change(nlp, ran, tmp_path):
    dump, out = ran
    article = dump / "003_7caf3a258ddd0611.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nLe tribunal rendra sa décision le 3 octobre 2024.\n",
                       encoding="utf-8")
    again = execute(dump, out, nlp=nlp, workers=1)
    assert not again.summary.unchanged and again.summary.cached == 4
    fresh = execute(dump, tmp_path / "fresh", nlp=nlp, workers=1, cache=False)
    assert _tables(out) == _tables(tmp_path / "fresh")
    assert "2024-10-03" in set(fresh.tables["dates"]["value"])


def test_a_removed_article_takes_its_rows_with_it(nlp, ran):
    dump, out = ran
    (dump / "003_7caf3a258ddd0611.txt").unlink()
    again = execute(dump, out, nlp=nlp, workers=1)
    assert not again.summary.unchanged
    assert "003_7caf3a258ddd0611" not in set(again.tables["documents"]["doc_id"])
    assert len(again.tables["documents"]) == 4


@pytest.mark.parametrize("damage", ["delete", "edit"])
def test_a_table_deleted_or_edited_by_hand_is_written_again(nlp, ran, damage):
    dump, out = ran
    before = _tables(out)
    table = out / "claims.csv"
    if damage == "delete":
        table.unlink()
    else:
        table.write_text(table.read_text(encoding="utf-8-sig").replace("a", "b"), encoding="utf-8-sig")
    again = execute(dump, out, nlp=nlp, workers=1)
    assert not again.summary.unchanged
    assert _tables(out) == before


def test_a_run_served_from_its_record_imports_no_spacy(ran):
    """The command line on an unchanged dump: no model, not even spaCy's code, is loaded."""
    dump, out = ran
    script = ("import sys, json; from pipeline.cli import main; code = main(['run', sys.argv[1], '--out', sys.argv[2], "
              "'--quiet', '--workers', '1']); print(json.dumps([code, 'spacy' in sys.modules]))")
    # `execute` above ran with the session's own Language, whose configuration is in the fingerprint: run the
    # command line once to write its own record, then again.
    for _ in range(2):
        finished = subprocess.run([sys.executable, "-c", script, str(dump), str(out)], cwd=ROOT,
                                  capture_output=True, text=True, check=True)
    lines = finished.stdout.strip().splitlines()
    assert "tables unchanged in" in finished.stdout
    assert json.loads(lines[-1]) == [0, False]
