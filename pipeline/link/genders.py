"""A person's gender across the dump: the text's cues of every article first, the first name where all are silent.

Within an article, a person's cues agree or leave the article silent: a
title, a role noun or an agreement written with the name outweighs a
pronoun the speaker resolution gave it (an antecedent is a guess, a
title is not), and cues of one weight that disagree say nothing. Across
articles, one gender wins when the articles stating it outnumber those
stating the other three to one, so one slip of the parse among many
articles does not blank a person, while two articles that disagree leave
it empty. Where no article writes a gender with the name, the first name
(`first_names`) decides, from a form of two words or more (a one-word form
may be a surname, and a gender is never read from a surname); pronouns
decide where the first name is silent too, and a pronoun the first name
contradicts (`Martine …` resolved from `il`) is the resolver's slip.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from pipeline.common.genders import FIRST_NAME, PRONOUNS
from pipeline.common.names import name_parts
from pipeline.link.first_names import first_name_gender

CONFLICT = "?"
MAJORITY = 3  # how many articles for one gender outweigh one article for the other

Verdict = tuple[str, str]  # (gender, cue) of one article: ("f", "la ministre"); ("", "") silent; ("?", "") conflict


def article_verdicts(cues: Iterable[tuple[str, str]]) -> tuple[Verdict, Verdict]:
    """The gender one article writes with a person, and the one its pronouns give; conflicting cues none."""
    cues = list(cues)
    return (_verdict([cue for cue in cues if cue[1] not in PRONOUNS]),
            _verdict([cue for cue in cues if cue[1] in PRONOUNS]))


def _verdict(cues: list[tuple[str, str]]) -> Verdict:
    if not cues:
        return "", ""
    if len({gender for gender, _ in cues}) > 1:
        return CONFLICT, ""
    return cues[0][0], Counter(words for _, words in cues).most_common(1)[0][0]


def entity_gender(written: Iterable[Verdict], pronouns: Iterable[Verdict], forms: Iterable[str]) -> Verdict:
    """RETURNS (Verdict): the dump's gender for one person and its cue (`prénom` from the first name)."""
    stated = [verdict for verdict in written if verdict[0]]
    if stated:
        return _majority([verdict for verdict in stated if verdict[0] != CONFLICT])
    genders = {first_name_gender(form.split()[0]) for form in set(forms) if len(name_parts(form)) > 1}
    genders.discard("")
    if len(genders) == 1:
        return genders.pop(), FIRST_NAME
    resolved = [verdict for verdict in pronouns if verdict[0]]
    return _majority([verdict for verdict in resolved if verdict[0] != CONFLICT]) if not genders else ("", "")


def _majority(verdicts: list[Verdict]) -> Verdict:
    counts = Counter(gender for gender, _ in verdicts)
    if not counts:
        return "", ""
    (winner, votes), *others = counts.most_common()
    if others and votes < MAJORITY * others[0][1]:
        return "", ""
    cues = Counter(cue for gender, cue in verdicts if gender == winner)
    return winner, min(cues, key=lambda cue: (-cues[cue], cue))
