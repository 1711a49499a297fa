"""link: which forms of names share an entity across articles, and which must not."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.link import link_mentions
from pipeline.common.names import fold, transliteration_key
from pipeline.common.tables import TABLES


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
    (("Evgueni Prigojine", "PER"), ("Evgueni Prigojin", "PER")),  # a romanisation's ending, a long name
    (("Jean-Paul Delevoye", "PER"), ("Jean Paul Delevoye", "PER")),
    (("Parti socialiste", "ORG"), ("PS", "ORG")),
    (("X", "ORG"), ("Twitter", "ORG")),
    (("Rio de Janeiro", "LOC"), ("Rio", "LOC")),
    (("Confédération française démocratique du travail", "ORG"), ("CFDT", "ORG")),
])
def test_forms_across_articles_share_an_entity(first, second):
    mentions, _ = link_mentions(mentions_of(("a", [first]), ("b", [second])))
    assert entity_of(mentions, "a", first[0]) == entity_of(mentions, "b", second[0])


@pytest.mark.parametrize("first, second", [
    (("Evgeny Smirnov", "PER"), ("Ivan Smirnov", "PER")),
    (("Géorgie", "LOC"), ("George", "PER")),
    (("Autriche", "LOC"), ("Australie", "LOC")),
    (("Corée du Nord", "LOC"), ("Corée du Sud", "LOC")),
    (("Marie Dupont", "PER"), ("Jeanne Dupont", "PER")),
    (("Parti socialiste", "ORG"), ("Parti communiste", "ORG")),
    (("université de Lille", "ORG"), ("Lille", "LOC")),
    # French surnames a letter apart are different families, however alike (`Guyot` and `Guillot`).
    (("Marie Guyot", "PER"), ("Marie Guillot", "PER")),
    (("Jean Roger", "PER"), ("Jean Royer", "PER")),
    (("Paul Marin", "PER"), ("Paul Martin", "PER")),
])
def test_different_entities_stay_apart(first, second):
    mentions, _ = link_mentions(mentions_of(("a", [first]), ("b", [second])))
    assert entity_of(mentions, "a", first[0]) != entity_of(mentions, "b", second[0])


def test_surname_alone_joins_the_full_name_of_its_article():
    mentions, entities = link_mentions(mentions_of(("a", [("Semyon Bazhukov", "PER"), ("Bazhukov", "PER")])))
    assert set(mentions["entity_id"]) == {"PER:semyon-bazhukov"}
    assert entities[["name", "aliases", "n_docs", "n_mentions"]].values.tolist() == [
        ["Semyon Bazhukov", "Bazhukov", 1, 2]]


def test_initials_join_the_full_name_they_abbreviate():
    """Citations write a first name by its initial (`obs. J. Vasseur`, `J.-P. Roland`): the same person, and the
    surname alone then has one fuller name to join."""
    mentions, _ = link_mentions(mentions_of(("a", [("Josiane Vasseur", "PER"), ("J. Vasseur", "PER"),
                                                   ("Vasseur", "PER"), ("Jean-Pierre Roland", "PER"),
                                                   ("J.-P. Roland", "PER")])))
    assert [entity_of(mentions, "a", name) for name in ("J. Vasseur", "Vasseur", "J.-P. Roland")] == [
        "PER:josiane-vasseur", "PER:josiane-vasseur", "PER:jean-pierre-roland"]


@pytest.mark.parametrize("names", [["Josiane Vasseur", "Jacques Vasseur", "J. Vasseur"],
                                   ["Paul Vasseur", "J. Vasseur"], ["J. Vasseur", "P. Vasseur"]])
def test_an_initial_of_two_people_or_of_another_name_stays_apart(names):
    mentions, _ = link_mentions(mentions_of(("a", [(name, "PER") for name in names])))
    assert mentions["entity_id"].nunique() == len(names)


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
        "aliases": "Tokayev|Tokaïev", "roles": "président kazakh", "n_docs": 2, "n_mentions": 4,
        "gender": "", "gender_cue": ""}]  # no cue in the rows, and a first name the dictionary does not know


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


def test_bare_head_noun_joins_the_one_organization_it_opens():
    mentions, entities = link_mentions(mentions_of(("a", [("police municipale", "ORG"), ("police", "ORG")])))
    assert set(mentions["entity_id"]) == {"ORG:police-municipale"}
    assert entities[["name", "aliases"]].values.tolist() == [["police municipale", "police"]]


def test_bare_head_noun_with_two_organizations_stays_unlinked():
    mentions, _ = link_mentions(mentions_of(
        ("a", [("police kazakhe", "ORG"), ("police russe", "ORG"), ("police", "ORG")])))
    ids = [entity_of(mentions, "a", name) for name in ("police kazakhe", "police russe", "police")]
    assert ids == ["ORG:police-kazakhe", "ORG:police-russe", "ORG:police"]


def test_bare_head_noun_does_not_join_another_label():
    mentions, _ = link_mentions(mentions_of(("a", [("ville de Semey", "LOC"), ("ville", "ORG")])))
    assert entity_of(mentions, "a", "ville") != entity_of(mentions, "a", "ville de Semey")


def test_name_prefers_the_accented_native_form_on_a_tie():
    rows = mentions_of(("a", [("Kassym-Jomart Tokayev", "PER")]), ("b", [("Kassym-Jomart Tokaïev", "PER")]))
    _, entities = link_mentions(rows)
    assert entities[["name", "aliases"]].values.tolist() == [["Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev"]]


def test_acronym_joins_the_outer_name_not_a_name_nested_in_it():
    rows = pd.DataFrame([
        {"doc_id": "a", "mention_id": "a:m0", "start": 0, "end": 39, "sentence_id": 0,
         "text": "Service de police de la Ville de Québec", "label": "ORG", "role": "", "entity_id": ""},
        {"doc_id": "a", "mention_id": "a:m1", "start": 24, "end": 39, "sentence_id": 0,
         "text": "Ville de Québec", "label": "ORG", "role": "", "entity_id": ""},
        {"doc_id": "a", "mention_id": "a:m2", "start": 41, "end": 45, "sentence_id": 0,
         "text": "SPVQ", "label": "ORG", "role": "", "entity_id": ""},
    ], columns=TABLES["mentions"])
    mentions, _ = link_mentions(rows)
    assert entity_of(mentions, "a", "SPVQ") == entity_of(mentions, "a", "Service de police de la Ville de Québec")
    assert entity_of(mentions, "a", "Ville de Québec") != entity_of(mentions, "a", "SPVQ")


def test_opening_of_an_organization_name_joins_the_fullest_one():
    mentions, _ = link_mentions(mentions_of(("a", [
        ("université Lyon-2 de Bron", "ORG"), ("université Lyon-2", "ORG"), ("Lyon-2", "ORG")])))
    assert set(mentions["entity_id"]) == {"ORG:universite-lyon-2-de-bron"}


@pytest.mark.parametrize("forms", [
    # the Senate is not its inquiry committee: a name inside, not opening, another stays apart
    [("commission d'enquête du Sénat", "ORG"), ("Sénat", "ORG")],
    # two fuller names fit: left alone
    [("Conseil européen", "ORG"), ("Conseil de l'Europe", "ORG"), ("Conseil", "ORG")],
    # past a capitalised first word the name is another one
    [("Air France", "ORG"), ("France", "ORG")],
    # places never join by opening words (`Afrique` is not `Afrique du Sud`)
    [("Afrique du Sud", "LOC"), ("Afrique", "LOC")],
])
def test_shorter_names_that_must_stay_apart(forms):
    mentions, _ = link_mentions(mentions_of(("a", forms)))
    assert mentions["entity_id"].nunique() == len(forms)


def test_articles_resolved_in_the_per_document_stage_link_as_when_link_resolves_them(seed_tables):
    from pipeline.common.names import REFERS_TO, with_references

    mentions = seed_tables["mentions"].drop(columns=["entity_id"])
    rows = [row for _, article in mentions.groupby("doc_id", sort=False)
            for row in with_references(article.to_dict("records"))]
    by_id = {row["mention_id"]: row[REFERS_TO] for row in rows}
    assert sum(target != mention_id for mention_id, target in by_id.items()) > 5  # surnames, acronyms
    resolved = mentions.assign(**{REFERS_TO: mentions["mention_id"].map(by_id)})
    linked_here, entities_here = link_mentions(mentions)
    linked_before, entities_before = link_mentions(resolved)
    pd.testing.assert_frame_equal(linked_before, linked_here)
    pd.testing.assert_frame_equal(entities_before, entities_here)


@pytest.mark.parametrize("name, folded", [
    ("Kassym-Jomart Tokaïev", "kassym jomart tokaiev"),
    ("L’Indépendant", "l independant"),
    ("Saint-Étienne-du-Rouvray", "saint etienne du rouvray"),
    ("SAINT-DENIS", "saint denis"),  # ASCII: no accent to strip, the same form
    ("  Aix-en-Provence ", "aix en provence"),
    ("Łódź", "łodz"),  # a letter with no decomposition keeps its shape
])
def test_fold_gives_the_comparison_form_with_or_without_accents(name, folded):
    assert fold(name) == folded


def test_lone_word_in_another_article_does_not_join_a_first_name_part():
    mentions, _ = link_mentions(mentions_of(("a", [("Jean-Philippe Tanguy", "PER")]),
                                            ("b", [("Philippe", "PER")]), ("c", [("Tanguy", "PER")])))
    assert entity_of(mentions, "b", "Philippe") == "PER:philippe"
    assert entity_of(mentions, "c", "Tanguy") == "PER:jean-philippe-tanguy"
