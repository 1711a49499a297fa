"""Gender: the cues an article's French gives a person, their join across the dump, and the first names."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import assume, given, strategies as st
from spacy.tokens import Doc

from pipeline.common.genders import GENDER_CUES, GENDER_RESOLVED, decode_cues, encode_cues
from pipeline.common.tables import TABLES
from pipeline.link import link_mentions
from pipeline.common.first_names import first_name_gender
from pipeline.common.names import fold
from pipeline.link.genders import CONFLICT, article_verdict, entity_gender, listed_names, public_figures
from tests.french import french_with


@pytest.fixture(scope="module")
def nlp():
    return french_with("depeche_entities", "depeche_gender")


def cues_of(nlp, text: str, name: str, kind: str = "gender_cues") -> list[tuple[str, str]]:
    """The person's cues (`gender_cues`) or hints (`gender_hints`)."""
    doc = nlp(text)
    return next(getattr(ent._, kind) for ent in doc.ents if ent.text == name)


# (text, person, every cue the text gives the person)
CUES = [
    ("La ministre Anne Durand a déclaré que le budget serait tenu.", "Anne Durand", [("f", "la ministre")]),
    ("Mme Sophie Roux conteste la décision.", "Sophie Roux", [("f", "Mme")]),
    ("M. Karim Benali conteste la décision.", "Karim Benali", [("m", "M.")]),
    ("Hélène Garnier, directrice de l'école, refuse de commenter.", "Hélène Garnier", [("f", "directrice")]),
    # the parse may hang the name on the role's complement: the role is still the person's
    ("Le dernier mot reviendra à la maire de Paris Anne Hidalgo.", "Anne Hidalgo", [("f", "la maire")]),
    ("Lucie Perrin est la présidente du club depuis 2019.", "Lucie Perrin", [("f", "la présidente")]),
    # an epicene role noun shows the gender its adjective agrees in
    ("Nadia Ferrand, secrétaire générale du syndicat, a signé.", "Nadia Ferrand", [("f", "secrétaire générale")]),
    ("Nora Belkacem s'est dite choquée par la décision.", "Nora Belkacem", [("f", "dite"), ("f", "choquée")]),
    ("Selon Inès Moreau, interrogée par nos soins, rien n'est décidé.", "Inès Moreau", [("f", "interrogée")]),
    ("Élue en 2020, Chantal Vidal a présenté son programme.", "Chantal Vidal", [("f", "Élue")]),
    ("Le professeur Karim Benali s'est montré prudent.", "Karim Benali",
     [("m", "le professeur"), ("m", "montré"), ("m", "prudent")]),
    ("La candidate, Julie Marchand, est arrivée lundi.", "Julie Marchand", [("f", "la candidate"), ("f", "arrivée")]),
    ("Selon Jeanne Lefort, pêcheuse à Sète, la saison est mauvaise.", "Jeanne Lefort", [("f", "pêcheuse")]),
    # a masculine role form alone says nothing: French writes `professeur` for women too
    ("Marie Lambert, professeur d'histoire, défend la réforme.", "Marie Lambert", []),
    # a name governed by `de` is what the noun is of: the role is someone else's
    ("L'avocate de Paul Girard a demandé un renvoi.", "Paul Girard", []),
    ("La lettre de Jean Morin, publiée hier, fait débat.", "Jean Morin", []),
    # a participle the parse hangs on a masculine role noun is said of something else when it is feminine;
    # `empereur` holds its gender in the word (a woman is `impératrice`)
    ("Elle rappelle la politique de l'empereur Kangxi, marquée par l'envoi de savants.", "Kangxi",
     [("m", "empereur")]),
    # no cue: a verb with `avoir` agrees with no subject, and a first name is not a cue of the text
    ("Claude Martin a dit que le projet avançait.", "Claude Martin", []),
    # a noun a preposition governs before the comma is who tells, not the person named after it
    ("Selon sa sœur, Karim Benali a quitté la ville en mai.", "Karim Benali", []),
]


