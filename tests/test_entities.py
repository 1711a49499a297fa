"""depeche_entities: exact spans and labels on French news sentences, including the model's errors it corrects."""

from __future__ import annotations

import pytest

from pipeline.annotate import entities
from pipeline.annotate.entities import EntityCorrector
from tests.french import ents, french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


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


def test_emphasis_in_a_quoted_english_post_is_not_an_acronym(nlp):
    assert "ORG" not in {label for _, label in ents(nlp, "Hopefully they will ALL agree on this")}


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
    assert restored.descriptors == component.descriptors


def test_gazetteers_cover_the_domain(nlp):
    component = nlp.get_pipe("depeche_entities")
    media = [entry for entry in component.gazetteer if entry["kind"] == "media"]
    countries = [entry for entry in component.gazetteer if entry["kind"] == "country"]
    assert len(media) >= 150
    assert len(countries) >= 190
    assert component.gazetteer_labels["ria novosti"] == "ORG"
    assert component.gazetteer_labels["kazakhstan"] == "LOC"
    kinds = {entry["kind"] for entry in component.gazetteer}
    assert {"city", "party", "company", "organization", "journal"} <= kinds
    assert component.gazetteer_labels["parti socialiste"] == "ORG"
    assert component.gazetteer_labels["cfdt"] == "ORG"
    assert component.gazetteer_labels["marseille"] == "LOC"


@pytest.mark.parametrize("text, expected", [
    # a descriptor noun says what the name after it is, even a name the model missed or mislabelled
    ("La firme Corvalis a été condamnée lundi.", [("Corvalis", "ORG")]),
    ("Les entreprises Trotto et Velib ont quitté le marché.", [("Trotto", "ORG"), ("Velib", "ORG")]),
    ("La compagnie aérienne Air Austral a annulé ses vols.", [("Air Austral", "ORG")]),
    ("Il a rejoint le parti Les Républicains.", [("Les Républicains", "ORG")]),
    ("Les ONG Aide Sud, Terre Libre et Mer Claire ont signé.",
     [("Aide Sud", "ORG"), ("Terre Libre", "ORG"), ("Mer Claire", "ORG")]),
    # a singular descriptor does not swallow the person in apposition after its name
    ("Le président de l'ONG Aide Sud, Paul Martin, a parlé.", [("Aide Sud", "ORG"), ("Paul Martin", "PER")]),
    ("Élisabeth Borne a réuni ses conseillers : le cabinet Borne est divisé.",
     [("Élisabeth Borne", "PER"), ("Borne", "PER")]),
    ("Il a consulté le site Internet de la mairie.", []),
    ("Son livre est paru aux éditions Grasset.", [("éditions Grasset", "ORG")]),
    ("La loi Egalim a été adoptée en 2018.", [("Egalim", "MISC")]),
    ("Le chalutier breton Karreg a coulé.", [("Karreg", "MISC")]),
    # ... and so does one in apposition after it
    ("Le collectif Terre Vive, une association de riverains, a manifesté.", [("Terre Vive", "ORG")]),
    ("Selon Nadia Ferrat, porte-parole de Mer Claire, une organisation de défense des océans, la pêche doit baisser.",
     [("Nadia Ferrat", "PER"), ("Mer Claire", "ORG")]),
    # a law named after a person of the article stays that person
    ("Emmanuel Macron a défendu la loi Macron.", [("Emmanuel Macron", "PER"), ("Macron", "PER")]),
    # acronyms: organizations unless common nouns; in parentheses, the label of the name they abbreviate
    ("Les chercheurs de l'INSERM et de la CNAF le confirment.", [("INSERM", "ORG"), ("CNAF", "ORG")]),
    ("Il fallait calculer le PIB et signer un CDI.", []),
    ("Le Service de police de la Ville de Québec (SPVQ) a dressé des constats.",
     [("Service de police de la Ville de Québec", "ORG"), ("SPVQ", "ORG")]),
    ("Il a brigué la présidence du PCF en 2001.", [("PCF", "ORG")]),
    # a name the model cut at `et` runs on to its acronym
    ("Le site est géré par l'Office national des forêts et des espaces naturels (ONFEN) depuis 2010.",
     [("Office national des forêts et des espaces naturels", "ORG"), ("ONFEN", "ORG")]),
    # numbered universities are not places
    ("Les étudiants de Lyon-2 sont en grève.", [("Lyon-2", "ORG")]),
    # laws and policies are MISC, and split from what the model glued to them
    ("Le programme est appelé «Green New Deal» depuis 2019.", [("Green New Deal", "MISC")]),
    ("Ils sont devant le Congrès le Clean Air Act à la main.", [("Congrès", "ORG"), ("Clean Air Act", "MISC")]),
    # a capitalised cardinal point of a place is a region
    ("L'Espagne est le premier pays du Sud de l'Europe.", [("Espagne", "LOC"), ("Sud de l'Europe", "LOC")]),
    # the police acting or speaking is an organization; `voitures de police` is not
    ("« Il a été arrêté », a précisé la gendarmerie.", [("gendarmerie", "ORG")]),
    ("La police a arrêté le suspect.", [("police", "ORG")]),
    ("Les voitures de police encadrent la scène.", []),
    # a capitalised `Ville` is the city's administration
    ("Elle a quitté la Ville de Paris, a précisé la Ville.", [("Ville de Paris", "ORG"), ("Ville", "ORG")]),
    # social networks, media after a contracted article, parties named by their members
    ("Elle a quitté X pour Bluesky.", [("X", "ORG"), ("Bluesky", "ORG")]),
    ("Dans un entretien au Figaro, il est critiqué.", [("Figaro", "ORG")]),
    ("Les Démocrates ont perdu le Sénat.", [("Démocrates", "ORG"), ("Sénat", "ORG")]),
    # a name the model ran into a quoted English post ends where the prose starts
    ("The EPA has failed us all", [("EPA", "ORG")]),
    ("La Food and Drug Administration a autorisé le vaccin.", [("Food and Drug Administration", "ORG")]),
    # a sentence-initial participle is not a person
    ("Étonnés par ce résultat, des chercheurs ont enquêté.", []),
    # a name described by a bare title or an age in apposition is a person
    ("« Nous sommes inquiets », glisse Yasmina, étudiante en droit.", [("Yasmina", "PER")]),
    ("« Nous sommes inquiets », glisse Kader, 32 ans.", [("Kader", "PER")]),
    # a capitalised heading word the article writes in lower case is a common word
    ("Nitrates : le débat continue\n\nLes nitrates polluent les rivières.", []),
])
def test_corrections_of_the_model(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Il enseigne à l'université de Lille et à l'université de Genève.", [("Lille", "LOC"), ("Genève", "LOC")]),
    ("Le tribunal de la ville de Semey a rendu sa décision.", [("Semey", "LOC")]),
    # an institution inside another's name is an organization of its own
    ("Le Comité du service des migrations du ministère de l'Intérieur du Kazakhstan a publié un bilan.",
     [("ministère de l'Intérieur du Kazakhstan", "ORG")]),
    ("Le Service de police de la Ville de Québec a dressé des constats.", [("Ville de Québec", "ORG")]),
    # not inside a capitalised proper name, nor a domain (`de la Défense`)
    ("Il enseigne à l'Université de Sherbrooke.", []),
    ("Le ministère russe de la Défense a indiqué mardi qu'il ne solliciterait personne.", []),
])
def test_entities_nested_in_names(nlp, text, expected):
    doc = nlp(text)
    assert [(span.text, span.label_) for span in doc.spans[entities.NESTED]] == expected


