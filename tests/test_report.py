"""The HTML report: escaping by construction, nested spans, the pages built from the seeds, and a real browser.

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
from pipeline.export.report.claim_places import locate_claim
from pipeline.export.report.highlights import Highlight, mark_up
from pipeline.export.report.markup import Markup, escape, json_for_script, render, web_url
from pipeline.export.report.paths import anchor, article_path, entity_path, safe_name
from pipeline.runner import execute
from tests.conftest import ROOT

SCREENSHOTS = ROOT / "outputs" / "report-screenshots"
_TAG = re.compile(r"<[^>]*>")
_ARTICLE_TEXT = re.compile(r'<article class="text" lang="fr">(.*?)</article>', re.DOTALL)


# --- escaping by construction ---

HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", "a & b"]


@pytest.mark.parametrize("value", HOSTILE)
def test_render_escapes_every_value_in_text_and_attributes(value):
    rendered = render('<p title="{value}">{value}</p>', value=value)
    assert "<" not in rendered[len('<p title="'):-len("</p>")].replace(">", "")
    assert '"' not in rendered[len('<p title="'):rendered.index('">')]
    assert html.unescape(rendered) == f'<p title="{value}">{value}</p>'


def test_markup_is_inserted_as_is_and_plain_strings_are_not():
    assert render("<p>{a}{b}</p>", a=Markup("<b>gras</b>"), b="<b>") == "<p><b>gras</b>&lt;b&gt;</p>"
    assert escape(None) == "" and escape(3) == "3"


@pytest.mark.parametrize("value", ["</script><script>alert(1)</script>", "<!--", "]]>&amp;", "\u2028 «»"])
def test_json_for_script_cannot_close_its_element_and_reads_back(value):
    embedded = json_for_script({"statement": value})
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    assert json.loads(embedded) == {"statement": value}


@pytest.mark.parametrize("url, expected", [
    ("https://www.lemonde.fr/a.html", "https://www.lemonde.fr/a.html"),
    ("HTTP://example.org/", "HTTP://example.org/"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    (" javascript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("https://example.org/ onmouseover=alert(1)", None),
    ("", None),
])
def test_only_web_urls_become_links(url, expected):
    assert web_url(url) == expected


@pytest.mark.parametrize("identifier", ["001_83fce5a7fac72a95", "../../etc/passwd", '"><img src=x>', "Élysée/é",
                                        "a" * 300, "", "CON", "💥"])
def test_safe_name_is_a_plain_file_name(identifier):
    assert re.fullmatch(r"[a-z0-9-]{1,51}", safe_name(identifier))


def test_safe_names_keep_ids_apart_even_when_they_slug_alike():
    ids = ["Doc A", "doc-a", "doc a", "DOC_A", "doc/a"]
    assert len({safe_name(i) for i in ids}) == len(ids)
    assert safe_name("Doc A").startswith("doc-a-")
    assert article_path("x") == f"articles/{safe_name('x')}.html"
    assert entity_path("PER:x") == f"entities/{safe_name('PER:x')}.html"


# --- overlapping spans ---

def span(start: int, end: int, name: str, depth: int = 0, id_: str = "") -> Highlight:
    attrs = (("id", id_),) if id_ else ()
    return Highlight(start, end, "span", attrs + (("class", name),), depth)


@pytest.mark.parametrize("text, spans, expected", [
    ("abc", [], "abc"),
    # a mention inside a claim nests inside it
    ("Paul dit que Lyon gagne.", [span(13, 23, "claim"), span(13, 17, "m")],
     'Paul dit que <span class="claim"><span class="m">Lyon</span> gagne</span>.'),
    # listed inner first, still nested outer first
    ("ab", [span(0, 1, "inner"), span(0, 2, "outer")],
     '<span class="outer"><span class="inner">a</span>b</span>'),
    # same span twice: depth decides which is outside
    ("ab", [span(0, 2, "m", depth=2), span(0, 2, "claim", depth=0)],
     '<span class="claim"><span class="m">ab</span></span>'),
    # crossing spans: the inner one is closed and reopened, its id on the first piece only
    ("abcdef", [span(0, 4, "claim"), span(2, 6, "m", id_="m1")],
     '<span class="claim">ab<span id="m1" class="m">cd</span></span><span class="m">ef</span>'),
    # spans that touch do not nest
    ("abcd", [span(0, 2, "x"), span(2, 4, "y")], '<span class="x">ab</span><span class="y">cd</span>'),
    # empty or out-of-range spans are dropped
    ("abc", [span(1, 1, "empty"), span(2, 9, "past"), span(-1, 2, "before")], "abc"),
    # the text between tags is escaped
    ("<b>x</b>", [span(3, 4, "m")], '&lt;b&gt;<span class="m">x</span>&lt;/b&gt;'),
])
def test_mark_up_nests_spans_from_sorted_boundaries(text, spans, expected):
    assert mark_up(text, spans) == expected


def link(start: int, end: int, href: str) -> Highlight:
    return Highlight(start, end, "a", (("class", "m"), ("href", href)), depth=2)


@pytest.mark.parametrize("spans, expected", [
    # a place inside an organization's name: HTML cannot nest links, the inner one becomes a span
    ([link(0, 19, "org.html"), link(14, 19, "loc.html")],
     '<a class="m" href="org.html">préfecture du <span class="m">Rhône</span></a>'),
    # a link cut by a crossing link: its second piece, outside the first link, is a link again
    ([link(0, 13, "a.html"), link(11, 19, "b.html")],
     '<a class="m" href="a.html">préfecture <span class="m">du</span></a><a class="m" href="b.html"> Rhône</a>'),
])
def test_links_never_nest(spans, expected):
    assert mark_up("préfecture du Rhône", spans) == expected


def test_highlight_attributes_are_escaped():
    hostile = Highlight(0, 1, "a", (("title", '"><script>alert(1)</script>'), ("href", "../x.html")))
    assert mark_up("x", [hostile]) == ('<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" '
                                       'href="../x.html">x</a>')


# --- where a claim's speaker and cue are written ---

def claim_row(text: str, statement: str, speaker: str, cue: str, entity: str = "") -> dict:
    start = text.index(statement)
    row = {"doc_id": "d", "claim_id": "d:c0", "kind": "indirect", "sentence": text, "statement": statement,
           "cue": cue, "speaker": speaker, "speaker_entity_id": entity, "start": start, "end": start + len(statement)}
    return to_frame("claims", [row]).to_dict("records")[0]


def mention_rows(text: str, names: list[tuple[str, str, int]]) -> list[dict]:
    """(name, entity_id, which occurrence) → mention rows."""
    rows = []
    for number, (name, entity_id, occurrence) in enumerate(names):
        start = [m.start() for m in re.finditer(re.escape(name), text)][occurrence]
        rows.append({"doc_id": "d", "mention_id": f"d:m{number}", "start": start, "end": start + len(name),
                     "text": name, "label": entity_id.split(":")[0], "entity_id": entity_id})
    return to_frame("mentions", rows).to_dict("records")


def test_the_speaker_is_its_entitys_mention_outside_the_statement():
    text = "Selon Marie Durand, « Marie Durand ne viendra pas », a indiqué sa sœur."
    mentions = mention_rows(text, [("Marie Durand", "PER:marie-durand", 0), ("Marie Durand", "PER:marie-durand", 1)])
    places = locate_claim(text, claim_row(text, "Marie Durand ne viendra pas", "Marie Durand", "Selon",
                                          "PER:marie-durand"), mentions)
    assert places.speaker_mention_id == "d:m0"
    assert text[slice(*places.cue)] == "Selon"


def test_a_speaker_that_is_no_entity_is_found_by_its_words():
    text = "Les syndicats ont assuré que la grève continuerait."
    places = locate_claim(text, claim_row(text, "que la grève continuerait", "syndicats", "ont assuré"),
                          mention_rows(text, []))
    assert places.speaker_mention_id is None
    assert text[slice(*places.speaker)] == "syndicats"
    assert text[slice(*places.cue)] == "ont assuré"


def test_a_speaker_not_written_in_the_sentence_is_not_marked():
    text = "Il a ajouté que le projet serait abandonné."
    places = locate_claim(text, claim_row(text, "que le projet serait abandonné", "Jean Castex", "a ajouté",
                                          "PER:jean-castex"), mention_rows(text, []))
    assert places.speaker is None and places.speaker_mention_id is None
    assert text[slice(*places.cue)] == "a ajouté"


@pytest.mark.parametrize("text, statement, cue, expected", [
    ("Le président a, lui, promis de les protéger.", "de les protéger", "a promis", "a, lui, promis"),
    ("« Non », a-t-elle déclaré.", "Non", "a déclaré", "a-t-elle déclaré"),
    ("Il a déclaré que non.", "que non", "a déclaré", "a déclaré"),
    ("Il a longtemps et souvent déclaré que non.", "que non", "a déclaré", None),  # three words between
])
def test_a_cue_is_found_even_with_words_inside_it(text, statement, cue, expected):
    places = locate_claim(text, claim_row(text, statement, "", cue), [])
    assert (text[slice(*places.cue)] if places.cue else None) == expected


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
