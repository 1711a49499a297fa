"""Issue 33, sixth round: interviews — question/answer turns whose unquoted answers are the interviewee's.

Every page is written for this suite (no page text), in the shapes the press
prints an interview with once scraped, one block a line: answers labelled
with the name, the surname or the initials, answers opened by a dash, bare
answers under an announced interview, a question and its answer glued in one
block; and the pages that must give no answer claim: explainers asking
questions of themselves, a lone rhetorical question, an interview whose
interviewee cannot be told, labels that name no one.
"""

from __future__ import annotations

import pytest

from pipeline.claims import extract_claims
from tests.french import french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


def _answers(nlp, page: str) -> list[tuple[str, str]]:
    """(speaker, statement's first words) of each interview answer the page gives: the direct claims with no cue
    and no quotation mark."""
    doc = nlp(page)
    found = [c for c in extract_claims(doc) if c.kind == "direct" and not c.cue
             and doc.text[: c.statement_start].rstrip()[-1:] not in ("«", "“", '"')]
    return [(c.speaker, doc.text[c.statement_start : c.statement_end][:20]) for c in found]


LABELLED_BY_NAME = """Transports : « Le train doit redevenir moins cher que la voiture »

Alors que les prix des billets s'envolent, Louise Perrin, présidente de l'association des usagers du rail, répond à nos questions.

Les billets ont-ils vraiment augmenté ?

Louise Perrin : De près de vingt pour cent en deux ans sur les lignes régionales. Les familles renoncent au train.

Que demandez-vous à la région ?

Louise Perrin : Un tarif unique pour les moins de vingt-cinq ans, et des trains le dimanche soir.

La région dit ne pas avoir les moyens. Que lui répondez-vous ?

L. P. : Qu'elle trouve de l'argent pour les routes. C'est un choix politique.

Ce combat vous prend beaucoup de temps ?

PERRIN : Tous mes week-ends, mais je ne le regrette pas."""


def test_answers_labelled_by_name_initials_and_surname(nlp):
    answers = _answers(nlp, LABELLED_BY_NAME)
    assert [first for _, first in answers] == ["De près de vingt pou", "Un tarif unique pour", "Qu'elle trouve de l'",
                                              "Tous mes week-ends, "]
    assert {speaker for speaker, _ in answers} == {"Louise Perrin"}


def test_a_labelled_answer_goes_on_over_its_next_block(nlp):
    page = ("Musique : entretien avec le chef d'orchestre Bruno Lacombe\n\n"
            "Comment avez-vous choisi ce programme ?\n\n"
            "Bruno Lacombe : Je voulais des œuvres que le public connaît mal.\n\n"
            "Il y a aussi une création, écrite pour l'orchestre l'an dernier.\n\n"
            "Vous jouerez en plein air cet été ?\n\n"
            "Bruno Lacombe : Trois fois, si la météo le permet.")
    answers = _answers(nlp, page)
    assert answers == [("Bruno Lacombe", "Je voulais des œuvre"), ("Bruno Lacombe", "Il y a aussi une cré"),
                       ("Bruno Lacombe", "Trois fois, si la mé")]


DASHED = """Cinéma

Inès Moreau : « Je tourne toujours avec les mêmes comédiens »

La réalisatrice Inès Moreau présente son troisième film au festival. Nous l'avons rencontrée à Cannes.

Pourquoi avoir tourné en hiver ?

– Pour la lumière, basse et froide. Je voulais que le paysage soit un personnage.

Vos acteurs vous suivent depuis le début ?

— Presque tous. On se connaît, on va plus vite, on ose davantage.

Quel sera votre prochain film ?

- Une comédie, enfin. Mes producteurs m'attendent au tournant."""


def test_dashed_answers_after_an_announced_interview(nlp):
    answers = _answers(nlp, DASHED)
    assert [first for _, first in answers] == ["Pour la lumière, bas", "Presque tous. On se ", "Une comédie, enfin. "]
    assert {speaker for speaker, _ in answers} == {"Inès Moreau"}


BARE = """« Je n'ai jamais pensé arrêter »

À 36 ans, le capitaine de l'équipe de rugby, Yanis Darras, se confie avant la finale.

Comment abordez-vous ce match ?

Avec beaucoup de calme. Nous avons préparé cette finale depuis des semaines.

Avez-vous pensé à la retraite ?

Jamais sérieusement. Mon corps tient, et j'aime encore m'entraîner chaque matin.

Qu'attendez-vous du public ?

Qu'il chante. On joue mieux quand le stade pousse."""


def test_bare_answers_are_the_one_person_the_standfirst_names(nlp):
    answers = _answers(nlp, BARE)
    assert [first for _, first in answers] == ["Avec beaucoup de cal", "Jamais sérieusement.", "Qu'il chante. On jou"]
    assert {speaker for speaker, _ in answers} == {"Yanis Darras"}


