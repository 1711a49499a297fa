"""depeche_entities: a single capitalised or all-capitals common word is no name (sentences written for this suite).

The lemmatizer's index lists lemmas, and not all of them (`ligne`, `voir`): an
inflected form (`privée`, `faits`), a form that lost its accents in capitals
(`PRIVEE`, `ELECTIONS`) or a missing noun, in capitals opening a heading or a
rubric's kicker, passed for an organization. Words the text writes in lower
case far more often than capitalised or in capitals are common words (the
model's vector table ranks them); acronyms and names that are also words stay
names. A capitalised word opening a heading is left to the parse and the
lemmatizer (the headings below were already no names).
"""

from __future__ import annotations

import pytest

from tests.french import ents, french_with

NAMES = ("PER", "LOC", "ORG")


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


SHOUTED_KICKERS = [
    # a rubric's kicker in capitals opening the standfirst, accents lost or kept
    ("VIE PRIVEE Les applications en savent plus que vos proches", "PRIVEE"),
    ("VIE PRIVEE Les applications en savent plus que vos proches", "VIE"),
    ("VIE PRIVÉE Les applications en savent plus que vos proches", "PRIVÉE"),
    ("VIE LOCALE Un nouveau marché ouvre ses portes", "VIE"),
    ("FAITS DIVERS Un motard blessé sur la rocade", "FAITS"),
    ("ELECTIONS MUNICIPALES Les listes sont déposées en préfecture", "ELECTIONS"),
    ("ELECTIONS MUNICIPALES Les listes sont déposées en préfecture", "MUNICIPALES"),
    ("EN LIGNE Les démarches se font désormais sur internet", "LIGNE"),
    ("VOIR AUSSI Nos autres articles sur le sujet", "VOIR"),
    ("DERNIERES NOUVELLES Le pont rouvre lundi", "DERNIERES"),
    ("PETITES ANNONCES Les offres de la semaine", "PETITES"),
    ("PROPRIETE PRIVEE : entrée interdite", "PRIVEE"),
    ("SOCIETE Les étudiants manifestent devant le rectorat", "SOCIETE"),
    ("Le maire a tranché.\n\nENFANTS\n\nLes écoles resteront ouvertes.", "ENFANTS"),
]

CAPITALISED_HEADINGS = [
    # a heading or a line opening on a common word the lemmatizer's index lacks
    ("Ligne à grande vitesse : le chantier reprend à l'automne", "Ligne"),
    ("Données personnelles : ce que savent les applications", "Données"),
    ("Propriété privée : l'accès au chemin reste interdit", "Propriété"),
    ("Personnes âgées : la canicule inquiète les soignants", "Personnes"),
    ("Voir la carte des communes concernées", "Voir"),
]

CALLS_TO_ACTION = [
    # a page's buttons in capitals: a verb in the imperative's second person plural, or a word a hyphenated clitic
    # pronoun follows, is no acronym
    ("ABONNEZ-VOUS pour lire la suite de cet article", "ABONNEZ"),
    ("SUIVEZ-NOUS sur les réseaux sociaux", "SUIVEZ"),
    ("PARTAGEZ cet article avec vos proches", "PARTAGEZ"),
    ("REJOIGNEZ notre communauté de lecteurs", "REJOIGNEZ"),
    ("Le marché rouvre samedi. DÉCOUVREZ le programme complet", "DÉCOUVREZ"),
    ("CLIQUEZ ICI pour voir la vidéo", "CLIQUEZ"),
    # a diploma's acronym is a common noun's
    ("Elle a obtenu son MBA en 2015 avant de rejoindre la banque.", "MBA"),
]

NAMES_THAT_STAY = [
    # acronyms, in prose or after a shouted heading
    ("La SNCF a annoncé des suppressions de trains.", "SNCF", "ORG"),
    ("La CGT appelle à une nouvelle grève jeudi.", "CGT", "ORG"),
    ("L'ONU condamne les frappes sur les civils.", "ONU", "ORG"),
    ("GREVE Les syndicats de la SNCF appellent à cesser le travail", "SNCF", "ORG"),
    ("Le rapport de l'OMS sera publié lundi.", "OMS", "ORG"),
    # names that are also words, or written in lower case on the web
    ("Orange va supprimer des postes en France.", "Orange", "ORG"),
    ("Renault rappelle des milliers de voitures.", "Renault", "ORG"),
    ("IKEA ferme son magasin de Lyon.", "IKEA", "ORG"),
    ("Le géant Ikea ferme son magasin de Lyon.", "Ikea", "ORG"),
    ("Les salariés de Free sont en grève.", "Free", "ORG"),
    ("Le MEDEF et la CFDT ont signé l'accord.", "MEDEF", "ORG"),
]


@pytest.mark.parametrize("text, word", [*SHOUTED_KICKERS, *CAPITALISED_HEADINGS, *CALLS_TO_ACTION])
def test_common_word_is_no_name(nlp, text, word):
    found = ents(nlp, text)
    assert not [e for e in found if e[0] == word and e[1] in NAMES], found


@pytest.mark.parametrize("text, span, label", NAMES_THAT_STAY)
def test_name_stays(nlp, text, span, label):
    assert (span, label) in ents(nlp, text)
