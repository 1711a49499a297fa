"""depeche_entities on the classes of issue 18: names cut short, wrong labels, things that are not names, missed names.

Sentences written for these tests; each states the entities it must give, or none.
"""

from __future__ import annotations

import pytest

from tests.french import ents, french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


def labels_of(nlp, text: str) -> dict[str, str]:
    return dict(ents(nlp, text))


@pytest.mark.parametrize("text, expected", [
    # an apostrophe-s the tokenizer cut stays in the name
    ("L'agence de notation Moody's a relevé la note de la Grèce.", {"Moody's": "ORG", "Grèce": "LOC"}),
    ("Selon Standard & Poor's et Moody's, la dette reste trop lourde.", {"Moody's": "ORG"}),
    # a name cut after its preposition runs on to the name that follows
    ("Le directeur de l'Hôpital universitaire d'Ostrava Petr Novák a démissionné.",
     {"Hôpital universitaire d'Ostrava": "ORG", "Petr Novák": "PER"}),
])
def test_names_are_not_cut(nlp, text, expected):
    found = labels_of(nlp, text)
    for name, label in expected.items():
        assert found.get(name) == label, found


@pytest.mark.parametrize("text, name", [
    # a handle is not part of the name, whatever label the name gets
    ("La Squadra Azzurra @azzurri_fan92 a gagné hier soir.", "Squadra Azzurra"),
    ("Merci au Secours populaire @secourspop pour son aide.", "Secours populaire"),
])
def test_handles_end_names(nlp, text, name):
    found = labels_of(nlp, text)
    assert name in found and not any("@" in found_name for found_name in found), found


@pytest.mark.parametrize("text, not_names", [
    # rating codes and numbers are not places
    ("L'agence a abaissé la note du pays de Baa1 à Ba2, puis à Caa1.", {"Baa1", "Ba2", "Caa1"}),
    ("L'indice a clôturé à 40.126,35 points.", {"40.126,35"}),
    # an English date is not a place
    ("— Marine Dubois (@marinedubois) July 14, 2024", {"July 14"}),
    # a heading in capitals is not a list of organizations
    ('"IL FAUT DEMANDER DAVANTAGE DE SACRIFICES AUX RETRAITÉS", a lancé le député.',
     {"DEMANDER", "AUX", "DE", "DAVANTAGE DE SACRIFICES", "SACRIFICES"}),
    ("La une titrait simplement : AUSTÉRITÉ.", {"AUSTÉRITÉ"}),
    # a minister's portfolio is not an organization
    ("La ministre de la Cohésion des territoires a reçu les maires.", {"Cohésion des territoires"}),
    ("Le ministre de l'Éducation nationale a annoncé une réforme.", {"Éducation nationale"}),
    ("La secrétaire d'État chargée des Affaires européennes était à Bruxelles.", {"Affaires européennes"}),
])
def test_not_names(nlp, text, not_names):
    found = labels_of(nlp, text)
    assert not (not_names & set(found)), found


@pytest.mark.parametrize("text, expected", [
    # a village after `à` is a place, not a person
    ("Samedi soir, à Saint-Cirgues, un arbre est tombé sur la route.", {"Saint-Cirgues": "LOC"}),
    ("Ce matin, à Frayssinet, des câbles sont tombés sur la chaussée.", {"Frayssinet": "LOC"}),
    # a newspaper introduced as such is an organization, the billionaire who owns it a person,
    # even with the newspaper in apposition after his name
    ("Propriété du groupe du milliardaire Petr Kellner, le tabloïd Blesk a publié les photos.",
     {"Petr Kellner": "PER", "Blesk": "ORG"}),
    ("Le tabloïd Blesk affirme que le groupe du milliardaire Daniel Křetínský veut vendre.",
     {"Blesk": "ORG", "Daniel Křetínský": "PER"}),
    # clubs named from a club word, and a playing city in a sports article, are organizations
    ("Le Stade rennais a battu le Stade de Reims, pendant que le Biarritz Olympique perdait.",
     {"Stade rennais": "ORG", "Stade de Reims": "ORG", "Biarritz Olympique": "ORG"}),
    ("Après ce match de championnat, l'entraîneur a salué ses joueurs : Lorient a battu Nantes.",
     {"Lorient": "ORG"}),
    # but a stadium named after a country is a place, and a city outside sport stays a place
    ("La finale se jouera au Stade de France.", {"Stade de France": "LOC"}),
    ("Lorient a inauguré son nouveau port de pêche.", {"Lorient": "LOC"}),
])
def test_labels(nlp, text, expected):
    found = labels_of(nlp, text)
    for name, label in expected.items():
        assert found.get(name) == label, found


