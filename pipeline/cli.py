"""The `depeche` command line: `depeche run`, `depeche eval`, `depeche report`."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

from pipeline.export.staging import remove_dead_staging
from pipeline.runner.deadline import DEFAULT_DOC_TIMEOUT
from pipeline.runner.interrupt import STOP_SIGNALS, Interrupted, stopping_on_signals

EXIT_USAGE = 2
STOPPED_CODES = {128 + signum for signum in STOP_SIGNALS}  # 130 (Ctrl-C), 143 (SIGTERM)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="depeche",
        description="Turn a dump of French news articles into review tables: documents, "
                    "mentions, entities, dates, figures, claims and claim_links.")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run", help="run the pipeline on a dump and write the tables",
        description="Read every article in INPUT (files, folders, .zip/.tar/.tgz/.gz archives; "
                    ".txt, .md, .html, .json, .jsonl, .csv, .tsv), and write the eight tables "
                    "to --out as CSV (UTF-8 with BOM) and Parquet.")
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or archives to read")
    run.add_argument("--out", default="outputs", help="folder for the tables (default: outputs)")
    run.add_argument("--format", dest="formats", action="append", choices=["xlsx"], default=[],
                     help="also write the tables as OUT/depeche.xlsx, one sheet per table "
                          "(CSV and Parquet are always written)")
    run.add_argument("--report", action="store_true",
                     help="also build the review pages OUT/report/index.html (as `depeche report OUT`)")
    _add_common(run)

    report = commands.add_parser(
        "report", help="build the review pages (and the workbook) from tables already written",
        description="Build OUT_DIR/report/: static HTML pages that open from disk with no server or "
                    "network (run summary, entities, claims, one page per article and per entity), "
                    "from the tables in OUT_DIR alone.")
    report.add_argument("out", metavar="OUT_DIR", help="a folder written by `depeche run`")
    report.add_argument("--xlsx", action="store_true", help="also write OUT_DIR/depeche.xlsx")

    evaluate = commands.add_parser(
        "eval", help="run on a dump and score the tables against gold annotations",
        description="Run the pipeline on INPUT, then print precision, recall and F1 per field "
                    "against the gold JSON files in --gold (format: tests/gold/FORMAT.md).")
    evaluate.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or archives to read")
    evaluate.add_argument("--gold", required=True, help="folder of gold <doc_id>.json files")
    evaluate.add_argument("--out", default="outputs/eval", help="folder for the run's tables (default: outputs/eval)")
    evaluate.add_argument("--json", dest="json_out", help="also write the scores to this JSON file")
    _add_common(evaluate)
    return parser


def _add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--workers", type=_positive, default=None,
                         help="processes annotating in parallel, sharing one loaded model (default: every core)")
    command.add_argument("--engine", choices=["local", "dask"], default="local",
                         help="where articles are annotated: this machine's cores (default), or a Dask "
                              "cluster (--scheduler, or a LocalCluster of --workers processes)")
    command.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: the scheduler of an existing cluster, e.g. tcp://10.0.0.5:8786")
    command.add_argument("--no-cache", dest="cache", action="store_false",
                         help="process every article again instead of reusing the results stored "
                              "under OUT/.cache for unchanged ones (results are the same either way)")
    command.add_argument("--doc-timeout", type=_seconds, default=DEFAULT_DOC_TIMEOUT, metavar="S",
                         help="seconds one article may take; past them it is recorded failed, "
                              f"'timed out after S s', and the run goes on (default: {DEFAULT_DOC_TIMEOUT:g}; 0: no limit)")
    command.add_argument("--quiet", action="store_true", help="no progress bar")


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _seconds(value: str) -> float | None:
    seconds = float(value)
    if seconds < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more, not {value}")
    return seconds or None


def _usage_error(message: str) -> int:
    print(f"depeche: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _check_usage(inputs: list[str], out: str) -> str | None:
    """A message when the inputs are missing or the output folder cannot be written, else None."""
    missing = [path for path in inputs if not Path(path).exists()]
    if missing:
        return f"no such input: {', '.join(missing)}"
    try:
        Path(out).mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as error:
        return f"cannot write to output folder {out}: {error.strerror or error}"
    return None


def _run_options(args: argparse.Namespace) -> dict:
    return {"workers": args.workers, "cache": args.cache, "engine": args.engine, "scheduler": args.scheduler,
            "doc_timeout": args.doc_timeout}


def _run(args: argparse.Namespace) -> int:
    from pipeline.runner import execute

    outcome = execute(args.inputs, args.out, progress=not args.quiet, **_run_options(args))
    if outcome.summary.rows.get("documents", 0) == 0:
        return _usage_error(f"no input found in {', '.join(args.inputs)}")
    print(outcome.summary.format())
    print(f"tables {'unchanged in' if outcome.summary.unchanged else 'written to'} {os.fspath(args.out)}")
    with _tables_in_place():
        _write_extras(Path(args.out), workbook="xlsx" in args.formats, report=args.report)
    return 0


@contextmanager
def _tables_in_place() -> Iterator[None]:
    """A stop from here on finds this run's tables in OUT."""
    try:
        yield
    except Interrupted as stop:
        stop.tables_written = True
        raise


