"""Issue 33, seventh round: a speaker is someone, and the quotations and chains that name them across sentences.

Every sentence is written for this suite (no page text). Each case gives the
text, the speaker a claim must name (the predicted speaker contains it, accents
and case aside) or None with no statement start when no claim may be found,
and, where it matters, how the claim's statement starts.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.claims import extract_claims
from tests.french import names_claim


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


# The source phrase stops where a clause starts; a thing before a colon, or a document, is not who speaks
SOMEONE = [
    ("Le plan annoncé par la ministre prévoit 500 postes.", "ministre", None),
    ("Le calendrier présenté par le Premier ministre satisfait les syndicats.", None, None),
    ("Le calendrier annoncé par le Premier ministre satisfait les syndicats.", "Premier ministre", None),
    ("Les horaires confirmés par la direction surprennent les salariés.", "direction", None),
    ("Réaction de la maire : « Nous ferons toute la lumière. »", "maire", "Nous ferons"),
    ("La réponse du ministère : « Aucune fermeture n'est prévue. »", "ministère", "Aucune fermeture"),
    ("La lettre, signée par 200 médecins, dénonce la fermeture des urgences.", "200 médecins", None),
    ("Le rapport rédigé par la Cour des comptes estime que la dépense dérape.", "Cour des comptes", "que la dépense"),
    ("Le communiqué, publié dimanche par le syndicat, affirme que la grève continue.", "syndicat", "que la grève"),
]

# A quotation opening its sentence after one that names someone else as its subject is no longer the last quoted
# speaker's: the person the sentence between is about speaks, named by the parse or by word order
NEXT_SPEAKER = [
    ("« Nous avons tout essayé », a déclaré le maire. Interrogée sur le sujet, la directrice de l'école, Claire "
     "Vasseur, se montre plus réservée. « Les enfants ont besoin de calme avant tout le reste. »", "Claire Vasseur",
     "Les enfants"),
    ("« Le dossier est vide », a assuré l'avocat de la défense. La procureure, Hélène Roy, s'est levée à son tour. "
     "« Les preuves sont accablantes et le prévenu le sait très bien. »", "Hélène Roy", "Les preuves"),
    ("« Nous avons tout essayé », a déclaré Paul Girard. Lucie Perrin, son adjointe, reste sceptique. « On aurait pu "
     "faire beaucoup plus pour les familles. »", "Lucie Perrin", "On aurait"),
    ("« Il faut recruter », a lancé le délégué syndical. Contacté, le directeur du site, Marc Dupuis, se dit ouvert. "
     "« Nous étudierons toutes les propositions des salariés. »", "Marc Dupuis", "Nous étudierons"),
    # the same speaker goes on when the sentence between names no one else
    ("« Nous avons tout essayé », a déclaré Paul Girard. Il a rappelé les efforts de la commune. « On ne pouvait pas "
     "faire beaucoup plus pour les familles. »", "Paul Girard", "On ne pouvait"),
    ("« Nous avons tout essayé », a déclaré Paul Girard. La réunion a duré deux heures. « On ne pouvait pas faire "
     "beaucoup plus pour les familles. »", "Paul Girard", "On ne pouvait"),
]

# A short quotation that is a sentence of its own, after the sentence about its speaker
SHORT_SENTENCES = [
    ("Le maire est revenu sur l'incident lors du conseil municipal. « Nous ne laisserons pas faire. »", "maire",
     "Nous ne laisserons"),
    ("Interrogée sur ce point, la ministre ne cache pas son agacement. « Ce débat est indigne. »", "ministre",
     "Ce débat"),
    ("Le président du club, Marc Dupuis, a quitté la tribune. « J'ai honte de ce club ! »", "Marc Dupuis", "J'ai honte"),
]

# `Comme l'écrit X`, the courts' verbs and bodies
AS_SAYS = [
    ("Comme l'écrit le philosophe Jürgen Habermas, l'Europe est à la croisée des chemins.", "Jürgen Habermas", None),
    ("La loi est claire, comme l'écrit le juriste Paul Roux.", "Paul Roux", None),
    ("Comme l'explique la chercheuse, le climat change vite.", "chercheuse", None),
    ("La cour d'appel a retenu que l'employeur avait manqué à son obligation.", "cour d'appel", "que l'employeur"),
    ("La chambre sociale rappelle que le salarié doit être entendu.", "chambre sociale", "que le salarié"),
    ("Pour la haute juridiction, la clause est nulle.", "haute juridiction", None),
]

# Locutions of taking a stand: `monter au créneau` (a verb of `être`, which the tagger reads as a passive), and the
# `à` complement a locution's stance is taken on (`rendre hommage à`, `lancer un appel à`)
LOCUTIONS = [
    ("Le député Jean Dupont est monté au créneau pour défendre les agriculteurs.", "Jean Dupont", None),
    ("La maire est montée au créneau contre la fermeture de la maternité.", "maire", None),
    ("Les élus sont montés au créneau pour réclamer un moratoire.", "élus", None),
    ("Le président a rendu hommage aux victimes de l'attentat.", "président", None),
    ("La ministre a rendu hommage à Simone Veil.", "ministre", None),
    ("Le préfet a lancé un appel aux habitants.", "préfet", None),
    ("Les pompiers sont arrivés vers minuit.", None, None),
    ("Le maire a écrit à ses électeurs.", None, None),
]

# Chains of speech: `Et d'ajouter` goes on with the previous sentence's subject, claim or not (never a document);
# `il a ajouté` with the last speaker of the pronoun's gender rather than the last person named
CHAINS = [
    ("La police a ouvert une enquête. Et d'ajouter que les témoins seront entendus.", "police", "que les témoins"),
    ("Le maire a inauguré la médiathèque samedi. Et d'ajouter : « C'est un lieu ouvert à tous. »", "maire",
     "C'est un lieu"),
    ("« Nous avons fait des propositions », a déclaré Marc Dupuis. Et d'ajouter : « Elles restent sur la table. »",
     "Marc Dupuis", "Elles restent"),
    ("Le bilan s'alourdit. Et d'ajouter que trois blessés sont graves.", None, None),
    ("« Je ne démissionnerai pas », a déclaré Paul Girard. Marc Dupuis, son adjoint, a quitté la salle. « Je n'ai "
     "rien à me reprocher », a-t-il ajouté.", "Paul Girard", "Je n'ai rien"),
    ("« Je ne démissionnerai pas », a déclaré Paul Girard. Lucie Perrin, son adjointe, a quitté la salle. « Je n'ai "
     "rien à me reprocher », a-t-elle ajouté.", "Lucie Perrin", "Je n'ai rien"),
    ("« Le dialogue est rompu », a regretté la déléguée, Anne Roux, face à Paul Girard. Elle a poursuivi en "
     "affirmant que la grève continuerait.", "Anne Roux", None),
]

# Two counts of one event, each by its own source, in one sentence
TWO_COUNTS = [
    ("Quelque 12 000 personnes ont manifesté à Paris selon la préfecture de police, 40 000 selon les organisateurs.",
     "préfecture de police", None),
    ("Quelque 12 000 personnes ont manifesté à Paris selon la préfecture de police, 40 000 selon les organisateurs.",
     "organisateurs", None),
    ("Le cortège comptait 3 000 personnes d'après la police et 8 000 d'après le syndicat.", "syndicat", None),
]

NOT_SOMEONE = [
    "La directrice a reçu les familles. Son message : « Nous ferons toute la lumière. »",
    "Le bilan : « Deux morts et trois blessés. »",
]

NO_CLAIM = [
    "Comme l'année dernière, le festival affiche complet.",
    "Le débat, comme l'économie, reste fragile.",
    "Le titre de l'exposition est « Les Ombres ».",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim(nlp, text):
    assert extract_claims(nlp(text)) == []


@pytest.mark.parametrize("text,speaker,start", SOMEONE + NEXT_SPEAKER + SHORT_SENTENCES + AS_SAYS + LOCUTIONS + CHAINS + TWO_COUNTS)
def test_someone_speaks(nlp, text, speaker, start):
    doc = nlp(text)
    found = [(c.speaker, doc.text[c.statement_start : c.statement_end]) for c in extract_claims(doc)]
    if speaker is None and start is None:
        assert found == []
    else:
        assert names_claim(speaker, start, found), found


@pytest.mark.parametrize("text", NOT_SOMEONE)
def test_a_thing_names_no_speaker(nlp, text):
    doc = nlp(text)
    assert all(c.speaker == "" or c.speaker.split()[0].lower() not in ("message", "bilan")
               for c in extract_claims(doc)), [c.speaker for c in extract_claims(doc)]
