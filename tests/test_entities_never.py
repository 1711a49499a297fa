"""depeche_entities: shapes that are never a person, a place or an organization, and names glued to them."""

from __future__ import annotations

import pytest

from tests.french import ents, french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


@pytest.mark.parametrize("text", [
    "LIVE Retrouvez toute l'actualité de la journée avec nous.",  # a live page's button
    "Au XIXe siècle, la ville comptait deux mille habitants.",  # a century
    "La révision du PLUi sera votée en juin.",  # a planning document's acronym
    "Les élèves ont regardé des films X.",  # a stray letter
    "Un homme a été interpellé dans la nuit. LP/Marc Dubois",  # a photo credit glued by a slash
])
def test_never_entities(nlp, text):
    assert ents(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a product after its device noun is no organization
    ("Le compteur Volto sera posé chez tous les abonnés.", [("Volto", "MISC")]),
    # the unaccented `A` of a heading is the preposition, not part of the name
    ("A Kherson, les habitants ont fui.", [("Kherson", "LOC")]),
    # `République` of a title is the title's; the city after it is a place
    ("Le procureur de la République de Lille a requis la prison.", [("Lille", "LOC")]),
    # a stray letter and its preposition do not open a name
    ("Le J du Conseil d'État a été publié.", [("Conseil d'État", "ORG")]),
    # a name stops at the preposition of a lower-case complement
    ("« Tout est sous contrôle », a assuré le commandant Hervé des marins-pompiers.", [("Hervé", "PER")]),
    # an open ending (`contre`) is not part of an organization's name
    ("Le chiffre d'affaires atteint 20 millions, a indiqué la Banque de France contre 18 un an plus tôt.",
     [("Banque de France", "ORG")]),
    # the network named by its letter where it is posted on, not elsewhere
    ("Le ministre a réagi sur X dans la soirée.", [("X", "ORG")]),
])
def test_names_freed_from_what_is_not(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_slash_inside_a_name_in_prose_is_kept(nlp):
    assert ents(nlp, "Il a confié à CBC/Radio-Canada que tout allait bien.") == [
        ("CBC", "ORG"), ("Radio-Canada", "ORG")]


@pytest.mark.parametrize("text", [
    "Le trafic du RER B et de la ligne 13 est perturbé.",  # lines of a network are services
    "Prenez le tram T3 puis la ligne N jusqu'au terminus.",
    # a timetable's headings in capitals: the network's common noun, then the line's code
    "Les perturbations du week-end.\n\nLIGNE K\n\nAucun train ne circule samedi.",
    "Travaux d'été.\n\nMÉTRO 14\n\nLa station reste fermée jusqu'en août.",
    "Horaires modifiés.\n\nBUS 38\n\nLe bus est dévié par le boulevard.",
    "Horaires modifiés.\n\nTRAMWAY T2\n\nLes rames circulent toutes les dix minutes.",
])
def test_transit_lines_are_no_entities(nlp, text):
    assert ents(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Il a épinglé sa Légion d'honneur au revers de sa veste.",  # a decoration
    "Elle a reçu le prix Goncourt mardi.",  # a prize
])
def test_decorations_and_prizes_are_no_organizations(nlp, text):
    assert [e for e in ents(nlp, text) if e[1] == "ORG"] == []


def test_a_portfolio_is_no_institution(nlp):
    """`ministre de la Ville`: `Ville` is the post's portfolio, not the city's administration."""
    text = "« C'est difficile », a déclaré le ministre de la Ville et du Logement Étienne Garnier."
    assert ents(nlp, text) == [("Étienne Garnier", "PER")]


@pytest.mark.parametrize("text, word", [
    # the date under an embedded post, in English or French, and a weekday before its day
    ("Le club a publié un message.\n\n— Le Club (@leclub) June 21, 2023\n\nLes supporters ont réagi.", "June"),
    ("« Les pompiers font un travail remarquable », salue le maire pic.twitter.com/abcd\n\n"
     "— RTL Lyon Actu (@RTLLyon) April 10, 2023\n\nLe maire a remercié les secours.", "April"),
    ("Le maire a remercié les pompiers.\n\n— Ville de Brest (@brest) April 10, 2023\n\nLe feu est éteint.", "April"),
    ("La mairie a publié un message.\n\n— Mairie (@mairie) 3 octobre 2023\n\nLes écoles ferment.", "octobre"),
    ("Mardi 4 juin, la Bourse a chuté.", "Mardi"),
])
def test_a_month_or_weekday_beside_its_number_is_a_date(nlp, text, word):
    assert word not in [name for name, _ in ents(nlp, text)]



@pytest.mark.parametrize("text, name", [
    # a photo credit: names beside a spaced slash to the line's end, or after a credit's label, are the credit's
    ("Les sinistrés ont été relogés au gymnase.\nThibault Carrel / AFP\nLa mairie promet des aides.", "Thibault Carrel"),
    ("Photo : Thibault Carrel\nLe cortège s'est dispersé vers midi.", "Thibault Carrel"),
    ("© Hélène Vasseur / Ouest-France", "Hélène Vasseur"),
    ("Crédit photo : Hélène Vasseur", "Hélène Vasseur"),
])
def test_a_credit_names_no_person(nlp, text, name):
    assert (name, "PER") not in ents(nlp, text)


@pytest.mark.parametrize("text, name", [
    # prose after the colon or the slash: the people stay
    ("Sur la photo : Hélène Vasseur et sa fille devant la maison.", "Hélène Vasseur"),
    ("Le ministre a reçu Thibault Carrel / Le maire a refusé de venir.", "Thibault Carrel"),
])
def test_a_name_in_prose_beside_a_credit_mark_stays(nlp, text, name):
    assert (name, "PER") in ents(nlp, text)
