"""Big dumps: the same tables on 1 or 2 workers, with or without the cache; streaming writes; a flat vocabulary."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline import export
from pipeline.common.records import Document
from pipeline.common.tables import TABLES
from pipeline.runner import execute
from pipeline.runner.cache import fingerprint
from pipeline.runner.record import RECORD_NAME
from pipeline.runner import local_engine
from pipeline.runner.engines import pool_context
from pipeline.runner.local_engine import LocalEngine
from pipeline.runner.process import WARM_UP_DOCUMENTS, process_documents
from tests.conftest import SEEDS
from tests.test_ingest import build_bad_dump


def _assert_same_tables(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


def _seed_copy(folder: Path) -> Path:
    shutil.copytree(SEEDS, folder)
    return folder


def test_two_workers_give_the_same_tables_as_one(nlp, seed_tables, tmp_path):
    two = execute(SEEDS, tmp_path / "two", nlp=nlp, workers=2, cache=False)
    _assert_same_tables(two.tables, seed_tables)


def test_workers_forked_afresh_every_few_chunks_give_the_same_tables(nlp, seed_tables, tmp_path, monkeypatch):
    """A pool retired after its chunks (one per worker here) finishes them while the next pool starts."""
    pools = []

    def counted_context():
        pools.append(1)
        return pool_context()

    monkeypatch.setattr(local_engine, "CHUNKS_PER_WORKER", 1)
    monkeypatch.setattr(local_engine, "pool_context", counted_context)
    recycled = execute(SEEDS, tmp_path / "recycled", nlp=nlp, workers=2, cache=False, chunk_size=1)
    _assert_same_tables(recycled.tables, seed_tables)
    assert len(pools) == 3  # five one-article chunks, two per pool


def test_two_workers_account_for_every_bad_input(nlp, tmp_path):
    dump = build_bad_dump(tmp_path / "dump", huge=False)
    one = execute(dump, tmp_path / "one", nlp=nlp, workers=1, cache=False)
    two = execute(dump, tmp_path / "two", nlp=nlp, workers=2, cache=False)
    _assert_same_tables(two.tables, one.tables)


def test_a_rerun_takes_every_article_from_the_cache_and_gives_the_same_tables(nlp, seed_tables, tmp_path):
    cold = execute(SEEDS, tmp_path, nlp=nlp)
    warm = execute(SEEDS, tmp_path, nlp=nlp)
    assert (cold.summary.cached, warm.summary.cached) == (0, 5)
    _assert_same_tables(cold.tables, seed_tables)
    _assert_same_tables(warm.tables, seed_tables)


def test_a_warm_run_annotates_nothing(nlp, tmp_path, monkeypatch):
    execute(SEEDS, tmp_path, nlp=nlp)

    def no_annotation(*args):
        raise AssertionError("an article was annotated although every one was cached")

    monkeypatch.setattr(LocalEngine, "__init__", no_annotation)
    assert execute(SEEDS, tmp_path, nlp=nlp, workers=2).summary.cached == 5


def test_a_new_article_is_the_only_one_processed(nlp, tmp_path):
    dump = _seed_copy(tmp_path / "dump")
    execute(dump, tmp_path / "out", nlp=nlp)
    (dump / "nouveau.txt").write_text(
        "Le maire de Lyon a annoncé mardi 3 mars 2026 la fermeture de 12 écoles.\n\n"
        "« Nous n'avons pas le choix », a déclaré Grégory Doucet devant le conseil municipal.",
        encoding="utf-8")
    again = execute(dump, tmp_path / "out", nlp=nlp)
    assert again.summary.statuses["ok"] == 6
    assert again.summary.cached == 5
    claims = again.tables["claims"]
    assert "Grégory Doucet" in set(claims.loc[claims["doc_id"] == "nouveau", "speaker"])


def test_an_edited_article_is_processed_again(nlp, tmp_path):
    dump = _seed_copy(tmp_path / "dump")
    execute(dump, tmp_path / "out", nlp=nlp)
    first = sorted(dump.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\nMise à jour le 4 mars 2026.", encoding="utf-8")
    assert execute(dump, tmp_path / "out", nlp=nlp).summary.cached == 4


def test_changing_a_lexicon_changes_the_fingerprint(tmp_path, monkeypatch):
    models = tmp_path / "models"
    shutil.copytree(Path(__file__).resolve().parent.parent / "models", models)
    monkeypatch.setenv("DEPECHE_MODELS", str(models))
    before = fingerprint()
    verbs = models / "cues" / "verbs.tsv"
    verbs.write_text(verbs.read_text(encoding="utf-8") + "marmonner\tQ\n", encoding="utf-8")
    assert fingerprint() != before


def test_a_damaged_cache_entry_is_recomputed(nlp, seed_tables, tmp_path):
    execute(SEEDS, tmp_path, nlp=nlp)
    for entry in (tmp_path / ".cache").rglob("*.pkl"):
        entry.write_bytes(b"not a pickle")
    for record in (tmp_path / ".cache").rglob(RECORD_NAME):  # else the run keeps its intact tables, reading no entry
        record.unlink()
    again = execute(SEEDS, tmp_path, nlp=nlp)
    assert again.summary.cached == 0
    _assert_same_tables(again.tables, seed_tables)


def test_no_cache_reads_and_writes_no_cache(nlp, tmp_path):
    outcome = execute(SEEDS, tmp_path, nlp=nlp, cache=False)
    assert outcome.summary.cached == 0
    assert not (tmp_path / ".cache").exists()


def test_tables_written_in_many_small_batches_are_the_same(nlp, seed_tables, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "BATCH_ROWS", 3)
    outcome = execute(SEEDS, tmp_path, nlp=nlp, cache=False)
    _assert_same_tables(outcome.tables, seed_tables)
    csv = pd.read_csv(tmp_path / "mentions.csv", encoding="utf-8-sig", keep_default_na=False)
    assert len(csv) == len(seed_tables["mentions"])
    assert list(csv.columns) == TABLES["mentions"]


def test_a_run_that_fails_before_the_end_leaves_the_previous_tables_whole(nlp, tmp_path, monkeypatch):
    execute(SEEDS, tmp_path, nlp=nlp)
    before = _files(tmp_path)

    def broken_link(documents):
        raise RuntimeError("killed")

    monkeypatch.setattr(importlib.import_module("pipeline.runner.linking"), "link_documents", broken_link)
    with pytest.raises(RuntimeError):
        execute(SEEDS, tmp_path, nlp=nlp, cache=False)
    assert _files(tmp_path) == before
    assert not list(tmp_path.glob(".depeche-*"))


def test_the_vocabulary_does_not_grow_with_the_dump(nlp):
    def articles(number: int) -> list[Document]:
        return [Document(doc_id=f"d{number}-{i}", source="test",
                         text=f"Le ministre Xavier Motcreux{number}{i} a déclaré que "
                              f"la ville de Zorbinville{number}{i} recevrait {i + 3} millions d'euros.")
                for i in range(8)]

    for warm_up in range(WARM_UP_DOCUMENTS // 8 + 1):  # the tokenizer cache and lazy caches fill once
        list(process_documents(nlp, articles(warm_up + 100)))
    strings = len(nlp.vocab.strings)
    results = list(process_documents(nlp, articles(1)))
    assert len(nlp.vocab.strings) == strings
    assert results[0].mentions and results[0].claims


def test_bench_corpus_articles_are_distinct_and_each_cleaned_body_is_kept(tmp_path):
    from pipeline.bench import build_corpus
    from pipeline.clean import clean_document
    from pipeline.ingest import read_documents

    words = build_corpus(tmp_path / "corpus", 12)
    documents = [clean_document(raw) for raw in read_documents([tmp_path / "corpus"])]
    assert len(documents) == 12 and words > 12 * 200
    assert len({document.text for document in documents}) == 12
    assert all(f"numéro {number + 1} du corpus" in documents[number].text for number in range(12))


def test_bench_keeps_the_fastest_run_and_reports_every_run():
    from pipeline.bench import fastest

    runs = [{"seconds": 12.514, "peak_rss_mib": 1300.0}, {"seconds": 10.25, "peak_rss_mib": 1290.0},
            {"seconds": 14.0, "peak_rss_mib": 1310.0}]
    assert fastest(runs) == {"seconds": 10.25, "peak_rss_mib": 1290.0, "runs_seconds": [12.51, 10.25, 14.0]}


def test_a_finished_run_removes_the_entries_of_other_versions_only(nlp, tmp_path):
    execute(SEEDS, tmp_path, nlp=nlp)
    cache = tmp_path / ".cache"
    (current,) = [path for path in cache.iterdir() if path.is_dir()]
    assert current.name == fingerprint(nlp)[:16]
    older, flat_layout, kept = cache / ("0" * 16), cache / "ab", cache / "notes"
    for folder in (older / "cd", flat_layout, kept):
        folder.mkdir(parents=True)
        (folder / "entry.pkl").write_bytes(b"stale")
    again = execute(SEEDS, tmp_path, nlp=nlp)
    assert again.summary.cached == 5
    assert sorted(path.name for path in cache.iterdir()) == sorted([current.name, "notes"])
    assert len(list(current.rglob("*.pkl"))) == 5


def test_rows_read_back_by_key_in_small_buckets_are_a_stable_sort(tmp_path):
    from pipeline.export.ordered import SortedRows

    rows = pd.DataFrame({"doc_id": ["c", "a", "b", "a", "c", "b", "a", "d"], "start": [5, 9, 1, 3, 5, 0, 3, 2],
                         "text": ["x", "y", "z", "w", "v", "u", "t", "s"]})
    rows.to_parquet(tmp_path / "rows.parquet", row_group_size=3)
    frames = list(SortedRows(tmp_path / "rows.parquet", "doc_id", ("start",), tmp_path / "spill", bucket_rows=3))
    expected = rows.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(pd.concat(frames, ignore_index=True), expected, check_dtype=False)
    assert all(set(frame["doc_id"]).isdisjoint(other["doc_id"]) for frame, other in zip(frames, frames[1:]))
    assert [list(frame["doc_id"].unique()) for frame in frames] == [["a"], ["b"], ["c", "d"]]


def test_a_dump_read_out_of_doc_id_order_links_as_one_in_order(nlp, seed_tables, tmp_path, monkeypatch):
    """Mentions are sorted by doc_id through spill files: many small buckets, the articles given backwards."""
    from pipeline.export import ordered

    monkeypatch.setattr(ordered, "BUCKET_ROWS", 40)
    monkeypatch.setattr(export, "BATCH_ROWS", 7)
    backwards = execute(sorted(SEEDS.glob("*.txt"), reverse=True), tmp_path, nlp=nlp, cache=False).tables
    for name in ("mentions", "entities"):
        pd.testing.assert_frame_equal(backwards[name], seed_tables[name], obj=name)
    claims = backwards["claims"].sort_values("claim_id", kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(claims, seed_tables["claims"].sort_values("claim_id").reset_index(drop=True))
