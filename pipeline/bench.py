"""`make bench`: depeche's throughput, memory and cache against raw `nlp.pipe` of fr_core_news_md.

Builds corpora of seed-derived articles (distinct doc_ids, each text varied so
none is a duplicate or a cache hit), then measures, each in its own process so
peak memory is its own, with the same number of processes:

- raw `nlp.pipe` over the texts as dumped, and over the same texts once
  cleaned (what depeche actually parses: the strict comparison);
- the whole depeche run (read, clean, annotate, claims, link, write) on 200
  articles, on the local engine and on the Dask engine (a LocalCluster of as
  many processes), then cold on 2 000 and again on the same 2 000 from its
  cache (model load included: a cached run loads none);
- what users run: `depeche run … --format xlsx --report` (what `make run`
  runs), as a command of its own, cold on the 2 000 articles (`repeat_large`
  times, each into a new folder, the fastest kept as for the lines it is
  compared with), then warm in the last folder (tables, workbook and review
  pages each time);
- a year of an outlet: the same command, once, cold on `huge` articles
  (20 000 by default), its time and peak memory against the large corpus'
  (flat memory and linear time are the promise);
- the review index of each of these two runs: its first load's size and
  the time Chromium takes to show its first rows.

Words are counted on the dumped texts for every line, so words per second
compare the same work. The 200-article lines run `repeat` times, in turn,
and each keeps its fastest run: on a shared machine a neighbour's burst
slows one run by a fifth, which would decide a ratio measured once. Prints
a table and writes `bench.json` (with every run's seconds).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.bench_index import index_line
from pipeline.common.resources import MODEL
from pipeline.runner.results import count_words

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def build_corpus(folder: Path, size: int, seeds: Path = SEEDS) -> int:
    """Write `size` articles cycling through the seeds, each with its own doc_id and a sentence of its own.

    The sentence ends the seed's longest line, a body paragraph, so cleaning
    keeps it and no article is a duplicate of another.
    RETURNS (int): the corpus' word count.
    """
    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for number in range(size):
        lines = texts[number % len(texts)].split("\n")
        longest = max(range(len(lines)), key=lambda index: len(lines[index]))
        lines[longest] += f" Cet article porte le numéro {number + 1} du corpus de mesure."
        text = "\n".join(lines)
        (folder / f"bench_{number:05d}.txt").write_text(text, encoding="utf-8")
        words += count_words(text)
    return words


def _peak_rss_mib() -> float:
    """Peak resident memory of this process plus that of its largest finished child, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round((own + children) / 1024, 1)


def _texts(corpus: Path, cleaned: bool) -> list[str]:
    if not cleaned:
        return [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    from pipeline.clean import clean_document
    from pipeline.ingest import read_documents

    return [clean_document(document).text for document in read_documents([corpus])]


def measure_raw(corpus: Path, workers: int, cleaned: bool = False) -> dict:
    """Seconds for raw `nlp.pipe` over the corpus' texts (or their cleaned bodies), model load excluded."""
    import spacy

    texts = _texts(corpus, cleaned)
    nlp = spacy.load(MODEL)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=workers, batch_size=16):
        pass
    return {"seconds": time.perf_counter() - started, "peak_rss_mib": _peak_rss_mib()}


def measure_depeche(corpus: Path, workers: int, out: Path | None = None) -> dict:
    """Seconds for the whole depeche run (read, clean, annotate, claims, link, write).

    out: None measures a run without cache, model load excluded; a folder
    measures a cached run there, model load (when one is needed) included,
    as a user sees it.
    """
    from pipeline.runner import execute

    nlp = None
    if out is None:
        from pipeline.annotate import load

        nlp = load()
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        outcome = execute(corpus, out or scratch, workers=workers, nlp=nlp, cache=out is not None)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_rss_mib": _peak_rss_mib(), "ok": outcome.summary.statuses["ok"],
            "cached": outcome.summary.cached}


def measure_dask(corpus: Path, workers: int) -> dict:
    """Seconds for the whole run on the Dask engine, on a LocalCluster of `workers` processes.

    The cluster is started and each worker's model loaded before the clock
    starts, as the local engine's model load is excluded.
    """
    from distributed import Client, LocalCluster

    from pipeline.runner import execute
    from pipeline.runner.local_engine import load_worker_model

    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0") as cluster, \
            Client(cluster) as client, tempfile.TemporaryDirectory() as scratch:
        client.run(load_worker_model)
        started = time.perf_counter()
        outcome = execute(corpus, scratch, engine="dask", scheduler=cluster.scheduler_address, cache=False)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_rss_mib": _peak_rss_mib(), "ok": outcome.summary.statuses["ok"]}


