"""The tables as one Excel workbook, every text cell written as text.

Scraped text can start with `=`, `+`, `-` or `@`; written as is, Excel would
run it as a formula (CSV/formula injection, CWE-1236). Every string here is
written with `write_string`, and xlsxwriter's conversions of strings to
formulas, URLs and numbers are off.
"""

from __future__ import annotations

import datetime
import os
from itertools import chain
from pathlib import Path
from typing import Callable, Iterator, Mapping

import pandas as pd
import xlsxwriter

from pipeline.common.tables import TABLES
from pipeline.export import conform, hidden_sibling, parquet_files, table_frames
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


class Rows:
    """A table's rows as frames, read on as sheets ask for them: a whole table is never held at once."""

    def __init__(self, frames: Iterator[pd.DataFrame], empty: pd.DataFrame) -> None:
        self._frames = frames
        self._ahead: list[pd.DataFrame] = []
        self._empty = empty  # the table's columns and types, for a sheet with no row

    def head(self, count: int) -> pd.DataFrame:
        """The next `count` rows (fewer at the end), left to be read."""
        held = sum(len(frame) for frame in self._ahead)
        for frame in self._frames:
            if held >= count:
                self._frames = chain([frame], self._frames)
                break
            self._ahead.append(frame)
            held += len(frame)
        return pd.concat(self._ahead).iloc[:count] if self._ahead else self._empty

    def take(self, count: int) -> Iterator[pd.DataFrame]:
        """The next `count` rows (fewer at the end), a frame at a time."""
        while count > 0:
            frame = self._ahead.pop(0) if self._ahead else next(self._frames, None)
            if frame is None:
                return
            if len(frame) > count:
                self._ahead.insert(0, frame.iloc[count:])
                frame = frame.iloc[:count]
            count -= len(frame)
            yield frame


def write_sheet(book: xlsxwriter.Workbook, name: str, rows: Rows, count: int) -> None:
    """One sheet of `count` rows: a bold frozen header, numbers as numbers, everything else as text."""
    sheet = book.add_worksheet(name)
    header = book.add_format({"bold": True, "bg_color": "#EEEEEE", "bottom": 1})
    text = book.add_format({"num_format": "@"})
    sample = rows.head(min(WIDTH_SAMPLE, count))
    numeric = [is_number(sample[column]) for column in sample.columns]
    for col, column in enumerate(sample.columns):
        sheet.write_string(0, col, str(column), header)
        sheet.set_column(col, col, column_width(str(column), sample[column]), None if numeric[col] else text)
    row = 1
    for frame in rows.take(count):
        for values in frame.itertuples(index=False, name=None):
            for col, (number, value) in enumerate(zip(numeric, values)):
                if pd.isna(value):
                    continue
                if number:
                    sheet.write_number(row, col, value)
                else:
                    sheet.write_string(row, col, cell_text(str(value)))
            row += 1
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(count, 1), max(len(sample.columns) - 1, 0))


def write_workbook(tables: Mapping[str, pd.DataFrame | Path], path: str | os.PathLike) -> Path:
    """Write one sheet per table to the .xlsx file `path`, atomically (a temporary file, then one rename).

    tables: each table's frame, or its Parquet file, read a row group at a time.
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
        for table, source in tables.items():
            count, frames = table_frames(table, source)
            rows = Rows(frames, conform(table, pd.DataFrame(columns=TABLES[table])))
            step = MAX_ROWS - 1
            for index, name in enumerate(sheet_names(table, count)):
                write_sheet(book, name, rows, min(step, count - index * step))
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
    tables: gives the tables, called only when the workbook is to be written (default: streamed from `out_dir`).
    RETURNS (tuple): the workbook's path, and whether it was written.
    """
    out_dir = Path(out_dir)
    target, stamp = out_dir / WORKBOOK_NAME, out_dir / WORKBOOK_DIGEST
    digest = f"{tables_digest(out_dir)}:{files_digest([Path(__file__)])}"
    if target.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == digest:
        return target, False
    stamp.unlink(missing_ok=True)
    write_workbook(tables() if tables is not None else parquet_files(out_dir), target)
    stamp.write_text(digest, encoding="utf-8")
    return target, True
