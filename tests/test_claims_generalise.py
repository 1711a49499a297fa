"""Issue 19: cues and speakers that generalise, on sentences written for the tests (not taken from any page)."""

from __future__ import annotations

import pytest

from tests.french import claims_of, french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with()


# (text, kind, speaker, statement): one claim each
ONE_CLAIM = [
    # verbs and frames the lexicon lacked
    ("Le syndicat considère la réforme comme une provocation.", "indirect", "syndicat", "la réforme comme une provocation"),
    ("La ministre de la Culture, Anne Roux, a confié avoir reçu des menaces.", "indirect", "Anne Roux", "avoir reçu des menaces"),
    ("Une voisine a raconté avoir entendu des cris dans la nuit.", "indirect", "Une voisine", "avoir entendu des cris dans la nuit"),
    ("L'agence de notation relève le risque croissant d'une nouvelle crise.", "indirect", "agence de notation",
     "le risque croissant d'une nouvelle crise"),
    ("Le département du Jura a demandé à l'Etat d'interdire ce pesticide.", "indirect", "département du Jura",
     "d'interdire ce pesticide"),
    ("La Fédération des agriculteurs a, elle, demandé aux exploitants de renoncer aux engrais chimiques.", "indirect",
     "Fédération des agriculteurs", "de renoncer aux engrais chimiques"),
    ("Le président du club redoute que les supporters boycottent le match.", "indirect", "président du club",
     "que les supporters boycottent le match"),
    # a source saying the state it is in
    ("La ministre s'est déclarée favorable à une hausse des salaires.", "indirect", "ministre",
     "favorable à une hausse des salaires"),
    ("Le syndicat se dit prêt à négocier.", "indirect", "syndicat", "prêt à négocier"),
    # a participial cue hanging on a clause takes its source
    ("Le maire a rejeté le projet, estimant qu'il faut d'abord consulter les habitants.", "indirect", "maire",
     "qu'il faut d'abord consulter les habitants"),
    # a date or a link is never the speaker
    ("C'est ce qu'a annoncé, dimanche 13 juillet, le député Jean Leroy.", "indirect", "Jean Leroy",
     "C'est ce qu'a annoncé, dimanche 13 juillet, le député Jean Leroy"),
    # an object clitic is not the subject of an incise
    ("« Nous irons jusqu'au bout », m'a confié le maire.", "direct", "maire", "Nous irons jusqu'au bout"),
    # a role and its complement, then the name: the person
    ("« Nous devrons agir vite si la croissance ralentit », a prévenu le commissaire aux affaires économiques Paul Lemoine.",
     "direct", "Paul Lemoine", "Nous devrons agir vite si la croissance ralentit"),
]


@pytest.mark.parametrize("text,kind,speaker,statement", ONE_CLAIM)
def test_one_claim(nlp, text, kind, speaker, statement):
    assert claims_of(nlp, text) == [(kind, speaker, statement)]


# (text, speaker of the last claim): pronouns and descriptions resolved to the person the article names
RESOLVED = [
    ("Marie Dubois a témoigné hier. Ensuite, le juge Thomas Leroux l'a même encouragée. Il a dit qu'il allait continuer.",
     "Thomas Leroux"),
    ("Marie Dubois est arrivée hier. Ensuite, Jacques Martin, pour le Parti socialiste, s'est montré prudent. "
     "« Il faudra analyser les conséquences », a-t-il écrit.", "Jacques Martin"),
    ("Le député Paul Girard a parlé hier. « Nous avons de vives inquiétudes sur ce texte », a déclaré ce proche du maire "
     "sur France Info.", "Paul Girard"),
    ("Le ministre a reçu Jean Dupont mardi. Plus tôt, ce dernier avait affirmé qu'il ne démissionnerait pas.", "Jean Dupont"),
    ("« Nous ne connaissons pas leurs motivations », a expliqué une source gouvernementale. « Quand vous leur dites que "
     "l'Etat paie, ils refusent », a poursuivi cette source.", "une source gouvernementale"),
    ("De leur côté, les écologistes ont salué un accord « déterminant », par la voix de leur président, Jean Valjean. "
     "« Nous travaillerons sur la transcription de cet accord dans la loi », a-t-il promis.", "Jean Valjean"),
    ("Depuis Bruxelles, Claire Durand, directrice générale de la Banque européenne d'investissement (BEI), a jugé "
     "mardi que les tensions commerciales devaient s'apaiser.", "Claire Durand"),
]


@pytest.mark.parametrize("text,speaker", RESOLVED)
def test_speaker_resolved(nlp, text, speaker):
    claims = claims_of(nlp, text)
    assert claims and claims[-1][1] == speaker, claims


# (text, kind, speaker): the last claim of the text
LAST_CLAIM = [
    ("L'Office fédéral de la santé a publié son rapport jeudi. A ses yeux, certains résidus de ce produit pourraient "
     "nuire à la santé.", "according_to", "Office fédéral de la santé"),
    ("Les syndicats ont rencontré le ministre. À leurs yeux, la réforme reste injuste.", "according_to", "syndicats"),
    ("Aux yeux de la présidente du syndicat, la réforme reste injuste.", "according_to", "présidente du syndicat"),
    ("Concernant le sucre, Claire Morel est quant à elle plus nuancée : «à la naissance, nous digérons tout. Ce qui est "
     "sûr, c'est que plus nous vieillissons, moins nous en digérons.»", "direct", "Claire Morel"),
    ("Le Premier ministre Paul Martin s'est exprimé vendredi. « Un choc », c'est ainsi qu'il a qualifié les révélations "
     "concernant son ministre.", "indirect", "Paul Martin"),
    ("Une centaine de produits ont déjà été examinés, précise l'Office fédéral de la santé dans un communiqué.",
     "indirect", "Office fédéral de la santé"),
    ("L'Office fédéral de la santé retire ce produit et considère la substance comme dangereuse.", "indirect",
     "Office fédéral de la santé"),
    ("Selon Moody's, il existe un risque croissant que le Portugal ait besoin d'aide.", "according_to", "Moody's"),
    ("Les négociations reprendront lundi à Genève, a-t-on appris vendredi de sources diplomatiques.", "according_to",
     "sources diplomatiques"),
    ("Même son de cloche chez Renaissance, pour qui « cet accord doit être appliqué sans délai ».", "direct",
     "Renaissance"),
    ("La Fédération des distributeurs d'eau considère que toutes les communes sont concernées, a déclaré son "
     "porte-parole à l'AFP.", "indirect", "Fédération des distributeurs d'eau"),
]


@pytest.mark.parametrize("text,kind,speaker", LAST_CLAIM)
def test_last_claim(nlp, text, kind, speaker):
    claims = claims_of(nlp, text)
    assert claims and claims[-1][:2] == (kind, speaker), claims


@pytest.mark.parametrize("text", [
    "Comment cet herbicide en est-il venu à incarner le mal aux yeux de ses détracteurs ?",
    "À ses yeux de chat, tout était gris.",
    '"HAUSSE DES PRIX DANS LES MAGASINS DU CENTRE-VILLE"',
    "C'est un film pour qui aime les westerns.",
    "Les prévisions de printemps sont publiées. Elles confirment un net ralentissement de la croissance.",
])
def test_no_claim_either(nlp, text):
    assert claims_of(nlp, text) == []
