"""The `depeche` command: usage errors exit 2, a completed run exits 0 and summarises."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from pipeline.cli import main
from tests.conftest import ROOT


def test_a_missing_input_is_a_usage_error(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert "no such input" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_output_is_a_usage_error(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert main(["run", str(ROOT / "seeds"), "--out", str(locked / "out")]) == 2


def test_an_output_that_is_a_file_is_a_usage_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["run", str(ROOT / "seeds"), "--out", str(blocker / "out")]) == 2
    assert "cannot write to output folder" in capsys.readouterr().err


def test_an_empty_folder_has_no_input(tmp_path, capsys):
    (tmp_path / "dump").mkdir()
    assert main(["run", str(tmp_path / "dump"), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    assert "no input found" in capsys.readouterr().err


def test_help_explains_every_option():
    help_text = subprocess.run([sys.executable, "-m", "pipeline", "run", "--help"],
                               capture_output=True, text=True, check=True, cwd=ROOT).stdout
    for option in ("--out", "--workers", "--quiet", "--no-cache", "--engine", "--scheduler", "INPUT"):
        assert option in help_text


def test_a_run_prints_its_summary_and_writes_the_tables(tmp_path):
    seed = ROOT / "seeds" / "003_7caf3a258ddd0611.txt"
    finished = subprocess.run([sys.executable, "-m", "pipeline", "run", str(seed), "--out", str(tmp_path), "--quiet"],
                              capture_output=True, text=True, cwd=ROOT)
    assert finished.returncode == 0, finished.stderr
    assert "documents: 1 ok, 0 partial, 0 empty, 0 failed, 0 duplicate, 0 skipped" in finished.stdout
    assert "words/s" in finished.stdout
    assert (tmp_path / "claims.csv").exists() and (tmp_path / "claims.parquet").exists()


def test_a_scheduler_without_the_dask_engine_is_a_usage_error(tmp_path, capsys):
    assert main(["run", str(ROOT / "seeds"), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert "--engine dask" in capsys.readouterr().err


@pytest.mark.parametrize("workers", ["0", "-2", "deux"])
def test_workers_must_be_a_positive_number(tmp_path, workers):
    with pytest.raises(SystemExit) as exit_info:
        main(["run", str(ROOT / "seeds"), "--out", str(tmp_path), "--workers", workers])
    assert exit_info.value.code == 2


def test_a_second_run_says_how_many_articles_came_from_the_cache(tmp_path):
    seed = ROOT / "seeds" / "003_7caf3a258ddd0611.txt"
    command = [sys.executable, "-m", "pipeline", "run", str(seed), "--out", str(tmp_path), "--quiet"]
    subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    again = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    assert "(1 of the ok ones from the cache)" in again.stdout
    fresh = subprocess.run([*command, "--no-cache"], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "(0 of the ok ones from the cache)" in fresh.stdout


def test_report_on_a_folder_without_tables_is_a_usage_error(tmp_path, capsys):
    assert main(["report", str(tmp_path)]) == 2
    assert "holds no depeche tables" in capsys.readouterr().err


def test_report_builds_the_pages_and_the_workbook_from_written_tables(seed_outcome, tmp_path):
    shutil.copytree(seed_outcome.out, tmp_path / "out", ignore=shutil.ignore_patterns(".cache", "report*", "*.xlsx"))
    assert main(["report", str(tmp_path / "out"), "--xlsx"]) == 0
    assert (tmp_path / "out" / "report" / "index.html").exists()
    assert (tmp_path / "out" / "depeche.xlsx").exists()
