"""The HTML report: the pages built from the seeds, and a real browser (its markup is in `test_report_markup.py`).

The browser tests (marker `browser`) drive Debian's Chromium with Playwright:
`apt-get install -y chromium` and `pip install playwright` (never
`playwright install`, which downloads a browser). They fail, not skip, when
either is missing.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from pipeline.bench_index import CHROMIUM, CHROMIUM_ARGS
from pipeline.export import to_frame
from pipeline.export.report import build_report
from pipeline.export.report.paths import anchor, article_path, entity_path
from pipeline.runner import execute
from tests.conftest import ROOT

SCREENSHOTS = ROOT / "outputs" / "report-screenshots"
_TAG = re.compile(r"<[^>]*>")
_ARTICLE_TEXT = re.compile(r'<article class="text" lang="fr">(.*?)</article>', re.DOTALL)


# --- the report built from the seeds ---

@pytest.fixture(scope="module")
def seed_report(seed_outcome) -> Path:
    return build_report(seed_outcome.out)


def test_the_report_has_an_index_and_a_page_per_article_and_entity(seed_report, seed_tables):
    report = seed_report.parent
    assert seed_report.name == "index.html" and seed_report.exists()
    assert {p.name for p in (report / "assets").iterdir()} == {"report.css", "report.js"}
    ok = seed_tables["documents"].query("status == 'ok'")["doc_id"]
    assert sorted(report.joinpath(article_path(d)) for d in ok) == sorted((report / "articles").iterdir())
    entities = seed_tables["entities"]["entity_id"]
    assert sorted(report.joinpath(entity_path(e)) for e in entities) == sorted((report / "entities").iterdir())


def test_an_article_page_gives_back_the_text_with_every_mention_and_claim(seed_report, seed_tables):
    documents = seed_tables["documents"].set_index("doc_id")
    for doc_id, document in documents.iterrows():
        page = seed_report.parent.joinpath(article_path(doc_id)).read_text(encoding="utf-8")
        marked = _ARTICLE_TEXT.search(page).group(1)
        assert html.unescape(_TAG.sub("", marked)) == document["text"]
        mentions = seed_tables["mentions"].query("doc_id == @doc_id")
        claims = seed_tables["claims"].query("doc_id == @doc_id")
        assert len(re.findall(r'<(?:a|span) id="m-', marked)) == len(mentions) > 0
        assert len(re.findall(r'<mark id="claim-', marked)) == len(claims) > 0
        assert page.count('<li class="claim-item') == len(claims)
        for mention_id in mentions["mention_id"]:
            assert f'id="{anchor("m", mention_id)}"' in marked


def test_the_report_loads_nothing_from_outside(seed_report):
    for page in seed_report.parent.rglob("*.html"):
        content = html.unescape(page.read_text(encoding="utf-8"))
        assert not re.search(r'(src|href)="(https?:)?//', content.replace('href="https://', "")), page
        assert "default-src 'none'" in content


def test_the_report_replaces_the_previous_one_whole(seed_outcome, seed_report):
    stale = seed_report.parent / "articles" / "stale.html"
    stale.write_text("old", encoding="utf-8")
    assert build_report(seed_outcome.out) == seed_report
    assert not stale.exists()
    assert not [p for p in seed_outcome.out.iterdir() if p.name.startswith(".report")]


def test_a_folder_without_tables_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="holds no depeche tables"):
        build_report(tmp_path)


# --- in a real browser ---

@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need Playwright for Python: `pip install playwright` "
                    "(do not run `playwright install`: they use Debian's chromium)")
    if not CHROMIUM.exists():
        pytest.fail(f"the browser tests need {CHROMIUM}: `apt-get install -y chromium`")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A page that records script errors and every URL it asks for."""
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    tab = context.new_page()
    tab.errors, tab.requests = [], []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    context.close()
    assert tab.errors == []
    assert all(url.startswith("file://") for url in tab.requests), tab.requests


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    page.screenshot(path=str(path))
    print(f"screenshot: {path}")
    return path


