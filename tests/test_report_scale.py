"""The review index of a year of an outlet: it loads its first rows at once and the rest on demand.

Made-up rows, as many as 20,000 articles give (20,000 documents, 140,000
claims): written whole into index.html they are tens of megabytes, which a
browser parses before it shows anything. Only the index is built here (the
article and entity pages are the seeds' tests' business).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.bench_index import index_line
from pipeline.export.report import ReportFolder, write_index
from pipeline.export.report.manifest import Manifest
from pipeline.export.report.store import Store
from pipeline.export.report.view_data import CHUNK_BYTES, PAGE_ROWS
from tests.test_report import browser, page, screenshot  # noqa: F401  (fixtures)

DOCUMENTS = 20_000
CLAIMS_PER_DOCUMENT = 7
PEOPLE = 5_000
FIRST_LOAD_BYTES = 3_000_000
LAST_CLAIM_WORD = "zygomatique"  # in the statement of the dump's last claim only


def made_up_tables() -> dict[str, pd.DataFrame]:
    """Tables shaped like a big run's: every claim by a person, each article naming three people."""
    doc_ids = [f"d{number:05d}" for number in range(DOCUMENTS)]
    documents = pd.DataFrame({"doc_id": doc_ids, "source": [f"{d}.txt" for d in doc_ids], "status": "ok",
                              "title": [f"Le conseil municipal numéro {n} vote le budget de l'année" for n in range(DOCUMENTS)],
                              "published": "2024-03-12", "text": "Le conseil a voté.", "n_chars": 18, "n_words": 4})
    people = [number % PEOPLE for number in range(DOCUMENTS * 3)]
    mentions = pd.DataFrame({"doc_id": [doc_ids[n // 3] for n in range(DOCUMENTS * 3)],
                             "mention_id": [f"{doc_ids[n // 3]}:m{n % 3}" for n in range(DOCUMENTS * 3)],
                             "start": 0, "end": 3, "text": [f"Personne {p}" for p in people], "label": "PER",
                             "entity_id": [f"PER:personne-{p}" for p in people]})
    entities = pd.DataFrame({"entity_id": [f"PER:personne-{p}" for p in range(PEOPLE)], "label": "PER",
                             "name": [f"Personne {p}" for p in range(PEOPLE)], "n_docs": 12,
                             "n_mentions": [12 + p % 97 for p in range(PEOPLE)]})
    count = DOCUMENTS * CLAIMS_PER_DOCUMENT
    speakers = [number % PEOPLE for number in range(count)]
    statements = [f"que le budget de la commune numéro {n} serait voté avant la fin du mois, sans hausse des impôts "
                  f"locaux ni baisse des subventions aux associations sportives et culturelles du quartier" for n in range(count)]
    statements[-1] += f" {LAST_CLAIM_WORD}"
    claims = pd.DataFrame({"doc_id": [doc_ids[n // CLAIMS_PER_DOCUMENT] for n in range(count)],
                           "claim_id": [f"{doc_ids[n // CLAIMS_PER_DOCUMENT]}:c{n % CLAIMS_PER_DOCUMENT}" for n in range(count)],
                           "kind": "indirect", "sentence": statements, "statement": statements, "cue": "a assuré",
                           "speaker": [f"Personne {p}" for p in speakers],
                           "speaker_entity_id": [f"PER:personne-{p}" for p in speakers], "start": 0, "end": 3})
    return {"documents": documents, "mentions": mentions, "entities": entities, "claims": claims}


@pytest.fixture(scope="module")
def big_index(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big-report")
    report = folder / "report"
    report.mkdir()
    store = Store.load(folder / "tables.sqlite", made_up_tables())
    try:
        write_index(store, ReportFolder(report, folder / "none", Manifest(), Manifest()), links_workbook=False)
    finally:
        store.close()
    return report / "index.html"


def _bytes(paths) -> int:
    return sum(path.stat().st_size for path in paths)


def test_the_first_load_stays_small_and_the_rest_waits_beside_it(big_index):
    report = big_index.parent
    first_load = _bytes([big_index, *(report / "assets").iterdir()])
    rest = _bytes((report / "data").iterdir())
    assert first_load < FIRST_LOAD_BYTES
    assert rest > 10 * FIRST_LOAD_BYTES  # the rows it would have held: the size makes the difference
    assert max(path.stat().st_size for path in (report / "data").iterdir()) < 2 * CHUNK_BYTES


def _wait_ready(page, view: str) -> None:
    page.wait_for_selector(f"#{view}[data-state=ready]", timeout=60_000)


@pytest.mark.browser
def test_the_big_index_shows_its_first_rows_before_any_part_and_pages_searches_and_sorts_the_whole_dump(big_index, page):
    page.goto(big_index.as_uri())
    page.wait_for_selector("#claims tbody tr")
    assert not [url for url in page.requests if "/data/" in url]  # nothing but the first load yet
    assert page.inner_text("#documents .count") == f"({DOCUMENTS} of {DOCUMENTS})"
    assert page.locator("#documents tbody tr").count() == PAGE_ROWS
    screenshot(page, "big-index.png")

    for _ in range(60):  # past the first part: the next are loaded as the pages need them
        page.click("#documents [data-page=next]")
    _wait_ready(page, "documents")
    assert page.inner_text("#documents .page-info") == f"page 61 of {DOCUMENTS // PAGE_ROWS}"
    assert page.locator("#documents td.col-doc_id").first.inner_text() == f"d{60 * PAGE_ROWS:05d}"

    page.fill("#claims-q", LAST_CLAIM_WORD.upper())
    _wait_ready(page, "claims")
    assert page.inner_text("#claims .count") == f"(1 of {DOCUMENTS * CLAIMS_PER_DOCUMENT})"
    assert LAST_CLAIM_WORD in page.inner_text("#claims td.col-statement")

    page.click("#entities th[data-key=n_mentions] button")
    page.click("#entities th[data-key=n_mentions] button")
    _wait_ready(page, "entities")
    counts = [int(n) for n in page.locator("#entities td.col-n_mentions").all_inner_texts()]
    assert counts == [12 + 96] * PAGE_ROWS  # the most named, from every part of the view


@pytest.mark.browser
def test_claims_by_one_speaker_are_found_across_the_dump(big_index, page):
    page.goto(f"{big_index.as_uri()}#claims?speaker=Personne%204999&speaker_entity_id=PER:personne-4999")
    _wait_ready(page, "claims")
    expected = DOCUMENTS * CLAIMS_PER_DOCUMENT // PEOPLE
    assert page.inner_text("#claims .count") == f"({expected} of {DOCUMENTS * CLAIMS_PER_DOCUMENT})"
    assert set(page.locator("#claims td.col-speaker").all_inner_texts()) == {"Personne 4999"}


@pytest.mark.browser
def test_make_bench_reads_the_first_load_and_times_the_first_rows_in_chromium(big_index, browser):
    line = index_line(big_index.parent, browser)
    first_load = _bytes([big_index, *(big_index.parent / "assets").iterdir()])
    assert line["index_first_load_mb"] == round(first_load / 1e6, 2) < FIRST_LOAD_BYTES / 1e6
    assert line["index_open_seconds"] > 0  # measured, not asserted: speed is make bench's
