"""One article's trouble stays its own: stages isolated, a time budget per article, failures cached, no hang."""

from __future__ import annotations

import multiprocessing
import threading
import time
from pathlib import Path

import distributed
import pytest

from pipeline.claims import extract_claims
from pipeline.runner import execute, items, local_engine, rows
from pipeline.runner.deadline import Deadline, DocumentTimeout

ARTICLE = (
    "Grève des enseignants : la mobilisation se poursuit à Lyon\n\n"
    "Le ministre de l'Éducation nationale, Paul Moreau, a déclaré mardi 12 mars 2024 que "
    "« le dialogue reste ouvert ». Selon la préfecture du Rhône, près de 3 000 personnes ont défilé "
    "dans le centre de Lyon, soit deux fois plus que le 5 mars.\n\n"
    "La CGT a annoncé dans un communiqué que la grève serait reconduite jeudi.\n"
)
OTHER = (
    "Inondations dans le Gard : 1 200 foyers privés d'électricité\n\n"
    "Selon Enedis, 1 200 foyers étaient encore privés d'électricité mercredi 6 novembre 2024 dans le Gard. "
    "« Les équipes sont mobilisées jour et nuit », a assuré Claire Dubois, directrice régionale du réseau.\n"
)


def _dump(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def dump(tmp_path):
    return _dump(tmp_path / "dump", {"greve": ARTICLE, "gard": OTHER})


def _documents(outcome) -> dict[str, dict]:
    return outcome.tables["documents"].set_index("doc_id").to_dict("index")


def _rows_of(outcome, table: str, doc_id: str) -> list[tuple]:
    frame = outcome.tables[table]
    return sorted(map(tuple, frame[frame["doc_id"] == doc_id][["start", "end", "text"]].itertuples(index=False)))


# ---------------------------------------------------------------- the loop and the empty span

@pytest.mark.parametrize("text", [
    "LE MINISTÈRE A PUBLIÉ DANS UN COMMUNIQUÉ UNE LONGUE LISTE DE MESURES.",
    "DANS UN COMMUNIQUÉ, LA PRÉFECTURE ANNONCE LA FERMETURE DES ÉCOLES.",
    "UNE DÉCISION SALUÉE DANS UN COMMUNIQUÉ PAR LE SYNDICAT.",
    "Nouvelle journée de grève : dans un communiqué, la CGT.",
    "Dans un communiqué publié dimanche.",
])
def test_a_nominal_cue_whose_sentence_root_is_no_verb_ends(nlp, text):
    """These looped for ever when tokens were compared with `is` (the root is its own head)."""
    with Deadline(30):
        assert extract_claims(nlp(text)) == []


def test_the_nominal_cue_still_gives_its_claim(nlp):
    text = "Dans un communiqué, la préfecture annonce la fermeture des écoles."
    (claim,) = extract_claims(nlp(text))
    assert (claim.kind, claim.speaker, text[claim.statement_start:claim.statement_end]) == \
        ("indirect", "préfecture", "la fermeture des écoles")


@pytest.mark.parametrize("text", [
    "Le ministre de l'Intérieur annonce\n\nce dimanche que les écoles resteront fermées jusqu'à lundi.",
    "La préfète a annoncé\n\nque les écoles resteront fermées.",
    "Le maire estime que\n\n",
    "Il a déclaré :\n\n",
])
def test_a_sentence_cut_by_a_blank_line_before_its_clause_raises_nothing(nlp, text):
    for claim in extract_claims(nlp(text)):
        assert 0 <= claim.statement_start < claim.statement_end <= len(text)


# ---------------------------------------------------------------- stage isolation

def test_an_article_whose_claims_raise_keeps_its_mentions_dates_and_figures(nlp, dump, tmp_path, monkeypatch):
    clean = execute(dump, tmp_path / "clean", nlp=nlp, workers=1, cache=False)

    def broken(doc):
        raise RuntimeError("boom")

    monkeypatch.setattr(rows, "extract_claims", broken)
    partial = execute(dump, tmp_path / "partial", nlp=nlp, workers=1, cache=False)
    document = _documents(partial)["greve"]
    assert (document["status"], document["error"]) == ("partial", "claims: RuntimeError: boom")
    for table in ("mentions", "dates", "figures"):
        assert _rows_of(partial, table, "greve") == _rows_of(clean, table, "greve") != []
    assert partial.tables["claims"].empty and partial.tables["claim_links"].empty
    assert ("près de 3 000 personnes", 3000.0) in set(zip(partial.tables["figures"]["text"], partial.tables["figures"]["value"]))


def test_a_component_that_raises_loses_only_its_own_spans(nlp, dump, tmp_path, monkeypatch):
    clean = execute(dump, tmp_path / "clean", nlp=nlp, workers=1, cache=False)
    dates = type(nlp.get_pipe("depeche_dates"))

    def broken(self, doc):
        raise ValueError("bad pattern")

    monkeypatch.setattr(dates, "__call__", broken)
    partial = execute(dump, tmp_path / "partial", nlp=nlp, workers=1, cache=False)
    assert {doc_id: row["error"] for doc_id, row in _documents(partial).items()} == \
        {"greve": "dates: ValueError: bad pattern", "gard": "dates: ValueError: bad pattern"}
    assert partial.tables["dates"].empty
    for table in ("mentions", "figures"):
        assert _rows_of(partial, table, "greve") == _rows_of(clean, table, "greve")
    assert "Paul Moreau" in set(partial.tables["claims"]["speaker"])


def test_an_article_whose_cleaning_raises_is_failed_and_the_others_go_on(nlp, dump, tmp_path, monkeypatch):
    original = items.clean_document

    def fragile(document):
        if document.doc_id == "gard":
            raise UnicodeError("odd byte")
        return original(document)

    monkeypatch.setattr(items, "clean_document", fragile)
    outcome = execute(dump, tmp_path / "out", nlp=nlp, workers=1, cache=False)
    documents = _documents(outcome)
    assert (documents["gard"]["status"], documents["gard"]["error"]) == ("failed", "clean: UnicodeError: odd byte")
    assert documents["greve"]["status"] == "ok"


# ---------------------------------------------------------------- the time budget

def _stuck_on(doc_id: str, wait):
    """extract_claims that never returns for the article `doc_id`: `wait` is how it is stuck."""
    def claims(doc):
        if doc._.doc_id == doc_id:
            wait()
        return extract_claims(doc)
    return claims


def _spin() -> None:
    while True:
        pass


def _sleep() -> None:  # a call in compiled code: the in-thread deadline cannot interrupt it, the watch can
    time.sleep(10_000)


@pytest.mark.parametrize("workers, wait", [(1, _spin), (2, _spin), (2, _sleep)], ids=["here", "pool", "pool-stuck-in-C"])
def test_an_article_over_its_budget_is_failed_and_the_run_goes_on(nlp, dump, tmp_path, monkeypatch, workers, wait):
    monkeypatch.setattr(rows, "extract_claims", _stuck_on("greve", wait))
    outcome = execute(dump, tmp_path / "out", nlp=nlp, workers=workers, cache=False, doc_timeout=2)
    documents = _documents(outcome)
    assert (documents["greve"]["status"], documents["greve"]["error"]) == ("failed", "timed out after 2 s")
    assert documents["gard"]["status"] == "ok"
    assert "Claire Dubois" in set(outcome.tables["claims"]["speaker"])


def test_on_dask_an_article_over_its_budget_is_failed_and_the_run_goes_on(dump, tmp_path, monkeypatch):
    """In-process Dask workers (threads) see the patch; the deadline interrupts the task's thread."""
    monkeypatch.setattr(rows, "extract_claims", _stuck_on("greve", _spin))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=":0") as cluster:
        outcome = execute(dump, tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address,
                          cache=False, doc_timeout=2)
    documents = _documents(outcome)
    assert (documents["greve"]["status"], documents["greve"]["error"]) == ("failed", "timed out after 2 s")
    assert documents["gard"]["status"] == "ok"


