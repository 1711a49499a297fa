"""The Excel workbook: one sheet per table with the table's rows, and text that never becomes a formula."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

from pipeline.export import workbook
from pipeline.export import to_frame
from pipeline.common.tables import TABLES
from pipeline.export.workbook import MAX_CELL_CHARS, TRUNCATION_MARK, cell_text, write_workbook


def read_sheet(path, sheet: str) -> pd.DataFrame:
    return pd.read_excel(path, sheet_name=sheet, dtype=object, engine="openpyxl")


def as_cells(frame: pd.DataFrame) -> list[list[object]]:
    """Rows as Excel gives them back: empty text is an empty cell, numbers are numbers."""
    def cell(value: object) -> object:
        if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
            return None
        return float(value) if isinstance(value, (int, float)) else value
    return [[cell(value) for value in row] for row in frame.astype(object).itertuples(index=False, name=None)]


@pytest.fixture(scope="module")
def seed_workbook(seed_tables, tmp_path_factory):
    return write_workbook(seed_tables, tmp_path_factory.mktemp("workbook") / "depeche.xlsx")


def test_one_sheet_per_table_in_order(seed_workbook):
    assert openpyxl.load_workbook(seed_workbook, read_only=True).sheetnames == list(TABLES)


@pytest.mark.parametrize("table", list(TABLES))
def test_every_sheet_holds_the_tables_rows(seed_workbook, seed_tables, table):
    frame = seed_tables[table]
    sheet = read_sheet(seed_workbook, table)
    assert list(sheet.columns) == TABLES[table]
    assert len(sheet) == len(frame) > 0
    assert as_cells(sheet) == as_cells(frame)


def column_widths(sheet) -> dict[str, float]:
    """Header → width (the file may give one width to a run of equal columns)."""
    width_of = {index: dimension.width for dimension in sheet.column_dimensions.values()
                for index in range(dimension.min, dimension.max + 1)}
    return {cell.value: width_of[cell.column] for cell in sheet[1]}


def test_header_frozen_and_widths_capped(seed_workbook):
    claims = openpyxl.load_workbook(seed_workbook)["claims"]
    assert claims.freeze_panes == "A2"
    widths = column_widths(claims)
    assert widths["statement"] == pytest.approx(workbook.MAX_WIDTH, abs=1)  # long text: capped
    assert widths["sentence"] == pytest.approx(workbook.MAX_WIDTH, abs=1)
    assert widths["start"] < 12  # small numbers: narrow
    assert widths["kind"] >= len("according_to")


FORMULA_LIKE = ["=1+1", "=HYPERLINK(\"http://example.org\",\"clic\")", "+33 1 23 45 67 89", "-2 degrés",
                "@SUM(A1:A2)", "=cmd|' /C calc'!A0", "http://example.org/", "0123", "1e5"]


@pytest.fixture(scope="module")
def hostile_workbook(tmp_path_factory):
    claims = to_frame("claims", [
        {"doc_id": "d", "claim_id": f"d:c{i}", "kind": "direct", "sentence": text, "statement": text,
         "cue": "a déclaré", "speaker": text, "start": 0, "end": len(text)}
        for i, text in enumerate(FORMULA_LIKE)])
    return write_workbook({"claims": claims}, tmp_path_factory.mktemp("hostile") / "depeche.xlsx")


@pytest.mark.parametrize("row, text", list(enumerate(FORMULA_LIKE, start=2)))
def test_text_that_looks_like_a_formula_stays_text(hostile_workbook, row, text):
    sheet = openpyxl.load_workbook(hostile_workbook)["claims"]
    statement = sheet.cell(row=row, column=TABLES["claims"].index("statement") + 1)
    assert statement.data_type == "s"
    assert statement.value == text


def test_no_formula_anywhere_in_the_file(hostile_workbook):
    import zipfile

    with zipfile.ZipFile(hostile_workbook) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


@pytest.mark.parametrize("text, expected", [
    ("court", "court"),
    ("x" * MAX_CELL_CHARS, "x" * MAX_CELL_CHARS),
    ("x" * (MAX_CELL_CHARS + 1), "x" * (MAX_CELL_CHARS - len(TRUNCATION_MARK)) + TRUNCATION_MARK),
])
def test_cells_are_cut_to_excels_limit_with_a_mark(text, expected):
    assert cell_text(text) == expected


def test_a_long_text_is_written_cut(tmp_path):
    documents = to_frame("documents", [{"doc_id": "long", "text": "é" * 40_000, "n_chars": 40_000}])
    path = write_workbook({"documents": documents}, tmp_path / "long.xlsx")
    value = openpyxl.load_workbook(path)["documents"].cell(row=2, column=TABLES["documents"].index("text") + 1).value
    assert len(value) == MAX_CELL_CHARS and value.endswith(TRUNCATION_MARK)


def test_a_table_longer_than_a_sheet_goes_on_the_next(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook, "MAX_ROWS", 3)  # two data rows a sheet
    links = to_frame("claim_links", [{"claim_id": f"d:c{i}", "kind": "mention", "target_id": f"d:m{i}"}
                                     for i in range(5)])
    path = write_workbook({"claim_links": links}, tmp_path / "split.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["claim_links", "claim_links (2)", "claim_links (3)"]
    ids = [row[0] for name in book.sheetnames for row in book[name].iter_rows(min_row=2, values_only=True)]
    assert ids == [f"d:c{i}" for i in range(5)]


def test_written_atomically_over_the_old_file(tmp_path, seed_tables):
    path = tmp_path / "depeche.xlsx"
    path.write_bytes(b"old")
    assert write_workbook({"entities": seed_tables["entities"]}, path) == path
    assert openpyxl.load_workbook(path).sheetnames == ["entities"]
    assert [p.name for p in tmp_path.iterdir()] == ["depeche.xlsx"]  # no temporary file left


def test_a_number_column_with_no_value_is_written_empty(tmp_path):
    """A dump with no ranges leaves figures.value_high all empty (NaN): its width must not break the write."""
    figures = to_frame("figures", [{"doc_id": "a", "figure_id": "a:f0", "start": 0, "end": 3, "text": "12 %",
                                    "value": 12.0, "unit": "%"}])
    path = write_workbook({"figures": figures}, tmp_path / "book.xlsx")
    sheet = openpyxl.load_workbook(path)["figures"]
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, (cell.value for cell in sheet[2])))
    assert (row["value"], row["value_high"], row["unit"]) == (12, None, "%")
