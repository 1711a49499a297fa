"""A page title's site suffix cut by its shape (issue 31, seventh round): every title is written for these tests."""

from __future__ import annotations

import pytest

from pipeline.clean.sitename import without_site_suffix
from tests.test_clean import clean, page

HEADLINE = "Grève des contrôleurs aériens : des centaines de vols annulés samedi"
BODY = (
    "Les contrôleurs aériens de plusieurs centres du sud de la France ont cessé le travail vendredi soir, "
    "entraînant l'annulation de centaines de vols au départ de Marseille et de Nice.",
    "La direction générale de l'aviation civile a demandé aux compagnies de réduire leur programme de moitié "
    "samedi, une mesure inédite depuis le printemps dernier.",
)


@pytest.mark.parametrize("suffix", [" - Actualité - Le Courrier du Sud-Ouest", " | lecourrier-sud.fr",
                                    " – Le Courrier", " — Société | Le Petit Matin de Provence",
                                    " - France Info", " | Marie Claire"])  # a site's name may open on a first name
def test_a_site_and_its_rubric_after_the_headline_are_cut(suffix):
    assert without_site_suffix(HEADLINE + suffix) == HEADLINE


@pytest.mark.parametrize("title", [
    "Ligue 1 : Nice bat Marseille 2 - 1",
    "Nice - Marseille : le derby sous haute tension",
    "Lyon ferme trois rues - le maire recule",
    "Guerre au Soudan - Les civils fuient Khartoum par milliers",
    "Sénat - Assemblée",
    "« Nous ne lâcherons rien sur les salaires » - Sophie Binet",  # the quotation's speaker signs it
    "« Une réforme juste et nécessaire » – Bruno Le Maire",
])
def test_a_headline_s_own_dash_is_no_site_suffix(title):
    assert without_site_suffix(title) == title


def test_a_page_showing_only_its_suffixed_title_gets_the_plain_headline():
    doc = clean(page("Accueil", "Politique", "Sport", HEADLINE + " - Actualité - Le Courrier du Sud-Ouest",
                     "Par Julie Roux", "Publié le 12 mars 2024", *BODY))
    assert doc.title == HEADLINE
    assert doc.text.split("\n\n")[0] == HEADLINE + " - Actualité - Le Courrier du Sud-Ouest"
