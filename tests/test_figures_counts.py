"""depeche_figures as a reader counts: fractions in words, "un/une" that counts, whole compounds, clock times."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.french import figure_values, french_with

PUBLISHED = "2024-05-15"


@pytest.fixture(scope="module")
def nlp() -> Language:
    """fr_core_news_md with depeche_dates then depeche_figures, loaded once for this module."""
    return french_with("depeche_dates", "depeche_figures")


FRACTIONS = [
    ("Environ un tiers des logements du quartier sont vacants.", [(0.333, None)]),
    ("Les deux tiers des électeurs ont voté pour le maire sortant.", [(0.667, None)]),
    ("La moitié des communes de la vallée ont manqué d'eau.", [(0.5, None)]),
    ("Plus de la moitié des infirmières ont fait grève.", [(0.5, None)]),
    ("Un quart des lycéens ont séché les cours.", [(0.25, None)]),
    ("Les trois quarts du budget vont à la défense.", [(0.75, None)]),
    ("Le député a obtenu le tiers des voix.", [(0.333, None)]),
    # a round of a tournament, an ordinal after a determiner, a "pays tiers": no fraction
    ("Le club a perdu en quart de finale.", []),
    ("Le cinquième de la liste a été élu.", []),
    ("Les pays tiers ne sont pas concernés.", []),
]

ONE_COUNTS = [
    # a unit of time or measure after it
    ("Environ une heure plus tard, les pompiers sont arrivés.", [(1, None)]),
    ("Le chantier sera terminé d'ici un an.", [(1, None)]),
    ("Les loyers ont grimpé de 4 % sur un an.", [(4, None), (1, None)]),
    ("Le coureur a tenu plus d'une décennie au sommet.", [(1, None)]),
    # among other counts
    ("L'accident a fait trois blessés, dont un grièvement.", [(3, None), (1, None)]),
    ("Deux Belges et un Suisse figurent parmi les otages.", [(2, None), (1, None)]),
    # the article, and a unit that places an event in time
    ("Un homme a été interpellé près de la gare.", []),
    ("Le projet dont un rapport fait état a été abandonné.", []),
    ("Un an plus tôt, la mairie avait voté le budget.", []),
    ("Il a écrit un livre sur la guerre.", []),
    ("La cure dure de 20 jours à un mois.", [(20, None)]),
]

COMPOUNDS = [
    ("Quarante-six personnes ont été évacuées.", [(46, None)]),
    ("Soixante-douze maisons ont brûlé.", [(72, None)]),
    ("En moins de quarante-huit heures, la crue a tout emporté.", [(48, None)]),
    ("Vingt et un députés ont voté contre.", [(21, None)]),
]

CLOCK_TIMES = [
    ("L'explosion a eu lieu aux alentours de 6 heures.", []),
    ("Le séisme a frappé à 4 heures locales.", []),
    ("À partir de 22 heures, la ligne sera fermée.", []),
    ("Il était environ 6 heures quand la sirène a retenti.", []),
    ("Les secours ont travaillé pendant 6 heures.", [(6, None)]),
    ("Il faut 3 heures de route pour rejoindre la côte.", [(3, None)]),
]

NEUF = [
    ("Le maire faisait état de neuf personnes disparues.", [(9, None)]),
    ("Il n'y a rien de neuf dans ce dossier.", []),
    ("Ils ont acheté un appartement neuf.", []),
]

NOT_COUNTS = [
    ("L'immeuble du 17 de la rue a été évacué.", []),
    ("Son numéro deux a pris la parole.", []),
]


@pytest.mark.parametrize(("text", "expected"), FRACTIONS + ONE_COUNTS + COMPOUNDS + CLOCK_TIMES + NEUF + NOT_COUNTS)
def test_figures_are_counted_as_a_reader_would(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert figure_values(nlp, text, PUBLISHED) == expected
