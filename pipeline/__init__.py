"""depeche: French news articles to review tables.

    >>> import pipeline
    >>> nlp = pipeline.load()              # spaCy Language with depeche's components
    >>> tables = pipeline.run("seeds/")    # dict of pandas DataFrames
    >>> pipeline.voices(tables)            # who gets quoted: one row per source that speaks
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

__all__ = ["load", "run", "voices"]
_HOMES = {"load": "pipeline.annotate", "run": "pipeline.runner", "voices": "pipeline.export.voices"}


def __getattr__(name: str) -> Any:
    """`load`, `run` and `voices`, imported on first use: the command line and a cached run need no spaCy."""
    if name not in _HOMES:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
