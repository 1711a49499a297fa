"""Issue 33: every way news attributes a stance, and a speaker that is someone — on sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_claims
from tests.french import claims_of, french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with()


# (text, kind, speaker, statement): one claim each
STANCES = [
    # 1. verbs reporting a position, with their frames (object, prepositional complement, infinitive, gerund)
    ("Les syndicats ont aussitôt condamné cette décision du gouvernement.", "indirect", "syndicats",
     "cette décision du gouvernement"),
    ("Le patronat s'inquiète de la hausse des salaires.", "indirect", "patronat", "de la hausse des salaires"),
    ("Les habitants ont protesté contre la fermeture de l'école.", "indirect", "habitants",
     "contre la fermeture de l'école"),
    ("Le maire a plaidé pour une réouverture rapide du pont.", "indirect", "maire", "pour une réouverture rapide du pont"),
    ("L'avocate s'est interrogée sur le financement de la campagne.", "indirect", "avocate",
     "sur le financement de la campagne"),
    ("Les deux dirigeants contestent avoir été prévenus de la fermeture.", "indirect", "deux dirigeants",
     "avoir été prévenus de la fermeture"),
    ("La sénatrice craint une hausse des impôts.", "indirect", "sénatrice", "une hausse des impôts"),
    ("Le porte-parole a renchéri en s'attaquant au bilan du maire.", "indirect", "porte-parole",
     "en s'attaquant au bilan du maire"),
    # 2. sources named by a passive agent, an impersonal incise or a preposition
    ("Les nouvelles restrictions annoncées par le ministère de la Santé entreront en vigueur lundi.", "indirect",
     "ministère de la Santé", "Les nouvelles restrictions annoncées par le ministère de la Santé entreront en vigueur lundi"),
    ("Le suspect a été interpellé jeudi soir, a-t-on appris vendredi auprès du parquet de Lyon.", "according_to",
     "parquet de Lyon", "Le suspect a été interpellé jeudi soir"),
    ("Aucune trace d'effraction n'a été constatée, est-il relevé dans le rapport d'enquête.", "according_to",
     "rapport d'enquête", "Aucune trace d'effraction n'a été constatée"),
    ("Grâce aux informations du Parisien, les enquêteurs ont retrouvé la voiture.", "according_to", "Parisien",
     "les enquêteurs ont retrouvé la voiture"),
    # 3. quotations with no verb of their own
    ("Christophe Martin « profondément choqué » après l'agression de son joueur", "direct", "Christophe Martin",
     "profondément choqué"),
    ("Le maire a été clair : « Nous ne laisserons pas faire. »", "direct", "maire", "Nous ne laisserons pas faire."),
    # 7. collective and generic sources
    ("Quelques manifestants ont dénoncé des violences policières.", "indirect", "manifestants", "des violences policières"),
    ("Huit ambassades présentes à Dakar ont appelé au calme.", "indirect", "Huit ambassades", "au calme"),
]


@pytest.mark.parametrize("text,kind,speaker,statement", STANCES)
def test_stance(nlp, text, kind, speaker, statement):
    assert claims_of(nlp, text) == [(kind, speaker, statement)]


def test_quotation_continues_the_speaker_of_the_sentence_before(nlp):
    text = "Jeanne Roux a ajouté qu'elle porterait plainte. « Personne ne nous écoute. »"
    assert claims_of(nlp, text)[-1][:2] == ("direct", "Jeanne Roux")


def test_a_following_sentence_is_no_incise(nlp):
    text = "Paul Roux est arrivé tard. « Je suis en colère. » Elle a ajouté qu'elle porterait plainte."
    assert ("indirect", "", "qu'elle porterait plainte") not in claims_of(nlp, text)
    assert [c[0] for c in claims_of(nlp, text)].count("indirect") == 1


# 5. descriptions and handles are the named entity; the description goes to the claim
RESOLVED = [
    ("Paul Tokely, ministre de l'Intérieur, s'est rendu sur place mardi. Plus tard, le ministre de l'Intérieur a "
     "affirmé que l'enquête avancerait vite.", "Paul Tokely", "ministre de l'Intérieur"),
    ("La Ligue des droits de l'homme, une association fondée en 1898, a porté plainte. L'association dénonce une "
     "atteinte grave aux libertés.", "Ligue des droits de l'homme", "association"),
    ("Gérald Darmanin était à Lille. « Nous serons intransigeants », a écrit @GDarmanin sur X.", "Gérald Darmanin",
     "@GDarmanin"),
    ("Fusillade à Denver : Joe Biden appelle au calme\nLe président américain a estimé que la violence armée était "
     "une épidémie.", "Joe Biden", "président américain"),
]


@pytest.mark.parametrize("text,speaker,description", RESOLVED)
def test_description_resolved_to_the_name(nlp, text, speaker, description):
    claim = extract_claims(nlp(text))[-1]
    assert (claim.speaker, claim.speaker_description) == (speaker, description)


# 4 and 8: no one speaks — a thing, a time, a court's sentence, a description with no source
@pytest.mark.parametrize("text", [
    "Des blocages se sont poursuivis vendredi sur plusieurs routes.",
    "Le tribunal a condamné l'homme à cinq ans de prison ferme.",
    "Ces expressions courantes prouvent bien que le stress nous touche.",
    "Personne n'a démontré que ce produit était toxique.",
    "Le maire a répondu en souriant.",
    "Il a écrit à ses électeurs mardi.",
    "Elle a témoigné pour la première fois.",
    "Un roman écrit par Victor Hugo a été adapté au cinéma.",
    "La petite ville est connue dans le monde entier pour son train.",
])
def test_no_claim(nlp, text):
    assert claims_of(nlp, text) == []


def test_a_name_in_quotation_marks_speaks(nlp):
    text = "«Les Amies du rail» appelle les élus à sauver la ligne."
    assert claims_of(nlp, text) == [("indirect", "Amies du rail", "à sauver la ligne")]
