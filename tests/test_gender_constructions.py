"""Gender constructions: every way French writes a person's gender, end to end, on sentences written for the test.

Each case is one short article, a person it names, and the gender a careful reader gives them
(`tests/gold/FORMAT.md`): `f`, `m`, or "" where the text does not tell (an epicene first name with
no cue, `Me`, `la victime`, `la star`). Most cases name people by an epicene first name (Camille,
Dominique, Claude, Sacha, Alix, Charlie, Morgan) so that the text alone decides; the first-name
classes use names of many cultures with no cue. Every article is run through the whole pipeline
at once (`execute`), so what is checked is `entities.gender`, as `evaluate` scores it. Surnames are
never shared between articles: `link` would join their people across the dump. Each case stands in
the body after a headline and a first sentence naming no one (`LEDE`), as a paragraph of a page does;
the class `after-headline` puts it right after the headline instead.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from pipeline.common.names import fold
from tests.gender_cases_names import (FIRST_NAMES, LATER_MENTIONS, TWO_PEOPLE, TRAPS, COMPOUND_FIRST_NAMES,
                                      DESCRIPTIONS_LATER, AFTER_HEADLINE, ROMANISED_FIRST_NAMES, DEMONYM_DESCRIPTIONS,
                                      SURNAME_WITH_TITLE, MORE_COMPOUND_FIRST_NAMES, AMBIGUOUS_FIRST_NAMES,
                                      NOT_THE_SUBJECT, THINGS_CARRY_ON)
from tests.gender_cases_written import (CIVILITIES, ROLES_BEFORE, AGREEMENTS, APPOSITIONS, PRONOUNS,
                                        STRESSED_PRONOUNS, INFLECTED_ROLES, NAME_PARTICLES, MORE_AGREEMENTS,
                                        PREFIXED_ROLES, RANKS, TAGGED_AS_NOUNS, AGREEMENT_BEFORE_A_COMPLEMENT,
                                        FRONTED_PHRASES, DEMONYMS_BEFORE, RANK_OF, FIRST_PERSON, S_PARTICIPLES,
                                        ROLE_OF_SOMEONE, COUPLES)

CLASSES = {
    "civility": CIVILITIES, "role-before": ROLES_BEFORE, "agreement": AGREEMENTS, "apposition": APPOSITIONS,
    "pronoun": PRONOUNS, "first-name": FIRST_NAMES, "later-mention": LATER_MENTIONS, "two-people": TWO_PEOPLE,
    "trap": TRAPS, "compound-name": COMPOUND_FIRST_NAMES, "description": DESCRIPTIONS_LATER,
    "after-headline": AFTER_HEADLINE, "romanised-first-name": ROMANISED_FIRST_NAMES,
    "stressed-pronoun": STRESSED_PRONOUNS, "inflected-role": INFLECTED_ROLES, "name-particle": NAME_PARTICLES,
    "demonym-description": DEMONYM_DESCRIPTIONS, "surname-with-title": SURNAME_WITH_TITLE,
    "more-agreement": MORE_AGREEMENTS, "prefixed-role": PREFIXED_ROLES,
    "more-compound-name": MORE_COMPOUND_FIRST_NAMES, "ambiguous-first-name": AMBIGUOUS_FIRST_NAMES,
    "rank": RANKS, "tagged-as-noun": TAGGED_AS_NOUNS, "agreement-before-complement": AGREEMENT_BEFORE_A_COMPLEMENT,
    "not-the-subject": NOT_THE_SUBJECT, "rank-of": RANK_OF, "fronted-phrase": FRONTED_PHRASES, "demonym-before": DEMONYMS_BEFORE,
    "things-carry-on": THINGS_CARRY_ON, "first-person": FIRST_PERSON, "s-participle": S_PARTICIPLES,
    "role-of-someone": ROLE_OF_SOMEONE, "couple": COUPLES,
}
HEADLINE = "Actualité"
LEDE = "Les faits remontent à la semaine dernière."
TEXTS = list(dict.fromkeys(text for cases in CLASSES.values() for text, *_ in cases))


def _params():
    for name, cases in CLASSES.items():
        for n, (text, person, gender, xfail) in enumerate(cases):
            marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
            yield pytest.param(text, person, gender, id=f"{name}-{n}-{person}", marks=marks)


@pytest.fixture(scope="module")
def genders(tmp_path_factory) -> dict[tuple[int, str], str]:
    """(article number, folded form of a person in it) → the gender of its entity."""
    import pipeline
    from pipeline.runner import execute

    folder = tmp_path_factory.mktemp("constructions")
    for n, text in enumerate(TEXTS):
        lede = "" if any(text == case[0] for case in AFTER_HEADLINE) else f"{LEDE} "
        (folder / f"c{n:03d}.txt").write_text(f"{HEADLINE}\n\n{lede}{text}\n", encoding="utf-8")
    tables = execute(folder, tmp_path_factory.mktemp("constructions-tables"), nlp=pipeline.load(), workers=1).tables
    gender_of = dict(zip(tables["entities"]["entity_id"], tables["entities"]["gender"]))
    people = tables["mentions"][tables["mentions"]["label"] == "PER"]
    return {(int(doc_id[1:]), fold(text)): gender_of.get(entity_id, "")
            for doc_id, text, entity_id in zip(people["doc_id"], people["text"], people["entity_id"])}


@pytest.mark.parametrize("text, person, expected", list(_params()))
def test_the_text_gives_the_person_its_gender(genders, text, person, expected):
    key = (TEXTS.index(text), fold(person))
    assert key in genders, f"{person} is not found as a person"
    assert genders[key] == expected


def test_no_surname_is_shared_between_articles():
    """`link` joins people across articles by their surname: each case's people are its own."""
    texts_of = defaultdict(set)
    for cases in CLASSES.values():
        for text, person, *_ in cases:
            texts_of[fold(person.split()[-1])].add(text)
    assert {surname: texts for surname, texts in texts_of.items() if len(texts) > 1} == {}
