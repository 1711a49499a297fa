"""What a speaker says of themself in the first person (`« Je suis fière de mon équipe »`, `« Je suis prêt »`).

In French, `je` agrees like any subject: an attribute (`je suis fière`), a participle after `être` (`je
suis partie`, `je me suis sentie trahie`) show the speaker's gender. The gender reader notes every such
`je` of the article (`note_first_person`); the claims' rows give the ones inside a claim's statement to
its speaker (`first_person_cues`), as hints, for the speaker is a resolver's guess.
"""

from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Doc, Token

from pipeline.annotate.gender.positions import SUBJECT_DEPS
from pipeline.annotate.gender.words import Cue
from pipeline.common.genders import FEMALE, MALE

FIRST_PERSON = frozenset({"je", "j'", "j’"})
_KEY = "depeche_first_person"  # doc.user_data: [(character offset of `je`, gender, words)]


def note_first_person(doc: Doc, predicated: Callable[[Token], Iterable[Cue]]) -> None:
    """Note on the Doc every `je` whose predicate shows one gender, with the words showing it (`je … fière`).

    predicated (Callable): the cues a clause gives its subject (`GenderCues.predicated`)."""
    notes = []
    for token in doc:
        if token.lower_ not in FIRST_PERSON or token.dep_ not in SUBJECT_DEPS:
            continue
        genders = {gender: words for gender, words in predicated(token.head) if gender in (FEMALE, MALE)}
        if len(genders) == 1:
            gender, words = genders.popitem()
            notes.append((token.idx, gender, f"{token.lower_.rstrip('’')} … {words}"))
    doc.user_data[_KEY] = notes


def first_person_cues(doc: Doc, start: int, end: int) -> list[Cue]:
    """The genders the `je` between two character offsets give themselves; none when they disagree (two speakers)."""
    cues = [(gender, words) for offset, gender, words in doc.user_data.get(_KEY, ()) if start <= offset < end]
    return cues if len({gender for gender, _ in cues}) == 1 else []