@pytest.mark.parametrize("text, name, expected", CUES)
def test_the_text_gives_each_person_its_cues(nlp, text, name, expected):
    assert cues_of(nlp, text, name) == expected


# (text, person, every hint: what a first name outweighs)
HINTS = [
    # a subject pronoun continues the topic: the person subject of the sentence before
    ("Zorblax Quenn est arrivé à Lyon lundi. Il a visité l'usine.", "Zorblax Quenn", [("m", "il")]),
    ("La ministre Zorblax Quenn a présenté son budget lundi. Elle a expliqué ses choix.", "Zorblax Quenn",
     [("f", "elle")]),
    ("Paul Girard a salué Zorblax Quenn. Cette dernière a souri.", "Zorblax Quenn", [("f", "cette dernière")]),
    # something else it may stand for: a noun of its gender as object, a person in a complement, the
    # noun the name is the complement of; a pronoun in quotation marks; an impersonal `il`
    ("Zorblax Quenn a écrit une lettre au maire. Elle a été lue en conseil.", "Zorblax Quenn", []),
    ("Zorblax Quenn a rencontré Paul Girard lundi. Il a signé.", "Zorblax Quenn", []),
    ("La fille de Zorblax Quenn a quitté Lyon. Elle vit à Paris.", "Zorblax Quenn", []),
    ("Zorblax Quenn a pris la parole. « Il ne viendra pas », a-t-il dit.", "Zorblax Quenn", []),
    ("Zorblax Quenn a parlé lundi. Il faut agir vite.", "Zorblax Quenn", []),
    # a masculine role form alone: French writes it for women too, so a hint
    ("Zorblax Quenn, président du club, a démissionné.", "Zorblax Quenn", [("m", "président")]),
]


@pytest.mark.parametrize("text, name, expected", HINTS)
def test_pronouns_and_masculine_forms_are_hints(nlp, text, name, expected):
    assert cues_of(nlp, text, name, "gender_hints") == expected


@pytest.mark.parametrize("name, expected", [
    ("Jean", "m"), ("Marie", "f"), ("Marie-Christine", "f"), ("Élisabeth", "f"), ("Mohamed", "m"),
    ("Claude", ""), ("Camille", ""), ("Dominique", ""), ("Andrea", ""), ("J.", ""), ("Zorblax", ""),
    # compounds: the head decides; a note's star is not part of the name
    ("Jean-Marie", "m"), ("Marie-Claire", "f"), ("Pierre-Yves", "m"), ("Antoine*", "m"),
    # France unsure or silent: a name one gender holds almost alone the world over (names-dataset's counts)
    ("Stéphane", "m"), ("Maxime", "m"), ("Rishi", "m"), ("Xudong", "m"), ("Zineb", "f"),
    # else the dictionary's other countries when a strong majority agrees (the dictionary writes `Miloš`
    # with a sorting mark, and the text may drop its accent)
    ("Miloš", "m"), ("Milos", "m"), ("Jürgen", "m"), ("Ali", "m"), ("Jan", "m"), ("Yuri", "m"), ("Jane", "f"),
    # an accent-less form the dictionary knows is not read as its accented French cousin (`Andréa`)
    ("Andrea", ""),
])
def test_first_names_as_france_uses_them_then_the_world(name, expected):
    assert first_name_gender(name) == expected


@pytest.mark.parametrize("word, expected", [("Marion", "f"), ("Jacques", "m"), ("Lula", ""), ("Harris", ""),
                                            ("Camille", ""), ("Morel", "")])
def test_a_word_alone_is_read_only_as_a_french_first_name(word, expected):
    assert first_name_gender(word, france_only=True) == expected


