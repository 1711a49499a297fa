"""The review report: static HTML pages built from the tables, opened from disk with no server and no network.

Scraped text is hostile, so every value from a table reaches the page through
`render`, which escapes it; the index tables are drawn by
`assets/report.js` with `textContent` only, from data embedded as JSON
that cannot close its `<script>`; and a Content-Security-Policy forbids inline
scripts and every network request, should anything slip through anyway. An
article's text is marked up from its sorted span boundaries (`mark_up`), so
overlapping spans always nest.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import os
import re
import shutil
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from pipeline.export import hidden_sibling, read_tables
from pipeline.common.names import fold
from pipeline.common.records import STATUSES
from pipeline.common.tables import LABELS
from pipeline.export.workbook import WORKBOOK_NAME

REPORT_DIR = "report"
ASSETS = ("report.css", "report.js")
SNIPPET_CHARS = 80
CUE_GAP_WORDS = 2  # words that may split a cue in the text (`a, lui, promis`, `a-t-elle déclaré`)
TITLE_CHARS = 100  # a headline in a table cell (the cleaned text's first paragraph can be long)

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_WEB_URL = re.compile(r"^https?://", re.IGNORECASE)
# Only the report's own script and style files (`file:` too: browsers differ on what 'self' means there);
# no inline script, no image, no request anywhere.
_CSP = "default-src 'none'; script-src 'self' file:; style-src 'self' file:; form-action 'none'; base-uri 'none'"


# --- HTML built by construction: every interpolated value is escaped unless it is already Markup ---

class Markup(str):
    """A string that is already HTML: `render` inserts it as is and escapes everything else."""


def escape(value: object) -> Markup:
    """`value` as HTML text (quotes too, so it is safe inside attributes); Markup passes through."""
    if isinstance(value, Markup):
        return value
    return Markup(html.escape("" if value is None else str(value), quote=True))


def render(template: str, **values: object) -> Markup:
    """`template`, a literal of this module, with every value escaped unless it is Markup."""
    return Markup(template.format_map({name: escape(value) for name, value in values.items()}))


def join(parts: Iterable[object], separator: str = "") -> Markup:
    return Markup(escape(separator).join(escape(part) for part in parts))


def json_for_script(data: object) -> Markup:
    """JSON to embed in `<script type="application/json">`: no `<`, `>` or `&` left to close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def web_url(url: str) -> str | None:
    """The URL if it is http(s), else None: a `javascript:` or `data:` URL from a page is never a link."""
    return url if _WEB_URL.match(url) and not any(c.isspace() for c in url) else None


# --- file names for any id ---

def safe_name(identifier: str) -> str:
    """A file name for any id: a readable ASCII slug plus a hash of the exact id.

    Ids can hold any character (slashes, quotes, `..`); the hash keeps ids that
    slug alike (or differ only in case, on case-insensitive disks) apart.
    """
    ascii_text = fold(identifier).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")[:40].strip("-")
    digest = hashlib.sha1(identifier.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{slug}-{digest}" if slug else digest


def article_path(doc_id: str) -> str:
    return f"articles/{safe_name(doc_id)}.html"


def entity_path(entity_id: str) -> str:
    return f"entities/{safe_name(entity_id)}.html"


def anchor(kind: str, row_id: str) -> str:
    """An element id for a row (`claim-…`, `m-…`) that is valid whatever the row id holds."""
    return f"{kind}-{hashlib.sha1(row_id.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


# --- overlapping spans nested from sorted boundaries ---

@dataclass(frozen=True)
class Highlight:
    """One marked span of an article: an element with fixed attributes.

    `depth` orders spans with the same start and end (lower is outer). A span
    cut by a crossing span is closed and reopened; only its first piece keeps
    its `id`. A link inside a link (a place inside an organization's name) is
    drawn as a span: HTML does not nest links.
    """

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...]
    depth: int = 0

    def open(self, first: bool = True, in_link: bool = False) -> tuple[Markup, str]:
        """The opening tag and the tag name its closing tag must use."""
        tag = "span" if in_link and self.tag == "a" else self.tag
        attrs = join(render(' {name}="{value}"', name=name, value=value) for name, value in self.attrs
                     if (first or name != "id") and (tag == "a" or name != "href"))
        return render("<{tag}{attrs}>", tag=tag, attrs=attrs), tag


