"""One label per name in an article, and the label a list of names shares.

The model labels each mention on its own, so `l'hebdomadaire Respekt` (a
descriptor says ORG) and `accordé à Respekt` (the model says LOC) become two
entities; the surest source's label is the name's in the whole article, and a
lone word the model reads as a person somewhere is one everywhere. In a list
of names (`pour Dinassa, Cap Invest, DNC et Kimazou`), names no list knows
take the label of the organizations listed with them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.annotate.entities.candidates import PRIORITY, Candidate
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.words import is_acronym
from pipeline.common.names import fold

# Words that join the names of a list.
LIST_JOINS = {",", "et"}
# Names in a list, the organization among them included, for its label to spread.
MIN_LIST = 3


def one_label_per_name(doc: Doc, chosen: list[Candidate]) -> None:
    """Every mention of a name takes the label its surest mention got (a model label yields to any other)."""
    surest: dict[str, Candidate] = {}
    for candidate in chosen:
        key = fold(doc[candidate.start:candidate.end].text)
        if key not in surest or PRIORITY[candidate.source] > PRIORITY[surest[key].source]:
            surest[key] = candidate
    for candidate in chosen:
        best = surest[fold(doc[candidate.start:candidate.end].text)]
        if candidate.source == "model" and best.source != "model" and candidate.label != "PER":
            candidate.label = best.label


def people_throughout(doc: Doc, chosen: list[Candidate], lexicon: Lexicon) -> None:
    """`Vitinha a égalisé` … `devant Vitinha`: a one-word name the model reads as a person in one mention and as
    a place or a body in another is the person in both, unless a list knows it (`Lens`, `Orange`) or it is
    an acronym; the model reads unknown foreign surnames as places where no verb makes them someone."""
    people = {fold(doc[c.start:c.end].text) for c in chosen if c.label == "PER" and c.length == 1}
    for candidate in chosen:
        span = doc[candidate.start:candidate.end]
        folded = fold(span.text)
        if (candidate.source == "model" and candidate.length == 1 and candidate.label in ("LOC", "ORG", "MISC")
                and folded in people and folded not in lexicon.gazetteer_labels
                and folded not in lexicon.geonames_places and not is_acronym(span)):
            candidate.label = "PER"


def label_lists(doc: Doc, chosen: list[Candidate], lexicon: Lexicon) -> None:
    """Unknown places and miscellany listed with an organization (`Cap Invest, DNC, Kimazou`) are organizations."""
    for names in _lists(doc, chosen):
        if len(names) < MIN_LIST or not any(c.label == "ORG" for c in names):
            continue
        for candidate in names:
            folded = fold(doc[candidate.start:candidate.end].text)
            if (candidate.label in ("LOC", "MISC") and candidate.source == "model"
                    and folded not in lexicon.gazetteer_labels and folded not in lexicon.geonames_places):
                candidate.label = "ORG"


def _lists(doc: Doc, chosen: list[Candidate]) -> list[list[Candidate]]:
    """Runs of names joined only by a comma or `et` (an article may come before a name)."""
    runs: list[list[Candidate]] = []
    for candidate in chosen:
        if runs and _joined(doc, runs[-1][-1].end, candidate.start):
            runs[-1].append(candidate)
        else:
            runs.append([candidate])
    return runs


def _joined(doc: Doc, end: int, start: int) -> bool:
    between = [t for t in doc[end:start] if not (t.pos_ == "DET" and t.is_lower)]
    return len(between) == 1 and between[0].lower_ in LIST_JOINS
