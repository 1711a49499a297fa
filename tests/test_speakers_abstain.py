"""Issue 33, fourth round: each mechanism that finds a speaker away from a verb of saying abstains where the text
does not decide (a wrong speaker is worse than none).

Every sentence is written for this suite (no page text). A case gives the text, the speaker the claim must name
(contained in the predicted one, accents and case aside), or "" when the claim must be there with no speaker, and
how the claim's statement starts (None for both: no claim at all).
"""

from __future__ import annotations

import pytest

from pipeline.claims import extract_claims
from pipeline.common.names import fold
from tests.french import known_miss


# A long quotation with no cue in a clause: its subject's words, unless the clause says otherwise
QUOTED_IN_A_CLAUSE = [
    ("Le maire veut « remettre de l'ordre dans les finances de la ville avant la fin de l'année ».", "maire",
     "remettre"),
    ("Lucie Perrin a promis « une transparence totale sur l'utilisation de l'argent public ».", "Lucie Perrin",
     "une transparence"),
    ("Le président ne voit « aucune raison de changer de politique dans les mois qui viennent ».", "président",
     "aucune raison"),
    # the subject undergoes a passive: the agent or no one
    ("La police a été alertée vers minuit par une voisine « inquiète de ne plus entendre aucun bruit chez elle ».",
     "", "inquiète"),
    ("Le conseil a été saisi jeudi « afin de trancher une fois pour toutes la question du stade ».", "", "afin"),
    # the quotation describes the clause's object: a document, a title, a slogan
    ("La ministre a reçu une lettre « signée par plus de deux cents médecins de toute la région ».", "", "signée"),
    ("Le syndicat a distribué un tract « contre la fermeture de l'usine et pour le maintien des emplois ».", "",
     "contre"),
    ("Le gouvernement a présenté un texte « visant à simplifier les démarches des petites entreprises ».", "",
     "visant"),
    # two subjects for one clause: the parse cannot tell who says it
    ("Le rapport décrit la situation en ces termes : la réforme « aggrave les inégalités entre les territoires ».",
     "", "aggrave"),
]

# `il`/`elle` after a subject noun naming a person who came after the person named or heard before
PRONOUN_AFTER_A_NEWER_SUBJECT = [
    ("Paul Girard a été condamné. Un proche du maire a réagi. Il a jugé la peine sévère.", "proche du maire",
     "la peine"),
    ("« Nous ferons appel », a déclaré Marc Dupuis. Son avocat a pris la parole ensuite. Il a estimé que le "
     "jugement était injuste.", "avocat", "que le jugement"),
    ("Lucie Perrin a quitté la réunion. Une conseillère municipale a alors demandé la parole. Elle a affirmé que le "
     "budget était faux.", "conseillère municipale", "que le budget"),
    ("Le maire Paul Girard a inauguré le pont. Un riverain était présent. Il assure que les travaux ont duré trop "
     "longtemps.", "riverain", "que les travaux"),
    # the topic stays: a noun of the reported clause, or one a speaking possessive shows is quoted, is no new topic
    ("Lucie Perrin a témoigné mardi. Elle a raconté que sa mère avait tout vu. « Ma mère est restée à la fenêtre "
     "toute la nuit », a-t-elle ajouté.", "Lucie Perrin", "Ma mère"),
    ("Paul Girard a pris la parole. Il a estimé que le préfet avait menti. « Je le prouverai », a-t-il ajouté.",
     "Paul Girard", "Je le"),
    known_miss("a description with a complement resolves to the latest person who spoke, of another role",
          "« Je démissionne », a annoncé Claire Morel lundi. La présidente du club s'est exprimée le lendemain. "
          "« Nous regrettons ce départ », a-t-elle déclaré.", "présidente du club", "Nous regrettons"),
    known_miss("a bare participant noun (`le témoin`) resolves to the latest person who spoke, never written so",
          "« Je ne regrette rien », a déclaré Paul Girard. Le témoin a ensuite raconté la scène. Il a précisé que "
          "la voiture roulait vite.", "témoin", "que la voiture"),
]

# A quotation with no cue after a quoted claim goes on with its speaker, unless a sentence between them is about
# someone else: then that one (the topic) or no one
QUOTATION_AFTER_ANOTHER_SUBJECT = [
    ("« Nous ne céderons pas », a déclaré Paul Girard. « Nous irons jusqu'au bout de ce combat, quoi qu'il "
     "arrive. »", "Paul Girard", "Nous irons"),
    ("« Je ne céderai pas », a déclaré Paul Girard. Il a ensuite quitté la salle. « Nous irons jusqu'au bout de ce "
     "combat, quoi qu'il arrive. »", "Paul Girard", "Nous irons"),
    ("« Nous ne céderons pas », a déclaré Paul Girard. Marc Dupuis est arrivé ensuite au tribunal sous les huées. "
     "« Je n'ai rien à me reprocher dans cette affaire. »", "Marc Dupuis", "Je n'ai"),
    ("« Nous ne céderons pas », a déclaré Lucie Perrin. Sa rivale, Claire Morel, a quitté la salle. « Cette "
     "réunion ne sert à rien du tout, c'est une perte de temps. »", "", "Cette réunion"),
    ("« Le dossier est clos », a affirmé le procureur. La défense a demandé un renvoi du procès. « Nous n'avons "
     "pas eu accès à toutes les pièces du dossier. »", "défense", "Nous n'avons"),
]