def mark_up(text: str, highlights: Iterable[Highlight]) -> Markup:
    """`text` escaped, with every highlight inside it as a properly nested element.

    Spans outside the text or empty are dropped. At each boundary, spans ending
    there are closed (and any span opened inside them that ends later is closed
    and reopened after), then spans starting there are opened, outer first.
    """
    spans = sorted((h for h in highlights if 0 <= h.start < h.end <= len(text)),
                   key=lambda h: (h.start, -h.end, h.depth))
    starting: dict[int, list[Highlight]] = defaultdict(list)
    for span in spans:
        starting[span.start].append(span)
    bounds = sorted({0, len(text), *(h.start for h in spans), *(h.end for h in spans)})
    parts: list[Markup] = []
    stack: list[tuple[Highlight, str]] = []  # open spans, outermost first, with the tag each was opened as
    for position, following in zip(bounds, bounds[1:] + [None]):
        parts.extend(_close_at(position, stack))
        for span in starting.get(position, ()):
            parts.append(_push(stack, span, first=True))
        if following is not None:
            parts.append(escape(text[position:following]))
    return join(parts)


def _push(stack: list[tuple[Highlight, str]], span: Highlight, first: bool) -> Markup:
    opening, tag = span.open(first, in_link=any(open_tag == "a" for _, open_tag in stack))
    stack.append((span, tag))
    return opening


def _close_at(position: int, stack: list[tuple[Highlight, str]]) -> list[Markup]:
    """Close the open spans that end at `position`, reopening those above them that go on."""
    ending = [index for index, (span, _) in enumerate(stack) if span.end == position]
    if not ending:
        return []
    cut = stack[ending[0]:]
    del stack[ending[0]:]
    parts = [render("</{tag}>", tag=tag) for _, tag in reversed(cut)]
    for span, _ in cut:
        if span.end != position:
            parts.append(_push(stack, span, first=False))
    return parts


# --- values as analysts read them ---

Row = dict[str, Any]  # one table row; the pages read rows as dicts (pandas' per-row access is too slow)


