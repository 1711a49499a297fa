"""Issue 33, the genres the dev sets lack — a ruling's report, an essay's citations, a match report's quotes —
and the frames and sources they share with the news: the indirect question a verb of saying reports, sources
coordinated as the verb's two subjects, the topic a pronoun goes on with — on sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_claims
from tests.french import french_with, names_claim


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities")


# `Comme le V X, …`: the clitic `le` the tagger reads as a determiner, or the verb it reads as a noun
AS_SAYS = [
    ("Comme le note l'historien Marc Fontaine, la tyrannie commence par l'obéissance anticipée.", "Marc Fontaine"),
    ("Comme le rappelle l'économiste Jean Lefèvre, la dette publique n'est pas un problème en soi.", "Jean Lefèvre"),
    ("Comme le résume un diplomate européen, l'Union avance par crises.", "diplomate européen"),
    ("Comme le constate la Cour des comptes, les dépenses de l'État ont dérapé.", "Cour des comptes"),
    ("Comme le relève la Cour de cassation, le texte ne prévoit aucune exception.", "Cour de cassation"),
    ("Comme le confie l'entraîneur, le groupe manque encore de confiance.", "entraîneur"),
    ("Comme le remarque justement Pierre Vasseur, la guerre froide n'a jamais vraiment pris fin.", "Pierre Vasseur"),
]

# A quotation after the match: any verb in incise, in a compound tense or read as an infinitive, a name in parentheses
MATCH_QUOTES = [
    ("« On a fait un grand match », savoure Karim Benali.", "Karim Benali"),
    ("« On a fait un grand match », a savouré le capitaine lyonnais.", "capitaine lyonnais"),
    ("« On n'a rien lâché jusqu'au bout », a souri Paul Mercier après la rencontre.", "Paul Mercier"),
    ("« On savait que ce serait un match difficile » (Didier Marchand).", "Didier Marchand"),
    ("« Nous avons manqué de réalisme », savoure le latéral parisien.", "latéral parisien"),
    ("Le milieu de terrain a expliqué qu'il était déçu par le contenu du match.", "milieu de terrain"),
]


# A ruling's report: the party's grievance against the judgment, the court's conclusion and deduction
RULINGS = [
    ("La société fait grief à l'arrêt de la condamner à payer diverses sommes à son ancien salarié.", "société"),
    ("La Cour européenne des droits de l'homme conclut à la violation de l'article 8 de la Convention.",
     "Cour européenne des droits de l'homme"),
    ("La cour d'appel en a déduit que le bail avait été valablement résilié.", "cour d'appel"),
]

# `Celui-ci` stands for the one named last; a verb whose reported clause the parse makes its head, after a colon,
# takes no source from that clause
LATTER = [
    ("Le journaliste a interrogé Paul Girard. Celui-ci estime que la guerre durera des années.", "Paul Girard"),
    ("La commission a entendu Claire Morin. Celle-ci a affirmé que les comptes étaient sincères.", "Claire Morin"),
]

# An indirect question (`comment`, `pourquoi`, `en quoi`, `si`) and an infinitive of belief are what is reported
QUESTIONS = [
    ("La ministre a expliqué comment le dispositif serait financé.", "ministre"),
    ("Dans un entretien, l'historienne raconte pourquoi la ville a été reconstruite à l'identique.", "historienne"),
    ("L'avocat du salarié s'est demandé si la procédure avait été respectée.", "avocat du salarié"),
    ("Le rapporteur public détaille en quoi la mesure porte atteinte à la liberté d'aller et venir.", "rapporteur public"),
    ("Le chercheur pense avoir identifié l'origine de l'épidémie.", "chercheur"),
]

# Two sources the parse makes the verb's two subjects, `et` between them: they speak together
TOGETHER = [
    ("Les syndicats et le patronat ont dénoncé une réforme précipitée.", "syndicats et le patronat"),
    ("La CGT et FO ont appelé à la grève le 12 mars.", "CGT et FO"),
]

# A pronoun goes on with the main clause's subject, not with the subject of the clause that subject reported
TOPIC = [
    ("L'historienne Claire Morin a établi que Charles Dubreuil avait été tué au siège de Lille. Elle pense avoir "
     "retrouvé sa tombe.", "Claire Morin"),
]


@pytest.mark.parametrize("text,speaker", AS_SAYS + MATCH_QUOTES + RULINGS + LATTER + QUESTIONS + TOGETHER + TOPIC)
def test_the_genre_names_its_source(nlp, text, speaker):
    doc = nlp(text)
    found = [(c.speaker, doc.text[c.statement_start : c.statement_end]) for c in extract_claims(doc)]
    assert names_claim(speaker, None, found), found


NO_CLAIM = [
    "Comme le rappelle ce drame, la sécurité routière reste un enjeu.",
    "Comme le veut la tradition, le vainqueur a soulevé la coupe.",
    "« Les Ombres » (Gallimard) a reçu le prix du roman.",
    "Les enquêteurs cherchent à savoir comment le suspect a pu s'enfuir.",
    "Le ministre n'a pas expliqué pourquoi le projet avait été abandonné.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim(nlp, text):
    assert extract_claims(nlp(text)) == []


def test_the_clause_after_the_colon_is_no_source(nlp):
    doc = nlp("Macron l'a dit à plusieurs reprises : l'Europe doit devenir une puissance.")
    assert all("Europe" not in c.speaker for c in extract_claims(doc))