def _write_extras(out: Path, workbook: bool, report: bool) -> None:
    """The workbook and the review pages, each rebuilt only as far as the tables changed.

    With both asked for, the workbook is written in a process of its own while
    this one draws the pages: neither needs the other, and each takes seconds
    on a large dump. The index links the workbook being written.
    """
    from pipeline.export.workbook import update_workbook

    if not report:
        if workbook:
            _print_workbook(*update_workbook(out))
        return
    from pipeline.export.report import build_report
    from pipeline.runner.engines import pool_context

    # Leaving the pool stops its process (SIGTERM), so a stop does not wait for the workbook.
    with pool_context().Pool(1) if workbook else nullcontext() as pool:
        book = pool.apply_async(update_workbook, (out,)) if pool is not None else None
        # Without --format xlsx, the index links a workbook only if one is there from an earlier run.
        index = build_report(out, links_workbook=True if workbook else None)
        if book is not None:
            _print_workbook(*book.get())
    print(f"report: {index.resolve().as_uri()}")


def _print_workbook(path: Path, written: bool) -> None:
    print(f"workbook {'written to' if written else 'unchanged:'} {path}")


def _report(args: argparse.Namespace) -> int:
    remove_dead_staging(args.out)  # what a `depeche report` killed outright left
    try:
        _write_extras(Path(args.out), workbook=args.xlsx, report=True)
    except FileNotFoundError as error:
        return _usage_error(str(error))
    return 0


def _eval(args: argparse.Namespace) -> int:
    from pipeline.evaluate import format_scores, load_gold, score_tables, write_scores
    from pipeline.runner import execute

    outcome = execute(args.inputs, args.out, progress=not args.quiet, **_run_options(args))
    with _tables_in_place():
        scores = score_tables(outcome.tables, load_gold(args.gold))
    print(outcome.summary.format())
    print(format_scores(scores))
    if args.json_out:
        write_scores(scores, args.json_out)
    return 0


def _stopped(args: argparse.Namespace, stop: Interrupted) -> int:
    """The one line a stopped command ends with; what it leaves in OUT is what was there before it."""
    remove_dead_staging(args.out)  # what a child killed in the clean-up (the workbook's writer) left
    print(f"depeche: stopped by {stop.how}{_what_is_left(args, stop)}", file=sys.stderr, flush=True)
    return stop.exit_code


def _what_is_left(args: argparse.Namespace, stop: Interrupted) -> str:
    out = os.fspath(args.out)
    if args.command == "report":
        return f"; the review pages and workbook in {out} are the previous ones"
    if stop.tables_written:
        written = f" after the tables were written to {out}"
        if args.command == "eval":
            return f"{written}; no scores"
        if args.report or args.formats:
            return f"{written}; the workbook and review pages there are the previous ones " \
                   f"(`depeche report {out}` builds them)"
        return written
    done = f"after {stop.documents} articles" if stop.documents else "before any article was done"
    tables = (f"the tables in {out} are the previous run's" if (Path(out) / "documents.parquet").exists()
              else f"no tables were written to {out}")
    resume = ("a re-run takes the articles done from the cache and goes on" if args.cache
              else "nothing was cached (--no-cache)")
    return f" {done}: {tables}; {resume}"


def command() -> None:
    """The `depeche` command (and `python -m pipeline`): `main`, exiting with its code.

    After a stop the process ends as soon as `main` has cleaned up: the
    interpreter's own teardown of a loaded model takes a second or more, and
    nothing of the run is left for it to do.
    """
    code = main()
    if code in STOPPED_CODES:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with stopping_on_signals():
        try:
            return _command(args)
        except Interrupted as stop:
            return _stopped(args, stop)


def _command(args: argparse.Namespace) -> int:
    if args.command == "report":
        return _report(args)
    problem = _check_usage(args.inputs, args.out)
    if problem:
        return _usage_error(problem)
    if args.scheduler and args.engine != "dask":
        return _usage_error("--scheduler goes with --engine dask")
    if args.command == "eval" and not Path(args.gold).is_dir():
        return _usage_error(f"no such gold folder: {args.gold}")
    return _run(args) if args.command == "run" else _eval(args)


if __name__ == "__main__":
    command()