@pytest.mark.browser
def test_filter_claims_by_speaker_then_open_the_article(seed_report, seed_tables, page):
    claims = seed_tables["claims"]
    by_speaker = claims[claims["speaker"].str.contains("Tokaïev")]
    page.goto(seed_report.as_uri())
    assert page.locator("#claims tbody tr").count() == len(claims)

    page.fill("#claims-speaker", "tokaiev")  # accents and case do not matter
    rows = page.locator("#claims tbody tr")
    assert rows.count() == len(by_speaker) > 0
    assert set(page.locator("#claims tbody td.col-speaker").all_inner_texts()) == set(by_speaker["speaker"])
    assert page.inner_text("#claims .count") == f"({len(by_speaker)} of {len(claims)})"
    page.locator("#claims").scroll_into_view_if_needed()
    screenshot(page, "index-claims-by-speaker.png")

    # a claim whose sentence names its speaker outside the statement (not "a-t-il dit" alone)
    named = [i for i, claim in enumerate(by_speaker.itertuples())
             if "Tokaïev" in claim.sentence.replace(claim.statement, "")]
    assert named, "the seeds quote Tokaïev by name"
    first = by_speaker.iloc[named[0]]
    with page.expect_navigation():
        rows.nth(named[0]).locator("td.col-article a").click()
    assert page.url.endswith(f"/{article_path(first['doc_id'])}#{anchor('claim', first['claim_id'])}")
    speaker = page.locator("article.text .speaker", has_text="Tokaïev")
    assert speaker.count() >= 1
    assert "m-PER" in speaker.first.get_attribute("class")
    person = page.locator("article.text a.m-PER", has_text="Tokaïev").first
    assert person.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(170, 156, 252)"  # displaCy PERSON
    place = page.locator("article.text a.m-LOC", has_text="Kazakhstan").first
    assert place.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 149, 97)"  # displaCy LOC
    assert page.locator("article.text mark.claim:target").inner_text() == first["statement"]
    assert page.locator("article.text mark[id^=claim-]").count() == (claims["doc_id"] == first["doc_id"]).sum()
    screenshot(page, "article.png")

    person.click()
    assert page.inner_text("h1") == first["speaker"]
    assert page.locator("section", has_text="Claims made").locator("li").count() == (
        claims["speaker_entity_id"] == first["speaker_entity_id"]).sum()


@pytest.mark.browser
def test_sort_page_and_filter_the_entities(seed_report, seed_tables, page):
    entities = seed_tables["entities"]
    page.goto(seed_report.as_uri())
    rows = page.locator("#entities tbody tr")
    assert len(entities) > 50, "the seeds give more than one page of entities"
    assert rows.count() == 50 and page.inner_text("#entities .page-info") == "page 1 of 2"
    page.click("#entities [data-page=next]")
    assert rows.count() == len(entities) - 50 and page.inner_text("#entities .page-info") == "page 2 of 2"

    page.click("#entities th[data-key=n_mentions] button")
    page.click("#entities th[data-key=n_mentions] button")
    assert page.get_attribute("#entities th[data-key=n_mentions]", "aria-sort") == "descending"
    counts = [int(n) for n in page.locator("#entities td.col-n_mentions").all_inner_texts()]
    assert counts == sorted(entities["n_mentions"], reverse=True)[:50]

    page.select_option("#entities-label", "PER")
    assert set(page.locator("#entities td.col-label").all_inner_texts()) == {"PER"}
    assert rows.count() == (entities["label"] == "PER").sum()


HOSTILE_ARTICLE = (
    "Le maire de Lyon, Jean Dupont, a déclaré mardi : « <script>window.__pwned=1</script> restera tel quel. »\n\n"
    "Selon la préfecture du Rhône, <img src=x onerror=\"window.__pwned=1\"> près de 300 personnes ont "
    "manifesté le 12 mars 2024 à Lyon.\n\n"
    "Un lien <a href=\"javascript:window.__pwned=1\">cliquez ici</a> circulait, a indiqué Marie Durand.\n")
HOSTILE_RECORD = {"id": "\"><img src=x onerror=window.__pwned=1>", "url": "javascript:window.__pwned=1",
                  "title": "<script>window.__pwned=1</script> Titre",
                  "text": "Le ministre Gérald Darmanin a affirmé que « 3 000 policiers </script>"
                          "<script>window.__pwned=1</script> seront mobilisés » à Paris."}


