"""The Dask engine gives the local engine's tables, on a LocalCluster of two worker processes started here."""

from __future__ import annotations

import os
import signal
import time

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from pipeline.runner import dask_engine  # noqa: E402
from pipeline.runner import execute  # noqa: E402
from pipeline.common.tables import TABLES  # noqa: E402
from tests.conftest import SEEDS  # noqa: E402
from tests.test_ingest import build_bad_dump  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as local_cluster:
        yield local_cluster


def _assert_same_tables(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


def test_the_seeds_on_a_cluster_give_the_local_tables(cluster, seed_tables, tmp_path):
    outcome = execute(SEEDS, tmp_path, engine="dask", scheduler=cluster.scheduler_address, cache=False)
    _assert_same_tables(outcome.tables, seed_tables)
    assert (tmp_path / "claims.csv").exists()


def test_the_bad_input_dump_on_a_cluster_gives_the_local_tables(cluster, nlp, tmp_path):
    dump = build_bad_dump(tmp_path / "dump", huge=False)
    local = execute(dump, tmp_path / "local", nlp=nlp, workers=1, cache=False)
    on_dask = execute(dump, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, cache=False)
    _assert_same_tables(on_dask.tables, local.tables)
    assert on_dask.summary.statuses["failed"] > 0 and on_dask.summary.statuses["ok"] > 0


def test_the_cache_serves_a_dask_rerun(cluster, tmp_path):
    cold = execute(SEEDS, tmp_path, engine="dask", scheduler=cluster.scheduler_address)
    warm = execute(SEEDS, tmp_path, engine="dask", scheduler=cluster.scheduler_address)
    assert (cold.summary.cached, warm.summary.cached) == (0, 5)
    _assert_same_tables(warm.tables, cold.tables)


def test_a_partition_that_keeps_failing_becomes_failed_rows_not_a_lost_partition(monkeypatch, tmp_path):
    """In-process workers (threads) see this test's patch: every task of the first article's partition raises."""
    original = dask_engine.annotate_in_worker

    def flaky(documents, doc_timeout):
        if any(document.doc_id.startswith("000_") for document in documents):
            raise MemoryError("worker ran out of memory")
        return original(documents, doc_timeout)

    monkeypatch.setattr(dask_engine, "annotate_in_worker", flaky)
    monkeypatch.setattr(dask_engine, "PARTITION_SIZE", 1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=":0") as threads:
        outcome = execute(SEEDS, tmp_path, engine="dask", scheduler=threads.scheduler_address, cache=False)
    documents = outcome.tables["documents"].set_index("doc_id")
    assert len(documents) == 5
    failed = documents[documents["status"] == "failed"]
    assert list(failed.index) == ["000_bb281c700de7f937"]
    assert "MemoryError: worker ran out of memory" in failed["error"].iloc[0]
    assert (documents["status"] == "ok").sum() == 4


def _worker_pids(engine: dask_engine.DaskEngine) -> set[int]:
    return set(engine.client.run(os.getpid).values())


def test_the_engines_workers_leave_a_signal_to_the_runs_group_to_the_run(tmp_path):
    """Spawned workers stay in the run's process group, so a Ctrl-C or `kill -TERM -PGID` reaches them too.

    A worker that died of it was started again by its nanny while the run stopped, and the stop waited for
    the new worker to load (41 s on a loaded machine). Blocked in the workers, the signal is the run's alone;
    a worker restarted later (a late article) blocks it as well.
    """
    engine = dask_engine.DaskEngine(None, workers=1, doc_timeout=None)
    try:
        before = _worker_pids(engine)
        for pid in before:
            os.kill(pid, signal.SIGTERM)
            os.kill(pid, signal.SIGINT)
        time.sleep(1.0)
        assert _worker_pids(engine) == before
        engine.client.restart_workers(list(engine.client.scheduler_info()["workers"]))
        restarted = _worker_pids(engine)
        assert restarted.isdisjoint(before)
        for pid in restarted:
            os.kill(pid, signal.SIGTERM)
        time.sleep(1.0)
        assert _worker_pids(engine) == restarted
    finally:
        engine.close(abandon=True)
