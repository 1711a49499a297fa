"""depeche_entities on institutions named by a common noun: `le parquet`, `la police judiciaire`, `l'Assemblée`."""

from __future__ import annotations

import pytest

from tests.french import ents, french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


@pytest.mark.parametrize("text, expected", [
    # a definite head of the place reported on names its body, bare or with any complement
    ("Une enquête a été ouverte par le parquet, qui a saisi la police judiciaire.",
     [("parquet", "ORG"), ("police judiciaire", "ORG")]),
    ("Les familles se sont renseignées auprès de la mairie, puis à la préfecture.",
     [("mairie", "ORG"), ("préfecture", "ORG")]),
    ("L’armée de terre a défilé devant la gendarmerie.", [("armée de terre", "ORG"), ("gendarmerie", "ORG")]),
    # a capitalised head inside a sentence, after a definite article, is a name by itself
    ("Le texte, rejeté par le Sénat, a été adopté par l'Assemblée.", [("Sénat", "ORG"), ("Assemblée", "ORG")]),
    # an indefinite head names a kind, unless a capitalised complement names the body
    ("Il sera jugé par une cour d'assises spéciale.", []),
    ("Il a été condamné par un tribunal de la ville de Tours.", [("tribunal de la ville de Tours", "ORG")]),
])
def test_institutions(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_a_common_use_is_no_institution(nlp):
    assert ents(nlp, "Une armée de bénévoles a nettoyé la plage.") == []


def test_an_institution_keeps_its_complement_whole(nlp):
    """`tribunal de New York`: the complement's proper name is not cut after its first word."""
    assert ents(nlp, "Un grand jury d'un tribunal de New York a voté l'inculpation.") == [
        ("tribunal de New York", "ORG")]


@pytest.mark.parametrize("text, name, acronym", [
    # lower-case words whose initials spell the acronym in parentheses after them are the organization
    ("Le colis a été retrouvé au centre régional de transports (CRT) de Lesquin.",
     "centre régional de transports", "CRT"),
    ("Le dossier passe devant la commission locale de l'eau (CLE) en mai.", "commission locale de l'eau", "CLE"),
])
def test_acronym_defined_in_the_text(nlp, text, name, acronym):
    found = ents(nlp, text)
    assert (name, "ORG") in found and (acronym, "ORG") in found


def test_a_common_nouns_acronym_defines_no_organization(nlp):
    assert ents(nlp, "Le produit intérieur brut (PIB) a reculé de 0,2 %.") == []


@pytest.mark.parametrize("text, expected", [
    # a court's chamber by its remit, whole with the court it sits in; its ordinal tells it from its siblings
    ("Par un arrêt du 4 juin, la chambre sociale a cassé la décision des juges du fond.", [("chambre sociale", "ORG")]),
    ("La première chambre civile et la troisième chambre civile divergent sur ce point.",
     [("première chambre civile", "ORG"), ("troisième chambre civile", "ORG")]),
    ("Le pourvoi a été rejeté par la chambre criminelle de la Cour de cassation.",
     [("chambre criminelle de la Cour de cassation", "ORG")]),
    # a chamber of a home or of a trade is no court
    ("Il a loué une chambre d'hôtel près de la gare.", []),
])
def test_court_chambers(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_the_periphrasis_of_a_supreme_court_is_no_place(nlp):
    """`la Haute juridiction` repeats the court the ruling names: neither a place nor a second body."""
    text = "La Cour de cassation a tranché. Pour la Haute juridiction, le délai court dès la notification."
    assert ents(nlp, text) == [("Cour de cassation", "ORG")]