@pytest.fixture(scope="module")
def hostile_report(nlp, tmp_path_factory) -> Path:
    dump = tmp_path_factory.mktemp("hostile-dump")
    (dump / 'x"><svg onload=window.__pwned=1>.txt').write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (dump / "record.json").write_text(json.dumps(HOSTILE_RECORD), encoding="utf-8")
    (dump / "broken<script>.json").write_text('{"a": <script>window.__pwned=1</script>', encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-out")
    execute(dump, out, nlp=nlp)
    return build_report(out)


@pytest.mark.browser
def test_hostile_text_shows_literally_and_runs_nothing(hostile_report, page):
    report = hostile_report.parent
    pages = [hostile_report, *sorted((report / "articles").iterdir()), *sorted((report / "entities").iterdir())]
    assert len(pages) > 3
    for path in pages:
        page.goto(path.as_uri())
        page.hover("body")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("img, iframe, object, embed").count() == 0, path
        # the one SVG a page holds is a chart of the index, drawn as SVG with no script and no handler
        assert page.locator("svg").count() == page.locator("figure.chart .chart-svg > svg").count(), path
        assert page.locator("svg script, svg [onload], svg foreignObject").count() == 0, path
        assert page.locator("a[href^='javascript' i]").count() == 0, path
        assert page.locator("script").count() == (2 if path == hostile_report else 0), path

    page.goto(hostile_report.as_uri())
    summary = page.inner_text("#summary")
    assert "broken<script>" in summary and "invalid JSON" in summary
    assert page.locator("#documents td.col-doc_id", has_text='"><img src=x onerror=window.__pwned=1>').count() == 1
    page.fill("#claims-q", "onerror")
    assert page.locator("#claims tbody tr").count() == 1
    assert '<img src=x onerror="window.__pwned=1">' in page.inner_text("#claims td.col-statement")
    page.locator("#claims").scroll_into_view_if_needed()
    screenshot(page, "hostile-index.png")

    page.locator("#documents td.col-title a", has_text="Le maire de Lyon").click()
    text = page.inner_text("article.text")
    assert "<script>window.__pwned=1</script> restera tel quel." in text
    assert '<img src=x onerror="window.__pwned=1">' in text
    assert '<a href="javascript:window.__pwned=1">cliquez ici</a>' in text
    assert page.locator("dl.meta").inner_text().count('x"><svg onload=window.__pwned=1>') == 2  # doc_id, source
    screenshot(page, "hostile-article.png")


NAMESAKES_ARTICLE = (
    "Jean Martin, maire de Lyon, a déclaré mardi que la ville allait rouvrir les piscines.\n\n"
    "Jean Martinez, son opposant, a affirmé que ce projet coûterait trop cher.\n")


@pytest.mark.browser
def test_claims_by_this_speaker_are_its_entitys_not_every_name_containing_its_name(nlp, tmp_path, page):
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "namesakes.txt").write_text(NAMESAKES_ARTICLE, encoding="utf-8")
    outcome = execute(dump, tmp_path / "out", nlp=nlp, cache=False)
    claims = outcome.tables["claims"]
    assert sorted(claims["speaker"]) == ["Jean Martin", "Jean Martinez"]
    martin = claims.loc[claims["speaker"] == "Jean Martin", "speaker_entity_id"].item()
    report = build_report(tmp_path / "out")

    page.goto((report.parent / entity_path(martin)).as_uri())
    with page.expect_navigation():
        page.click("text=Claims by this speaker in the index")
    rows = page.locator("#claims tbody tr")
    assert page.input_value("#claims-speaker") == "Jean Martin"
    assert page.locator("#claims td.col-speaker").all_inner_texts() == ["Jean Martin"]

    page.fill("#claims-speaker", "jean martin")  # typed by hand: the words, as in any filter
    assert rows.count() == 2


def test_the_store_gives_back_every_row_as_the_tables_hold_it(seed_tables, tmp_path):
    """The pages read their rows from the SQLite spill: the same values and types (an empty range top is NaN)."""
    import math

    from pipeline.export.report.store import Store

    def same(value):
        return "NaN" if isinstance(value, float) and math.isnan(value) else (type(value), value)

    store = Store.load(tmp_path / "tables.sqlite", seed_tables)
    try:
        for name, frame in seed_tables.items():
            expected = [{k: same(v) for k, v in row.items()} for row in frame.to_dict("records")]
            assert [{k: same(v) for k, v in row.items()} for row in store.rows(name)] == expected, name
        assert any(math.isnan(row["value_high"]) for row in store.rows("figures"))
    finally:
        store.close()


# --- the charts of who gets quoted ---

def _chart_rows(page, key: str) -> list[list[str]]:
    return [row.locator("td").all_inner_texts() for row in page.locator(f"#chart-{key} table tbody tr").all()]


