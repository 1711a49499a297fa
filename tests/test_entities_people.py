"""depeche_entities on people the model misses or mislabels: first names alone, names run into another's."""

from __future__ import annotations

import pytest

from pipeline.common.first_names import first_names
from tests.french import ents, french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


def test_first_names_come_from_the_package():
    names = first_names()
    assert {"marion", "anne marie", "annemarie", "hassan"} <= names
    assert "paris" in names and len(names) > 10_000  # listed names are told apart by the rules, not here


@pytest.mark.parametrize("text, expected", [
    # a first name GeoNames also knows as a town stays a person
    ("« Margaux était toujours souriante », confie sa mère.", [("Margaux", "PER")]),
    ("Lucas avait 17 ans quand il est parti.", [("Lucas", "PER")]),
    # the sentence makes a first name a person: an apposition, a relative or a title before it
    ("Anne-Sophie, la cousine du maire, a porté plainte.", [("Anne-Sophie", "PER")]),
    ("Karim, un chauffeur de 45 ans, a été blessé.", [("Karim", "PER")]),
    ("« Personne ne nous a prévenus », lâche Nadia, la gérante du café.", [("Nadia", "PER")]),
    ("« Tout est sous contrôle », a assuré le commandant Hervé des marins-pompiers.", [("Hervé", "PER")]),
    # an agency the model ran into the name of the person it quotes
    ("« La porte a cédé », a raconté à l'AFP Sylvie Morand, une voisine.", [("AFP", "ORG"), ("Sylvie Morand", "PER")]),
    # a surname named alone keeps its particle
    ("L'héritage du général de Gaulle reste disputé.", [("de Gaulle", "PER")]),
])
def test_people(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La Santé a publié ses chiffres.", []),  # a first name that is a common word
    ("Florence a voté contre la réforme.", [("Florence", "LOC")]),  # a town as a subject, no cue of a person
])
def test_not_people(nlp, text, expected):
    assert [e for e in ents(nlp, text) if e[1] == "PER"] == [e for e in expected if e[1] == "PER"]
