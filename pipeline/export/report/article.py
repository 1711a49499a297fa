"""The article page: the cleaned text with every mention, date, figure and claim marked, its claims beside it."""

from __future__ import annotations

from collections import Counter
from functools import partial
from typing import Iterator

from pipeline.common.records import ANALYSED
from pipeline.common.tables import LABELS
from pipeline.export.report.claim_places import ClaimPlaces, locate_claim
from pipeline.export.report.context import Context
from pipeline.export.report.highlights import Highlight, mark_up
from pipeline.export.report.markup import Markup, join, render, web_url
from pipeline.export.report.page import PageSource, facts_list, page, speaker_link
from pipeline.export.report.paths import anchor, article_path, entity_path
from pipeline.export.report.store import Store
from pipeline.export.report.values import Row, date_text, figure_text, label_class


def legend() -> Markup:
    """What each mark in the article's text means, drawn with the marks themselves."""
    labels = join((render('<span class="{css}" data-label="{label}">{name}</span>',
                          css=label_class(label), label=label, name=name)
                   for label, name in zip(LABELS, ("person", "place", "organization", "other"))), " ")
    return render('<p class="legend">{labels} <span class="date">date</span> <span class="fig">figure</span> '
                  '<mark class="claim">claim</mark> <span class="m speaker">speaker</span> '
                  '<span class="cue">cue</span></p>', labels=labels)


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
            ("words", document["n_words"]),
            ("problem", document["error"] if document["status"] != "ok" else "")])

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


def article_pages(store: Store) -> Iterator[PageSource]:
    """The page of every analysed article (an input not analysed has none), each drawn from its slice alone."""
    for document in store.rows("documents", f"status IN ({', '.join('?' * len(ANALYSED))})", ANALYSED):
        rows = store.article_slice(document)
        yield PageSource(article_path(document["doc_id"]), rows, partial(_draw, rows))


def _draw(rows: dict[str, list[Row]]) -> Markup:
    return ArticlePage(Context.of(rows), rows["documents"][0]).html()