def _chart_marks(page, key: str) -> list[dict[str, str]]:
    """What each bar of a chart says it shows, from the labels the SVG gives its marks (`speaker: men; claims: 5`)."""
    labels = page.locator(f"#chart-{key} svg [role=graphics-symbol]").evaluate_all(
        "marks => marks.map(m => m.getAttribute('aria-label'))")
    return [dict(part.split(": ", 1) for part in label.split("; ")) for label in labels if label and "; " in label]


@pytest.mark.browser
def test_the_charts_are_drawn_sized_and_show_the_numbers_of_their_tables(seed_report, seed_tables, page):
    page.goto(seed_report.as_uri())
    keys = ["quotes-by-gender", "quotes-by-month", "top-voices", "mentioned-and-quoted", "claims-per-month"]
    assert page.locator("figure.chart").evaluate_all("fs => fs.map(f => f.dataset.chart)") == keys
    for key in keys:
        box = page.locator(f"#chart-{key} svg").bounding_box()
        assert box["width"] > 250 and box["height"] > 50, key
        assert page.locator(f"#chart-{key} svg text", has_text=page.inner_text(f"#chart-{key} figcaption")).count() == 1
        assert page.get_attribute(f"#chart-{key} .chart-svg", "aria-labelledby") == f"chart-{key}-title"

    by_gender = {row[0]: int(row[1]) for row in _chart_rows(page, "quotes-by-gender")}
    assert {m["speaker"]: int(m["claims"]) for m in _chart_marks(page, "quotes-by-gender")} == by_gender
    assert sum(by_gender.values()) == (seed_tables["claims"]["speaker"] != "").sum()
    voices = seed_tables["voices"]
    people = voices[voices["label"] == "PER"]
    assert by_gender["women"] == people.query("gender == 'f'")["claims"].sum()
    assert by_gender["men"] == people.query("gender == 'm'")["claims"].sum()
    share = round(100 * by_gender["women"] / (by_gender["women"] + by_gender["men"]))
    assert f"Quotes by women: {share}%" in page.inner_text("#voices .share")

    top = [(row[0], int(row[2])) for row in _chart_rows(page, "top-voices")]
    assert [(m["voice"], int(m["claims"])) for m in _chart_marks(page, "top-voices")] == top
    assert top == list(zip(voices["name"], voices["claims"]))[:10]
    groups = {(row[0], group): int(n) for row in _chart_rows(page, "mentioned-and-quoted")
              for group, n in zip(("mentioned", "quoted"), row[1:])}
    assert {(m["gender"], m["group"]): int(m["people"]) for m in _chart_marks(page, "mentioned-and-quoted")} == groups
    per_month = {row[0]: int(row[1]) for row in _chart_rows(page, "claims-per-month")}
    assert {m["month of publication"]: int(m["claims"]) for m in _chart_marks(page, "claims-per-month")} == per_month
    for row in _chart_rows(page, "quotes-by-month"):
        counts = dict(zip(("women", "men", "unknown", "not a person"), map(int, row[1:])))
        shares = {m["speaker"]: float(m["share of claims"].rstrip("%")) for m in _chart_marks(page, "quotes-by-month")
                  if m["month of publication"] == row[0]}
        assert shares == pytest.approx({name: 100 * n / sum(counts.values()) for name, n in counts.items()}, abs=1e-3)
    page.locator("#voices").scroll_into_view_if_needed()
    screenshot(page, "voices-charts.png")


def test_chart_names_are_escaped_by_the_renderer(tmp_path):
    from pipeline.export.report.charts import Charts, figure
    from pipeline.export.report.store import Store

    name = '<img src=x onerror=window.__pwned=1> & "Cie"'
    store = Store.load(tmp_path / "tables.sqlite", {table: to_frame(table, rows) for table, rows in {
        "documents": [{"doc_id": "a", "published": "2024-03-02", "status": "ok", "title": "", "n_words": 10}],
        "claims": [{"doc_id": "a", "claim_id": "a:c0", "kind": "direct", "speaker": name, "speaker_entity_id": ""}],
        "voices": [{"speaker_entity_id": "", "name": name, "label": "", "gender": "", "claims": 1}]}.items()})
    try:
        drawn = "".join(figure(chart) for chart in Charts(store).all())
    finally:
        store.close()
    assert "<img" not in drawn and "chart not drawn" not in drawn
    assert drawn.count("&lt;img src=x onerror=window.__pwned=1&gt; &amp; &quot;Cie&quot;") >= 2  # the SVG, the table
