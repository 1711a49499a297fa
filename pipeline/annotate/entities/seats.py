"""Seats of power (`l'Élysée`, `Matignon`, `le Kremlin`): the building where the text places someone, else the power.

A seat (gazetteer entries of kind `seat`) names the institution it houses
when it acts (`Matignon annonce`, `les critiques du Kremlin`) and a place
when the text puts someone or something there (`reçu à l'Élysée`, `sur le
perron de Matignon`, `l'ancien locataire de la Maison-Blanche`). One
locative mention makes it a place in the whole article, as a name keeps one
label (`consistency`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.annotate.entities.words import COMPLEMENT_PREPOSITIONS, DEFINITE_ARTICLES, apostrophes
from pipeline.common.names import fold

# Prepositions that put someone in a building (`à`, written `A` in capitals at a sentence start).
LOCATIVE = {"à", "au", "depuis", "vers", "dans", "devant", "quitté", "quitter", "quitte", "rejoint", "rejoindre"}
# Parts and occupants of a building, before `de` + the seat (`perron de Matignon`, `locataire de l'Élysée`).
BUILDING_NOUNS = {"perron", "cour", "jardin", "jardins", "salon", "salons", "grilles", "couloirs", "bureau",
                  "bureaux", "fenêtres", "portes", "locataire", "locataires", "occupant", "occupants", "hôte",
                  "palais", "hôtel", "toit", "entrée", "sortie", "murs", "enceinte"}


def label_seats(doc: Doc, chosen: list[Candidate], lexicon: Lexicon) -> None:
    """Every mention of a seat is a place when one of them is locative, else an organization."""
    mentions: dict[str, list[Candidate]] = {}
    for candidate in chosen:
        folded = fold(doc[candidate.start:candidate.end].text)
        if folded in lexicon.seats:
            mentions.setdefault(lexicon.seats[folded], []).append(candidate)
    for seat in mentions.values():
        label = "LOC" if any(_is_locative(doc, c.start) for c in seat) else "ORG"
        for candidate in seat:
            candidate.label = label


def _is_locative(doc: Doc, start: int) -> bool:
    """`à l'Élysée`, `A Matignon`, `au Kremlin`, `sur le perron de Matignon`."""
    index = start - 1
    if index >= 0 and apostrophes(doc[index].lower_) in DEFINITE_ARTICLES:
        index -= 1
    if index < 0:
        return False
    word = apostrophes(doc[index].lower_)
    if word in LOCATIVE or doc[index].text == "A":
        return True
    return word in COMPLEMENT_PREPOSITIONS and index > 0 and doc[index - 1].lower_ in BUILDING_NOUNS
