"""CSV injection: no cell of scraped text reaches a spreadsheet as a formula; Parquet keeps the exact text."""

from __future__ import annotations

import csv
import json
import math
import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline.common.tables import TABLES, column_type
from pipeline.export import conform, write_tables
from pipeline.runner import execute

FORMULA_START = re.compile(r"[=+\-@\t\r]")
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?")
HOSTILE_ARTICLE = (
    "Un porte-parole du ministère s'est exprimé lundi à Paris devant la presse réunie.\n\n"
    "«=1+2+cmd|' /C calc'!A0», a déclaré Jean Dupont, porte-parole du ministère, le 3 mars 2024.\n\n"
    "@SUM(1+1) selon le ministère de l'Intérieur.\n\n"
    "Selon la préfecture, 300 personnes ont manifesté dimanche dans le centre de Lyon.\n"
)
HOSTILE_RECORD = {"id": "record-1", "title": "=HYPERLINK(\"http://example.org\",\"clic\")",
                  "author": "@Jean Dupont",
                  "text": "Le chômage a reculé de -2,5 % en 2023, a indiqué jeudi l'Insee dans un communiqué. "
                          "«+1,3 % sur un an», a précisé Marie Durand, directrice des études de l'institut."}


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _unescaped(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and FORMULA_START.match(cell[1:]) else cell


@pytest.fixture(scope="module")
def hostile_run(nlp, tmp_path_factory):
    dump = tmp_path_factory.mktemp("hostile-dump")
    (dump / "article.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (dump / "records.jsonl").write_text(json.dumps(HOSTILE_RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    (dump / "=cmd|' calc'!A0.bin").write_bytes(b"\x7fELF\x02\x01")  # its error message names the file
    out = tmp_path_factory.mktemp("hostile-tables")
    outcome = execute([dump], out, nlp=nlp, workers=1, cache=False)
    return out, outcome.tables


def test_no_csv_cell_starts_like_a_formula_unless_it_is_a_number(hostile_run):
    out, _ = hostile_run
    for table in TABLES:
        for row in _csv_rows(out / f"{table}.csv"):
            for column, cell in row.items():
                assert not (FORMULA_START.match(cell) and not PLAIN_NUMBER.fullmatch(cell)), (table, column, cell)


def test_the_hostile_cells_are_escaped_and_parquet_keeps_them_exact(hostile_run):
    out, tables = hostile_run
    claims = _csv_rows(out / "claims.csv")
    assert "'=1+2+cmd|' /C calc'!A0" in {row["statement"] for row in claims}
    assert "=1+2+cmd|' /C calc'!A0" in set(tables["claims"]["statement"])
    assert any(cell.startswith("'@SUM(1") for row in claims for cell in (row["sentence"], row["statement"]))
    documents = {row["doc_id"]: row for row in _csv_rows(out / "documents.csv")}
    assert documents["record-1"]["title"] == "'" + HOSTILE_RECORD["title"]
    assert documents["record-1"]["author"] == "'@Jean Dupont"
    assert documents["'=cmd|' calc'!A0"]["status"] == "skipped"
    assert documents["'=cmd|' calc'!A0"]["error"].startswith("'=cmd|' calc'!A0.bin: ")
    assert "=cmd|' calc'!A0" in set(tables["documents"]["doc_id"])


def test_every_csv_gives_back_the_parquet_values_once_the_escape_is_undone(hostile_run, seed_outcome):
    for out in (hostile_run[0], seed_outcome.out):
        for table, columns in TABLES.items():
            exact = pd.read_parquet(out / f"{table}.parquet")
            rows = _csv_rows(out / f"{table}.csv")
            assert len(rows) == len(exact), table
            for column in columns:
                kind = column_type(table, column)
                written = [row[column] for row in rows]
                if kind == "str":
                    assert [_unescaped(cell) for cell in written] == list(exact[column]), (table, column)
                else:
                    for cell, value in zip(written, exact[column]):
                        assert (cell == "" and math.isnan(value)) if cell == "" else float(cell) == value


@pytest.mark.parametrize("table, column", [(table, column) for table, columns in TABLES.items()
                                           for column in columns if column_type(table, column) == "str"])
@pytest.mark.parametrize("hostile", ["=1+1", "+33 1 23 45 67 89", "-2 degrés", "@SUM(A1)", "\t=1", "\r=1"])
def test_every_text_column_escapes_a_formula(tmp_path, table, column, hostile):
    write_tables({table: pd.DataFrame([{column: hostile}])}, tmp_path)
    if "\r" in hostile:  # Python's csv writer leaves a lone CR unquoted: a reader would cut the row there
        assert "'" + hostile in (tmp_path / f"{table}.csv").read_bytes().decode("utf-8-sig")
    else:
        (row,) = _csv_rows(tmp_path / f"{table}.csv")
        assert row[column] == "'" + hostile
    assert pd.read_parquet(tmp_path / f"{table}.parquet")[column].tolist() == [hostile]


def test_numbers_empty_and_ordinary_cells_are_written_as_before(tmp_path):
    rows = [{"doc_id": "a", "figure_id": "a:f0", "start": 3, "end": 8, "sentence_id": 0, "text": "-2,5",
             "value": -2.5, "value_high": None, "unit": "%", "qualifier": ""},
            {"doc_id": "a", "figure_id": "a:f1", "start": 9, "end": 20, "sentence_id": 1,
             "text": "98 000 Russes", "value": 98000, "value_high": 100000, "unit": "Russes", "qualifier": "près de"},
            {"doc_id": "a", "figure_id": "a:f2", "start": 21, "end": 24, "sentence_id": 1, "text": "+12",
             "value": 12, "value_high": None, "unit": "", "qualifier": "'déjà' cité"}]
    frame = conform("figures", pd.DataFrame(rows))
    write_tables({"figures": frame}, tmp_path)
    unescaped = frame.to_csv(index=False).encode("utf-8-sig")
    assert (tmp_path / "figures.csv").read_bytes() == unescaped.replace(b"\r\n", b"\n")
