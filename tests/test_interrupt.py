"""Stopping a run as users do: real signals sent to a real `depeche` in a subprocess, on both engines.

Each test starts the command in a process group of its own (as a terminal
runs a job) on a corpus of seed-derived articles, no two alike
(`pipeline.bench.build_corpus`), waits until the first articles are in the
cache, sends the signal, then checks what the stop left: the exit code and
the one line, the previous tables, workbook and review pages byte for byte,
no staging folder, the cache entries kept, no process of the run alive (by
`ps`), and that a next run takes the articles done from the cache. The
corpus is long enough that no run ends before its signal, so no slow-down
hook is needed: the runs are cut short, each test costs a model load.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.bench import build_corpus
from pipeline.export import StagedTables, write_tables
from pipeline.export.report import build_report
from pipeline.export.staging import Owner, hidden_sibling, remove_dead_staging
from pipeline.export.workbook import WORKBOOK_DIGEST, update_workbook
from pipeline.ingest import read_documents
from pipeline.runner import execute
from pipeline.runner.cache import DocumentCache, fingerprint
from pipeline.runner import interrupt
from pipeline.runner.interrupt import Interrupted, signals_deferred, stopping_on_signals
from tests.conftest import GOLD, ROOT, SEEDS

CORPUS_SIZE = 240  # far more than a run gets through before its signal
STOP_SECONDS = 5.0  # from the signal to the end of the process
START_SECONDS = 300  # to load the model and annotate the first chunk, on a loaded machine
# Long enough for the first Ctrl-C to be handled (two signals sent together count as one), short enough to
# land inside the Dask clean-up on a quiet machine, where it lasts some tenths of a second.
SECOND_SIGNAL_AFTER = 0.05
ENGINES = {"local": ["--workers", "2"], "dask": ["--engine", "dask", "--workers", "2"]}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("interrupt") / "corpus"
    build_corpus(folder, CORPUS_SIZE)
    return folder


@pytest.fixture(scope="module")
def previous(seed_outcome, tmp_path_factory) -> Path:
    """An output folder as a finished run leaves it: the seeds' tables, workbook and review pages."""
    folder = tmp_path_factory.mktemp("interrupt") / "previous"
    shutil.copytree(seed_outcome.out, folder, ignore=shutil.ignore_patterns(".cache", "report", "*.xlsx"))
    update_workbook(folder)
    build_report(folder)
    return folder


@pytest.fixture
def out(previous, tmp_path) -> Path:
    return Path(shutil.copytree(previous, tmp_path / "out"))


def _files(folder: Path) -> dict[str, bytes]:
    """Every file of the output folder, by relative path, but the cache's."""
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file() and ".cache" not in path.relative_to(folder).parts}


def _staging(folder: Path) -> list[str]:
    return [path.name for path in folder.iterdir() if Owner.of(path.name) is not None]


def _start(tmp_path: Path, *arguments: str) -> subprocess.Popen:
    """`python -m pipeline ARGUMENTS` as the leader of a new process group, its output in files."""
    return subprocess.Popen([sys.executable, "-m", "pipeline", *arguments], cwd=ROOT,
                            stdout=open(tmp_path / "stdout", "w"), stderr=open(tmp_path / "stderr", "w"),
                            start_new_session=True)


def _cache_entries(out: Path) -> list[Path]:
    return list((out / ".cache").glob("*/??/*.pkl"))


