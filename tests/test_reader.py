"""The dump read and cleaned in a process of its own: the same items as in the run's process, in order;
its errors raised in the run; its death or an early stop never a hang."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from pipeline.runner import items, reader
from pipeline.runner.cache import DocumentCache
from pipeline.runner.items import prepared_items
from pipeline.runner.reader import ReaderDied, read_ahead

ARTICLE = (
    "Sécheresse : la Drôme restreint l'usage de l'eau\n\n"
    "La préfecture de la Drôme a annoncé lundi 3 juillet 2023 que l'arrosage des jardins était interdit "
    "dans 120 communes. « La situation est critique », a déclaré le préfet, Thierry Devimeux.\n"
)


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    """Forty articles, one of them repeating another and one empty, as dumps have."""
    folder = tmp_path / "dump"
    folder.mkdir()
    for number in range(40):
        text = ARTICLE.replace("120 communes", f"{100 + number} communes")
        (folder / f"article_{number:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "article_40.txt").write_text(ARTICLE.replace("120 communes", "105 communes"), encoding="utf-8")
    (folder / "article_41.txt").write_text("", encoding="utf-8")
    return folder


def _summary(prepared) -> list[tuple]:
    return [(item.document.doc_id, item.document.status, item.document.error, item.document.text,
             item.cache_key, item.input_key) for item in prepared]


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_the_reader_gives_the_items_of_the_run_process_in_input_order(dump, tmp_path, method, monkeypatch):
    monkeypatch.setattr(reader, "BATCH_DOCUMENTS", 3)  # several batches, the last one short
    cache = DocumentCache(tmp_path / "cache", "0" * 64)
    here = _summary(prepared_items(dump, cache, None))
    there = _summary(read_ahead(dump, cache, None, context=multiprocessing.get_context(method)))
    assert there == here
    statuses = [status for _, status, *_ in there]
    assert statuses.count("ok") == 40
    assert there[40][1:3] == ("duplicate", "same text as article_05")
    assert there[41][1] == "empty"
    assert all(key is not None and len(key) == 64 for *_, key in there)


def test_an_error_in_the_reader_is_raised_in_the_run_with_its_traceback(dump, monkeypatch):
    original = items.read_documents

    def failing(paths):
        for number, document in enumerate(original(paths)):
            if number == 2:
                raise ValueError("unreadable archive member: dump/broken.zip:3")
            yield document

    monkeypatch.setattr(items, "read_documents", failing)  # the forked reader inherits it
    got = []
    with pytest.raises(ValueError, match="broken.zip:3") as raised:
        for item in read_ahead(dump, None, None):
            got.append(item.document.doc_id)
    assert got == ["article_00", "article_01"]
    assert "in the process reading the inputs" in "".join(raised.value.__notes__)


def test_a_reader_that_dies_ends_the_run_with_its_exit_code_not_a_wait(dump, monkeypatch):
    original = items.read_documents

    def dying(paths):
        for number, document in enumerate(original(paths)):
            if number == 20:
                os._exit(7)
            yield document

    monkeypatch.setattr(items, "read_documents", dying)
    monkeypatch.setattr(reader, "POLL_SECONDS", 0.1)
    with pytest.raises(ReaderDied, match="exit code 7"):
        for _ in read_ahead(dump, None, None):
            pass


def test_stopping_early_stops_the_reader(dump, monkeypatch):
    monkeypatch.setattr(reader, "BATCH_DOCUMENTS", 1)
    monkeypatch.setattr(reader, "AHEAD", 1)  # the reader waits on a full queue
    prepared = read_ahead(dump, None, None)
    assert next(prepared).document.doc_id == "article_00"
    assert [process.name for process in multiprocessing.active_children()] == ["depeche-reader"]
    prepared.close()
    assert multiprocessing.active_children() == []


def _doc_ids_read_in_a_worker(folder: Path) -> list[str]:
    return [item.document.doc_id for item in read_ahead(folder, None, None)]


def test_in_a_daemon_process_such_as_a_pool_worker_the_reader_reads_in_place(dump):
    with multiprocessing.get_context("fork").Pool(1) as pool:
        doc_ids = pool.apply(_doc_ids_read_in_a_worker, (dump,))
    assert doc_ids[:3] == ["article_00", "article_01", "article_02"] and len(doc_ids) == 42
