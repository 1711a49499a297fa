"""Issue 33, sixth round: the narrative infinitive of saying, verbs and locutions of saying still missing, and
quotations set after their source and an apposition with no verb (a guard: these already worked).

Each case gives the text, the speaker a claim must name (folded, as the
evaluator compares: the predicted speaker contains it) or None when no claim
may be found, and how the claim's statement starts where it matters. Every
sentence is written for this suite.
"""

from __future__ import annotations

import pytest

from tests.french import claims_of, french_with, known_miss, names_claim


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


# `Et X de dire …` (Le Bon Usage § 901): a past act of saying, its subject between `et` and `de`, or the last speaker
NARRATIVE_INFINITIVE = [
    ("Le maire a présenté son budget. Et Paul Renard d'ajouter : « Nous ne lâcherons rien sur les écoles. »",
     "Paul Renard", "Nous ne lâcherons"),
    ("Et la ministre de conclure que la réforme serait votée avant l'été.", "ministre", "que la réforme"),
    ("Le syndicat a rejeté l'offre. Et son secrétaire général de poursuivre : « La grève continuera. »",
     "secrétaire général", "La grève"),
    ("Et Sophie Martin de préciser que les travaux commenceront en mai.", "Sophie Martin", "que les travaux"),
    ("« Nous avons été entendus », a déclaré Paul Renard. Et d'ajouter que rien ne serait décidé avant l'été.",
     "Paul Renard", "que rien"),
    ("Et les syndicats de dénoncer aussitôt une provocation.", "syndicats", "une provocation"),
    ("La réunion a tourné court, et l'avocate de la famille de lancer : « Nous irons en appel. »",
     "avocate de la famille", "Nous irons"),
    ("Et le plaisir de raconter que tout va bien.", None, None),
    ("Il est temps de dire que la réforme a échoué, et de tourner la page.", None, None),
    ("Et l'envie de crier que tout est fini le submerge.", None, None),
    ("Le directeur a longuement parlé. Et d'ajouter que rien ne serait décidé avant l'été.", "directeur", "que rien"),
]

# Verbs of saying and stance, and the press's locutions of the same senses
LOCUTIONS = [
    ("Le ministre l'a redit mardi : la réforme sera appliquée.", "ministre", "la réforme"),
    ("L'avocate maintient que son client était absent ce soir-là.", "avocate", "que son client"),
    ("L'opposition a épinglé la gestion du maire.", "opposition", "la gestion"),
    ("L'opposition a pointé du doigt le coût du projet.", "opposition", "le coût"),
    ("Le club a rendu hommage à la mémoire des victimes.", "club", None),
    ("L'ancien ministre a invoqué des raisons personnelles.", "ancien ministre", "des raisons"),
    ("Le maire a pris la parole : « Nous reconstruirons l'école. »", "maire", "Nous reconstruirons"),
    ("La directrice a donné l'assurance que personne ne serait licencié.", "directrice", "que personne"),
    ("La ministre a insisté sur l'urgence de la situation.", "ministre", None),
    ("La syndicaliste a tiré la sonnette d'alarme sur les conditions de travail.", "syndicaliste", None),
    ("L'avocat a plaidé la relaxe de son client.", "avocat", "la relaxe"),
    ("La présidente de région a fait comprendre qu'elle ne céderait pas.", "présidente de région", "qu'elle"),
    ("Le juge a décrété que l'audience se tiendrait à huis clos.", "juge", "que l'audience"),
    ("Les riverains se sont émus de la fermeture du bureau de poste.", "riverains", None),
    ("La porte-parole a insinué que le rapport avait été modifié.", "porte-parole", "que le rapport"),
    ("« Le texte reste inchangé », a rectifié le rapporteur.", "rapporteur", "Le texte"),
    ("Les agriculteurs ont crié au scandale : « On nous prend pour des idiots. »", "agriculteurs", "On nous"),
    ("La réforme remet en question le modèle social.", None, None),
    ("Le juge a prononcé la relaxe.", None, None),
    ("Le gouvernement maintient le cap malgré les critiques.", None, None),
]

# A quotation set right after its source and an apposition, with no verb of saying
APPOSED_QUOTATIONS = [
    ("Marcel Dupont, 62 ans, « ne comprend pas pourquoi l'usine ferme alors qu'elle tourne à plein ».",
     "Marcel Dupont", "ne comprend"),
    ("Pour Anne Leroy, directrice de l'école, « les parents doivent être écoutés avant toute décision ».",
     "Anne Leroy", "les parents"),
    ("Jeanne Morel, habitante du quartier depuis trente ans : « On ne reconnaît plus rien ici, tout a changé. »",
     "Jeanne Morel", "On ne reconnaît"),
]

CASES = NARRATIVE_INFINITIVE + LOCUTIONS + APPOSED_QUOTATIONS


@pytest.mark.parametrize("text,speaker,start", CASES)
def test_locutions(nlp, text, speaker, start):
    found = claims_of(nlp, text)
    if speaker is None and start is None:
        assert found == []
    else:
        assert names_claim(speaker, start, found), found


def test_a_headline_quotation_before_an_announced_interview_is_the_interviewee_s(nlp):
    """`« … » : entretien avec X`: the source after the colon is the one the interview is with, not the interview."""
    assert claims_of(nlp, "« Les jeunes ne veulent plus partir » : entretien avec Lucie Marchal, maire de la commune"
                          "\n\nLa commune a gagné deux cents habitants en cinq ans.") == [
        ("direct", "Lucie Marchal", "Les jeunes ne veulent plus partir")]
