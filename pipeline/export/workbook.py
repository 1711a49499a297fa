"""The tables as one Excel workbook, every text cell written as text.

Scraped text can start with `=`, `+`, `-` or `@`; written as is, Excel would
run it as a formula (CSV/formula injection, CWE-1236). Every string here is
written with `write_string`, and xlsxwriter's conversions of strings to
formulas, URLs and numbers are off.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Callable

import pandas as pd
import xlsxwriter

from pipeline.export import hidden_sibling, read_tables
from pipeline.export.digests import files_digest, tables_digest

WORKBOOK_NAME = "depeche.xlsx"
WORKBOOK_DIGEST = ".depeche.xlsx.digest"  # what the workbook was written from
FIXED_CREATED = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
TRUNCATION_MARK = " […truncated]"
MAX_ROWS = 1_048_576  # Excel's rows per sheet, header included
MAX_WIDTH = 60
MIN_WIDTH = 6
WIDTH_SAMPLE = 500  # rows looked at to size a column

_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
            "constant_memory": True,  # rows go to disk as written: a large dump never sits whole in memory
            "nan_inf_to_errors": True}


def cell_text(value: str) -> str:
    """The value cut to Excel's cell limit, saying so at the end."""
    if len(value) <= MAX_CELL_CHARS:
        return value
    return value[:MAX_CELL_CHARS - len(TRUNCATION_MARK)] + TRUNCATION_MARK


def column_width(header: str, values: pd.Series) -> int:
    """Wide enough for the header and the usual value, never wider than MAX_WIDTH."""
    sample = values.head(WIDTH_SAMPLE).dropna().astype(str).str.len()  # an empty cell has no width
    usual = int(sample.quantile(0.9)) if len(sample) else 0
    return max(MIN_WIDTH, min(MAX_WIDTH, max(len(header), usual) + 2))


def sheet_names(table: str, rows: int) -> list[str]:
    """`claims`, then `claims (2)`, … when a table has more rows than one sheet holds."""
    count = max(1, -(-rows // (MAX_ROWS - 1)))
    return [table if index == 0 else f"{table} ({index + 1})" for index in range(count)]


def is_number(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


def write_sheet(book: xlsxwriter.Workbook, name: str, frame: pd.DataFrame) -> None:
    """One sheet: a bold frozen header, numbers as numbers, everything else as text."""
    sheet = book.add_worksheet(name)
    header = book.add_format({"bold": True, "bg_color": "#EEEEEE", "bottom": 1})
    text = book.add_format({"num_format": "@"})
    numeric = [is_number(frame[column]) for column in frame.columns]
    for col, column in enumerate(frame.columns):
        sheet.write_string(0, col, str(column), header)
        sheet.set_column(col, col, column_width(str(column), frame[column]), None if numeric[col] else text)
    for row, values in enumerate(frame.itertuples(index=False, name=None), start=1):
        for col, (number, value) in enumerate(zip(numeric, values)):
            if pd.isna(value):
                continue
            if number:
                sheet.write_number(row, col, value)
            else:
                sheet.write_string(row, col, cell_text(str(value)))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(frame), 1), max(len(frame.columns) - 1, 0))


def write_workbook(tables: dict[str, pd.DataFrame], path: str | os.PathLike) -> Path:
    """Write one sheet per table to the .xlsx file `path`, atomically (a temporary file, then one rename).

    Header row frozen, columns sized to their values (capped), text cells as
    text (never formulas), cells longer than Excel allows cut with a mark, and
    a table longer than a sheet continued on `<table> (2)`, ….
    RETURNS (Path): the workbook written.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = hidden_sibling(target.parent, target.stem, ".xlsx")
    try:
        book = xlsxwriter.Workbook(str(staging), _OPTIONS)
        book.set_properties({"created": FIXED_CREATED})  # no write time inside: the same tables, the same file
        for table, frame in tables.items():
            step = MAX_ROWS - 1
            for index, name in enumerate(sheet_names(table, len(frame))):
                write_sheet(book, name, frame.iloc[index * step:(index + 1) * step])
        book.close()
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)
    return target


def update_workbook(out_dir: str | os.PathLike,
                    tables: Callable[[], dict[str, pd.DataFrame]] | None = None) -> tuple[Path, bool]:
    """`out_dir/depeche.xlsx`, written again only when the tables (or this code) changed since it was.

    The digest it was written from sits beside it (a hidden file), set only
    once the workbook is in place: a run killed in between writes it again.
    tables: gives the tables, called only when the workbook is to be written (default: read from `out_dir`).
    RETURNS (tuple): the workbook's path, and whether it was written.
    """
    out_dir = Path(out_dir)
    target, stamp = out_dir / WORKBOOK_NAME, out_dir / WORKBOOK_DIGEST
    digest = f"{tables_digest(out_dir)}:{files_digest([Path(__file__)])}"
    if target.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == digest:
        return target, False
    stamp.unlink(missing_ok=True)
    write_workbook(tables() if tables is not None else read_tables(out_dir), target)
    stamp.write_text(digest, encoding="utf-8")
    return target, True
