"""What the report in a folder was built from: the renderer, its inputs, and each page's rows, by digest.

A rebuild keeps every page whose digest it finds here unchanged (a hard link
to the page already written, not a new write), and skips the whole build
when neither the tables nor the renderer changed. The result is always the
report a full rebuild would write: a page is drawn from its rows alone.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.export.digests import files_digest

MANIFEST = ".manifest.json"
_RENDERER_FILES = ("*.py", "assets/*")


def renderer_digest() -> str:
    """The report's own code and assets: an edit to them rebuilds every page."""
    package = Path(__file__).resolve().parent
    return files_digest(path for pattern in _RENDERER_FILES for path in package.glob(pattern) if path.is_file())


@dataclass
class Manifest:
    renderer: str = ""
    inputs: str = ""  # the tables, and whether the index links a workbook
    pages: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, report: Path) -> "Manifest":
        """The manifest of the report in `report`; an empty one when there is none or it cannot be read."""
        try:
            data = json.loads((report / MANIFEST).read_text(encoding="utf-8"))
            return cls(str(data["renderer"]), str(data["inputs"]), {str(k): str(v) for k, v in data["pages"].items()})
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls()

    def write(self, report: Path) -> None:
        content = {"renderer": self.renderer, "inputs": self.inputs, "pages": dict(sorted(self.pages.items()))}
        (report / MANIFEST).write_text(json.dumps(content, indent=0), encoding="utf-8")

    def built_from(self, other: "Manifest") -> bool:
        """Whether this report was built by the same renderer from the same inputs as `other` describes."""
        return bool(self.inputs) and (self.renderer, self.inputs) == (other.renderer, other.inputs)

    def holds_exactly(self, report: Path, fixed: set[str]) -> bool:
        """Whether `report` holds its pages, the `fixed` files and nothing else (no page lost, none added)."""
        found = {path.relative_to(report).as_posix() for path in report.rglob("*") if path.is_file()}
        return found == set(self.pages) | fixed | {MANIFEST}

    def keeps(self, path: str, digest: str, report: Path) -> bool:
        return self.pages.get(path) == digest and (report / path).is_file()


def keep_page(old: Path, new: Path) -> None:
    """The page already written, in the new report's folder: a hard link, a copy where links are not allowed."""
    new.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(old, new)
    except OSError:
        new.write_bytes(old.read_bytes())