def person_rows(*docs: tuple[str, str, str, str]) -> pd.DataFrame:
    """PER mention rows from (doc_id, text, written cues, resolved cues)."""
    rows = [{"doc_id": doc_id, "mention_id": f"{doc_id}:m{n}", "start": n * 100, "end": n * 100 + len(text),
             "sentence_id": n, "text": text, "label": "PER", "role": "", "entity_id": "",
             GENDER_CUES: written, GENDER_RESOLVED: resolved}
            for n, (doc_id, text, written, resolved) in enumerate(docs)]
    return pd.DataFrame(rows, columns=[*TABLES["mentions"], GENDER_CUES, GENDER_RESOLVED])


def gender_of(rows: pd.DataFrame) -> tuple[str, str]:
    mentions, entities = link_mentions(rows)
    assert GENDER_CUES not in mentions.columns and GENDER_RESOLVED not in mentions.columns
    assert len(entities) == 1
    return entities.at[0, "gender"], entities.at[0, "gender_cue"]


@pytest.mark.parametrize("docs, expected", [
    ([("a", "Anne Durand", "f:la ministre", "")], ("f", "la ministre")),
    ([("a", "Jean Morel", "", "")], ("m", "prénom")),
    # the text outweighs the first name
    ([("a", "Jean Morel", "f:Mme", "")], ("f", "Mme")),
    # conflicting text cues leave it empty, and the first name does not decide then
    ([("a", "Pascal Roux", "f:Mme|m:arrivé", "")], ("", "")),
    ([("a", "Pascal Roux", "f:Mme", ""), ("b", "Pascal Roux", "m:M.", "")], ("", "")),
    # one slip among many articles does not blank a person
    ([("a", "Léa Morel", "f:Mme", ""), ("b", "Léa Morel", "f:la députée", ""), ("c", "Léa Morel", "f:Mme", ""),
      ("d", "Léa Morel", "m:le député", "")], ("f", "Mme")),
    # a resolved pronoun decides where the first name is silent, and gives way to it
    ([("a", "Zorblax Quenn", "", "f:elle")], ("f", "elle")),
    ([("a", "Martine Roux", "", "m:il")], ("f", "prénom")),
    # never from a surname
    ([("a", "Morel", "", "")], ("", "")),
    # a person only ever named by a French first name (`Marion`, a private person) takes its gender
    ([("a", "Marion", "", ""), ("a", "Marion", "", "")], ("f", "prénom")),
    ([("a", "Zico", "", "")], ("", "")),
    # a well-known person named by surname alone: by the full name the aliases list, or as the list of public
    # figures knows them, after the text and the first name; a form two listed people share gives none
    ([("a", "Poutine", "", "")], ("m", "prénom")),
    ([("a", "Merkel", "", "")], ("f", "personnalité")),
    ([("a", "Tocqueville", "", "")], ("m", "personnalité")),
    ([("a", "Lula", "", "")], ("m", "personnalité")),
    ([("a", "Merkel", "m:le chancelier", "")], ("m", "le chancelier")),
    ([("a", "Brigitte Macron", "", "")], ("f", "prénom")),
    ([("a", "Clinton", "", "")], ("", "")),
    ([("a", "Clinton", "", "f:elle")], ("f", "elle")),
    # a surname alone in one article joins the full name of another, and takes its gender
    ([("a", "Zorblax Quenn", "f:Mme", ""), ("b", "Quenn", "", "")], ("f", "Mme")),
    ([("a", "Jean Quenn", "", ""), ("b", "Quenn", "", "")], ("m", "prénom")),
])
def test_link_joins_the_evidence_of_every_article(docs, expected):
    assert gender_of(person_rows(*docs)) == expected


def test_rows_without_gender_columns_still_link():
    rows = person_rows(("a", "Jean Morel", "", "")).drop(columns=[GENDER_CUES, GENDER_RESOLVED])
    assert gender_of(rows) == ("m", "prénom")


cue = st.tuples(st.sampled_from(["f", "m"]), st.sampled_from(["Mme", "M.", "la ministre", "dite", "élu"]))