@pytest.mark.parametrize("text, expected", [
    # institutions written as noun phrases
    ("Les pompiers du Cantal ont dégagé la route avec la direction départementale des routes.",
     [("pompiers du Cantal", "ORG"), ("direction départementale des routes", "ORG")]),
    ("Le texte sera présenté en Conseil des ministres mercredi.", [("Conseil des ministres", "ORG")]),
    ("La Bourse de Paris a fini en baisse.", [("Bourse de Paris", "ORG")]),
    ("L'Office fédéral de la santé publique et des affaires sociales a publié un avis.",
     [("Office fédéral de la santé publique et des affaires sociales", "ORG")]),
    ("Le Conseil européen de fin juin tranchera.", [("Conseil européen", "ORG")]),
    # but a direction taken is not an institution
    ("Le camion roulait en direction de Figeac.", [("Figeac", "LOC")]),
])
def test_institutions(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body named after its leader names a person
    ("Ce projet est porté par la Commission Barroso.", {"Barroso": "PER"}),
    ("Le gouvernement Bayrou a présenté son budget.", {"Bayrou": "PER"}),
    ("L'administration Trump a imposé des droits de douane.", {"Trump": "PER"}),
    # a range `du X aux Y` names two organizations
    ("La classe politique, du Parti socialiste aux Républicains, a salué l'accord.",
     {"Parti socialiste": "ORG", "Républicains": "ORG"}),
    # laws and treaties are texts, not organizations
    ("Le Pacte de stabilité et de croissance sera révisé.", {"Pacte de stabilité et de croissance": "MISC"}),
    # a name cut at `de` runs on to its acronym
    ("La Société française de l'industrie du bois et des forêts (SFIBF) s'inquiète.",
     {"Société française de l'industrie du bois et des forêts": "ORG", "SFIBF": "ORG"}),
    # one label per name in an article
    ("Dans un entretien à l'hebdomadaire Reflex, il a parlé. Il a confirmé l'entretien accordé à Reflex.",
     {"Reflex": "ORG"}),
    # unknown names listed with an organization are organizations; listed places stay places
    ("Le carburant ira à Bel Invest, DNC et Mazoukou.", {"Bel Invest": "ORG", "Mazoukou": "ORG"}),
    ("La France, l'Allemagne et l'OTAN ont signé.", {"France": "LOC", "Allemagne": "LOC", "OTAN": "ORG"}),
    ("Les pays de la zone euro ont reculé.", {"zone euro": "LOC"}),
])
def test_names_and_labels(nlp, text, expected):
    found = labels_of(nlp, text)
    for name, label in expected.items():
        assert found.get(name) == label, found


@pytest.mark.parametrize("text, not_names", [
    # a region's code after a one-word place is neither a place nor an organization
    ("Une pollution a été signalée à Domdidier (FR) en juin.", {"FR"}),
    ("Le concert a eu lieu à Austin (TX) samedi.", {"TX"}),
])
def test_region_codes(nlp, text, not_names):
    assert not (not_names & set(labels_of(nlp, text)))


@pytest.mark.parametrize("text, expected", [
    # GeoNames knows cities the model reads as people
    ("Les frappes ont visé Kharkiv dans la nuit.", {"Kharkiv": "LOC"}),
    # but a surname of a person the article names stays a person's
    ("Jean Dupont a parlé. Selon Dupont, tout va bien.", {"Jean Dupont": "PER", "Dupont": "PER"}),
])
def test_geonames(nlp, text, expected):
    found = labels_of(nlp, text)
    for name, label in expected.items():
        assert found.get(name) == label, found


@pytest.mark.parametrize("text, expected", [
    # an initial and a surname make a person; an honorific does not count as an initial
    ("Le but a été marqué par T. Fontaine à la 80e minute.", [("T. Fontaine", "PER")]),
    ("M. Dupont a parlé, et J.-P. Martin aussi.", [("Dupont", "PER"), ("J.-P. Martin", "PER")]),
])
def test_initials(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, not_names", [
    # a miscellany must be the name of a thing, not page furniture, a post or a sentence;
    # an invariable common noun opening a line is not a person
    ("Temps de lecture : 4 min", {"Temps"}),
    ("Temps de Lecture 1 min.", {"Lecture 1 min"}),
    ("Le Premier ministre tchèque Andrej Babiš a parlé.", {"Premier ministre tchèque"}),
    ("« Emmanuel Macron et moi-même nous pencherons sur les questions », a-t-il dit.",
     {"Macron et moi-même nous pencherons sur les questions"}),
    # words glued by a bracket are lost layout
    ("Cliquez ici (Nouvelle fenêtre)avait précisé le site.", {"Nouvelle fenêtre)avait"}),
])
def test_not_miscellany(nlp, text, not_names):
    assert not (not_names & set(labels_of(nlp, text)))


@pytest.mark.parametrize("text, names, not_names", [
    # a spaced en or em dash sets two names apart, however the model spans them
    ("Les cours ont lieu à l'INSA Lyon – Université de Lyon.", [("INSA Lyon", "ORG"), ("Université de Lyon", "ORG")],
     ["INSA Lyon – Université de Lyon"]),
    ("L'équipe type : Maignan – Koundé, Saliba – Tchouaméni.", [("Maignan", "PER"), ("Koundé", "PER")],
     ["Maignan – Koundé"]),
    ("Les Échos – Le Parisien : le groupe réorganise ses titres.", [("Les Échos", "ORG"), ("Le Parisien", "ORG")],
     []),
    # an unspaced dash joins one name's parts
    ("L'université Paris–Saclay a été classée.", [("université Paris–Saclay", "ORG")], []),
])
def test_a_spaced_dash_sets_names_apart(nlp, text, names, not_names):
    found = ents(nlp, text)
    assert all(name in found for name in names), found
    assert not [e for e in found if e[0] in not_names], found
