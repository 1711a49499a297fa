"""`make bench`: depeche's throughput and memory against raw `nlp.pipe` of fr_core_news_md.

Builds a corpus of seed-derived articles (distinct doc_ids, each text varied so
none is a duplicate), then measures, each in its own process so peak memory is
its own: raw `nlp.pipe` over the texts, and the whole depeche run, with the
same number of processes. Prints a table and writes `bench.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.annotate import MODEL
from pipeline.process import count_words

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def build_corpus(folder: Path, size: int, seeds: Path = SEEDS) -> int:
    """Write `size` articles cycling through the seeds, each with its own doc_id and closing line.

    RETURNS (int): the corpus' word count.
    """
    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for number in range(size):
        text = f"{texts[number % len(texts)]}\n\nCet article porte le numéro {number + 1} du corpus de mesure.\n"
        (folder / f"bench_{number:05d}.txt").write_text(text, encoding="utf-8")
        words += count_words(text)
    return words


def _peak_rss_mib() -> float:
    """Peak resident memory of this process and of its finished children, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round((own + children) / 1024, 1)


def measure_raw(corpus: Path, workers: int) -> dict:
    """Seconds for raw `nlp.pipe` over the corpus' texts, model load excluded."""
    import spacy

    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    nlp = spacy.load(MODEL)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=workers, batch_size=16):
        pass
    return {"seconds": time.perf_counter() - started, "peak_rss_mib": _peak_rss_mib()}


def measure_depeche(corpus: Path, workers: int) -> dict:
    """Seconds for the whole depeche run (read, clean, annotate, claims, link, write), model load excluded."""
    from pipeline.annotate import load
    from pipeline.run import execute

    nlp = load()
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        outcome = execute(corpus, out, workers=workers, nlp=nlp)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_rss_mib": _peak_rss_mib(), "documents": outcome.summary.rows["documents"]}


def _measure_in_subprocess(kind: str, corpus: Path, workers: int) -> dict:
    command = [sys.executable, "-m", "pipeline.bench", "--measure", kind,
               "--corpus", str(corpus), "--workers", str(workers)]
    finished = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(finished.stdout.strip().splitlines()[-1])


def benchmark(size: int, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        words = build_corpus(corpus, size)
        raw = _measure_in_subprocess("raw", corpus, workers)
        depeche = _measure_in_subprocess("depeche", corpus, workers)
    raw_wps, depeche_wps = words / raw["seconds"], words / depeche["seconds"]
    return {
        "documents": size, "words": words, "workers": workers,
        "raw_words_per_second": round(raw_wps), "depeche_words_per_second": round(depeche_wps),
        "ratio": round(depeche_wps / raw_wps, 3),
        "raw_seconds": round(raw["seconds"], 2), "depeche_seconds": round(depeche["seconds"], 2),
        "raw_peak_rss_mib": raw["peak_rss_mib"], "depeche_peak_rss_mib": depeche["peak_rss_mib"],
    }


def format_bench(result: dict) -> str:
    return "\n".join([
        f"corpus: {result['documents']} documents, {result['words']} words, {result['workers']} process(es)",
        f"{'':<22}{'words/s':>10}{'seconds':>10}{'peak RSS MiB':>14}",
        f"{'raw nlp.pipe':<22}{result['raw_words_per_second']:>10}{result['raw_seconds']:>10}{result['raw_peak_rss_mib']:>14}",
        f"{'depeche':<22}{result['depeche_words_per_second']:>10}{result['depeche_seconds']:>10}{result['depeche_peak_rss_mib']:>14}",
        f"ratio depeche / raw: {result['ratio']:.3f}",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__)
    parser.add_argument("--documents", type=int, default=200, help="corpus size (default: 200)")
    parser.add_argument("--workers", type=int, default=1, help="processes for both runs (default: 1)")
    parser.add_argument("--out", default="outputs", help="folder for bench.json (default: outputs)")
    parser.add_argument("--measure", choices=["raw", "depeche"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        measure = measure_raw if args.measure == "raw" else measure_depeche
        print(json.dumps(measure(args.corpus, args.workers)))
        return 0
    result = benchmark(args.documents, args.workers)
    print(format_bench(result))
    Path(args.out).mkdir(parents=True, exist_ok=True)
    (Path(args.out) / "bench.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
