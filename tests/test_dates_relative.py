"""depeche_dates placing what a reader places: tense and cues, the days the article names, events it dates,
periods counted from publication, ranges."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.french import french_with


@pytest.fixture(scope="module")
def dates_nlp() -> Language:
    """fr_core_news_md with the dates component, loaded once for this module."""
    return french_with("depeche_dates")


def values(nlp: Language, text: str, published: str | None) -> list[str | None]:
    """The value of each date span, in text order."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return [span._.value for span in nlp(doc).spans["dates"]]


TENSE_AND_CUES = [
    # an infinitive takes the tense of the verb that governs it; "dès" then says nothing
    ("Le collectif commençait à s'organiser dès dimanche soir.", "2023-04-10", ["2023-04-09"]),
    # a date the parser made its clause's predicate keeps the tense of the copula
    ("Le ministre était présent jeudi au congrès.", "2021-06-14", ["2021-06-10"]),
    # "à venir", "prévue" point ahead; "depuis" back
    ("Les élections à venir en novembre inquiètent le parti.", "2024-04-10", ["2024-11"]),
    ("La réunion prévue en septembre réunira les maires.", "2024-04-10", ["2024-09"]),
    ("Depuis lundi, la ville est paralysée par la grève.", "2024-04-11", ["2024-04-08"]),
    ("Depuis jeudi, la ville est paralysée par la grève.", "2024-04-15", ["2024-04-11"]),
]

THIS_WEEK = [
    # "ce jeudi" is the Thursday of the publication's week, unless a past or future verb says otherwise
    ("Ce jeudi, le ministre présente son plan au Sénat.", "2023-04-10", ["2023-04-13"]),
    ("Ce lundi, le ministre présente son plan au Sénat.", "2023-04-14", ["2023-04-10"]),
    ("Ce jeudi, le ministre a présenté son plan au Sénat.", "2023-04-10", ["2023-04-06"]),
]

NAMED_DAYS = [
    # a weekday with its day number and no month is the nearest such day
    ("Le conseil municipal s'est réuni mardi 28.", "2023-04-07", ["2023-03-28"]),
    ("La fête aura lieu samedi 8 à Lyon.", "2023-04-07", ["2023-04-08"]),
    ("Le club a joué samedi 14 heures.", "2023-04-07", ["2023-04-01"]),
    # a bare weekday is the day of that name the article announces, not the one a week before
    ("La ligne sera coupée samedi 8 et dimanche 9 avril. Le RER est interrompu samedi.", "2023-04-07",
     ["2023-04-08", "2023-04-09", "2023-04-08"]),
]


@pytest.mark.parametrize(("text", "published", "expected"), TENSE_AND_CUES + THIS_WEEK + NAMED_DAYS)
def test_dates_are_placed_as_a_reader_would(dates_nlp: Language, text: str, published: str | None,
                                            expected: list[str | None]) -> None:
    assert values(dates_nlp, text, published) == expected


EVENTS = [
    # "la veille", "le lendemain", "le même jour", "N jours plus tard" count from the last day the text named
    ("Le maire est mort le 5 mars. Le lendemain, le conseil a observé une minute de silence.", "2023-04-06",
     ["2023-03-05", "2023-03-06"]),
    ("Le maire est mort le 5 mars.\n\nLa veille, il avait présidé le conseil.", "2023-04-06",
     ["2023-03-05", "2023-03-04"]),
    ("Le juge a été saisi le 2 février. Trois jours plus tard, il a ordonné une expertise.", "2023-04-06",
     ["2023-02-02", "2023-02-05"]),
    ("L'usine a fermé le 10 mai. Deux semaines plus tard, les salariés ont manifesté.", "2023-06-20",
     ["2023-05-10", "2023-05-24"]),
    ("L'usine a fermé le 10 mai. Le surlendemain, les salariés ont manifesté.", "2023-06-20",
     ["2023-05-10", "2023-05-12"]),
    ("Le séisme a frappé le 6 février. Le même jour, une réplique a touché la Syrie.", "2023-03-01",
     ["2023-02-06", "2023-02-06"]),
    # with no day named before, "la veille" is the publication's; a shift is left unplaced
    ("Il avait prévenu la veille, selon sa famille.", "2024-03-14", ["2024-03-13"]),
    ("Trois jours plus tard, le juge a tranché.", "2024-03-14", [None]),
    # a comparison and an approximation give no day
    ("Le chantier a fini deux jours plus tard que prévu.", "2024-03-14", []),
    ("Le 2 mars, il a été élu. Moins d'une semaine plus tard, il a démissionné.", "2024-03-14", ["2024-03-02"]),
]

PERIODS = [
    ("Depuis le début de l'année, les prix ont grimpé.", "2023-04-06", ["2023"]),
    ("Les travaux seront finis à la fin de l'année prochaine.", "2023-04-06", ["2024"]),
    ("Le défenseur a quitté le club en fin de saison dernière.", "2023-04-06", ["2022"]),
    ("Le défenseur a quitté le club en fin de saison dernière.", "2023-09-06", ["2023"]),
    ("La route restera fermée jusqu'au week-end prochain.", "2023-04-10", ["2023-04"]),
    ("Le week-end dernier, la foire a attiré des milliers de visiteurs.", "2023-05-02", ["2023-04"]),
    ("L'an dernier, la foire a attiré des milliers de visiteurs.", "2023-05-02", ["2022"]),
    ("Le mois prochain, la foire rouvrira.", "2023-12-20", ["2024-01"]),
]

RANGES = [
    ("Le festival se tiendra les 24-26 mars.", "2023-01-10", ["2023-03-24", "2023-03-26"]),
    ("Le salon a lieu du 24–26 mars 2024 à Lyon.", "2023-01-10", ["2024-03-24", "2024-03-26"]),
    ("Les 11 et 12 mars, les commerçants déballent.", "2024-03-01", ["2024-03-11", "2024-03-12"]),
    # a night is its first day's
    ("Dans la nuit de mardi à mercredi, un incendie a ravagé l'entrepôt.", "2023-04-06", ["2023-04-04"]),
    ("Dans la nuit du 26 au 27 mars, la tempête a frappé.", "2023-04-06", ["2023-03-26"]),
]


@pytest.mark.parametrize(("text", "published", "expected"), EVENTS + PERIODS + RANGES)
def test_relative_dates_are_counted_as_a_reader_would(dates_nlp: Language, text: str, published: str | None,
                                                       expected: list[str | None]) -> None:
    assert values(dates_nlp, text, published) == expected


@pytest.mark.xfail(reason="issue 34 dates 'la semaine dernière' as its month; the dev2 gold does not, and its "
                          "floor holds, so weeks are left undated", strict=True)
def test_last_week_is_its_month(dates_nlp: Language) -> None:
    assert values(dates_nlp, "La semaine dernière, le conseil s'est réuni.", "2023-04-06") == ["2023-03"]


@pytest.mark.xfail(reason="'trois jours après X' counts from X, which the text may not date; it is left out "
                          "(the blind check found it wrong) until X's own date is read", strict=True)
def test_days_after_an_event_count_from_it(dates_nlp: Language) -> None:
    text = "L'enquête a paru le 4 mai. Trois jours après sa publication, le ministre a démissionné."
    assert values(dates_nlp, text, "2023-06-01") == ["2023-05-04", "2023-05-07"]