def is_missing(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def number_text(value: float) -> str:
    """`98 000`, `2.5`: thousands split by a narrow space, as French writes them."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    return text.replace(",", "\u202f")


def figure_text(figure: Row) -> str:
    """`environ 25 km`, `12–20 ans`: the normalised value with its qualifier and unit."""
    value = "" if is_missing(figure["value"]) else number_text(figure["value"])
    if not is_missing(figure["value_high"]):
        value = f"{value}–{number_text(figure['value_high'])}"
    return " ".join(part for part in (figure["qualifier"], value, figure["unit"]) if part)


def date_text(date: Row) -> str:
    return f"{date['value']} ({date['granularity']})" if date["value"] else f"{date['text']} (unresolved)"


def shorten(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def snippet(text: str, start: int, end: int, css_class: str) -> Markup:
    """The mention in its context, on one line, with the mention marked."""
    before = _SPACES.sub(" ", text[max(0, start - SNIPPET_CHARS):start])
    after = _SPACES.sub(" ", text[end:end + SNIPPET_CHARS])
    return render('{lead}{before}<mark class="{css}">{mention}</mark>{after}{tail}',
                  lead="…" if start > SNIPPET_CHARS else "", before=before, css=css_class,
                  mention=text[start:end], after=after, tail="…" if end + SNIPPET_CHARS < len(text) else "")


def label_class(label: str) -> str:
    return f"m m-{label}" if label in LABELS else "m m-other"


# --- the tables, read back and indexed ---

def group_by(rows: Iterable[Row], column: str) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row[column]].append(row)
    return groups


@dataclass
class Context:
    """The tables and the look-ups every page needs, computed once."""

    tables: dict[str, list[Row]]
    documents: dict[str, Row]
    entities: dict[str, Row]
    mentions: dict[str, Row]
    dates: dict[str, Row]
    figures: dict[str, Row]
    by_doc: dict[str, dict[str, list[Row]]]  # table → doc_id → rows
    links: dict[str, dict[str, list[str]]]  # claim_id → kind (mention, date, figure) → target ids

    @classmethod
    def of(cls, tables: dict[str, list[Row]]) -> "Context":
        def by_id(name: str, column: str) -> dict[str, Row]:
            return {row[column]: row for row in tables[name]}

        links: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for link in tables["claim_links"]:
            links[link["claim_id"]][link["kind"]].append(link["target_id"])
        return cls(tables, by_id("documents", "doc_id"), by_id("entities", "entity_id"),
                   by_id("mentions", "mention_id"), by_id("dates", "date_id"), by_id("figures", "figure_id"),
                   {name: group_by(tables[name], "doc_id") for name in ("mentions", "dates", "figures", "claims")},
                   links)

    def has_article(self, doc_id: str) -> bool:
        document = self.documents.get(doc_id)
        return document is not None and document["status"] == "ok"

    def claim_dates(self, claim_id: str) -> list[str]:
        return [date_text(self.dates[i]) for i in self.links[claim_id]["date"] if i in self.dates]

    def claim_figures(self, claim_id: str) -> list[str]:
        return [f"{self.figures[i]['text']} = {figure_text(self.figures[i])}"
                for i in self.links[claim_id]["figure"] if i in self.figures]

    def title_of(self, doc_id: str) -> str:
        """The article's headline, shortened for a table cell or a link."""
        document = self.documents.get(doc_id)
        return shorten(document["title"] or doc_id) if document is not None else doc_id


# --- where a claim's speaker and cue sit (the claims table gives the statement's offsets only) ---

def sentence_range(text: str, claim: Row) -> tuple[int, int]:
    """The offsets of the claim's sentence: its occurrence that holds the statement."""
    sentence = claim["sentence"]
    position = text.find(sentence, max(0, claim["end"] - len(sentence))) if sentence else -1
    while position != -1 and position <= claim["start"]:
        if position + len(sentence) >= claim["end"]:
            return position, position + len(sentence)
        position = text.find(sentence, position + 1)
    return claim["start"], claim["end"]


def nearest_outside(spans: Iterable[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """Of the spans outside the statement [start, end), the closest to it."""
    outside = [(s, e) for s, e in spans if e <= start or s >= end]
    return min(outside, key=lambda span: min(abs(span[1] - start), abs(span[0] - end)), default=None)


def occurrences(text: str, needle: str, lower: int, upper: int, gap_words: int = 0) -> Iterator[tuple[int, int]]:
    """Where `needle`'s words occur in text[lower:upper], whole and case-insensitively.

    gap_words: how many words may stand between two of them (a cue `a promis`
    is written `a, lui, promis` or `a-t-il promis`).
    """
    words = _WORD.findall(needle)
    if not words:
        return
    gap = rf"\W+(?:\w+\W+){{0,{gap_words}}}?" if gap_words else r"\W+"
    pattern = re.compile(r"(?<!\w)" + gap.join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(text, lower, upper):
        yield match.start(), match.end()


@dataclass(frozen=True)
class ClaimPlaces:
    """Where a claim's speaker and cue are written, when the sentence shows them."""

    speaker_mention_id: str | None
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None


def locate_claim(text: str, claim: Row, doc_mentions: list[Row]) -> ClaimPlaces:
    """The speaker (a mention of its entity, else its words) and the cue nearest the statement, in its sentence."""
    lower, upper = sentence_range(text, claim)
    start, end = claim["start"], claim["end"]
    in_sentence = [m for m in doc_mentions if m["start"] >= lower and m["end"] <= upper]
    mention_at = {(m["start"], m["end"]): m["mention_id"] for m in in_sentence}
    speaker_spans = [(m["start"], m["end"]) for m in in_sentence
                     if claim["speaker_entity_id"] and m["entity_id"] == claim["speaker_entity_id"]]
    speaker = (nearest_outside(speaker_spans, start, end)
               or nearest_outside(occurrences(text, claim["speaker"], lower, upper), start, end))
    cue = nearest_outside(occurrences(text, claim["cue"], lower, upper, gap_words=CUE_GAP_WORDS), start, end)
    return ClaimPlaces(mention_at.get(speaker) if speaker else None, speaker, cue)


# --- pages ---

_PAGE = """<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="{root}assets/report.css">
</head>
<body class="{body_class}">
{body}
</body>
</html>
"""


def page(title: str, body: Markup, root: str, body_class: str) -> Markup:
    return render(_PAGE, csp=_CSP, title=title, root=root, body=body, body_class=body_class)


def facts_list(facts: Iterable[tuple[str, object]]) -> Markup:
    return render('<dl class="meta">{items}</dl>',
                  items=join(render("<dt>{name}</dt><dd>{value}</dd>", name=name, value=value)
                             for name, value in facts if value))


def legend() -> Markup:
    labels = join((render('<span class="{css}" data-label="{label}">{name}</span>',
                          css=label_class(label), label=label, name=name)
                   for label, name in zip(LABELS, ("person", "place", "organization", "other"))), " ")
    return render('<p class="legend">{labels} <span class="date">date</span> <span class="fig">figure</span> '
                  '<mark class="claim">claim</mark> <span class="m speaker">speaker</span> '
                  '<span class="cue">cue</span></p>', labels=labels)


def speaker_link(claim: Row) -> Markup:
    """The speaker's name, linked to its entity page when it is a known entity (from a page one level down)."""
    if not claim["speaker"]:
        return render('<span class="unknown">(no speaker)</span>')
    if claim["speaker_entity_id"]:
        return render('<a href="../{href}">{name}</a>', href=entity_path(claim["speaker_entity_id"]),
                      name=claim["speaker"])
    return escape(claim["speaker"])


class ArticlePage:
    """One article: its cleaned text with every mention, date, figure and claim marked, and its claims beside it."""

    def __init__(self, context: Context, document: Row) -> None:
        self.context = context
        self.document = document
        doc_id = document["doc_id"]
        self.mentions, self.dates, self.figures, self.claims = (
            context.by_doc[name].get(doc_id, []) for name in ("mentions", "dates", "figures", "claims"))
        self.places = {claim["claim_id"]: locate_claim(document["text"], claim, self.mentions)
                       for claim in self.claims}

    def html(self) -> Markup:
        title = self.document["title"] or self.document["doc_id"]
        body = render('<header><p class="crumbs"><a href="../index.html">depeche report</a> › article</p>'
                      '<h1>{title}</h1>{meta}{legend}</header>'
                      '<main class="article-layout"><article class="text" lang="fr">{text}</article>'
                      '<aside>{claims}{entities}</aside></main>',
                      title=title, meta=self.meta(), legend=legend(),
                      text=mark_up(self.document["text"], self.highlights()),
                      claims=self.claim_list(), entities=self.entity_list())
        return page(title, body, "../", "article-page")

    def meta(self) -> Markup:
        document = self.document
        url = web_url(document["url"])
        published = f"{document['published']} ({document['published_source']})" if document["published"] else ""
        return facts_list([
            ("doc_id", document["doc_id"]), ("source", document["source"]), ("author", document["author"]),
            ("published", published),
            ("url", render('<a href="{url}" rel="noreferrer noopener">{url}</a>', url=url) if url
             else document["url"]),
            ("words", document["n_words"])])

    def highlights(self) -> Iterator[Highlight]:
        speaker_mentions = {p.speaker_mention_id for p in self.places.values() if p.speaker_mention_id}
        for claim in self.claims:
            yield from self.claim_highlights(claim, self.places[claim["claim_id"]])
        for mention in self.mentions:
            yield self.mention_highlight(mention, mention["mention_id"] in speaker_mentions)
        for date in self.dates:
            yield Highlight(date["start"], date["end"], "span", (("class", "date"), ("title", date_text(date))), 3)
        for figure in self.figures:
            yield Highlight(figure["start"], figure["end"], "span",
                            (("class", "fig"), ("title", figure_text(figure))), 3)

    def mention_highlight(self, mention: Row, is_speaker: bool) -> Highlight:
        entity = self.context.entities.get(mention["entity_id"])
        name = entity["name"] if entity is not None else mention["text"]
        attrs = [("id", anchor("m", mention["mention_id"])),
                 ("class", label_class(mention["label"]) + (" speaker" if is_speaker else "")),
                 ("data-label", mention["label"]),
                 ("title", " · ".join(part for part in (mention["label"], name, mention["role"]) if part))]
        if entity is not None:
            attrs.append(("href", f"../{entity_path(mention['entity_id'])}"))
        return Highlight(mention["start"], mention["end"], "a", tuple(attrs), depth=2)

    def claim_highlights(self, claim: Row, places: ClaimPlaces) -> Iterator[Highlight]:
        speaker = claim["speaker"] or "no speaker found"
        yield Highlight(claim["start"], claim["end"], "mark",
                        (("id", anchor("claim", claim["claim_id"])), ("class", f"claim claim-{claim['kind']}"),
                         ("title", f"{claim['kind']} · {speaker} · {claim['cue']}")), 0)
        if places.speaker and not places.speaker_mention_id:
            yield Highlight(*places.speaker, "span", (("class", "speaker"), ("title", f"speaker: {speaker}")), 1)
        if places.cue:
            yield Highlight(*places.cue, "span", (("class", "cue"), ("title", f"cue: {claim['cue']} ({speaker})")), 1)

    def claim_list(self) -> Markup:
        items = [render('<li class="claim-item claim-{kind}"><a class="jump" href="#{anchor}">{kind}</a> '
                        '<span class="who">{speaker}</span> <span class="cue-word">{cue}</span>'
                        '<q>{statement}</q>{extras}</li>',
                        kind=claim["kind"], anchor=anchor("claim", claim["claim_id"]), speaker=speaker_link(claim),
                        cue=claim["cue"], statement=claim["statement"], extras=self.claim_extras(claim["claim_id"]))
                 for claim in self.claims]
        return render('<h2>Claims ({count})</h2><ol class="claim-list">{items}</ol>',
                      count=len(items), items=join(items))

    def claim_extras(self, claim_id: str) -> Markup:
        lines = [("dates", self.context.claim_dates(claim_id)), ("figures", self.context.claim_figures(claim_id))]
        return join(render('<span class="extra">{name}: {values}</span>', name=name, values="; ".join(values))
                    for name, values in lines if values)

    def entity_list(self) -> Markup:
        """The article's entities, most named first."""
        counts = Counter(m["entity_id"] for m in self.mentions if m["entity_id"] in self.context.entities)
        entities = self.context.entities
        items = [render('<li><a class="{css}" data-label="{label}" href="../{href}">{name}</a> ×{count}</li>',
                        css=label_class(entities[entity_id]["label"]), label=entities[entity_id]["label"],
                        href=entity_path(entity_id), name=entities[entity_id]["name"], count=count)
                 for entity_id, count in counts.most_common()]
        return render('<h2>Entities ({count})</h2><ul class="entity-list">{items}</ul>',
                      count=len(items), items=join(items))


class EntityPage:
    """One entity: every mention of it across articles, the claims it made and the claims about it."""

    def __init__(self, context: Context, entity: Row, mentions: list[Row], said: list[Row],
                 about: list[Row]) -> None:
        self.context = context
        self.entity = entity
        self.mentions = mentions
        self.said = said
        self.about = about

    def html(self) -> Markup:
        entity = self.entity
        query = urllib.parse.urlencode({"speaker": entity["name"], "speaker_entity_id": entity["entity_id"]},
                                       quote_via=urllib.parse.quote)
        index_link = f"../index.html#claims?{query}"  # the name shows in the filter, the id selects the rows
        facts = facts_list([("label", entity["label"]), ("aliases", entity["aliases"].replace("|", " · ")),
                            ("roles", entity["roles"].replace("|", " · ")),
                            ("named", f"{entity['n_mentions']} times in {entity['n_docs']} articles")])
        body = render('<header><p class="crumbs"><a href="../index.html">depeche report</a> › entity</p>'
                      '<h1><span class="{css}" data-label="{label}">{name}</span></h1>{facts}'
                      '<p><a href="{index_link}">Claims by this speaker in the index</a></p></header>'
                      '<main class="entity-layout">{said}{about}{mentions}</main>',
                      css=label_class(entity["label"]), label=entity["label"], name=entity["name"], facts=facts,
                      index_link=index_link, said=self.claims_section("Claims made", self.said),
                      about=self.claims_section("Claims about it", self.about), mentions=self.mention_section())
        return page(entity["name"], body, "../", "entity-page")

    def claims_section(self, heading: str, claims: list[Row]) -> Markup:
        items = [render('<li><span class="kind">{kind}</span> <span class="who">{speaker}</span> '
                        '<span class="cue-word">{cue}</span><q>{statement}</q>{article}</li>',
                        kind=claim["kind"], speaker=speaker_link(claim), cue=claim["cue"],
                        statement=claim["statement"],
                        article=self.article_link(claim["doc_id"], "claim", claim["claim_id"]))
                 for claim in claims]
        return render('<section><h2>{heading} ({count})</h2><ol class="claim-list">{items}</ol></section>',
                      heading=heading, count=len(items), items=join(items))

    def mention_section(self) -> Markup:
        groups = []
        for doc_id, mentions in group_by(self.mentions, "doc_id").items():
            document = self.context.documents.get(doc_id)
            text = document["text"] if document is not None else ""
            items = [render('<li>{snippet} {link}</li>',
                            snippet=snippet(text, mention["start"], mention["end"], label_class(mention["label"])),
                            link=self.article_link(doc_id, "m", mention["mention_id"], "→"))
                     for mention in mentions]
            groups.append(render('<h3>{title}</h3><ul class="snippets">{items}</ul>',
                                 title=self.article_link(doc_id), items=join(items)))
        return render('<section><h2>Mentions ({count})</h2>{groups}</section>',
                      count=len(self.mentions), groups=join(groups))

    def article_link(self, doc_id: str, kind: str = "", row_id: str = "", text: str = "") -> Markup:
        label = text or self.context.title_of(doc_id)
        if not self.context.has_article(doc_id):
            return escape(label)
        fragment = f"#{anchor(kind, row_id)}" if kind else ""
        return render('<a class="article-link" href="../{href}{fragment}">{label}</a>',
                      href=article_path(doc_id), fragment=fragment, label=label)


# --- the index: summary, and the documents, entities and claims views drawn by report.js ---

@dataclass(frozen=True)
class Column:
    key: str
    label: str
    href: str = ""  # the row field holding this cell's link, if any


@dataclass(frozen=True)
class Filter:
    key: str  # a row field, or "*" for every shown column
    label: str
    options: tuple[str, ...] = ()  # a select's choices; empty for a text box


VIEWS: dict[str, tuple[str, tuple[Column, ...]]] = {
    "documents": ("Documents", (Column("title", "Title", "href"), Column("doc_id", "doc_id"),
                                Column("status", "Status"), Column("published", "Published"),
                                Column("n_words", "Words"), Column("n_entities", "Entities"),
                                Column("n_claims", "Claims"))),
    "entities": ("Entities", (Column("name", "Name", "href"), Column("label", "Label"), Column("aliases", "Aliases"),
                              Column("n_docs", "Articles"), Column("n_mentions", "Mentions"))),
    "claims": ("Claims", (Column("speaker", "Speaker", "speaker_href"), Column("kind", "Kind"),
                          Column("cue", "Cue"), Column("statement", "Statement"), Column("dates", "Dates"),
                          Column("figures", "Figures"), Column("article", "Article", "href"))),
}


def index_data(context: Context) -> dict[str, list[dict]]:
    """The rows of the three views, as the JSON report.js reads."""
    by_doc = context.by_doc
    documents = [{"title": context.title_of(row["doc_id"]),
                  "href": article_path(row["doc_id"]) if row["status"] == "ok" else "",
                  "doc_id": row["doc_id"], "status": row["status"], "published": row["published"],
                  "n_words": int(row["n_words"]),
                  "n_entities": len({m["entity_id"] for m in by_doc["mentions"].get(row["doc_id"], [])}),
                  "n_claims": len(by_doc["claims"].get(row["doc_id"], []))}
                 for row in context.tables["documents"]]
    entities = [{"name": row["name"], "href": entity_path(row["entity_id"]), "label": row["label"],
                 "aliases": row["aliases"].replace("|", " · "), "n_docs": int(row["n_docs"]),
                 "n_mentions": int(row["n_mentions"])}
                for row in context.tables["entities"]]
    claims = [{"speaker": row["speaker"], "speaker_entity_id": row["speaker_entity_id"],
               "speaker_href": entity_path(row["speaker_entity_id"]) if row["speaker_entity_id"] else "",
               "kind": row["kind"], "cue": row["cue"], "statement": row["statement"],
               "dates": "; ".join(context.claim_dates(row["claim_id"])),
               "figures": "; ".join(context.claim_figures(row["claim_id"])),
               "article": context.title_of(row["doc_id"]),
               "href": (f"{article_path(row['doc_id'])}#{anchor('claim', row['claim_id'])}"
                        if context.has_article(row["doc_id"]) else "")}
              for row in context.tables["claims"]]
    return {"documents": documents, "entities": entities, "claims": claims}


def view_section(name: str, filters: tuple[Filter, ...]) -> Markup:
    title, columns = VIEWS[name]
    controls = join(_filter_control(name, spec) for spec in filters)
    headers = join(render('<th data-key="{key}" data-href="{href}" aria-sort="none">'
                          '<button type="button">{label}</button></th>',
                          key=column.key, href=column.href, label=column.label) for column in columns)
    return render('<section id="{name}" class="view" data-view="{name}"><h2>{title} <span class="count"></span></h2>'
                  '<div class="filters">{controls}</div>'
                  '<div class="table-wrap"><table><thead><tr>{headers}</tr></thead><tbody></tbody></table></div>'
                  '<nav class="pager"><button type="button" data-page="prev">‹ previous</button> '
                  '<span class="page-info"></span> <button type="button" data-page="next">next ›</button></nav>'
                  '</section>', name=name, title=title, controls=controls, headers=headers)


def _filter_control(view: str, spec: Filter) -> Markup:
    control_id = f"{view}-{'q' if spec.key == '*' else spec.key}"
    if spec.options:
        options = join(render('<option value="{value}">{value}</option>', value=value) for value in spec.options)
        return render('<label>{label} <select id="{id}" data-filter="{key}"><option value="">all</option>'
                      '{options}</select></label>', label=spec.label, id=control_id, key=spec.key, options=options)
    return render('<label>{label} <input type="search" id="{id}" data-filter="{key}" autocomplete="off"></label>',
                  label=spec.label, id=control_id, key=spec.key)


def summary_section(context: Context, out_dir: Path) -> Markup:
    documents = context.tables["documents"]
    counts = Counter(row["status"] for row in documents)
    statuses = join(render('<tr class="status-{status}"><th>{status}</th><td>{count}</td></tr>',
                           status=status, count=counts[status]) for status in STATUSES)
    rows = join(render('<tr><th>{name}</th><td>{count}</td><td><a href="../{name}.csv">csv</a></td></tr>',
                       name=name, count=len(table)) for name, table in context.tables.items())
    problems = [row for row in documents if row["status"] != "ok"]
    problem_rows = join(render('<tr class="status-{status}"><td>{doc_id}</td><td>{status}</td><td>{source}</td>'
                               '<td class="error">{error}</td></tr>', status=row["status"], doc_id=row["doc_id"],
                               source=row["source"], error=row["error"]) for row in problems)
    workbook = (render('<p><a href="../{name}">Excel workbook ({name})</a></p>', name=WORKBOOK_NAME)
                if (out_dir / WORKBOOK_NAME).exists() else Markup(""))
    return render('<section id="summary"><h2>Run summary</h2><div class="summary-grid">'
                  '<table class="small"><caption>Documents per status</caption>{statuses}</table>'
                  '<table class="small"><caption>Rows per table</caption>{rows}</table></div>{workbook}'
                  '<h3>Inputs not analysed ({n_problems})</h3>'
                  '<table class="problems"><thead><tr><th>doc_id</th><th>status</th><th>source</th><th>error</th>'
                  '</tr></thead><tbody>{problem_rows}</tbody></table></section>',
                  statuses=statuses, rows=rows, workbook=workbook, n_problems=len(problems),
                  problem_rows=problem_rows or render('<tr><td colspan="4">none: every input was analysed</td></tr>'))


def index_page(context: Context, out_dir: Path) -> Markup:
    kinds = tuple(sorted({row["kind"] for row in context.tables["claims"]}))
    labels = tuple(sorted({row["label"] for row in context.tables["entities"]}))
    body = render('<header><h1>depeche report</h1><nav class="toc"><a href="#summary">summary</a> '
                  '<a href="#documents">documents</a> <a href="#entities">entities</a> <a href="#claims">claims</a>'
                  '</nav></header><noscript><p class="warning">The tables below need JavaScript; the article and '
                  'entity pages do not.</p></noscript><main>{summary}{documents}{entities}{claims}</main>'
                  '<script type="application/json" id="report-data">{data}</script>'
                  '<script src="assets/report.js"></script>',
                  summary=summary_section(context, out_dir),
                  documents=view_section("documents", (Filter("*", "Search"),
                                                       Filter("status", "Status", STATUSES))),
                  entities=view_section("entities", (Filter("*", "Search"), Filter("label", "Label", labels))),
                  claims=view_section("claims", (Filter("*", "Search"), Filter("kind", "Kind", kinds),
                                                 Filter("speaker", "Speaker"))),
                  data=json_for_script(index_data(context)))
    return page("depeche report", body, "", "index-page")


# --- writing the folder ---

def article_pages(context: Context) -> Iterator[tuple[str, Markup]]:
    for doc_id, document in context.documents.items():
        if document["status"] == "ok":
            yield article_path(doc_id), ArticlePage(context, document).html()


def entity_pages(context: Context) -> Iterator[tuple[str, Markup]]:
    claims = context.tables["claims"]
    by_entity = group_by(context.tables["mentions"], "entity_id")
    said = group_by(claims, "speaker_entity_id")
    about: dict[str, list[Row]] = defaultdict(list)
    for claim in claims:
        targets = context.links[claim["claim_id"]]["mention"]
        for entity_id in dict.fromkeys(context.mentions[m]["entity_id"] for m in targets if m in context.mentions):
            about[entity_id].append(claim)
    for entity_id, entity in context.entities.items():
        yield entity_path(entity_id), EntityPage(context, entity, by_entity.get(entity_id, []),
                                                 said.get(entity_id, []), about.get(entity_id, [])).html()


def copy_assets(target: Path) -> None:
    (target / "assets").mkdir(parents=True, exist_ok=True)
    source = resources.files(__package__) / "assets"
    for name in ASSETS:
        (target / "assets" / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")


def write_pages(target: Path, pages: Iterable[tuple[str, Markup]]) -> None:
    for relative, content in pages:
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def replace_folder(staging: Path, target: Path) -> None:
    """Put the finished `staging` folder in `target`'s place, so readers see the old report or the new one."""
    if target.exists():
        old = hidden_folder(target.parent, "report-old")
        os.replace(target, old / target.name)
        os.replace(staging, target)
        shutil.rmtree(old)
    else:
        os.replace(staging, target)


def hidden_folder(parent: Path, prefix: str) -> Path:
    """A new empty folder in `parent`, with the umask's usual mode."""
    folder = hidden_sibling(parent, prefix)
    folder.mkdir()
    return folder


def build_report(out_dir: str | os.PathLike, tables: dict[str, pd.DataFrame] | None = None) -> Path:
    """Build `out_dir/report/` from the tables in `out_dir`: index.html, one page per article and per entity.

    The folder opens from disk (file://): no server, no network, every asset inside it.
    tables: the tables of `out_dir` when the caller has already read them.
    RETURNS (Path): the report's index.html.
    """
    out_dir = Path(out_dir)
    tables = tables if tables is not None else read_tables(out_dir)
    context = Context.of({name: frame.to_dict("records") for name, frame in tables.items()})
    staging = hidden_folder(out_dir, "report")
    try:
        copy_assets(staging)
        write_pages(staging, [("index.html", index_page(context, out_dir))])
        write_pages(staging, article_pages(context))
        write_pages(staging, entity_pages(context))
        replace_folder(staging, out_dir / REPORT_DIR)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out_dir / REPORT_DIR / "index.html"
