"""Issue 33, fifth round: reported speech the earlier suites left out — on sentences written for the tests.

Each case gives the sentence, the speaker a claim must name (folded, as the
evaluator compares: the predicted speaker contains it) or None when no claim may
be found, and how the claim's statement starts where it matters.
"""

from __future__ import annotations

import pytest

from tests.french import claims_of, french_with, known_miss, names_claim


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


# An implicative verb entails its infinitive (Karttunen): the verb of saying under it reports, its subject speaks;
# a verb of intent, ability or refusal does not.
IMPLICATIVE = [
    ("La ministre a tenu à préciser que rien n'était décidé.", "ministre", "que rien"),
    ("Le maire tient à saluer le travail des bénévoles.", "maire", None),
    ("Le syndicat s'est empressé de dénoncer une mesure injuste.", "syndicat", None),
    ("Le syndicat n'a pas hésité à dénoncer une mesure injuste.", "syndicat", None),
    ("L'entraîneur n'a pas manqué de souligner que ses joueurs étaient épuisés.", "entraîneur", "que ses joueurs"),
    ("La porte-parole s'est contentée d'indiquer que la grève continuerait.", "porte-parole", "que la grève"),
    ("L'avocat s'est borné à rappeler que son client était présumé innocent.", "avocat", "que son client"),
    ("L'avocate a pris soin de préciser que sa cliente coopérait.", "avocate", "que sa cliente"),
    ("Le patron a fini par reconnaître que des erreurs avaient été commises.", "patron", "que des erreurs"),
    ("Les élus ne cessent de répéter que la réforme est injuste.", "élus", "que la réforme"),
    ("Le président du club a salué le public, avant d'ajouter que l'équipe reviendrait plus forte.",
     "président du club", None),
    ("La directrice a visité les locaux avant de préciser que l'école rouvrirait lundi.", "directrice", "que l'école"),
    ("La candidate s'est fendue d'un message pour rétorquer que le débat était truqué.", "candidate", "que le débat"),
    ("Le maire n'a pas tenu à commenter la décision.", None, None),
    ("Le maire pourrait tenir à préciser que rien n'est décidé.", None, None),
    ("Le maire a hésité à annoncer sa candidature.", None, None),
    ("La ministre a cessé de répéter que la réforme est juste.", None, None),
    ("Le sénateur a renoncé à dénoncer la fraude.", None, None),
    ("Le ministre a refusé de dire si la réforme serait retirée.", None, None),
    ("Avant de dire que la situation est grave, il faut attendre.", None, None),
    ("L'agence a étudié le dossier, avant de renouveler l'autorisation du produit.", None, None),
    ("Le syndicat est venu pour dénoncer que la direction avait menti.", "syndicat", None),  # `être` verb, no passive
]

# According-to phrases closing on `de` in every form it takes before its source, the conditional `si l'on en croit`,
# and the relative `selon qui` (its antecedent speaks, not the clause before it)
ACCORDING_TO = [
    ("Aux yeux du syndicat, la réforme est injuste.", "syndicat", "la réforme"),
    ("Aux yeux des riverains, le chantier n'a que trop duré.", "riverains", None),
    ("De l'avis des experts, la digue ne tiendra pas.", "experts", "la digue"),
    ("De l'avis d'Hélène Marchand, le calendrier est intenable.", "Hélène Marchand", None),
    ("De l'aveu même du ministre, le budget ne sera pas tenu.", "ministre", "le budget"),
    ("Aux dires des habitants, le bruit était insupportable.", "habitants", "le bruit"),
    ("Si l'on en croit le syndicat, la grève sera massive.", "syndicat", "la grève"),
    ("Grâce aux révélations du Parisien, l'affaire a éclaté.", "Parisien", None),
    ("Selon les informations des enquêteurs, le suspect était armé.", "enquêteurs", None),
    ("Les policiers ont entendu Marc Dupuis, selon qui la grève durera.", "Marc Dupuis", "la grève"),
    ("Au sens de la loi, ce contrat est nul.", None, None),
]

# A conviction: an adjective of certainty with a `que` clause, after `être` or a copular verb; never impersonal
BELIEF = [
    ("Le maire est convaincu que le projet verra le jour.", "maire", "que le projet"),
    ("La sélectionneuse reste persuadée que son équipe ira loin.", "sélectionneuse", "que son équipe"),
    ("Le maire semble convaincu que le projet verra le jour.", "maire", "que le projet"),
    ("Le syndicat était certain que la direction céderait.", "syndicat", "que la direction"),
    ("Les enquêteurs sont convaincus que le suspect a menti.", "enquêteurs", "que le suspect"),
    ("Claire Vasseur est consciente que la tâche sera rude.", "Claire Vasseur", "que la tâche"),
    ("Les parents sont sûrs que leur fils est innocent.", "parents", "que leur fils"),
    ("Il est certain que le projet verra le jour.", None, None),
    ("C'est sûr que le projet verra le jour.", None, None),
    ("Le maire n'est pas convaincu que le projet verra le jour.", None, None),
    ("Le maire est-il convaincu que le projet verra le jour ?", None, None),
    ("Le projet est certain de voir le jour.", None, None),
    ("Certains habitants sont partis avant que la digue ne cède.", None, None),
]

# A noun in -at names a state or a thing (anonymat, mandat, contrat, climat), not a source, unless listed
# (avocat, candidat, syndicat, patronat)
SPEAKER_AT = [
    ("Le candidat affirme que le scrutin est truqué.", "candidat", "que le scrutin"),
    ("Le patronat estime que les charges sont trop lourdes.", "patronat", "que les charges"),
    ("Le lauréat a confié qu'il ne s'attendait pas à gagner.", "lauréat", "qu'il ne"),
    ("L'attentat a choqué le pays, a déclaré le consulat.", "consulat", None),
    ("Le contrat prévoit que le club paie les frais.", None, None),
    known_miss("the parse makes the relative clause the root and `assure` its conjunct: no speaker rather than "
          "`anonymat`, the relative's object, as before",
          "Un médecin, qui a requis l'anonymat, assure que les stocks sont vides.", "médecin", "que les stocks"),
]

CASES = IMPLICATIVE + ACCORDING_TO + BELIEF + SPEAKER_AT


@pytest.mark.parametrize("text,speaker,start", CASES)
def test_reported(nlp, text, speaker, start):
    found = claims_of(nlp, text)
    if speaker is None and start is None:
        assert found == []
    else:
        assert names_claim(speaker, start, found), found
