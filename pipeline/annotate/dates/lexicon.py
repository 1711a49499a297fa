"""The words of dates, by kind (month, weekday, season, direction...), from `models/dates/` and `models/calendar/`.

The lexicon is data the patterns and the reading of date parts share: its
kinds name the `DateParts` field each word fills, and a pattern's `"@kind"`
stands for one of its word lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

# which DateParts field each lexicon kind fills, and how its value reads
FIELD_OF_KIND: dict[str, tuple[str, Callable[[str], Any]]] = {
    "month": ("month", int), "month_en": ("month", int), "weekday": ("weekday", int),
    "season": ("season_month", int), "relative_day": ("offset", int), "today": ("offset", int),
    "eve": ("eve_offset", int), "relative_unit": ("unit", str), "direction": ("direction", str),
    "this": ("this", bool), "time_of_day": ("time_of_day", bool), "period": ("period", bool), "part": ("part", str),
    "same_day": ("eve_offset", int), "movable_feast": ("easter_offset", int),
}


@dataclass
class DateLexicon:
    """The words of dates, by kind: `month` → {"septembre": "9", ...}, `direction` → {"dernier": "past"}."""

    kinds: dict[str, dict[str, str]] = field(default_factory=dict)
    readings: dict[str, tuple[str, str]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.readings = {form: (kind, value) for kind in FIELD_OF_KIND
                         for form, value in self.kinds.get(kind, {}).items()}

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[str]]) -> DateLexicon:
        """RETURNS (DateLexicon): the lexicon of (kind, form[, value]) rows; a row without a form raises."""
        kinds: dict[str, dict[str, str]] = {}
        for row in rows:
            if len(row) < 2:
                raise ValueError(f"date lexicon row needs kind and form: {row!r}")
            kinds.setdefault(row[0], {})[row[1].lower()] = row[2] if len(row) > 2 else ""
        return cls(kinds)

    def rows(self) -> list[list[str]]:
        """The (kind, form, value) rows `from_rows` reads back."""
        return [[kind, form, value] for kind, forms in self.kinds.items() for form, value in forms.items()]

    def forms(self, kind: str) -> dict[str, str]:
        """The forms of one kind and their values; an unknown kind raises, so a typo in a pattern fails loudly."""
        if kind not in self.kinds:
            raise KeyError(f"date lexicon has no kind {kind!r}")
        return self.kinds[kind]

    def month_names(self) -> list[str]:
        """Full month names: forms that are neither dotted nor a prefix of another form ("sept")."""
        forms = list(self.forms("month"))
        return [form for form in forms
                if "." not in form and not any(other != form and other.startswith(form) for other in forms)]

    def month_abbreviations(self) -> list[str]:
        """Undotted short forms ("sept", "déc"): the tokenizer splits the dot off "Sept." and "Déc."."""
        names = set(self.month_names())
        return [form for form in self.forms("month") if "." not in form and form not in names]

    def macro(self, name: str) -> list[str]:
        """The word list a pattern's `"@name"` stands for."""
        if name == "month_name":
            return self.month_names()
        if name == "month_abbreviation":
            return self.month_abbreviations()
        if name == "holiday_or_feast":
            return [*self.forms("holiday"), *self.forms("movable_feast")]
        return list(self.forms(name))