@pytest.mark.parametrize("text, expected", [
    ("L'avocat de Movlayev, Murat Adam, a publié une lettre.",
     [("Movlayev", None), ("Murat Adam", "avocat de Movlayev")]),
    ("Le PDG de TotalEnergies, Patrick Pouyanné, a été entendu.", [("Patrick Pouyanné", "PDG de TotalEnergies")]),
    # the model reads the portfolio and the minister as one name
    ("Le ministre de l'Économie Bruno Le Maire a réagi.", [("Bruno Le Maire", "ministre de l'Économie")]),
    ("Le directeur de l'Agence France Presse a démissionné.", []),
    ("Anne Morel, directrice du Global Water Project, a parlé.", [("Anne Morel", None)]),
    # no apposition: the complement keeps no role and nobody else gets one
    ("La femme de Paul Martin a parlé.", [("Paul Martin", None)]),
])
def test_title_with_a_complement_is_the_role_of_the_next_person(nlp, text, expected):
    doc = nlp(text)
    assert [(e.text, e._.role) for e in doc.ents if e.label_ == "PER"] == expected


@pytest.mark.parametrize("text, expected", [
    # a listed outlet named with its article in lower case keeps it, as its name has it
    ("Selon le Monde, le projet est abandonné.", [("le Monde", "ORG")]),
    # after a contracted article, the name without it
    ("Il l'a dit au micro de RTL puis dans les colonnes du Parisien.", [("RTL", "ORG"), ("Parisien", "ORG")]),
    # channels, radios and regional titles
    ("Invitée de France Musique puis de TMC, elle a répondu à Var-Matin.",
     [("France Musique", "ORG"), ("TMC", "ORG"), ("Var-Matin", "ORG")]),
])
def test_media_by_their_short_names(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_outlet_with_its_article_is_also_named_without_it(nlp):
    """`le Monde` and `Monde`: both forms of one outlet, the second a nested mention."""
    doc = nlp("Selon le Monde, le projet est abandonné.")
    assert [(s.text, s.label_) for s in doc.spans["nested_entities"]] == [("Monde", "ORG")]
