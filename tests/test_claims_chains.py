"""Issue 33, second pass: who speaks across sentences — incises further on, roles, antecedents — on sentences
written for the tests (each text opens with a headline line, as an article does)."""

from __future__ import annotations

import pytest

from tests.french import claims_of, french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


def test_incise_after_a_phrase_that_follows_the_quotation(nlp):
    text = ("Incendie à Lyon\n« Nous avons retrouvé deux corps dans la nuit », sous les décombres de l'immeuble, "
            "a précisé le procureur.")
    assert claims_of(nlp, text) == [("direct", "procureur", "Nous avons retrouvé deux corps dans la nuit")]


def test_role_description_skips_a_speaker_named_by_another_role(nlp):
    text = ("Incendie à Lyon\nLe maire de Lyon, Paul Durand, a salué le travail des secours. « Les recherches "
            "continuent », a déclaré le commandant des pompiers. « La douleur est grande », a ajouté le maire.")
    assert claims_of(nlp, text)[-1] == ("direct", "Paul Durand", "La douleur est grande")


@pytest.mark.parametrize("opening", [
    "Dans son bureau du troisième étage, on trouve Marc Lefort, directeur de cabinet de Jean Dupuis.",
    "Le journaliste rencontre Marc Lefort, 54 ans, bras droit de Jean Dupuis, au siège du parti.",
])
def test_pronoun_prefers_the_person_to_the_name_of_his_apposition(nlp, opening):
    text = f"Visite au ministère\n{opening} « Rien n'est encore décidé pour la réforme », glisse-t-il."
    assert claims_of(nlp, text) == [("direct", "Marc Lefort", "Rien n'est encore décidé pour la réforme")]


def test_quotation_after_the_cue_an_earlier_quotation_took_is_a_claim_of_its_own(nlp):
    text = ("Attaque à Rennes\nUn homme de 40 ans a été interpellé peu après «et se trouve en garde à vue», a indiqué "
            "la gendarmerie. «Il a été maîtrisé par deux agents municipaux» avant l'arrivée des secours.")
    assert claims_of(nlp, text) == [("direct", "gendarmerie", "et se trouve en garde à vue"),
                                    ("direct", "gendarmerie", "Il a été maîtrisé par deux agents municipaux")]


def test_pour_after_a_connective(nlp):
    text = "Débat sur la réforme\nCependant, pour les économistes, la réforme ne réglera rien sur le fond."
    assert claims_of(nlp, text) == [("according_to", "économistes", "la réforme ne réglera rien sur le fond")]


def test_quotation_goes_on_with_the_opinion_of_pour(nlp):
    text = ("Débat sur la réforme\nPour les syndicats, la réforme ne réglera rien sur le fond. « Nous serons dans la "
            "rue dès le mois prochain pour le dire. »")
    assert claims_of(nlp, text)[-1][:2] == ("direct", "syndicats")
