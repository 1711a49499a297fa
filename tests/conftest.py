"""Shared fixtures: the pipeline runs on the seeds once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
DEV = ROOT.parent / "shared" / "dev"
DEV2 = ROOT.parent / "shared" / "dev2"
DEV3 = ROOT.parent / "shared" / "dev3"


@pytest.fixture(scope="session")
def nlp():
    """The full depeche Language, loaded once."""
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def seed_outcome(nlp, tmp_path_factory):
    """The run on seeds/, written to a temporary output folder."""
    from pipeline.runner import execute

    out = tmp_path_factory.mktemp("seed-tables")
    outcome = execute(SEEDS, out, nlp=nlp)
    outcome.out = out
    return outcome


@pytest.fixture(scope="session")
def seed_tables(seed_outcome):
    return seed_outcome.tables
