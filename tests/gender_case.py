"""One gender case: a short article, a person it names, the gender a careful reader gives them, and the reason
of a known miss (`tests/test_gender_constructions.py`)."""

from __future__ import annotations

F, M, NONE = "f", "m", ""


def case(text: str, person: str, gender: str, xfail: str = "") -> tuple[str, str, str, str]:
    return text, person, gender, xfail