def measure_make_run(corpus: Path, workers: int, out: Path) -> dict:
    """Seconds for `depeche run` with the workbook and the report, as `make run` runs it, start-up included."""
    command = [str(Path(sys.executable).with_name("depeche")), "run", str(corpus), "--out", str(out),
               "--format", "xlsx", "--report", "--workers", str(workers), "--quiet"]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


def _in_subprocess(kind: str, corpus: Path, workers: int, out: Path | None = None) -> dict:
    command = [sys.executable, "-m", "pipeline.bench", "--measure", kind,
               "--corpus", str(corpus), "--workers", str(workers)]
    if out is not None:
        command += ["--run-out", str(out)]
    finished = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(finished.stdout.strip().splitlines()[-1])


def _line(words: int, measured: dict) -> dict:
    line = {"words_per_second": round(words / measured["seconds"]), "seconds": round(measured["seconds"], 2),
            "peak_rss_mib": measured["peak_rss_mib"]}
    return line | {key: measured[key] for key in ("ok", "cached", "runs_seconds") if key in measured}


def fastest(runs: list[dict]) -> dict:
    """The fastest of repeated measurements, with every run's seconds."""
    best = min(runs, key=lambda run: run["seconds"])
    return best | {"runs_seconds": [round(run["seconds"], 2) for run in runs]}


# The throughput lines, each measured `repeat` times in turn on the small corpus.
THROUGHPUT = {"raw nlp.pipe": "raw", "raw nlp.pipe, cleaned texts": "raw-cleaned",
              "depeche": "depeche", "depeche, dask engine": "dask"}


def benchmark(size: int, large: int, workers: int, repeat: int = 5, repeat_large: int = 3, huge: int = 0) -> dict:
    """Every measurement, on a corpus of `size` articles, one of `large` and (unless 0) one of `huge`."""
    with tempfile.TemporaryDirectory() as folder:
        corpus, large_corpus, out = Path(folder) / "corpus", Path(folder) / "large", Path(folder) / "out"
        words = build_corpus(corpus, size)
        large_words = build_corpus(large_corpus, large)
        runs: dict[str, list[dict]] = {name: [] for name in THROUGHPUT}
        for _ in range(repeat):
            for name, kind in THROUGHPUT.items():
                runs[name].append(_in_subprocess(kind, corpus, workers))
        lines = {name: _line(words, fastest(measured)) for name, measured in runs.items()}
        lines |= {
            f"depeche, {large} docs, cold": _line(large_words, _in_subprocess("cached", large_corpus, workers, out)),
            f"depeche, {large} docs, cached": _line(large_words, _in_subprocess("cached", large_corpus, workers, out)),
        }
        cold_runs = [_in_subprocess("make-run", large_corpus, workers, Path(folder) / f"users-{attempt}")
                     for attempt in range(repeat_large)]
        warm = _in_subprocess("make-run", large_corpus, workers, Path(folder) / f"users-{repeat_large - 1}")
        lines |= {f"make run, {large} docs, cold": _line(large_words, fastest(cold_runs)),
                  f"make run, {large} docs, warm": _line(large_words, warm)}
        index = {large: index_line(Path(folder) / f"users-{repeat_large - 1}" / "report")}
        scale = _huge_line(Path(folder), huge, workers, lines[f"make run, {large} docs, cold"]) if huge else {}
        lines |= scale.pop("lines", {})
        if huge:
            index[huge] = index_line(Path(folder) / "users-huge" / "report")
    cold, cached = lines[f"depeche, {large} docs, cold"], lines[f"depeche, {large} docs, cached"]
    depeche = lines["depeche"]["words_per_second"]
    return {
        "documents": size, "large_documents": large, "words": words, "large_words": large_words,
        "workers": workers, "repeat": repeat, "repeat_large": repeat_large, "lines": lines,
        "ratio_to_raw": round(depeche / lines["raw nlp.pipe"]["words_per_second"], 3),
        "ratio_to_raw_on_cleaned_texts": round(depeche / lines["raw nlp.pipe, cleaned texts"]["words_per_second"], 3),
        "rss_growth_large_vs_small": round(cold["peak_rss_mib"] / lines["depeche"]["peak_rss_mib"] - 1, 3),
        "cached_speedup": round(cold["seconds"] / cached["seconds"], 1),
        "dask_to_local": round(lines["depeche, dask engine"]["words_per_second"] / depeche, 3),
        "make_run_warm_speedup": round(lines[f"make run, {large} docs, cold"]["seconds"]
                                       / lines[f"make run, {large} docs, warm"]["seconds"], 1),
        "make_run_cold_to_raw": round(lines[f"make run, {large} docs, cold"]["words_per_second"]
                                      / lines["raw nlp.pipe"]["words_per_second"], 3),
        "huge_documents": huge, **scale, "index": index,
    }