def _wait_until(ready, process: subprocess.Popen, tmp_path: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while not ready():
        assert process.poll() is None, f"ended before its signal: {(tmp_path / 'stderr').read_text()}"
        assert time.monotonic() < deadline, "no progress in time"
        time.sleep(0.1)


def _stop(process: subprocess.Popen, signum: int, group: bool = True) -> float:
    """Send the signal (to the whole group, as Ctrl-C does, or to the run alone, as `kill` does).

    RETURNS: the seconds until the process ended.
    """
    sent = time.monotonic()
    (os.killpg if group else os.kill)(process.pid, signum)
    process.wait(timeout=60)
    return time.monotonic() - sent


def _session(leader: int) -> list[str]:
    """The processes still running in the run's session (its children leave its process group, not its
    session), by `ps`; two seconds are left for orphans to be killed. A zombie (state Z) has ended already:
    only the wait of the process it was handed to is missing."""
    deadline = time.monotonic() + 2
    while True:
        listing = subprocess.run(["ps", "-eo", "pid=,sid=,stat=,args="], capture_output=True, text=True).stdout
        left = [line for line in listing.splitlines()
                if line.split()[1] == str(leader) and not line.split()[2].startswith("Z")]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def _cached_files(corpus: Path, out: Path) -> list[Path]:
    """The corpus' files whose rows the cache holds."""
    cache = DocumentCache(out / ".cache", fingerprint())
    return [corpus / document.source for document in read_documents([corpus])
            if cache.get(cache.key(document)) is not None]


def _assert_stopped_cleanly(process, seconds, out, before, tmp_path, exit_code) -> str:
    stderr = (tmp_path / "stderr").read_text()
    assert process.returncode == exit_code, stderr
    assert seconds < STOP_SECONDS, f"took {seconds:.1f} s to stop"
    assert "Traceback" not in stderr, stderr
    assert _files(out) == before  # tables, workbook and review pages, byte for byte
    assert _staging(out) == []
    assert _session(process.pid) == []
    return stderr.strip().splitlines()[-1]


def _assert_the_next_run_resumes(corpus: Path, out: Path, done: int, tmp_path: Path) -> None:
    """The articles done are in the cache: a run on them takes them all from it."""
    cached = _cached_files(corpus, out)
    assert len(cached) == done > 0
    again = subprocess.run([sys.executable, "-m", "pipeline", "run", *map(str, cached), "--out", str(out), "--quiet"],
                           capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"documents: {done} ok" in again.stdout and f"({done} of the ok ones from the cache)" in again.stdout


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("signum, group, exit_code",
                         [(signal.SIGINT, True, 130), (signal.SIGTERM, False, 143), (signal.SIGTERM, True, 143)],
                         ids=["ctrl-c to the group", "sigterm to the run", "sigterm to the group"])
def test_a_signal_stops_the_run_and_leaves_the_output_as_it_was(corpus, out, tmp_path, engine, signum, group,
                                                                exit_code):
    before = _files(out)
    process = _start(tmp_path, "run", str(corpus), "--out", str(out), "--format", "xlsx", "--report",
                     *ENGINES[engine])
    _wait_until(lambda: _cache_entries(out), process, tmp_path)
    seconds = _stop(process, signum, group)
    line = _assert_stopped_cleanly(process, seconds, out, before, tmp_path, exit_code)
    done = int(line.split(" after ")[1].split()[0])
    how = "Ctrl-C (SIGINT)" if signum == signal.SIGINT else "SIGTERM"
    assert line == (f"depeche: stopped by {how} after {done} articles: the tables in {out} are the previous run's; "
                    "a re-run takes the articles done from the cache and goes on")
    _assert_the_next_run_resumes(corpus, out, done, tmp_path)


def test_on_a_shared_cluster_a_stop_cancels_the_runs_tasks_and_leaves_the_cluster_up(corpus, out, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        before = _files(out)
        process = _start(tmp_path, "run", str(corpus), "--out", str(out), "--engine", "dask",
                         "--scheduler", cluster.scheduler_address)
        _wait_until(lambda: _cache_entries(out), process, tmp_path)
        seconds = _stop(process, signal.SIGINT)
        _assert_stopped_cleanly(process, seconds, out, before, tmp_path, 130)
        deadline = time.monotonic() + 5
        while (tasks := client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks))) and \
                time.monotonic() < deadline:
            time.sleep(0.1)
        assert tasks == 0
        assert len(client.scheduler_info()["workers"]) == 1  # the run killed no worker of a cluster not its own


def test_eval_stops_the_same_way(corpus, out, tmp_path):
    before = _files(out)
    process = _start(tmp_path, "eval", str(corpus), "--gold", str(GOLD), "--out", str(out), *ENGINES["local"])
    _wait_until(lambda: _cache_entries(out), process, tmp_path)
    seconds = _stop(process, signal.SIGTERM)
    line = _assert_stopped_cleanly(process, seconds, out, before, tmp_path, 143)
    assert line.startswith("depeche: stopped by SIGTERM after ") and "the previous run's" in line


def test_a_second_ctrl_c_during_the_clean_up_ends_the_run_at_once(corpus, out, tmp_path, nlp):
    """Dask's clean-up (cancel, kill the workers, close the cluster) lasts long enough for a second Ctrl-C to land in it."""
    before = _files(out)
    process = _start(tmp_path, "run", str(corpus), "--out", str(out), *ENGINES["dask"])
    _wait_until(lambda: _cache_entries(out), process, tmp_path)
    os.killpg(process.pid, signal.SIGINT)
    time.sleep(SECOND_SIGNAL_AFTER)
    seconds = _stop(process, signal.SIGINT)
    stderr = (tmp_path / "stderr").read_text()
    assert process.returncode == 130 and "stopped at once" in stderr, stderr
    assert seconds < 1.0
    assert _session(process.pid) == []
    assert {name: data for name, data in _files(out).items() if not name.startswith(".")} == \
        {name: data for name, data in before.items() if not name.startswith(".")}
    execute(SEEDS / "003_7caf3a258ddd0611.txt", out, nlp=nlp)  # the next run removes what the stop left
    assert _staging(out) == []


def test_a_staging_folder_left_by_sigkill_is_removed_by_the_next_run_and_no_worker_survives(corpus, out, tmp_path,
                                                                                           nlp):
    process = _start(tmp_path, "run", str(corpus), "--out", str(out), *ENGINES["local"])
    _wait_until(lambda: _cache_entries(out), process, tmp_path)
    _stop(process, signal.SIGKILL, group=False)
    left = _staging(out)
    assert len(left) == 1 and left[0].startswith(".depeche-")
    assert _session(process.pid) == []  # the workers and the reader are killed with it
    execute(SEEDS / "003_7caf3a258ddd0611.txt", out, nlp=nlp)
    assert _staging(out) == []
    assert len(pd.read_parquet(out / "documents.parquet")) == 1


def _many_tables(tables: dict[str, pd.DataFrame], copies: int) -> dict[str, pd.DataFrame]:
    """The tables `copies` times over, every id prefixed by its copy's number: a big dump's tables, made in a blink."""
    ids = {"doc_id", "mention_id", "entity_id", "date_id", "figure_id", "claim_id", "speaker_entity_id", "target_id"}
    many = {}
    for name, frame in tables.items():
        parts = []
        for copy in range(copies):
            part = frame.copy()
            for column in ids & set(part.columns):
                part[column] = part[column].where(part[column] == "", f"c{copy}-" + part[column])
            parts.append(part)
        many[name] = pd.concat(parts, ignore_index=True)
    return many


def test_report_stops_the_same_way(seed_tables, out, tmp_path):
    write_tables(_many_tables(seed_tables, 60), out)  # new tables: the pages and the workbook are to be made again
    # The stamp saying which tables the workbook was made from goes as its rewriting starts: it is not theirs.
    (out / WORKBOOK_DIGEST).unlink()
    before = _files(out)
    process = _start(tmp_path, "report", str(out), "--xlsx")
    _wait_until(lambda: len(list(out.glob(".report-*/**/*.html"))) > 20, process, tmp_path)
    seconds = _stop(process, signal.SIGINT)
    line = _assert_stopped_cleanly(process, seconds, out, before, tmp_path, 130)
    assert line == f"depeche: stopped by Ctrl-C (SIGINT); the review pages and workbook in {out} are the previous ones"


def _handlers_of_a_forked_child() -> list[str]:
    from pipeline.runner.engines import pool_context

    with pool_context().Pool(1) as pool:
        return pool.apply(_own_handlers)


def _own_handlers() -> list[str]:
    return [str(signal.getsignal(signum)) for signum in (signal.SIGINT, signal.SIGTERM)]


def test_a_forked_child_ignores_ctrl_c_and_ends_on_sigterm_while_the_run_holds_the_signals():
    with stopping_on_signals():
        assert _handlers_of_a_forked_child() == [str(signal.SIG_IGN), str(signal.SIG_DFL)]
    assert _handlers_of_a_forked_child() == _own_handlers()  # outside a run, a child keeps the parent's


def _group_of_a_forked_child() -> int:
    from pipeline.runner.engines import pool_context

    with pool_context().Pool(1) as pool:
        return pool.apply(os.getpgrp)


def test_a_forked_child_leaves_the_runs_process_group_so_a_signal_to_the_group_reaches_the_run_alone():
    with stopping_on_signals():
        child_group = _group_of_a_forked_child()
    assert child_group != os.getpgrp()
    assert _group_of_a_forked_child() == os.getpgrp()  # outside a run, a child stays in the parent's


# ---------------------------------------------------------------- staging names and who may remove them

@pytest.fixture
def processes():
    """A live process and the pid of one that has ended."""
    ended = subprocess.Popen(["true"])
    ended.wait()
    live = subprocess.Popen(["sleep", "60"])
    yield live.pid, ended.pid
    live.kill()
    live.wait()


def _staged_by(folder: Path, owner: Owner, stem: str = "depeche", suffix: str = "") -> Path:
    path = folder / f".{stem}-{owner.host}-{owner.pid}-{owner.start}-0123abcd{suffix}"
    if suffix:
        path.write_bytes(b"")
    else:
        path.mkdir()
    return path


def test_a_staging_name_records_its_process():
    name = hidden_sibling(Path("out"), "depeche").name
    assert Owner.of(name) == Owner.of_process(os.getpid())
    assert not Owner.of(name).gone()
    assert Owner.of(".depeche.xlsx.digest") is None and Owner.of("documents.csv") is None


def test_only_what_ended_runs_staged_is_removed(tmp_path, processes):
    live, ended = processes
    mine = Owner.of_process(live)
    dead = _staged_by(tmp_path, Owner(mine.host, ended, mine.start))
    dead_workbook = _staged_by(tmp_path, Owner(mine.host, ended, 0), suffix=".xlsx")
    reused_pid = _staged_by(tmp_path, Owner(mine.host, live, mine.start + 1), stem="report")
    kept = [_staged_by(tmp_path, mine), _staged_by(tmp_path, Owner("0badf00d", ended, 1)),
            _staged_by(tmp_path, Owner.of_process(os.getpid()), stem="report-old")]
    (tmp_path / ".depeche-k3x9q2wz").mkdir()  # no owner in its name: nobody can tell, so it stays
    (tmp_path / "documents.csv").write_text("doc_id\n")
    assert sorted(remove_dead_staging(tmp_path)) == sorted([dead, dead_workbook, reused_pid])
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [*(path.name for path in kept), ".depeche-k3x9q2wz", "documents.csv"])


