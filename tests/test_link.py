"""link: which forms of names share an entity across articles, and which must not."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.link import link_mentions
from pipeline.names import transliteration_key
from pipeline.tables import TABLES


def mentions_of(*docs: tuple[str, list[tuple[str, str]]]) -> pd.DataFrame:
    """Mention rows from (doc_id, [(text, label), ...]), offsets spaced so no two touch."""
    rows = []
    for doc_id, names in docs:
        for number, (text, label) in enumerate(names):
            start = number * 100
            rows.append({"doc_id": doc_id, "mention_id": f"{doc_id}:m{number}", "start": start,
                         "end": start + len(text), "sentence_id": number, "text": text, "label": label,
                         "role": "", "entity_id": ""})
    return pd.DataFrame(rows, columns=TABLES["mentions"])


def entity_of(mentions: pd.DataFrame, doc_id: str, text: str) -> str:
    rows = mentions[(mentions["doc_id"] == doc_id) & (mentions["text"] == text)]
    return rows["entity_id"].iloc[0]


@pytest.mark.parametrize("first, second", [
    (("Kassym-Jomart Tokaïev", "PER"), ("Kassym-Jomart Tokayev", "PER")),
    (("Marat Akhmetjanov", "PER"), ("Marat Akhmetzhanov", "PER")),
    (("Vladimir Poutine", "PER"), ("Vladimir Putin", "PER")),
    (("Poutine", "PER"), ("Putin", "PER")),
    (("Moscou", "LOC"), ("Moscow", "LOC")),
    (("URSS", "ORG"), ("Union soviétique", "ORG")),
    (("RIA Novosti", "ORG"), ("Ria Novosty", "ORG")),
    (("Mouammar Kadhafi", "PER"), ("Mouammar Kaddafi", "PER")),
    (("Jean-Paul Delevoye", "PER"), ("Jean Paul Delevoye", "PER")),
])
def test_forms_across_articles_share_an_entity(first, second):
    mentions, _ = link_mentions(mentions_of(("a", [first]), ("b", [second])))
    assert entity_of(mentions, "a", first[0]) == entity_of(mentions, "b", second[0])


@pytest.mark.parametrize("first, second", [
    (("Evgeny Smirnov", "PER"), ("Ivan Smirnov", "PER")),
    (("Géorgie", "LOC"), ("George", "PER")),
    (("Autriche", "LOC"), ("Australie", "LOC")),
    (("Corée du Nord", "LOC"), ("Corée du Sud", "LOC")),
])
def test_different_entities_stay_apart(first, second):
    mentions, _ = link_mentions(mentions_of(("a", [first]), ("b", [second])))
    assert entity_of(mentions, "a", first[0]) != entity_of(mentions, "b", second[0])


def test_surname_alone_joins_the_full_name_of_its_article():
    mentions, entities = link_mentions(mentions_of(("a", [("Semyon Bazhukov", "PER"), ("Bazhukov", "PER")])))
    assert set(mentions["entity_id"]) == {"PER:semyon-bazhukov"}
    assert entities[["name", "aliases", "n_docs", "n_mentions"]].values.tolist() == [
        ["Semyon Bazhukov", "Bazhukov", 1, 2]]


def test_ambiguous_surname_stays_unlinked():
    mentions, _ = link_mentions(mentions_of(
        ("a", [("Evgeny Smirnov", "PER"), ("Ivan Smirnov", "PER"), ("Smirnov", "PER")])))
    ids = [entity_of(mentions, "a", name) for name in ("Evgeny Smirnov", "Ivan Smirnov", "Smirnov")]
    assert ids == ["PER:evgeny-smirnov", "PER:ivan-smirnov", "PER:smirnov"]


def test_surname_alone_in_another_article_joins_the_only_person_with_it():
    mentions, _ = link_mentions(mentions_of(("a", [("Marat Akhmetzhanov", "PER")]), ("b", [("Akhmetjanov", "PER")])))
    assert entity_of(mentions, "b", "Akhmetjanov") == "PER:marat-akhmetzhanov"


def test_acronym_joins_the_name_it_follows():
    text = "Organisation du traité de sécurité collective"
    rows = mentions_of(("a", [(text, "ORG")]))
    acronym = rows.iloc[0].copy()
    acronym["mention_id"], acronym["start"], acronym["end"], acronym["text"] = "a:m1", len(text) + 2, len(text) + 6, "OTSC"
    mentions, _ = link_mentions(pd.concat([rows, acronym.to_frame().T], ignore_index=True))
    assert set(mentions["entity_id"]) == {"ORG:organisation-du-traite-de-securite-collective"}


def test_entities_table_lists_forms_roles_and_counts():
    rows = mentions_of(("a", [("Kassym-Jomart Tokaïev", "PER"), ("Tokaïev", "PER")]),
                       ("b", [("Kassym-Jomart Tokaïev", "PER"), ("Tokayev", "PER")]))
    rows.loc[0, "role"] = "président kazakh"
    _, entities = link_mentions(rows)
    assert list(entities.columns) == TABLES["entities"]
    assert entities.to_dict("records") == [{
        "entity_id": "PER:kassym-jomart-tokaiev", "label": "PER", "name": "Kassym-Jomart Tokaïev",
        "aliases": "Tokayev|Tokaïev", "roles": "président kazakh", "n_docs": 2, "n_mentions": 4}]


def test_output_does_not_depend_on_row_order():
    rows = mentions_of(("a", [("Marat Akhmetjanov", "PER"), ("Moscou", "LOC")]),
                       ("b", [("Marat Akhmetzhanov", "PER"), ("Moscow", "LOC"), ("Akhmetzhanov", "PER")]))
    first_mentions, first_entities = link_mentions(rows)
    second_mentions, second_entities = link_mentions(rows.iloc[::-1].reset_index(drop=True))
    pd.testing.assert_frame_equal(first_entities, second_entities)
    assert dict(zip(first_mentions["mention_id"], first_mentions["entity_id"])) == dict(
        zip(second_mentions["mention_id"], second_mentions["entity_id"]))


@pytest.mark.parametrize("first, second", [
    ("Akhmetjanov", "Akhmetzhanov"), ("Tokaïev", "Tokayev"), ("Novosty", "Novosti"), ("Kadhafi", "Kaddafi"),
    ("Nizhniy", "Nizhny"), ("Yekaterina", "Ekaterina"),
])
def test_transliteration_key_agrees(first, second):
    assert transliteration_key(first) == transliteration_key(second)


@pytest.mark.parametrize("first, second", [("Smirnov", "Smirnova"), ("Ivan", "Iman"), ("Tokaïev", "Tokarev")])
def test_transliteration_key_keeps_different_names_apart(first, second):
    assert transliteration_key(first) != transliteration_key(second)
