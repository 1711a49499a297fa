"""Score floors: `make test` fails when a score on the gold drops below its pinned floor.

Floors live in tests/floors.json, per gold set; raise them as the pipeline
improves, never lower them. The dev set (../shared/dev) is scored when it is
there beside the repository; its texts never enter the repository.
"""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate import load_gold, score_tables
from tests.conftest import DEV, GOLD, ROOT

FLOORS = json.loads((ROOT / "tests" / "floors.json").read_text(encoding="utf-8"))


def _check(scores: dict, floors: dict) -> list[str]:
    below = []
    for field, floor in floors.items():
        name, measure = field.rsplit("_", 1)
        if scores[name][measure] < floor:
            below.append(f"{field}: {scores[name][measure]:.3f} < floor {floor}")
    return below


def test_seed_scores_stay_above_their_floors(seed_tables):
    assert _check(score_tables(seed_tables, load_gold(GOLD)), FLOORS["seeds"]) == []


@pytest.mark.skipif(not (DEV / "articles").is_dir(), reason="the dev set is not beside the repository")
def test_dev_scores_stay_above_their_floors(nlp):
    from pipeline.runner import run

    tables = run(DEV / "articles", nlp=nlp)
    assert _check(score_tables(tables, load_gold(DEV / "gold")), FLOORS["dev"]) == []


def test_no_two_gold_entities_are_merged(seed_tables):
    assert score_tables(seed_tables, load_gold(GOLD))["merged_entities"]["cases"] == []
