"""The README's notebook example runs as written."""

from __future__ import annotations

import os
import re

from tests.conftest import ROOT


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL)


def test_the_readme_example_runs(tmp_path, monkeypatch):
    blocks = python_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert blocks, "the README shows the notebook API"
    monkeypatch.chdir(ROOT)
    scope: dict = {}
    for block in blocks:
        exec(compile(block.replace('"outputs/notebook"', repr(str(tmp_path / "nb"))), "README.md", "exec"), scope)
    assert set(scope["tables"]) >= {"documents", "claims"}
    assert any(value == "2022-09-21" for _, value in ((s.text, s._.value) for s in scope["doc"].spans["dates"]))
    assert os.path.exists(tmp_path / "nb" / "claims.parquet")
