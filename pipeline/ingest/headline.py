"""An HTML page's headline by agreement between the places a page gives it.

A page names its article in its JSON-LD `headline`, its `og:title`, its
`<h1>` and its `<title>` (there often with the site's name after a dash or a
bar, or the site's name alone). Any one of them may be the site's: a logo set
in an `<h1>`, a `<title>` that is only the site's name. Two of them agreeing
is the article's headline; with no agreement the extractor's title stands.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator

from lxml import etree, html

from pipeline.common.names import fold

_SITE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—:]{1,60}$")
_SPACES = re.compile(r"\s+")
# An `<h1>` of the site's banner (a logo) is not the article's: in the page's header, nav or footer outside
# the article, or marked as a logo or brand.
_ARTICLE_H1 = ("//h1[not(ancestor::nav or ancestor::footer)][not(ancestor::header) or ancestor::article or ancestor::main]"
               "[not(contains(@class, 'logo') or contains(@class, 'brand') or contains(@id, 'logo'))]")
# Fewer words is a rubric or a site's name more often than a headline.
MIN_WORDS = 3


def _headlines_in(value: Any) -> Iterator[str]:
    """Every `headline` of a JSON-LD value, `@graph` lists and nested objects included."""
    if isinstance(value, dict):
        if isinstance(value.get("headline"), str):
            yield value["headline"]
        for item in value.values():
            if isinstance(item, (dict, list)):
                yield from _headlines_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _headlines_in(item)


def _json_ld(tree: html.HtmlElement) -> list[str]:
    found: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            found += _headlines_in(json.loads(script.text_content()))
        except ValueError:  # a page's broken JSON-LD says nothing
            continue
    return found


def _sources(tree: html.HtmlElement) -> list[list[str]]:
    """The page's headline sources, most explicit first; the `<title>` also with its site suffix cut."""
    titles = [text for text in tree.xpath("//title/text()")]
    return [
        _json_ld(tree),
        tree.xpath('//meta[@property="og:title"]/@content | //meta[@name="twitter:title"]/@content'),
        [heading.text_content() for heading in tree.xpath(_ARTICLE_H1)],
        titles + [_SITE_SUFFIX.sub("", text) for text in titles],
    ]


def _site_names(tree: html.HtmlElement) -> set[str]:
    """The site's own name, folded: `og:site_name`, `application-name`, what follows the `<title>`'s dash or bar."""
    names = tree.xpath('//meta[@property="og:site_name"]/@content | //meta[@name="application-name"]/@content')
    names += [match.group().lstrip(" -|–—:") for text in tree.xpath("//title/text()")
              if (match := _SITE_SUFFIX.search(text))]
    return {fold(name) for name in names}


def agreed_headline(markup: str) -> str:
    """The first headline that two different sources of the page give alike (once folded), or ''.

    The site's name never is one, though a logo `<h1>` and a bare `<title>` agree on it.
    """
    try:
        tree = html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    sites = _site_names(tree)
    sources = [[_SPACES.sub(" ", text).strip() for text in texts] for texts in _sources(tree)]
    folded = [{fold(text) for text in texts if text} - sites for texts in sources]
    for number, texts in enumerate(sources):
        for text in texts:
            key = fold(text)
            if len(text.split()) >= MIN_WORDS and any(key in others for other, others in enumerate(folded)
                                                      if other != number and key in folded[number]):
                return text
    return ""
