"""The layout's promises: stages import only earlier stages (import-linter's contracts), and no god module."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
MAX_MODULE_LINES = 400


def _lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` on the `pipeline` package found in `project`, with `project`'s pyproject contracts."""
    environment = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run([str(LINT_IMPORTS), "--config", str(project / "pyproject.toml"), "--no-cache"],
                          cwd=project, env=environment, capture_output=True, text=True, timeout=300)


def test_the_import_contracts_are_kept() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


@pytest.mark.parametrize("stage, later_import", [
    ("ingest", "from pipeline.clean import clean_document"),
    ("claims", "from pipeline.link import link_mentions"),
    ("annotate", "from pipeline.runner import run"),
    ("clean", "import spacy"),
])
def test_an_import_against_the_data_flow_breaks_a_contract(tmp_path: Path, stage: str, later_import: str) -> None:
    """A copy of the package with one forbidden import added: lint-imports must fail on it."""
    shutil.copytree(ROOT / "pipeline", tmp_path / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    module = tmp_path / "pipeline" / stage / "__init__.py"
    module.write_text(module.read_text(encoding="utf-8") + f"\n{later_import}  # noqa\n", encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


def test_no_module_is_a_god_module() -> None:
    sizes = {path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in (ROOT / "pipeline").rglob("*.py")}
    too_long = {path: lines for path, lines in sizes.items() if lines > MAX_MODULE_LINES}
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines: {too_long}"
