"""An HTML page's headline where its sources disagree: the one two of them give alike (pages written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.ingest.headline import agreed_headline

HEADLINE = "Grève à la SNCF : le trafic très perturbé en Île-de-France"
SITE = "Le Courrier du Rhône"
BODY = ("<article>{h1}<p>Les cheminots ont cessé le travail mardi matin dans toute la région parisienne, "
        "a annoncé le syndicat.</p></article>")


def _page(head: str, h1: str = f"<h1>{HEADLINE}</h1>", logo: bool = True) -> str:
    header = f"<header><h1 class='logo'>{SITE}</h1></header>" if logo else ""
    return f"<html><head>{head}</head><body>{header}{BODY.format(h1=h1)}</body></html>"


JSON_LD = ('<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [{{"@type": '
           '"NewsArticle", "headline": "{0}", "datePublished": "2024-03-12T10:00:00+01:00"}}]}}</script>')


@pytest.mark.parametrize("head", [
    f"<title>{SITE}</title>" + JSON_LD.format(HEADLINE),                           # the title is the site's name alone
    f"<title>{HEADLINE} - {SITE}</title>",                                         # the site after a dash
    f"<title>{HEADLINE} | {SITE}</title>",                                         # after a bar
    f"<title>{SITE}</title><meta property='og:title' content='{HEADLINE}'>",
    f"<title>{SITE}</title><meta name='twitter:title' content='{HEADLINE}'>",
], ids=["json-ld", "title-dash", "title-bar", "og", "twitter"])
def test_the_headline_two_sources_agree_on_wins_over_a_logo_and_the_site_name(head):
    assert agreed_headline(_page(head)) == HEADLINE


def test_a_logo_h1_and_a_bare_title_agreeing_on_the_site_name_give_no_headline():
    assert agreed_headline(_page(f"<title>{SITE}</title>", h1="")) == ""


def test_the_site_name_after_the_title_bar_is_never_the_headline():
    page = _page(f"<title>Accueil | {SITE}</title><meta property='og:site_name' content='{SITE}'>", h1="")
    assert agreed_headline(page) == ""


@pytest.mark.parametrize("markup", ["", "<html>", "<p>pas de titre</p>", '<script type="application/ld+json">{</script>'])
def test_a_page_with_no_agreeing_sources_gives_none(markup):
    assert agreed_headline(markup) == ""
