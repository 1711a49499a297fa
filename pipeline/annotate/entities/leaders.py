"""Bodies named after their leader: `gouvernement Philippe`, `Commission Juncker`, `administration Trump`.

The name after a noun of `models/entities/led_bodies.txt` is the leader's: a
person, not part of an organization's name (unless a gazetteer knows it:
`Commission Europe` is no one; GeoNames is not asked, as many surnames are
also towns somewhere).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.words import is_acronym
from pipeline.common.names import fold


def name_leaders(doc: Doc, chosen: list[Candidate], lexicon: Lexicon) -> None:
    """An organization `<led body> <Name>` becomes the person `<Name>`."""
    for candidate in chosen:
        if candidate.label != "ORG" or candidate.length != 2:
            continue
        body, name = doc[candidate.start], doc[candidate.start + 1]
        folded = fold(name.text)
        if (body.lower_ in lexicon.led_bodies and name.text[:1].isupper() and name.is_alpha
                and not is_acronym(doc[name.i:name.i + 1]) and folded not in lexicon.gazetteer_labels
                and folded not in lexicon.demonyms):
            candidate.start, candidate.label = name.i, "PER"
