"""Export: the tables as DataFrames with fixed columns and types, written atomically as CSV and Parquet."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from pipeline.tables import TABLES, column_type

_EMPTY = {"int": 0, "float": float("nan"), "str": ""}
_DTYPES = {"int": "int64", "float": "float64", "str": "string"}


def to_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A table's rows as a DataFrame with exactly its columns, in order, each with its type."""
    return conform(table, pd.DataFrame(rows, columns=TABLES[table]))


def conform(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with exactly the table's columns, in order, each with its type (missing → empty)."""
    frame = frame.reindex(columns=TABLES[table])
    for column in frame.columns:
        kind = column_type(table, column)
        series = frame[column]
        if kind == "float":
            frame[column] = pd.to_numeric(series, errors="coerce").astype("float64")
        else:
            frame[column] = series.where(series.notna(), _EMPTY[kind]).astype(_DTYPES[kind])
    return frame


def write_tables(tables: dict[str, pd.DataFrame], out: str | os.PathLike) -> list[Path]:
    """Write every table as `<name>.csv` (UTF-8 with BOM, so Excel reads accents) and `<name>.parquet`.

    Files are written into a temporary folder beside the output and then moved
    into place one rename each, so a run killed while writing leaves the
    previous tables whole.
    RETURNS (list[Path]): the files written.
    """
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".depeche-", dir=out_dir))
    try:
        for name, frame in tables.items():
            frame.to_csv(staging / f"{name}.csv", index=False, encoding="utf-8-sig")
            frame.to_parquet(staging / f"{name}.parquet", index=False)
        written = []
        for staged in sorted(staging.iterdir()):
            target = out_dir / staged.name
            os.replace(staged, target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
