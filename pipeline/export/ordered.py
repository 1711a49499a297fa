"""A table's rows read back sorted by a key, with bounded memory: an external sort through spill files.

Rows arrive in input order; `link` and the mentions table want them by
doc_id. Sorting a whole table in memory grows with the dump, so the rows are
spread once over buckets of consecutive keys (Arrow files in a scratch
folder), and each bucket, small, is sorted when it is read.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterator

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

BUCKET_ROWS = 50_000  # rows sorted in memory at a time
_RANK = "__rank"


class SortedRows:
    """The rows of a Parquet file sorted by `key`, then by `order` (stably), read as often as needed.

    Each frame holds every row of the keys in it, so a caller can cut it into
    one piece per key without looking at the next frame.
    """

    def __init__(self, path: Path, key: str, order: tuple[str, ...], scratch: Path,
                 bucket_rows: int | None = None) -> None:
        self.order = [(_RANK, "ascending"), *((column, "ascending") for column in order)]
        self.buckets: list[Path] = []
        self._spill(pq.ParquetFile(path), key, scratch, bucket_rows or BUCKET_ROWS)

    def __iter__(self) -> Iterator[pd.DataFrame]:
        for bucket in self.buckets:
            with pa.OSFile(str(bucket)) as source:
                table = pa.ipc.open_file(source).read_all()
            yield table.sort_by(self.order).drop_columns([_RANK]).to_pandas()

    def _spill(self, table: pq.ParquetFile, key: str, scratch: Path, bucket_rows: int) -> None:
        counts: Counter = Counter()
        for batch in table.iter_batches(columns=[key]):
            counts.update(batch.column(0).to_pylist())
        keys = sorted(counts)
        starts = _bucket_starts([counts[k] for k in keys], bucket_rows)  # the rank each bucket begins with
        value_set = pa.array(keys, type=table.schema_arrow.field(key).type)
        writers: dict[int, pa.ipc.RecordBatchFileWriter] = {}
        scratch.mkdir(parents=True, exist_ok=True)
        self.buckets = [scratch / f"bucket-{number:05d}.arrow" for number in range(len(starts))]
        try:
            for batch in table.iter_batches():
                ranks = pc.index_in(batch.column(key), value_set=value_set)
                batch = batch.append_column(_RANK, ranks)
                numbers = np.searchsorted(starts, ranks.to_numpy(), side="right") - 1
                for number in np.unique(numbers):
                    if number not in writers:
                        writers[number] = pa.ipc.new_file(str(self.buckets[number]), batch.schema)
                    writers[number].write_batch(batch.filter(pa.array(numbers == number)))
        finally:
            for writer in writers.values():
                writer.close()
        self.buckets = [bucket for bucket in self.buckets if bucket.exists()]


def _bucket_starts(sizes: list[int], bucket_rows: int) -> np.ndarray:
    """Cut keys of these row counts (in order) into runs of at most `bucket_rows` rows (a bigger key alone)."""
    starts, filled = [], bucket_rows
    for rank, size in enumerate(sizes):
        if filled + size > bucket_rows:
            starts.append(rank)
            filled = 0
        filled += size
    return np.array(starts, dtype=np.int64)