def test_the_interviewee_is_the_one_the_announcement_names_among_several(nlp):
    page = ("Après la démission de Paul Girard, entretien avec Claire Fontaine, nouvelle maire de la commune\n\n"
            "Vous attendiez-vous à être élue ?\n\n"
            "Pas du tout. J'ai accepté parce que personne d'autre ne voulait le faire.\n\n"
            "Quelle sera votre première décision ?\n\n"
            "Rouvrir la bibliothèque. Nous avons déjà trouvé le budget.")
    assert {speaker for speaker, _ in _answers(nlp, page)} == {"Claire Fontaine"}


def test_questions_and_answers_glued_in_one_block(nlp):
    page = ("Trois questions à Maud Lefèvre, vigneronne\n\n"
            "Comment s'annonce votre récolte ? Mieux que l'an dernier, malgré la grêle de mai.\n\n"
            "Avez-vous dû embaucher ? Deux saisonniers de plus, que nous avons eu du mal à trouver.\n\n"
            "Propos recueillis par Marc Henry")
    answers = _answers(nlp, page)
    assert [first for _, first in answers] == ["Mieux que l'an derni", "Deux saisonniers de "]
    assert {speaker for speaker, _ in answers} == {"Maud Lefèvre"}


def test_a_name_in_capitals_closed_by_a_full_stop_labels_the_answers(nlp):
    page = ("Logement : « Les loyers vont encore monter »\n\n"
            "Propos recueillis par Anne Vidal\n\n"
            "L'économiste Thomas Berger publie une étude sur les loyers des grandes villes.\n\n"
            "Les loyers ont-ils atteint un sommet ?\n\n"
            "THOMAS BERGER. Pas encore. Nos chiffres montrent une hausse continue depuis dix ans.\n\n"
            "Que conseillez-vous aux locataires ?\n\n"
            "THOMAS BERGER. De négocier, et de ne pas signer trop vite.")
    answers = _answers(nlp, page)
    assert answers == [("Thomas Berger", "Pas encore. Nos chif"), ("Thomas Berger", "De négocier, et de n")]


def test_the_headline_names_the_interviewee_among_the_people_of_the_standfirst(nlp):
    page = ("Julie Caron, chercheuse : « Le glacier aura disparu dans vingt ans »\n\n"
            "Après les mesures publiées par Paul Meunier l'an dernier, la glaciologue Julie Caron a répondu à nos "
            "questions sur l'avenir des Alpes, avec son collègue Marc Viel.\n\n"
            "Êtes-vous inquiète ?\n\n"
            "Oui. Je n'ai jamais vu le glacier reculer aussi vite.\n\n"
            "Que pouvons-nous encore faire, selon vous ?\n\n"
            "Ralentir la fonte, pas l'arrêter. Nous devons nous y préparer.")
    answers = _answers(nlp, page)
    assert [first for _, first in answers] == ["Oui. Je n'ai jamais ", "Ralentir la fonte, p"]
    assert {speaker for speaker, _ in answers} == {"Julie Caron"}


NOT_INTERVIEWS = [
    # an explainer asks its own questions and answers them in the third person
    ("Grève des transports : ce qu'il faut savoir\n\nLe syndicat Sud-Rail appelle à la grève jeudi.\n\n"
     "Quelles lignes sont concernées ?\n\nLes lignes du nord et de l'est seront les plus touchées.\n\n"
     "Combien de temps durera le mouvement ?\n\nLe préavis court jusqu'à dimanche soir."),
    # questions that address the reader, answered in the third person, no interview announced
    ("Impôts : êtes-vous concerné par la hausse ?\n\nLa mesure a été votée mardi par les députés.\n\n"
     "Êtes-vous concerné ?\n\nLes foyers dont le revenu dépasse le seuil paieront davantage.\n\n"
     "Quand devez-vous payer ?\n\nLe prélèvement aura lieu en septembre."),
    # an interview announced, its head naming two people, neither after the announcement
    ("Paul Girard et Claire Fontaine, deux candidats face aux électeurs : entretien\n\n"
     "Pourquoi vous présentez-vous ?\n\nJe veux que la ville change.\n\n"
     "Qu'avez-vous appris ?\n\nNous avons beaucoup écouté."),
    # a report with one rhetorical question
    ("Le marché couvert rouvre\n\nLe maire Paul Girard a inauguré samedi le marché rénové.\n\n"
     "Qui aurait cru que le chantier finirait à temps ?\n\nLes commerçants ont retrouvé leurs étals dès huit heures."),
    # a label met once is no interview
    ("Football : la finale\n\nVous attendiez ce match ?\n\nJean Bosc : Depuis des années.\n\n"
     "Le coup d'envoi sera donné à 21 heures."),
]


@pytest.mark.parametrize("page", NOT_INTERVIEWS)
def test_pages_that_are_no_interview_give_no_answer(nlp, page):
    assert _answers(nlp, page) == []