def test_a_run_beside_a_dead_one_removes_its_folder_and_not_a_live_ones(tmp_path, processes):
    live, ended = processes
    owner = Owner.of_process(live)
    dead, alive = _staged_by(tmp_path, Owner(owner.host, ended, owner.start)), _staged_by(tmp_path, owner)
    with StagedTables(tmp_path) as staged:
        assert not dead.exists() and alive.exists()
        assert Owner.of(staged.staging.name) == Owner.of_process(os.getpid())
    assert _staging(tmp_path) == [alive.name]
    assert not list(tmp_path.glob("*.parquet"))  # nothing committed, nothing written


class _StoppedInItsFinalizer:
    """An object the signal reaches while Python finalizes it (as a Dask future's `__del__` releasing its key)."""

    def __del__(self) -> None:
        interrupt._on_signal(signal.SIGTERM, None)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the finalizer's, printed and lost
def test_a_stop_swallowed_by_a_finalizer_stops_the_run_at_its_next_step():
    """Python prints an exception raised in `__del__` and goes on; the run must still stop, not finish and exit 0."""
    steps = []
    with stopping_on_signals():
        finalized = _StoppedInItsFinalizer()
        del finalized  # the Interrupted raised in its finalizer is printed and lost
        with pytest.raises(Interrupted) as stop:
            with signals_deferred():
                steps.append("the next article's rows")
    assert stop.value.signum == signal.SIGTERM and stop.value.exit_code == 143
    assert steps == []