def _huge_line(folder: Path, huge: int, workers: int, large_line: dict) -> dict:
    """`make run` once, cold, on `huge` articles (a year of an outlet): time and peak memory against the large corpus'."""
    corpus = folder / "huge"
    words = build_corpus(corpus, huge)
    line = _line(words, _in_subprocess("make-run", corpus, workers, folder / "users-huge"))
    return {"lines": {f"make run, {huge} docs, cold": line},
            "huge_time_ratio": round(line["seconds"] / large_line["seconds"], 2),
            "huge_rss_growth": round(line["peak_rss_mib"] / large_line["peak_rss_mib"] - 1, 3)}


def format_bench(result: dict) -> str:
    rows = [f"corpus: {result['documents']} documents, {result['words']} words "
            f"(and {result['large_documents']} documents, {result['large_words']} words); "
            f"{result['workers']} process(es); the {result['documents']}-document lines are each the fastest "
            f"of {result['repeat']} runs, the cold make run the fastest of {result['repeat_large']}",
            f"{'':<32}{'words/s':>10}{'seconds':>10}{'peak RSS MiB':>14}  every run (s)"]
    for name, line in result["lines"].items():
        every = " ".join(f"{seconds:.2f}" for seconds in line.get("runs_seconds", []))
        rows.append(f"{name:<32}{line['words_per_second']:>10}{line['seconds']:>10}{line['peak_rss_mib']:>14}  {every}")
    rows += [
        f"ratio depeche / raw nlp.pipe: {result['ratio_to_raw']:.3f} "
        f"(on the cleaned texts: {result['ratio_to_raw_on_cleaned_texts']:.3f})",
        f"peak RSS at {result['large_documents']} documents vs {result['documents']}: "
        f"{result['rss_growth_large_vs_small']:+.1%}",
        f"cached re-run: {result['cached_speedup']}x faster than cold",
        f"dask engine / local engine on one machine: {result['dask_to_local']:.3f}",
        f"make run (tables, workbook, report), warm: {result['make_run_warm_speedup']}x faster than cold; "
        f"cold make run / raw nlp.pipe: {result['make_run_cold_to_raw']:.3f} (start-up and model load included)",
    ]
    if result.get("huge_documents"):
        rows.append(f"make run, cold, {result['huge_documents']} documents vs {result['large_documents']}: "
                    f"{result['huge_time_ratio']}x the time "
                    f"({result['huge_documents'] / result['large_documents']:g}x the articles), "
                    f"peak RSS {result['huge_rss_growth']:+.1%}")
    rows += [_index_row(documents, line) for documents, line in result["index"].items()]
    return "\n".join(rows)


def _index_row(documents: int, line: dict) -> str:
    opened = line["index_open_seconds"]
    shown = f"first rows in {opened:.2f} s in Chromium" if opened is not None else "no Chromium to open it in"
    return f"review index at {documents} documents: first load {line['index_first_load_mb']:.2f} MB, {shown}"


MEASURES = {
    "raw": lambda args: measure_raw(args.corpus, args.workers),
    "raw-cleaned": lambda args: measure_raw(args.corpus, args.workers, cleaned=True),
    "depeche": lambda args: measure_depeche(args.corpus, args.workers),
    "dask": lambda args: measure_dask(args.corpus, args.workers),
    "cached": lambda args: measure_depeche(args.corpus, args.workers, out=args.run_out),
    "make-run": lambda args: measure_make_run(args.corpus, args.workers, args.run_out),
}


def main(argv: list[str] | None = None) -> int:
    from pipeline.runner.engines import default_workers

    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=200, help="corpus size for throughput (default: 200)")
    parser.add_argument("--large", type=int, default=2000, help="corpus size for memory and cache (default: 2000)")
    parser.add_argument("--huge", type=int, default=20_000,
                        help="corpus size for a year of an outlet: one cold `make run`, its time and peak memory "
                             "against the large corpus' (default: 20000, about half an hour on 2 cores; 0: none)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="runs of each 200-document line, the fastest kept (default: 5)")
    parser.add_argument("--repeat-large", type=int, default=3,
                        help="cold `make run`s on the large corpus, the fastest kept (default: 3)")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="processes for every run (default: every core)")
    parser.add_argument("--out", default="outputs", help="folder for bench.json (default: outputs)")
    parser.add_argument("--measure", choices=sorted(MEASURES), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--run-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(MEASURES[args.measure](args)))
        return 0
    result = benchmark(args.documents, args.large, args.workers, args.repeat, args.repeat_large, args.huge)
    print(format_bench(result))
    Path(args.out).mkdir(parents=True, exist_ok=True)
    (Path(args.out) / "bench.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
