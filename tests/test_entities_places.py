"""depeche_entities on places that are not towns: streets, buildings, water and terrain, districts."""

from __future__ import annotations

import pytest

from tests.french import ents, french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


def nested(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.text, span.label_) for span in doc.spans["nested_entities"]]


@pytest.mark.parametrize("text, expected", [
    # a street or a square is one place with its head noun, directly named or after `de`
    ("Un incendie a ravagé un appartement du 8 rue des Lilas, à Rennes.", [("rue des Lilas", "LOC"), ("Rennes", "LOC")]),
    ("Les manifestants se sont réunis place de la Comédie puis ont remonté le boulevard Gambetta.",
     [("place de la Comédie", "LOC"), ("boulevard Gambetta", "LOC")]),
    ("Le cortège partira de la Place de la Nation.", [("Place de la Nation", "LOC")]),
    # buildings and places of worship, hyphenated names kept whole
    ("Des heurts ont éclaté près de la mosquée Al-Nour.", [("mosquée Al-Nour", "LOC")]),
    ("La cathédrale Saint-Étienne a rouvert ses portes.", [("cathédrale Saint-Étienne", "LOC")]),
    # water and terrain
    ("Deux frégates ont franchi le détroit d'Ormuz.", [("détroit d'Ormuz", "LOC")]),
    ("Les randonneurs se sont perdus dans la vallée de la Clarée.", [("vallée de la Clarée", "LOC")]),
    # districts: an ordinal and `arrondissement`
    ("L'école se trouve dans le 11e arrondissement de Lyon.", [("11e arrondissement de Lyon", "LOC")]),
    ("Le huitième arrondissement a voté contre.", [("huitième arrondissement", "LOC")]),
])
def test_landmarks(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Elle a trouvé une place de parking.",  # indefinite: a kind, not a place
    "Il parlera à la place de Dupont.",  # `à la place de`: instead of
    "Le Tour de France passe dans les Alpes.",  # masculine `tour` is a race
])
def test_not_landmarks(nlp, text):
    assert not any(text_ in ("place de parking", "place de Dupont") or text_.startswith("Tour")
                   for text_, label in ents(nlp, text) if label == "LOC")


def test_district_names_its_city(nlp):
    assert nested(nlp, "Il vit dans le 3e arrondissement de Marseille.") == [("Marseille", "LOC")]


def test_street_does_not_name_its_namesake(nlp):
    assert nested(nlp, "Elle habite rue de Paris, à Montreuil.") == []


def test_forms_without_de_name_one_place():
    """`rue de Tivoli` and `rue Tivoli` in one article are one street; `Le Monde` and `Monde` one paper."""
    from pipeline.common.names import resolve_within_document

    assert resolve_within_document(["rue des Lilas", "rue Lilas", "Le Monde", "Monde", "Lilas"],
                                   ["LOC", "LOC", "ORG", "ORG", "LOC"]) == [0, 0, 2, 2, 4]


@pytest.mark.parametrize("text, expected", [
    # a seat of power where the text puts someone is a place, in every mention of the article
    ("Les syndicats ont été reçus à l'Élysée mardi. L'Élysée a démenti toute rupture.",
     [("Élysée", "LOC"), ("Élysée", "LOC")]),
    ("La Première ministre est apparue sur le perron de Matignon.", [("Matignon", "LOC")]),
    ("L'ancien locataire de la Maison-Blanche a été inculpé.", [("Maison-Blanche", "LOC")]),
    # where it acts or is spoken of, it is the power it houses
    ("Matignon a annoncé un remaniement.", [("Matignon", "ORG")]),
    ("Les critiques du Kremlin se multiplient.", [("Kremlin", "ORG")]),
])
def test_seats_of_power(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # formal country names (ISO 3166-1 official names in French)
    ("Le Sultanat d'Oman a proposé sa médiation.", [("Sultanat d'Oman", "LOC")]),
    ("La République française reconnaît l'État de Palestine.", [("République française", "LOC"), ("État de Palestine", "LOC")]),
    # French départements (ISO 3166-2:FR), hyphenated compounds the lemmatizer lists as common words
    ("Des orages ont frappé la Seine-et-Marne et le Val-d'Oise.", [("Seine-et-Marne", "LOC"), ("Val-d'Oise", "LOC")]),
    ("Il est né en Meurthe-et-Moselle.", [("Meurthe-et-Moselle", "LOC")]),
])
def test_formal_countries_and_departments(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_official_names_are_aliases_of_their_country(nlp):
    component = nlp.get_pipe("depeche_entities")
    oman = next(e for e in component.gazetteer if e["kind"] == "country" and e["name"] == "Oman")
    assert "Sultanat d'Oman" in oman["aliases"]
    departments = {e["name"] for e in component.gazetteer if e["kind"] == "department"}
    assert {"Seine-et-Marne", "Finistère", "Bouches-du-Rhône"} <= departments and "Paris" not in departments


@pytest.mark.parametrize("text, outer, inner", [
    # a formal state name is the country's, also named inside it
    ("La Fédération des Émirats arabes unis a signé l'accord.", "Fédération des Émirats arabes unis",
     "Émirats arabes unis"),
    ("Le Royaume d'Espagne a rappelé son ambassadeur.", "Royaume d'Espagne", "Espagne"),
])
def test_formal_state_names(nlp, text, outer, inner):
    assert (outer, "LOC") in ents(nlp, text)
    assert (inner, "LOC") in nested(nlp, text)
