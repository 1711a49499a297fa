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


HEADLINE = "Budget : la gauche monte au créneau\n"


@pytest.mark.parametrize("sentence,speaker,statement", [
    # a verb the tagger reads as an adjective or a noun after its subject
    ("L'opposition critique vivement le projet du gouvernement.", "opposition", "vivement le projet du gouvernement"),
    ("Le syndicat juge la proposition insuffisante.", "syndicat", "la proposition insuffisante"),
    # an incise whose postposed subject comes after a clause the parse hangs on the first noun
    ("Les enquêteurs privilégient la piste criminelle, indique une source proche du dossier.",
     "une source proche du dossier", "Les enquêteurs privilégient la piste criminelle"),
    # a `que` clause after a detached phrase the parse cuts from its verb
    ("La ministre a, de son côté, assuré que rien n'était décidé.", "ministre", "que rien n'était décidé"),
    # a hyphenated compound the tokenizer splits
    ("Les marins-pompiers ont annoncé avoir retrouvé deux corps.", "marins-pompiers", "avoir retrouvé deux corps"),
])
def test_source_read_where_the_parse_slips(nlp, sentence, speaker, statement):
    assert claims_of(nlp, HEADLINE + sentence) == [("indirect", speaker, statement)]


def test_a_noun_with_its_own_determiner_stays_a_noun(nlp):
    assert claims_of(nlp, HEADLINE + "Une vive critique de la réforme est venue des syndicats.") == []


def test_names_set_before_their_apposition_are_the_source_ils_stands_for(nlp):
    text = ("Le rapport a été publié mardi. Marc Aubry et Lucie Fabre, les auteurs du rapport, espèrent qu'il sera lu par les élus. "
            "« Le bruit est le premier fléau », écrivent-ils.")
    assert [c[:2] for c in claims_of(nlp, text)] == [("direct", "Marc Aubry et Lucie Fabre")]


def test_coordinated_names_speak_together_and_ils_stands_for_them(nlp):
    text = (HEADLINE + "Claire Morel et Paul Roux, les auteurs du rapport, estiment que la ville doit agir. "
            "« Le retard est immense », écrivent-ils.")
    assert [c[:2] for c in claims_of(nlp, text)] == [("indirect", "Claire Morel et Paul Roux"),
                                                     ("direct", "Claire Morel et Paul Roux")]


def test_the_outlet_own_information_names_no_speaker(nlp):
    text = HEADLINE + "Selon nos informations, le directeur quittera ses fonctions à la fin du mois."
    assert claims_of(nlp, text) == [("according_to", "", "le directeur quittera ses fonctions à la fin du mois")]


def test_a_pronoun_of_the_clause_before_the_colon_names_who_is_quoted(nlp):
    text = (HEADLINE + "Marc Lefort a longtemps hésité avant de rejoindre la mairie. Pourtant, la politique est pour "
            "lui une passion : « Je me lève chaque matin pour servir les habitants de la ville. »")
    assert [c[:2] for c in claims_of(nlp, text)] == [("direct", "Marc Lefort")]


def test_a_quotation_after_a_colon_goes_on_with_the_last_speaker_not_a_subject_who_did_not_answer(nlp):
    text = (HEADLINE + "« Nous ne céderons pas sur les salaires », a prévenu Claire Morel. La direction n'a pas encore "
            "répondu à ses demandes : « Sans réponse avant lundi, nous bloquerons le site de production. »")
    assert [c[:2] for c in claims_of(nlp, text)] == [("direct", "Claire Morel"), ("direct", "Claire Morel")]
