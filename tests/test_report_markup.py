"""The HTML report's markup: escaping by construction, nested spans, and where a claim's speaker and cue are written.

The pages built from the seeds and the browser tests are in `test_report.py`.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from pipeline.export import to_frame
from pipeline.export.report.claim_places import locate_claim
from pipeline.export.report.highlights import Highlight, mark_up
from pipeline.export.report.markup import Markup, escape, json_for_script, render, web_url
from pipeline.export.report.paths import article_path, entity_path, safe_name


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
