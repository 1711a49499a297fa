"""A person's gender across the dump: what the text writes with the name, then the first name, then pronouns.

An article's cues of one kind agree or leave it silent. What the text
writes with the name (a title, a role noun, an agreement) decides first;
across articles one gender wins when the articles stating it outnumber
those stating the other three to one, so one slip of the parse among many
articles does not blank a person, while two articles that disagree leave
it empty. Where no article writes a gender, the first name (`first_names`)
decides, read from a form of two words or more (a one-word form may be a
surname, and a gender is never read from a surname). Last come the
pronouns and descriptions the speaker resolution gave the person (`elle a
ajouté`, `la ministre a précisé`): an antecedent is the resolver's guess,
so a first name that contradicts it (`Martine …` resolved from `il`) wins.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from pipeline.common.genders import FIRST_NAME
from pipeline.common.names import name_parts
from pipeline.link.first_names import first_name_gender

CONFLICT = "?"
MAJORITY = 3  # how many articles for one gender outweigh one article for the other

Verdict = tuple[str, str]  # (gender, cue) of one article: ("f", "la ministre"); ("", "") silent; ("?", "") conflict


def article_verdict(cues: list[tuple[str, str]]) -> Verdict:
    """The gender one article's cues of a kind give a person; conflicting ones none."""
    if not cues:
        return "", ""
    if len({gender for gender, _ in cues}) > 1:
        return CONFLICT, ""
    return cues[0][0], Counter(words for _, words in cues).most_common(1)[0][0]


def entity_gender(written: Iterable[Verdict], resolved: Iterable[Verdict], forms: Iterable[str]) -> Verdict:
    """RETURNS (Verdict): the dump's gender for one person and its cue (`prénom` from the first name)."""
    stated = [verdict for verdict in written if verdict[0]]
    if stated:
        return _majority([verdict for verdict in stated if verdict[0] != CONFLICT])
    genders = {first_name_gender(form.split()[0]) for form in set(forms) if len(name_parts(form)) > 1}
    genders.discard("")
    if len(genders) == 1:
        return genders.pop(), FIRST_NAME
    stated = [verdict for verdict in resolved if verdict[0] and verdict[0] != CONFLICT]
    return _majority(stated) if not genders else ("", "")


def _majority(verdicts: list[Verdict]) -> Verdict:
    counts = Counter(gender for gender, _ in verdicts)
    if not counts:
        return "", ""
    (winner, votes), *others = counts.most_common()
    if others and votes < MAJORITY * others[0][1]:
        return "", ""
    cues = Counter(cue for gender, cue in verdicts if gender == winner)
    return winner, min(cues, key=lambda cue: (-cues[cue], cue))
