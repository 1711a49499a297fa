"""The article, whole and alone, on every shape of page (issue 31), one failure class per section.

Every page line is written for these tests; each class has lines that must stay and lines that must go.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.clean.layout import analyse
from pipeline.clean.normalise import normalise_text
from pipeline.clean.stamps import published_from_page
from tests.test_clean import P1, P2, P3, clean, page

MENU = ("Accueil", "International", "Économie", "Culture", "Se connecter")

# ---------------------------------------------------------------- 1. a short article among long teasers

BRIEF_HEADLINE = "Le port de Sète rouvert aux chalutiers après trois jours de grève"
BRIEF_STANDFIRST = "Les dockers ont levé leur piquet dans la nuit, après un accord sur les primes de nuit."
BRIEF_BODY = ("Les premiers chalutiers ont pu décharger leur pêche à l'aube, a constaté la capitainerie, "
              "qui prévoit un retour à la normale d'ici à la fin de la semaine.")
# Other articles' groups: rubric, kicker, headline, a standfirst longer than the brief's body, "par X".
TEASER_GROUPS = [
    ("Santé", "— Enquête", "Les déserts médicaux gagnent les villes moyennes",
     "Dans une douzaine de préfectures, plus d'un habitant sur dix n'a plus de médecin traitant, et les "
     "maisons de santé promises par l'État tardent à ouvrir faute de praticiens volontaires pour s'y installer.",
     "par Claire Morvan"),
    ("Climat", "— Analyse", "La sécheresse d'hiver inquiète déjà les agriculteurs du Sud-Ouest",
     "Les nappes phréatiques n'ont pas retrouvé leur niveau de l'an passé, et les préfets envisagent des "
     "restrictions d'irrigation dès le mois d'avril, une première depuis le début des relevés en 1976.",
     "par Hugo Arnaud et Léa Sanchez"),
    ("Justice", "— Récit", "Dix ans après, le procès de l'incendie de la rue Myrha s'ouvre enfin",
     "Les familles des victimes attendaient ce moment depuis une décennie, et la cour d'assises doit "
     "entendre plus de quatre-vingts témoins pendant les six semaines que doivent durer les débats.",
     "par Nadia Belkacem"),
]


def _teasers() -> list[str]:
    return ["Aujourd'hui sur le site", *[line for group in TEASER_GROUPS for line in group]]


def test_a_short_article_above_long_teasers_keeps_its_own_headline_and_body():
    doc = clean(page(*MENU, BRIEF_HEADLINE, BRIEF_STANDFIRST, "Jeanne Roux", "4 mars 2024 à 08h12",
                     "Partager sur Facebook", BRIEF_BODY, "Déjà abonné ?", *_teasers()))
    assert doc.title == BRIEF_HEADLINE
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, BRIEF_STANDFIRST, BRIEF_BODY]
    assert (doc.author, doc.published) == ("Jeanne Roux", "2024-03-04")


def test_the_teasers_above_the_article_are_not_its_headline_nor_its_byline():
    doc = clean(page(*MENU, *_teasers(), BRIEF_HEADLINE, BRIEF_STANDFIRST, "Par Jeanne Roux",
                     "Publié le 4 mars 2024 à 08h12", BRIEF_BODY, P1))
    assert doc.title == BRIEF_HEADLINE
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, BRIEF_STANDFIRST, BRIEF_BODY, P1]
    assert doc.author == "Jeanne Roux"


def test_a_list_of_headlines_each_with_its_timestamp_is_other_articles():
    listed = ["Sur le même thème"]
    for day, title in enumerate(["Un village des Vosges élu le plus accueillant de France",
                                 "Ces hameaux qui ne vivent plus que l'été",
                                 "La dernière épicerie du plateau ferme ses portes"], start=3):
        listed += [title, f"Publié le {day} février 2024 à 17h21"]
    doc = clean(page(*MENU, BRIEF_HEADLINE, "Publié le 4 mars 2024 à 08h12", P1, P2, *listed))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, P2]
    assert doc.published == "2024-03-04"


def test_one_article_with_two_bylines_far_apart_is_no_list():
    doc = clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", P1, P2, "Les syndicats restent mobilisés", P3,
                     "Par Jeanne Roux"))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, P2, "Les syndicats restent mobilisés", P3]


# ---------------------------------------------------------------- 2. live pages

LIVE_HEADLINE = "Crue de la Garonne EN DIRECT : le pic attendu cette nuit à Toulouse, trois communes évacuées"
LIVE_ENTRIES = [
    ("11h42", "Les pompiers ont évacué une maison de retraite de Blagnac",
     "Quarante résidents ont été transférés vers un gymnase de la commune, a indiqué la préfecture, "
     "qui dit suivre heure par heure la montée des eaux sur la rive gauche."),
    ("11h05", "La circulation coupée sur le pont Saint-Michel",
     "Le pont restera fermé aux voitures au moins jusqu'à demain matin, selon la mairie, qui "
     "recommande aux automobilistes d'emprunter la rocade pour traverser la ville."),
    ("10h31", "Météo-France maintient la vigilance rouge",
     "L'organisme prévoit encore trente millimètres de pluie sur les Pyrénées dans la journée, ce qui "
     "devrait retarder la décrue de vingt-quatre heures au moins sur le cours moyen du fleuve."),
]


@pytest.mark.parametrize("stamp", ["{}", "Publié à {}", "Mis à jour à {}"])
def test_every_entry_of_a_live_page_with_its_time_is_body(stamp):
    entries = [line for time, title, text in LIVE_ENTRIES for line in (stamp.format(time), title, text)]
    doc = clean(page(*MENU, LIVE_HEADLINE, "Par Jeanne Roux", "Publié le 4 mars 2024 à 08h12", *entries))
    assert doc.title == LIVE_HEADLINE
    for _, title, text in LIVE_ENTRIES:
        assert title in doc.text.split("\n\n") and text in doc.text.split("\n\n")


# ---------------------------------------------------------------- 6. prompts inside the article

@pytest.mark.parametrize("prompts", [
    pytest.param(["Lecture audio réservée aux abonnés"], id="audio-locked"),
    pytest.param(["Écoutez cet article"], id="audio-listen"),
    pytest.param(["Version audio"], id="audio-version"),
    pytest.param(["Newsletter Sciences", "« Le Labo du mardi »",
                  "Chaque mardi, recevez l'essentiel de la recherche française, par notre service Sciences.",
                  "S'inscrire"], id="newsletter-box"),
    pytest.param(["Newsletter", "Tous les matins, retrouvez les titres de la rédaction dans votre boîte mail"],
                 id="newsletter-pitch"),
    pytest.param(["Recevez directement l'info de votre région : Bretagne, Normandie, Pays de la Loire ..."],
                 id="newsletter-choice"),
    pytest.param(["2 € par mois", "Sans engagement, résiliable à tout moment", "Déjà abonné ?", "Identifiant",
                  "Mot de passe oublié"], id="subscription-box"),
    pytest.param(["-50% la première année", "Soutenez une rédaction indépendante et sans publicité"],
                 id="subscription-pitch"),
    pytest.param(["La lecture des articles est réservée aux abonné·es."], id="paywall-inclusive"),
    pytest.param(["Cet article", "est réservé aux abonnés."], id="paywall-two-lines"),
    pytest.param(["Personnalisez votre expérience et recevez les alertes de votre ville."], id="personalise"),
    pytest.param(["Pour ajouter l'article à vos sélections", "identifiez-vous"], id="reading-list"),
])
def test_a_prompt_inside_the_article_goes_and_the_body_around_it_stays(prompts):
    doc = clean(page(*MENU, BRIEF_HEADLINE, "Par Jeanne Roux", P1, *prompts, P2, P3))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, P2, P3]


@pytest.mark.parametrize("label", ["Article rédigé par", "Texte écrit par :"])
def test_a_byline_label_alone_is_no_body(label):
    doc = clean(page(*MENU, BRIEF_HEADLINE, label, "Rédaction Société", "Publié le 4 mars 2024 à 08h12", P1, P2))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, P2]


@pytest.mark.parametrize("notice", ["Plus d'informations à venir sur notre site", "Article en cours d'actualisation",
                                    "Cette dépêche sera complétée dans la journée."])
def test_a_breaking_news_notice_is_furniture(notice):
    doc = clean(page(BRIEF_HEADLINE, "Publié le 4 mars 2024 à 08h12", P1, P2, notice))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, P2]


def test_the_one_device_notice_under_the_paywall_cut_is_not_body():
    doc = clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", P1, P2, "Il vous reste 62 % de cet article à lire.",
                     "Vous ne pouvez lire ce journal que sur un seul appareil à la fois (ordinateur, téléphone ou "
                     "tablette), et une autre personne est en train de le lire.",
                     "Pourquoi voyez-vous ce message ? Parce que quelqu'un lit en ce moment avec ce compte sur un "
                     "autre appareil, peut-être vous-même.", "Ce message s'affichera aussi sur l'autre écran."))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, P2]


@pytest.mark.parametrize("notice", [
    ["L'affichage de cette vidéo a été bloqué pour respecter votre choix de consentement",
     "En cliquant sur « J'accepte », vous autorisez le dépôt de cookies par nos partenaires"],
    ["Pour soutenir la rédaction, acceptez les cookies de mesure d'audience, même pour une journée, via notre bouton.",
     "En savoir plus sur notre politique des cookies."],
])
def test_a_blocked_embeds_consent_notice_inside_the_article_goes(notice):
    doc = clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", P1, *notice, P2))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, P2]


def test_an_article_about_cookies_keeps_its_sentences():
    sentence = "La Cnil a infligé une amende de 60 millions d'euros à un moteur de recherche pour ses cookies."
    assert sentence in clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", P1, sentence, P2)).text


@pytest.mark.parametrize("sentence", [
    "Chaque mardi, les chercheurs du laboratoire reçoivent des lycéens venus de toute la région.",
    "Le maire a rappelé que l'accès au réseau reste gratuit pour les abonnés du service public.",
])
def test_body_sentences_near_the_prompts_wording_stay(sentence):
    assert sentence in clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", P1, sentence, P2)).text


# ---------------------------------------------------------------- 3. lists that are body

LINE_UP = ["M. Lefèvre", "J.-P. Bakayoko", "T. Nguyen", "A. da Silva", "K. Traoré"]
GUESTS = ["Claire Morvan – Sociologue et directrice de recherche au CNRS", "Hugo Arnaud – Économiste",
          "Léa Sanchez - Députée du Gard"]
TOPICS = ["Retraites - Comment le gouvernement compte-t-il sortir de la crise sociale ?",
          "Énergie - Les factures vont-elles encore augmenter cet hiver ?"]


@pytest.mark.parametrize("listed", [
    pytest.param(["La composition de Sète :", *LINE_UP], id="line-up-under-its-header"),
    pytest.param(["Les titulaires", *LINE_UP], id="line-up-under-a-bare-header"),
    pytest.param(["Nos invités :", *GUESTS], id="guests-and-roles"),
    pytest.param(TOPICS, id="topics"),
    pytest.param(["Ce que prévoit le texte", "• le gel des loyers pendant un an", "• une aide de 150 euros par foyer",
                  "• la fin des coupures d'électricité l'hiver"], id="bullets"),
    pytest.param(["1. Réduire la vitesse sur le périphérique", "2. Fermer les voies sur berge le dimanche"],
                 id="numbered"),
])
def test_a_list_inside_the_article_is_body(listed):
    doc = clean(page(*MENU, BRIEF_HEADLINE, "Par Jeanne Roux", P1, *listed, P2))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, *listed, P2]


@pytest.mark.parametrize("listed", [["Avec :", *GUESTS], TOPICS, ["Au coup d'envoi", *LINE_UP]])
def test_a_list_right_after_the_article_is_body(listed):
    doc = clean(page(*MENU, BRIEF_HEADLINE, "Par Jeanne Roux", P1, P2, *listed, "Partager sur Facebook",
                     "À lire aussi", "Le PSG s'impose à Lyon", "Nadal renonce à Roland-Garros"))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, P2, *listed]


def test_links_inside_the_article_are_still_no_list():
    doc = clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", P1, "Le PSG s'impose à Lyon dans la douleur",
                     "Nadal renonce à Roland-Garros", P2))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, P2]


# ---------------------------------------------------------------- 4. a credit glued to a caption

CAPTION = "Des sauveteurs fouillent les décombres dans la nuit du samedi 2 au dimanche 3 mars 2024"


@pytest.mark.parametrize("credit", [
    " - Marc DURAND / AFP", ". AFP/Claire Morvan", ". LP/Hugo Arnaud", " | Léa Sanchez via Getty Images",
    " — Nadia Belkacem / Unsplash, CC BY", ". — JEANNE ROUX", ". - Hugo Arnaud", ". TWITTER/@secours_du_sud",
    " (CLAIRE MORVAN / HANS LUCAS)", " © Archives municipales - exemple.com",
])
def test_a_credit_glued_to_a_caption_goes_and_the_caption_stays(credit):
    doc = clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", CAPTION + credit, P1, P2))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, CAPTION + ("." if credit.startswith(".") else ""), P1, P2]


@pytest.mark.parametrize("credit", ["Facebook/Amicale des pompiers de Sète & environs", "LP/Hugo Arnaud",
                                    "AFP/Claire Morvan", "Jean ROUX/Hans Lucas POUR « LE JOURNAL » – Léa SANCHEZ/"
                                    "Getty Images – Hugo Arnaud/AP/SIPA –"])
def test_a_credit_alone_on_its_line_goes(credit):
    assert clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", P1, credit, P2)).text.split("\n\n") == [BRIEF_HEADLINE, P1, P2]


@pytest.mark.parametrize("sentence", [
    "Le ratio de la dette sur le PIB, calculé par l'Insee/Eurostat, atteint désormais 111 %.",
    "Le trajet Paris/Lyon dure deux heures, a rappelé la SNCF à ses voyageurs.",
    "La liste PS/EELV arrive en tête dans douze communes sur quinze, selon les résultats officiels.",
])
def test_a_sentence_with_a_slash_is_no_credit(sentence):
    assert sentence in clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", P1, sentence, P2)).text


# ---------------------------------------------------------------- 5. lines that are never the headline

@pytest.mark.parametrize("byline,author,published", [
    ("La Rédaction, Mis à jour le 11 Avril 2023 13:31", "La Rédaction", "2023-04-11"),
    ("Jeanne Roux, Publié le 3 mai 2024 à 07h10", "Jeanne Roux", "2024-05-03"),
    ("Hugo Arnaud - Mis à jour le 02/02/2022", "Hugo Arnaud", "2022-02-02"),
])
def test_a_byline_with_its_timestamp_is_neither_the_headline_nor_body(byline, author, published):
    doc = clean(page("À la une", "Grève", "Pénurie de carburant", BRIEF_HEADLINE, byline, "Partager sur Facebook",
                     BRIEF_STANDFIRST + " " + BRIEF_BODY, P1))
    assert (doc.title, doc.author, doc.published) == (BRIEF_HEADLINE, author, published)
    assert byline not in doc.text


@pytest.mark.parametrize("byline,author", [
    ("par La rédaction de France 3 | Reportage Jeanne Roux, Hugo Arnaud", "La rédaction de France 3"),
    ("La rédaction de France 3 | Images : Léa Sanchez", "La rédaction de France 3"),
    ("De notre envoyée spéciale à Kiev, Claire Morvan", "Claire Morvan"),
    ("De nos correspondants à Bruxelles, Hugo Arnaud et Nadia Belkacem", "Hugo Arnaud et Nadia Belkacem"),
])
def test_bylines_with_their_credits_or_posting_leave_the_body(byline, author):
    doc = clean(page(BRIEF_HEADLINE, byline, "Publié le 4 mars 2024 à 08h12", P1, P2))
    assert (doc.author, doc.text.split("\n\n")) == (author, [BRIEF_HEADLINE, P1, P2])


@pytest.mark.parametrize("credit", ["Marc DURAND / AFP", "Photo : Léa Sanchez", "© Hans Lucas", "AFP",
                                    "Léa Sanchez via Getty Images"])
def test_a_caption_above_its_credit_is_never_the_headline(credit):
    caption = "Le port de Sète au petit matin, après la levée du piquet de grève des dockers"
    doc = clean(page(*MENU, BRIEF_HEADLINE, caption, credit, P1, P2))
    assert (doc.title, doc.text.split("\n\n")) == (BRIEF_HEADLINE, [BRIEF_HEADLINE, caption, P1, P2])


def test_a_captions_credit_cut_it_is_no_link_among_the_subheads():
    caption = "Portrait du capitaine de la garde en 1660"
    doc = clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", P1, caption + " © Musée de la ville - exemple.com",
                     "Qui était vraiment le capitaine ?", P2))
    assert doc.text.split("\n\n") == [BRIEF_HEADLINE, P1, caption, "Qui était vraiment le capitaine ?", P2]


def test_an_agency_under_the_headline_signs_the_article():
    doc = clean(page(*MENU, BRIEF_HEADLINE, "AFP", "Publié le 4 mars 2024 à 08h12", P1, P2))
    assert (doc.title, doc.text.split("\n\n")) == (BRIEF_HEADLINE, [BRIEF_HEADLINE, P1, P2])


@pytest.mark.parametrize("line,published", [("12 mars 2024 à 10h00 | Par Jeanne Roux", "2024-03-12"),
                                            ("Publié le 3 mai 2024 par Jeanne Roux", "2024-05-03")])
def test_a_timestamp_followed_by_its_byline_is_one_meta_line(line, published):
    doc = clean(page(BRIEF_HEADLINE, line, P1, P2))
    assert (doc.author, doc.published, doc.text.split("\n\n")) == ("Jeanne Roux", published, [BRIEF_HEADLINE, P1, P2])


# ---------------------------------------------------------------- 7. no timestamp line

def test_a_relative_timestamp_counts_back_from_the_edition_box_of_an_evening_paper():
    """An evening paper's edition is dated the day after it appears: 'hier' under 'Daté du jeudi 7 mars 2024' is the 5th."""
    doc = clean(page(BRIEF_HEADLINE, "Par Jeanne Roux", "Publié hier à 10h50", P1, P2, "Édition du jour",
                     "Daté du jeudi 7 mars 2024", "Lire le journal numérique"))
    assert (doc.published, doc.published_source) == ("2024-03-05", "relative")


@pytest.mark.parametrize("today,published", [(date(2025, 1, 1), "2023-04-07"), (date(2023, 1, 1), "2017-04-07")])
def test_an_edition_box_without_its_year_takes_the_latest_year_of_its_weekday(today, published):
    """8 April fell on a Saturday in 2017 and 2023: the latest one not after the day the page is read."""
    blocks = analyse(normalise_text(page(BRIEF_HEADLINE, "Publié aujourd'hui à 15h22", P1, P2, "Daté du samedi 8 avril")))
    assert published_from_page(blocks, today=today) == (published, "relative")
