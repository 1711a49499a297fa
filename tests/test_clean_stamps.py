"""Timestamps and bylines in the shapes templates print them (issue 31, second pass).

Every line is written for these tests: the shapes are those of French sites' templates, old and new, and of
CMS defaults left in English; the page around them is the same small article each time.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean.lines import Furniture, classify
from tests.test_clean import HEADLINE, P1, P2, P3, clean, page

MENU = ("Accueil", "Politique", "Économie", "Sport", "Se connecter")
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_EN = "January February March April May June July August September October November December".split()


def _published(stamp: str) -> str:
    return clean(page(*MENU, HEADLINE, "Par Claire Morvan", stamp, P1, P2, P3)).published


@pytest.mark.parametrize("stamp,expected", [
    ("Publié le : 03-03-2021", "2021-03-03"),  # a colon after the cue, day-month-year with dashes
    ("3 Mar 2021", "2021-03-03"),  # an English CMS default
    ("March 3, 2021", "2021-03-03"),
    ("Wednesday, March 3, 2021", "2021-03-03"),
    ("Published Mar 3, 2021 at 10:00", "2021-03-03"),
    ("Créé le 03/03/2011 à 10h15", "2011-03-03"),  # an older template's cue
    ("Dernière mise à jour : 04/03/2011 10:15", "2011-03-04"),
    ("Date de publication : 5 mai 2015", "2015-05-05"),
    ("Mis en ligne le 17 octobre 2012", "2012-10-17"),
    ("MAJ le 03/03/2021 à 10:00", "2021-03-03"),
])
def test_a_timestamp_in_a_template_s_shape_gives_the_date(stamp, expected):
    assert _published(stamp) == expected


@pytest.mark.parametrize("stamp", [
    "LEMONDE.FR | 03.03.11 | 10h15 • Mis à jour le 05.03.11 | 12h30",  # an outlet, bars and clocks around it
    "LEMONDE.FR avec AFP | 03.03.11 | 10h15",
    "publié le 3 mars 2011 à 10h15 (mis à jour le 5 mars 2011 à 12h30)",  # the update in parentheses
    "Libération.fr 3 mars 2011 à 10:15",
    "03/03/2011 | 10:15 | Claire Morvan",
    "Mis à jour le 05/03/2011 à 12:30 Publié le 03/03/2011 à 10:15",  # the update printed first
])
def test_an_old_layout_s_timestamp_line_is_read_whole_and_leaves_the_body(stamp):
    doc = clean(page(*MENU, HEADLINE, stamp, P1, P2, P3))
    assert doc.published == "2011-03-03"
    assert doc.text.split("\n\n") == [HEADLINE, P1, P2, P3]


@pytest.mark.parametrize("line", [
    "Emmanuel Macron, le 3 mars 2021.",  # a caption: it ends on its period
    "Ukraine : 3 mars 2022, le jour où tout a basculé",  # a headline has words of its own
    "Le 3 mars 2021, le conseil a voté le budget",
])
def test_a_line_with_a_date_and_words_of_its_own_is_no_timestamp(line):
    assert classify(line, Furniture.load()).kind == "candidate"


@pytest.mark.parametrize("line", ["Par Claire Morvan, Lyon se prépare à la grève.",
                                  "Par Emmanuel Macron, Président de la République, la réforme fut lancée."])
def test_a_sentence_opening_on_par_a_name_and_a_capital_is_no_byline(line):
    assert classify(line, Furniture.load()).kind == "candidate"


@pytest.mark.parametrize("byline,author", [
    ("par Claire Morvan publié le 3 mars 2021 à 10h00", "Claire Morvan"),  # no separator before the cue
    ("Publié le 03/03/2021 à 10:00 par Claire Morvan", "Claire Morvan"),
    ("Par Claire Morvan, maîtresse de conférences à l'université de Lille", "Claire Morvan"),
    ("par Claire Morvan, Maîtresse de conférences à l'Université de Lille", "Claire Morvan"),
    ("par Claire Morvan, Avocate au barreau de Lyon", "Claire Morvan"),
    ("par Claire Morvan, Docteure en droit privé", "Claire Morvan"),
    ("Par Claire Morvan Mis à jour le 05/03/2021 à 10:15 | publié le 03/03/2021 à 08:00 Réactions (12)",
     "Claire Morvan"),
])
def test_a_byline_with_its_timestamp_or_its_role_is_metadata(byline, author):
    doc = clean(page(*MENU, HEADLINE, byline, "3 mars 2021", P1, P2, P3))
    assert (doc.author, doc.published) == (author, "2021-03-03")
    assert byline not in doc.text


@pytest.mark.parametrize("signature", [
    "Claire Morvan, le 3 mars 2021",
    "par Claire Morvan le 03/03/2021",
    "Claire Morvan • 3 mars 2021",
])
def test_a_signature_with_its_date_after_the_last_paragraph_dates_the_article(signature):
    """A legal review or a think tank signs at the end: nothing above the body gives the date."""
    doc = clean(page(*MENU, HEADLINE, P1, P2, P3, signature, "Sur le même sujet", "Un autre article du site"))
    assert (doc.published, doc.author) == ("2021-03-03", "Claire Morvan")
    assert doc.text.split("\n\n") == [HEADLINE, P1, P2, P3]


def test_a_date_line_of_a_teaser_far_below_the_article_does_not_date_it():
    doc = clean(page(*MENU, HEADLINE, P1, P2, P3, "Sur le même sujet", "Les trottinettes interdites à Paris",
                     "Un autre article du site de la ville", "Le conseil vote son budget annuel", "5 mai 2019"))
    assert doc.published == ""


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2005, 1, 1), max_value=date(2030, 12, 31)), st.sampled_from([
    "Publié le {d:02d}-{m:02d}-{y}", "{d} {en:.3} {y}", "{en} {d}, {y}", "Publié le : {d} {fr} {y} à 10h00",
    "Mis en ligne le {d} {fr} {y}", "Créé le {d:02d}/{m:02d}/{y} à 10h15", "{d:02d}/{m:02d}/{y} - 10:00",
]))
def test_every_template_shape_reads_its_own_day(day, shape):
    stamp = shape.format(d=day.day, m=day.month, y=day.year, fr=MONTHS_FR[day.month - 1], en=MONTHS_EN[day.month - 1])
    block = classify(stamp, Furniture.load())
    assert (block.kind, block.date) == ("meta", day.isoformat())


@pytest.mark.parametrize("label", ["Article rédigé par", "Texte écrit par :"])
@pytest.mark.parametrize("names", ["Claire Morvan", "franceinfo avec AFP", "C. Morvan, H. Arnaud", "franceinfo"])
def test_the_line_under_a_byline_s_label_alone_is_the_author(label, names):
    """A template prints its byline's label on a line of its own and the names under it: metadata, not body,
    even under the standfirst that opens the run of paragraphs."""
    doc = clean(page(*MENU, HEADLINE, P1, label, names, "France Télévisions", "Publié le 12/03/2024 10:24", P2, P3))
    assert doc.title == HEADLINE and doc.published == "2024-03-12"
    assert doc.text.split("\n\n") == [HEADLINE, P1, P2, P3]


def test_a_sentence_under_a_byline_s_label_is_no_author():
    sentence = "La mairie de Lyon a confirmé la fermeture des rues."
    doc = clean(page(*MENU, HEADLINE, "Article rédigé par", sentence, P1, P2, P3))
    assert sentence in doc.text


def test_the_newsroom_under_a_labelled_author_is_no_subhead():
    doc = clean(page(*MENU, HEADLINE, P1, "Article rédigé par", "Le Courrier Culture avec agences", "Le Courrier",
                     "Rédaction Culture", "Publié le 12/03/2024 10:24", P2, P3))
    assert doc.text.split("\n\n") == [HEADLINE, P1, P2, P3]