def test_a_deadline_that_is_not_reached_raises_nothing():
    with Deadline(5):
        total = sum(range(1000))
    time.sleep(0.1)
    assert total == 499500


def test_a_deadline_interrupts_a_loop():
    started = time.monotonic()
    with pytest.raises(DocumentTimeout):
        with Deadline(0.5):
            _spin()
    assert time.monotonic() - started < 5


def test_deadlines_one_after_another_share_one_watchdog_thread():
    for _ in range(200):
        with Deadline(30):
            pass
    watchdogs = [thread for thread in threading.enumerate() if thread.name == "depeche-deadlines"]
    assert len(watchdogs) == 1


def test_a_later_deadline_still_interrupts_behind_an_earlier_longer_one():
    with Deadline(30):
        with pytest.raises(DocumentTimeout):
            with Deadline(0.5):
                _spin()


def _interrupted_in_child(queue: multiprocessing.Queue) -> None:
    try:
        with Deadline(0.5):
            _spin()
    except DocumentTimeout:
        queue.put("interrupted")


def test_a_deadline_interrupts_a_loop_in_a_process_forked_after_one_was_used():
    with Deadline(30):
        pass
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_interrupted_in_child, args=(queue,))
    child.start()
    assert queue.get(timeout=20) == "interrupted"
    child.join(20)


# ---------------------------------------------------------------- failures in the cache

def test_a_cached_rerun_of_a_dump_with_a_failing_article_loads_no_model(nlp, dump, tmp_path, monkeypatch):
    monkeypatch.setattr(rows, "extract_claims", _raising)
    first = execute(dump, tmp_path / "out", nlp=nlp, workers=1)
    assert _documents(first)["greve"]["status"] == "partial"

    def no_model(*args, **kwargs):
        raise AssertionError("the re-run started an engine (and its model)")

    monkeypatch.setattr(local_engine.LocalEngine, "__init__", no_model)
    again = execute(dump, tmp_path / "out", nlp=nlp, workers=1)
    assert _documents(again) == _documents(first)


def test_an_article_that_timed_out_is_retried_on_the_next_run(nlp, dump, tmp_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(rows, "extract_claims", _stuck_on("greve", _spin))
        first = execute(dump, tmp_path / "out", nlp=nlp, workers=1, doc_timeout=2)
    assert _documents(first)["greve"]["status"] == "failed"
    again = execute(dump, tmp_path / "out", nlp=nlp, workers=1, doc_timeout=2)
    assert _documents(again)["greve"]["status"] == "ok"


def _raising(doc):
    raise RuntimeError("boom")
