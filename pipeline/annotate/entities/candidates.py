"""Candidate entity spans from every rule, and the choice among those that overlap.

Each rule proposes spans independently; one ranking (longest first, then the
surest source) decides, so no rule needs to know what the others found.
"""

from __future__ import annotations

from dataclasses import dataclass

# Which candidate wins when two propose the very same span.
PRIORITY = {"descriptor": 4, "gazetteer": 3, "pattern": 3, "institution": 2, "model": 1}


@dataclass
class Candidate:
    """A proposed entity span, where it came from, and the role trimmed from it."""

    start: int
    end: int
    label: str
    source: str
    role: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


def non_overlapping(candidates: list[Candidate]) -> list[Candidate]:
    """Longest span first; for the same span the surer source wins; no overlaps; text order."""
    ranked = sorted(candidates, key=lambda c: (-c.length, -PRIORITY[c.source], c.start))
    taken: set[int] = set()
    chosen = []
    for candidate in ranked:
        positions = range(candidate.start, candidate.end)
        if any(p in taken for p in positions):
            continue
        taken.update(positions)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def taken_positions(chosen: list[Candidate]) -> set[int]:
    """The token positions the chosen spans cover, where a later rule must not propose another."""
    return {i for c in chosen for i in range(c.start, c.end)}
