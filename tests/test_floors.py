"""Score floors: `make test` fails when a score on the gold drops below its pinned floor.

Floors live in tests/floors.json, per gold set; raise them as the pipeline
improves, never lower them. The development sets (../shared/dev,
../shared/dev2 and ../shared/dev3) are scored when they are there beside the repository; their
texts never enter the repository.
"""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate import load_gold, score_tables
from tests.conftest import DEV, DEV2, DEV3, GOLD, ROOT

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


@pytest.mark.parametrize("folder", [DEV, DEV2, DEV3], ids=lambda folder: folder.name)
def test_dev_scores_stay_above_their_floors(nlp, folder):
    if not (folder / "articles").is_dir():
        pytest.skip(f"{folder} is not beside the repository")
    from pipeline.runner import run

    tables = run(folder / "articles", nlp=nlp)
    assert _check(score_tables(tables, load_gold(folder / "gold")), FLOORS[folder.name]) == []


def test_no_two_gold_entities_are_merged(seed_tables):
    assert score_tables(seed_tables, load_gold(GOLD))["merged_entities"]["cases"] == []
