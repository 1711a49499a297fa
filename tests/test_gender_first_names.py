"""First names the dictionaries know under another romanisation: French writes Russian, Ukrainian, Central
Asian and Arabic names its own way (`ou`, `gu`, `ï`, `tch`, `kh`, an `I` before a vowel)."""

from __future__ import annotations

import pytest

from pipeline.common.first_names import first_name_gender


@pytest.mark.parametrize("name, expected", [
    # `ou` for u, an `I` before a vowel for y
    ("Iouri", "m"), ("Lioudmila", "f"), ("Iaroslav", "m"), ("Ielena", "f"),
    ("Timour", "m"), ("Roustam", "m"), ("Nourlan", "m"), ("Mouammar", "m"), ("Souleimane", "m"),
    # `gu` for a hard g
    ("Evgueni", "m"), ("Ievgueni", "m"), ("Guennadi", "m"), ("Gueorgui", "m"),
    # `kh`, `tch`
    ("Bakhtiar", "m"), ("Tchinguiz", "m"),
    # in a full name, read by its first word
    ("Iouri Ouchakov", "m"), ("Lioudmila Alexeïeva", "f"),
])
def test_a_first_name_romanised_the_french_way_is_read_as_the_name_it_spells(name, expected):
    assert first_name_gender(name.split()[0]) == expected


@pytest.mark.parametrize("name", [
    "Abiy",     # not written the French way: not read as the English `Abi`
    "Djokhar",  # `dj` is not folded into `j`: not read as a `Johar`
    "Xi", "Kim", "Habermas", "Poutine",
])
def test_a_word_no_romanisation_makes_a_known_first_name_gives_none(name):
    assert first_name_gender(name) == ""


@pytest.mark.parametrize("word", ["Iouri", "Evgueni", "Timour"])
def test_a_romanised_first_name_alone_is_not_read(word):
    """A word used alone is read only as a first name France knows (`first_name_gender(…, france_only=True)`)."""
    assert first_name_gender(word, france_only=True) == ""
