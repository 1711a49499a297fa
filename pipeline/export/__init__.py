"""Export: the tables with fixed columns and types, streamed into CSV and Parquet and moved into place atomically.

Rows are written as they arrive (CSV appended, one Parquet row group per
batch) into a staging folder beside the output, so a run never holds a whole
table in memory; `commit` then moves every file into the output folder, one
rename each, so a run killed on the way leaves the previous tables whole.
CSV cells a spreadsheet would run as formulas are escaped (`formulas.py`);
Parquet keeps the exact text.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import IO, Iterable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.common.tables import TABLES, column_type
from pipeline.export.formulas import escape_formulas
from pipeline.export.staging import hidden_sibling, remove_dead_staging

_EMPTY = {"int": 0, "float": float("nan"), "str": ""}
_DTYPES = {"int": "int64", "float": "float64", "str": "string"}
_ARROW = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}
# Rows buffered per table before a write: big enough for efficient row groups, and reached within the
# first few hundred articles, so a run's memory is at its flat level early (20 000 still grew at 2 000).
BATCH_ROWS = 5_000


def to_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A table's rows as a DataFrame with exactly its columns, in order, each with its type."""
    return conform(table, pd.DataFrame(rows, columns=TABLES[table]))


def conform(table: str, frame: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """The frame with exactly the table's columns (or `columns`), in order, each with its type (missing → empty)."""
    frame = frame.reindex(columns=columns or TABLES[table])
    for column in frame.columns:
        kind = column_type(table, column)
        series = frame[column]
        if kind == "float":
            frame[column] = pd.to_numeric(series, errors="coerce").astype("float64")
        else:
            frame[column] = series.where(series.notna(), _EMPTY[kind]).astype(_DTYPES[kind])
    return frame


def arrow_schema(table: str, columns: list[str] | None = None) -> pa.Schema:
    return pa.schema([(column, _ARROW[column_type(table, column)]) for column in columns or TABLES[table]])


class TableFile:
    """One table being written: rows buffered, then appended to its Parquet file (and CSV, unless internal)."""

    def __init__(self, folder: Path, table: str, columns: list[str] | None = None,
                 name: str | None = None, csv: bool = True) -> None:
        self.table, self.columns = table, columns or TABLES[table]
        self.schema = arrow_schema(table, self.columns)
        self.text_columns = [column for column in self.columns if column_type(table, column) == "str"]
        stem = name or table
        self.parquet_path = folder / f"{stem}.parquet"
        self.csv_path = folder / f"{stem}.csv" if csv else None
        self._parquet: pq.ParquetWriter | None = None
        self._csv: IO[str] | None = None
        self._buffer: list[dict] = []
        self._parts: list[pd.DataFrame] = []  # of one frame arriving in parts (`add_part`)
        self._part_rows = 0
        self.rows = 0

    def add(self, rows: Iterable[dict]) -> None:
        self._buffer.extend(rows)
        if len(self._buffer) >= BATCH_ROWS:
            self.flush()

    def add_frame(self, frame: pd.DataFrame) -> None:
        """Append a frame's rows, BATCH_ROWS at a time: writing a big frame costs no more memory than a batch."""
        self.flush()
        for start in range(0, max(len(frame), 1), BATCH_ROWS):
            self._write(conform(self.table, frame.iloc[start:start + BATCH_ROWS], self.columns))

    def add_part(self, frame: pd.DataFrame) -> None:
        """Append the next part of one frame too big to hold whole: the files are byte for byte those
        `add_frame` writes from the whole frame (row groups of exactly BATCH_ROWS rows, the rest at `close`)."""
        self._parts.append(frame)
        self._part_rows += len(frame)
        if self._part_rows >= BATCH_ROWS:
            whole = pd.concat(self._parts, ignore_index=True)
            cut = len(whole) - len(whole) % BATCH_ROWS
            self._parts, self._part_rows = [whole.iloc[cut:]], len(whole) - cut
            for start in range(0, cut, BATCH_ROWS):
                self._write(conform(self.table, whole.iloc[start:start + BATCH_ROWS], self.columns))

    def flush(self) -> None:
        if self._part_rows:
            self._write(conform(self.table, pd.concat(self._parts, ignore_index=True), self.columns))
            self._parts, self._part_rows = [], 0
        if self._buffer:
            rows, self._buffer = self._buffer, []
            self._write(conform(self.table, pd.DataFrame(rows, columns=self.columns), self.columns))

    def close(self) -> None:
        """Flush, and make sure even a table with no rows has its files (header only)."""
        self.flush()
        if self._parquet is None:
            self._write(conform(self.table, pd.DataFrame(columns=self.columns), self.columns))
        self._parquet.close()
        if self._csv is not None:
            self._csv.close()

    def _write(self, frame: pd.DataFrame) -> None:
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.parquet_path, self.schema)
            if self.csv_path is not None:  # BOM once at the top, so Excel reads the accents
                self._csv = open(self.csv_path, "w", encoding="utf-8-sig", newline="")
        if len(frame) or self.rows == 0:
            self._parquet.write_table(pa.Table.from_pandas(frame, schema=self.schema, preserve_index=False))
        if self._csv is not None:
            escape_formulas(frame, self.text_columns).to_csv(self._csv, index=False, header=self._csv.tell() == 0)
        self.rows += len(frame)


