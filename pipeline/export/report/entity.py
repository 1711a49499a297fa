"""The entity page: every mention of one entity across articles, the claims it made and the claims about it."""

from __future__ import annotations

import urllib.parse
from dataclasses import replace
from functools import partial
from itertools import groupby
from operator import itemgetter
from typing import Iterator

from pipeline.export.report.context import Context
from pipeline.export.report.markup import Markup, escape, join, render
from pipeline.export.report.page import PageSource, facts_list, page, speaker_link
from pipeline.export.report.paths import anchor, article_path, entity_path
from pipeline.export.report.store import Documents, Query, Store
from pipeline.export.report.values import Row, label_class, snippet


# Where the sections go in the page's frame: a comment no table value can write (its `<` would be escaped).
_SECTIONS = "<!--depeche:sections-->"


class EntityPage:
    """One entity: every mention of it across articles, the claims it made and the claims about it."""

    def __init__(self, context: Context, entity: Row, mentions: Query, said: Query, about: Query) -> None:
        self.context = context
        self.entity = entity
        self.mentions = mentions
        self.said = said
        self.about = about

    def html(self) -> Iterator[str]:
        """The page in pieces, written one after the other: an entity of a year's dump is named in
        thousands of articles, and its page, tens of megabytes, is never held whole."""
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
                      '<main class="entity-layout">{sections}</main>',
                      css=label_class(entity["label"]), label=entity["label"], name=entity["name"], facts=facts,
                      index_link=index_link, sections=Markup(_SECTIONS))
        head, tail = page(entity["name"], body, "../", "entity-page").split(_SECTIONS)
        yield head
        yield from self.claims_section("Claims made", self.said)
        yield from self.claims_section("Claims about it", self.about)
        yield from self.mention_section()
        yield tail

    def claims_section(self, heading: str, claims: Query) -> Iterator[str]:
        yield render('<section><h2>{heading} ({count})</h2><ol class="claim-list">', heading=heading,
                     count=len(claims))
        for claim in claims:
            yield render('<li><span class="kind">{kind}</span> <span class="who">{speaker}</span> '
                         '<span class="cue-word">{cue}</span><q>{statement}</q>{article}</li>',
                         kind=claim["kind"], speaker=speaker_link(claim), cue=claim["cue"],
                         statement=claim["statement"],
                         article=self.article_link(claim["doc_id"], "claim", claim["claim_id"]))
        yield "</ol></section>"

    def mention_section(self) -> Iterator[str]:
        yield render('<section><h2>Mentions ({count})</h2>', count=len(self.mentions))
        for doc_id, mentions in groupby(self.mentions, key=itemgetter("doc_id")):  # an article's come together
            document = self.context.documents.get(doc_id)
            text = document["text"] if document is not None else ""
            items = [render('<li>{snippet} {link}</li>',
                            snippet=snippet(text, mention["start"], mention["end"], label_class(mention["label"])),
                            link=self.article_link(doc_id, "m", mention["mention_id"], "→"))
                     for mention in mentions]
            yield render('<h3>{title}</h3><ul class="snippets">{items}</ul>',
                         title=self.article_link(doc_id), items=join(items))
        yield "</section>"

    def article_link(self, doc_id: str, kind: str = "", row_id: str = "", text: str = "") -> Markup:
        label = text or self.context.title_of(doc_id)
        if not self.context.has_article(doc_id):
            return escape(label)
        fragment = f"#{anchor(kind, row_id)}" if kind else ""
        return render('<a class="article-link" href="../{href}{fragment}">{label}</a>',
                      href=article_path(doc_id), fragment=fragment, label=label)


def entity_pages(store: Store) -> Iterator[PageSource]:
    """Every entity's page: its mentions, the claims it made and the claims linked to it, each from its slice.

    The slice's rows are read from the store when they are digested and again when the page is drawn: an
    entity of a year's dump is named in thousands of articles, whose rows are never all held.
    """
    for entity in store.rows("entities"):
        parts = store.entity_parts(entity)
        yield PageSource(entity_path(entity["entity_id"]), store.entity_slice(*parts), partial(_draw, store, parts))


def _draw(store: Store, parts: tuple) -> Iterator[str]:
    return EntityPage(replace(Context.of({}), documents=Documents(store)), *parts).html()
