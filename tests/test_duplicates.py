"""A duplicate is the same input read twice; two pages that only clean alike keep their rows."""

from __future__ import annotations

import pytest

from pipeline.runner.cache import DocumentCache
from pipeline.runner.items import prepared_items
from pipeline.runner.results import DocumentResult, document_row

BODY = """La mairie de Quimper ouvre un troisième marché couvert

Par Yann Le Goff

Publié le 4 mai 2023 à 09h15

La municipalité a voté jeudi soir l'ouverture d'un marché couvert dans le quartier de Kerfeunteun, le troisième de la ville après ceux du centre et de Penhars.

Les travaux doivent commencer à l'automne et coûter 2,4 millions d'euros, a précisé l'adjoint chargé du commerce, qui espère une ouverture avant l'été 2025.

Une vingtaine de producteurs du pays bigouden ont déjà demandé un emplacement, selon la chambre d'agriculture du Finistère.
"""


@pytest.fixture
def dump(tmp_path):
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "a_original.txt").write_text(f"Accueil\n\nSe connecter\n\n{BODY}", encoding="utf-8")
    # The same article on another page of the site: other menus around it, the same body once cleaned.
    (folder / "b_other_page.txt").write_text(f"Menu\n\nRechercher\n\n{BODY}\nPartager sur Facebook\n", encoding="utf-8")
    (folder / "c_read_twice.txt").write_text(f"Accueil\n\nSe connecter\n\n{BODY}", encoding="utf-8")
    return folder


def test_two_pages_that_clean_alike_keep_their_rows_and_the_later_names_the_earlier(dump):
    documents = {item.document.doc_id: item for item in prepared_items(dump)}
    original, copy = documents["a_original"].document, documents["b_other_page"].document
    assert original.text == copy.text
    assert (original.status, original.copy_of) == ("ok", "")
    assert (copy.status, copy.copy_of) == ("ok", "a_original")
    assert documents["b_other_page"].result is None  # still to be annotated: its rows are computed


def test_the_same_text_as_read_twice_is_a_duplicate_without_rows(dump):
    documents = {item.document.doc_id: item for item in prepared_items(dump)}
    twice = documents["c_read_twice"]
    assert (twice.document.status, twice.document.error) == ("duplicate", "same text as a_original")
    assert twice.result.mentions == [] and twice.result.document["status"] == "duplicate"


def test_a_cached_copy_is_named_after_this_run_order(dump, tmp_path):
    cache = DocumentCache(tmp_path / "cache", "0" * 64)
    for item in prepared_items(dump, cache):  # a first run stores each fresh article with its row
        if item.cache_key:
            cache.put(item.cache_key, (item.document, DocumentResult(document=document_row(item.document))))
    (dump / "a_original.txt").unlink()
    documents = {item.document.doc_id: item for item in prepared_items(dump, cache)}
    assert documents["b_other_page"].from_cache  # its row was stored naming a_original
    assert documents["b_other_page"].result.document["copy_of"] == ""
    once_a_duplicate = documents["c_read_twice"].document  # never stored: cleaned afresh
    assert (once_a_duplicate.status, once_a_duplicate.copy_of) == ("ok", "b_other_page")