@given(st.lists(cue, min_size=1, max_size=6))
def test_an_article_verdict_is_its_cues_agreement_or_a_conflict(cues):
    gender, words = article_verdict(cues)
    genders = {g for g, _ in cues}
    assert gender == (genders.pop() if len(genders) == 1 else CONFLICT)
    assert (words in {w for _, w in cues}) if gender != CONFLICT else words == ""


@given(st.lists(st.from_regex(r"[A-Z][a-zé]{2,10}", fullmatch=True), min_size=1, max_size=4))
def test_a_one_word_name_france_does_not_give_as_a_first_name_never_gets_a_gender(forms):
    assume(all(first_name_gender(form, france_only=True) == "" for form in forms))
    assume(not any(fold(form) in public_figures() or fold(form) in listed_names() for form in forms))
    assert entity_gender([], [], forms) == ("", "")


@given(st.lists(cue, max_size=5))
def test_cues_survive_their_cell(cues):
    assert decode_cues(encode_cues(cues)) == cues


# End to end: the entities table of a run on articles written for the test.
ARTICLES = {
    "ministre": "Budget\n\nLa ministre Anne Durand a déclaré que le budget serait tenu. Elle a ajouté que rien ne changerait.",
    "claude": "Chantier\n\nClaude Martin a dit que le projet avançait. Il a ajouté que le chantier finirait en mai.",
    "conflit": "Mairie\n\nMme Pascal Roux a pris la parole lundi. Pascal Roux, arrivé en retard, a déclaré que la mairie fermerait.",
    "prenom": "Port\n\nSelon Jeanne Lefort, pêcheuse à Sète, la saison est mauvaise. Victor Hamel a annoncé une aide.",
    "pronom": "Musée\n\nZorblax Quenn dirige le festival depuis mai. Ce mois-ci, elle accueille des troupes. Elle a fait "
              "venir vingt compagnies. Emma a aidé aux décors.",
}


@pytest.fixture(scope="module")
def entities(tmp_path_factory):
    import pipeline
    from pipeline.runner import execute

    folder = tmp_path_factory.mktemp("gender-articles")
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    tables = execute(folder, tmp_path_factory.mktemp("gender-tables"), nlp=pipeline.load(), workers=1).tables
    people = tables["entities"][tables["entities"]["label"] == "PER"]
    return {name: (gender, cue) for name, gender, cue in zip(people["name"], people["gender"], people["gender_cue"])}


@pytest.mark.parametrize("name, expected", [
    ("Anne Durand", ("f", "la ministre")),
    ("Claude Martin", ("m", "il")),  # the first name is unisex: the pronoun resolved to him decides
    ("Pascal Roux", ("", "")),
    ("Jeanne Lefort", ("f", "pêcheuse")),
    ("Victor Hamel", ("m", "prénom")),
    ("Zorblax Quenn", ("f", "elle")),  # an unknown first name: the pronouns decide
    ("Emma", ("f", "prénom")),  # a private person named by her first name alone
])
def test_every_person_of_a_run_has_its_gender_and_cue(entities, name, expected):
    assert entities[name] == expected


def test_a_name_after_a_sentence_rooted_on_a_noun_ends_its_search(nlp):
    """`Le bilan de la saison,` parsed as a sentence of its own whose root is a noun that names no one, the name
    opening the next: the search for a role phrase before the comma stops at that root (it looped on it)."""
    words = ["Le", "bilan", "de", "la", "saison", ",", "Marie", "Curie", "parle", "."]
    heads = [1, 1, 4, 4, 1, 1, 8, 6, 8, 8]
    deps = ["det", "ROOT", "case", "det", "nmod", "punct", "nsubj", "flat:name", "ROOT", "punct"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True, False, False, False, False, False, True, False, False, False])
    reader = nlp.get_pipe("depeche_gender")
    assert reader.cues.of(doc[6:8]) == ([], [])
