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
