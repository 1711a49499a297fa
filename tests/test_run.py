"""End to end on the seed dump: eight tables, their columns, offsets that point back into the text."""

from __future__ import annotations

import os
import signal

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.export import write_tables
from pipeline.common.tables import TABLES
from pipeline.runner import execute
from pipeline.runner.interrupt import Interrupted, stopping_on_signals
from tests.conftest import SEEDS

SEED_IDS = sorted(path.stem for path in SEEDS.glob("*.txt"))


def test_every_table_has_its_columns_in_order(seed_tables):
    assert list(seed_tables) == list(TABLES)
    for name, frame in seed_tables.items():
        assert list(frame.columns) == TABLES[name], name


def test_every_seed_is_a_document_with_its_file_name_as_id(seed_tables):
    documents = seed_tables["documents"]
    assert sorted(documents["doc_id"]) == SEED_IDS
    assert set(documents["status"]) == {"ok"}
    assert (documents["n_words"] > 100).all()


@pytest.mark.parametrize("table,column", [("mentions", "text"), ("dates", "text"),
                                          ("figures", "text"), ("claims", "statement")])
def test_offsets_point_back_into_the_cleaned_text(seed_tables, table, column):
    texts = dict(zip(seed_tables["documents"]["doc_id"], seed_tables["documents"]["text"]))
    rows = seed_tables[table]
    assert len(rows) > 0
    for doc_id, start, end, value in zip(rows["doc_id"], rows["start"], rows["end"], rows[column]):
        assert texts[doc_id][start:end] == value


def test_every_mention_has_an_entity_and_every_link_a_target(seed_tables):
    mentions, entities = seed_tables["mentions"], seed_tables["entities"]
    assert (mentions["entity_id"] != "").all()
    assert set(mentions["entity_id"]) == set(entities["entity_id"])
    targets = set(mentions["mention_id"]) | set(seed_tables["dates"]["date_id"]) | set(seed_tables["figures"]["figure_id"])
    assert set(seed_tables["claim_links"]["target_id"]) <= targets
    assert set(seed_tables["claim_links"]["claim_id"]) <= set(seed_tables["claims"]["claim_id"])


def test_seed_values_come_out(seed_tables):
    dates = seed_tables["dates"]
    assert "2022-09-27" in set(dates.loc[dates["doc_id"] == "000_bb281c700de7f937", "value"])
    figures = seed_tables["figures"]
    assert 98000 in set(figures.loc[figures["doc_id"] == "002_8ca16fb0e6f87af9", "value"])
    claims = seed_tables["claims"]
    tokayev = claims[claims["sentence"].str.contains("a ajouté Kassym-Jomart Tokaïev", regex=False)]
    assert list(tokayev["speaker"]) == ["Kassym-Jomart Tokaïev"]
    assert tokayev["speaker_entity_id"].iloc[0] != ""


def test_tables_are_written_as_csv_with_bom_and_parquet(seed_outcome):
    for name, frame in seed_outcome.tables.items():
        csv = seed_outcome.out / f"{name}.csv"
        assert csv.read_bytes().startswith(b"\xef\xbb\xbf")
        back = pd.read_parquet(seed_outcome.out / f"{name}.parquet")
        assert list(back.columns) == TABLES[name]
        assert len(back) == len(frame)


def test_the_same_input_gives_the_same_tables(nlp, seed_tables):
    from pipeline.runner import run

    again = run(SEEDS, nlp=nlp)
    for name in TABLES:
        pd.testing.assert_frame_equal(again[name], seed_tables[name], check_like=False)


def test_a_write_that_fails_leaves_the_previous_tables_whole(seed_tables, tmp_path, monkeypatch):
    write_tables(seed_tables, tmp_path)
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}

    def broken_parquet(self, *args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", broken_parquet)
    with pytest.raises(OSError):
        write_tables(seed_tables, tmp_path)
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


def test_a_ctrl_c_as_the_tables_move_into_place_waits_until_all_are_there(nlp, seed_tables, tmp_path, monkeypatch):
    """A real SIGINT, raised as the first table file is moved: the run moves the others, then stops."""
    write_tables(seed_tables, tmp_path)
    moved, replace = [], os.replace

    def replace_after_a_ctrl_c(source, target):
        if not moved:
            signal.raise_signal(signal.SIGINT)
        moved.append(os.path.basename(target))
        replace(source, target)

    monkeypatch.setattr(os, "replace", replace_after_a_ctrl_c)
    with stopping_on_signals(), pytest.raises(Interrupted) as stop:
        execute(SEEDS / "003_7caf3a258ddd0611.txt", tmp_path, nlp=nlp, workers=1, cache=False)
    assert stop.value.tables_written and stop.value.documents == 1
    assert len(moved) == 2 * len(TABLES)
    assert list(pd.read_parquet(tmp_path / "documents.parquet")["doc_id"]) == ["003_7caf3a258ddd0611"]
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".depeche-")]