class StagedTables:
    """The eight tables written as they fill into a staging folder inside `out`, moved into place by `commit`.

    Use as a context manager: leaving it with an exception (or without
    `commit`) removes the staging folder and leaves `out` as it was. The
    staging folders that runs killed outright left in `out` go first.
    """

    def __init__(self, out: str | os.PathLike) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        remove_dead_staging(self.out)
        self.staging = hidden_sibling(self.out, "depeche")
        self.staging.mkdir()
        self.files = {name: TableFile(self.staging, name) for name in TABLES}

    def scratch(self, table: str, columns: list[str], name: str) -> TableFile:
        """An internal Parquet file in the staging folder (rows waiting for `link`), never moved into `out`."""
        return TableFile(self.staging, table, columns, name=f".{name}", csv=False)

    def commit(self) -> list[Path]:
        """Close every table and move its CSV and Parquet into `out`. RETURNS (list[Path]): the files written."""
        for file in self.files.values():
            file.close()
        written = []
        for file in self.files.values():
            for staged in (file.csv_path, file.parquet_path):
                target = self.out / staged.name
                os.replace(staged, target)
                written.append(target)
        return written

    def __enter__(self) -> "StagedTables":
        return self

    def __exit__(self, *exc_info: object) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def write_tables(tables: dict[str, pd.DataFrame], out: str | os.PathLike) -> list[Path]:
    """Write every table as `<name>.csv` (UTF-8 with BOM) and `<name>.parquet`, atomically.

    RETURNS (list[Path]): the files written.
    """
    with StagedTables(out) as staged:
        for name, frame in tables.items():
            staged.files[name].add_frame(frame)
        return staged.commit()


def parquet_files(folder: str | os.PathLike) -> dict[str, Path]:
    """The eight tables' Parquet files in an output folder, to stream them rather than read them whole.

    Raises FileNotFoundError, saying how to make them, when the folder holds no tables.
    """
    files = {name: Path(folder) / f"{name}.parquet" for name in TABLES}
    for path in files.values():
        if not path.exists():
            raise FileNotFoundError(f"{path} not found: {folder} holds no depeche tables "
                                    f"(write them with `depeche run INPUT --out {folder}`)")
    return files


def table_frames(table: str, source: pd.DataFrame | Path) -> tuple[int, Iterator[pd.DataFrame]]:
    """A table's row count, and its rows with the table's columns and types, BATCH_ROWS at a time.

    source: the table as a frame, or its Parquet file (read a row group at a time, never whole).
    """
    if isinstance(source, pd.DataFrame):
        frame = conform(table, source)
        return len(frame), (frame.iloc[start:start + BATCH_ROWS] for start in range(0, len(frame), BATCH_ROWS))
    parquet = pq.ParquetFile(source)
    batches = parquet.iter_batches(batch_size=BATCH_ROWS)
    return parquet.metadata.num_rows, (conform(table, batch.to_pandas()) for batch in batches)


def read_tables(folder: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The eight tables of an output folder, from their Parquet files, with their column types.

    Raises FileNotFoundError, saying how to make them, when the folder holds no tables.
    """
    return {name: conform(name, pd.read_parquet(path)) for name, path in parquet_files(folder).items()}