# The incise speaks by its shape: any verb after a quotation with its subject inverted or postposed (Le Bon Usage
# § 380: verbs of manner, gesture, feeling), not only the lexicon's verbs of saying
OPEN_INCISE = [
    ("« Les résultats ne sont pas à la hauteur de nos attentes », tacle la présidente de la région.",
     "présidente de la région", "Les résultats"),
    ("« On verra bien ce que l'avenir nous réserve à tous », philosophe le vieil homme.", "vieil homme", "On verra"),
    ("« Nous allons gagner ce match et la coupe avec », s'enthousiasme l'entraîneur.", "entraîneur", "Nous allons"),
    ("« Nous avons tout perdu dans l'incendie », pleure une habitante.", "habitante", "Nous avons"),
    ("« Il a fait un travail remarquable », crédite en privé l'ancien ministre Paul Girard.", "Paul Girard",
     "Il a fait"),
    ("La ministre, Claire Morel, a visité le chantier. « Je n'ai jamais vu une chose pareille », s'étrangle-t-elle.",
     "Claire Morel", "Je n'ai"),
    ("Le maire, Paul Roux, a répondu aux élus. « C'est une honte pour la ville », a-t-il grincé.", "Paul Roux",
     "C'est une"),
    ("Le maire, Paul Roux, a répondu aux élus. « C'est une honte, s'étrangle-t-il. Personne ne nous écoute. »",
     "Paul Roux", "C'est une"),
    # a quoted word is no incise's; nor is a thing after the verb, nor a name a preposition governs
    ("L'accord a été jugé « historique », tacle un proche de Paul Girard.", None, None),
    ("« La sécurité avant tout », reste le mot d'ordre de la direction.", None, None),
    ("« Vachement doué pour la politique », glisse un proche de Paul Girard.", "proche", "Vachement"),
    known_miss("the tagger reads `grince` after the quotation as no verb, and the postposed subject is not found",
          "« Ce sont toujours les mêmes qui paient la facture », grince un commerçant du centre-ville.", "commerçant",
          "Ce sont"),
]

# A pronominal verb in a compound tense is no passive (the tagger may mark `s'est interrogé` so): its subject speaks
PRONOMINAL_NOT_PASSIVE = [
    ("Le sénateur s'est interrogé sur le coût du projet.", "sénateur", "sur le coût"),
    ("Les élus se sont interrogés sur l'avenir de la ligne ferroviaire.", "élus", "sur l'avenir"),
    ("Les syndicats se sont inquiétés de la hausse des prix.", "syndicats", "de la hausse"),
    ("La sénatrice s'était interrogée sur le financement du stade.", "sénatrice", "sur le financement"),
    ("« Nous ne comprenons pas cette décision du tribunal », se sont indignés les riverains.", "riverains",
     "Nous ne"),
    # a true passive still names no speaker but its agent
    ("Le projet a été critiqué.", None, None),
]

# A sentence whose verb of saying has no content of its own announces the quotation after it
SPEECH_THEN_QUOTATION = [
    ("La ministre a répondu aux critiques. « Ces accusations sont infondées. »", "ministre", "Ces accusations"),
    ("Le préfet a réagi lundi. « La loi sera appliquée. »", "préfet", "La loi"),
]

CASES = (SPEECH_THEN_QUOTATION + QUOTED_IN_A_CLAUSE + PRONOUN_AFTER_A_NEWER_SUBJECT + QUOTATION_AFTER_ANOTHER_SUBJECT + OPEN_INCISE
         + PRONOMINAL_NOT_PASSIVE)


def _claims(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(c.speaker, doc.text[c.statement_start : c.statement_end]) for c in extract_claims(doc)]


@pytest.mark.parametrize("text,speaker,start", CASES)
def test_speaker_or_none(nlp, text, speaker, start):
    if start is None:
        assert _claims(nlp, text) == []
        return
    found = [(said_by, statement) for said_by, statement in _claims(nlp, text)
             if statement.lstrip("«»\"“”‹› -—–").startswith(start)]
    assert found, _claims(nlp, text)
    said_by = found[0][0]
    assert (said_by == "") if speaker == "" else (fold(speaker) in fold(said_by)), found
