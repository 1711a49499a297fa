"""The `voices` table: who gets to speak — one row per source the claims quote, with its counts and dates.

A speaker that is a named entity (person, organisation, place speaking as
its government) is one voice across the dump, whatever form each article
gives it; a speaker with no entity (`un proche du ministre`, `les
syndicats`) is grouped by its text. Built from the claims as they stream to
their table (`VoiceTally.add`, batch by batch), then joined with the
entities (name, label, gender, roles) and the documents' publication dates.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

import pandas as pd

from pipeline.common.tables import TABLES
from pipeline.export import conform, read_tables

KINDS = ("direct", "indirect", "according_to")


@dataclass(slots=True)
class _Voice:
    kinds: Counter = field(default_factory=Counter)
    doc_ids: set[str] = field(default_factory=set)


class VoiceTally:
    """Claims counted per voice: by entity when the speaker has one, else by its text."""

    def __init__(self) -> None:
        self._voices: dict[tuple[str, str], _Voice] = {}
        self.published: dict[str, str] = {}  # doc_id → publication date, for the articles that quote someone

    def note_published(self, document: Mapping) -> None:
        """Keep an article's publication date (called for the articles that have claims)."""
        self.published[document["doc_id"]] = document.get("published") or ""

    def add(self, claims: pd.DataFrame) -> None:
        """Count a batch of claims rows (`speaker`, `speaker_entity_id`, `kind`, `doc_id`)."""
        for speaker, entity_id, kind, doc_id in zip(claims["speaker"].fillna(""), claims["speaker_entity_id"].fillna(""),
                                                   claims["kind"], claims["doc_id"]):
            key = (entity_id, "") if entity_id else ("", speaker.strip())
            if not any(key):
                continue  # no source found: nobody speaks
            voice = self._voices.setdefault(key, _Voice())
            voice.kinds[kind] += 1
            voice.doc_ids.add(doc_id)

    def frame(self, entities: pd.DataFrame) -> pd.DataFrame:
        """RETURNS (DataFrame): the voices, most quoted first (`TABLES["voices"]` columns).

        entities: the entities table (for name, label, gender and roles).
        """
        speaking = {entity_id for entity_id, _ in self._voices}
        known = {row["entity_id"]: row for row in entities[entities["entity_id"].isin(speaking)].to_dict("records")}
        rows = [_row(entity_id, text, voice, known.get(entity_id, {}), self.published)
                for (entity_id, text), voice in self._voices.items()]
        frame = pd.DataFrame(rows, columns=TABLES["voices"])
        return frame.sort_values(["claims", "name", "speaker_entity_id"], ascending=[False, True, True],
                                 kind="stable").reset_index(drop=True)


def _row(entity_id: str, text: str, voice: _Voice, entity: Mapping, published: Mapping[str, str]) -> dict:
    dates = sorted(date for date in (published.get(doc_id) or "" for doc_id in voice.doc_ids) if date)
    return {
        "speaker_entity_id": entity_id,
        "name": entity.get("name") or text or entity_id,
        "label": entity.get("label", ""),
        "gender": entity.get("gender", "") if entity.get("label") == "PER" else "",
        "claims": sum(voice.kinds.values()),
        **{kind: voice.kinds.get(kind, 0) for kind in KINDS},
        "documents": len(voice.doc_ids),
        "first_published": dates[0] if dates else "",
        "last_published": dates[-1] if dates else "",
        "roles": entity.get("roles", ""),
    }


def quotes_by_gender(voices: pd.DataFrame) -> dict[str, int]:
    """The claims of the voices that are people, by gender: `f`, `m`, and `` (a person of unknown gender
    or a source that is no person)."""
    counts = {"f": 0, "m": 0, "": 0}
    for gender, claims in zip(voices["gender"].fillna(""), voices["claims"]):
        counts[gender if gender in ("f", "m") else ""] += int(claims)
    return counts


def women_share(quotes: Mapping[str, int]) -> float | None:
    """The share of quotes by women among the quotes whose speaker's gender is known; None when there are none."""
    known = quotes.get("f", 0) + quotes.get("m", 0)
    return quotes.get("f", 0) / known if known else None


def voices(tables: Mapping[str, pd.DataFrame] | str | os.PathLike) -> pd.DataFrame:
    """The voices table, from tables already made: those `pipeline.run` returned, or an output folder's.

    tables: a dict with the claims, entities and documents tables, or a folder `depeche run` wrote.
    RETURNS (DataFrame): one row per source that speaks, most quoted first (`TABLES["voices"]` columns).
    """
    if isinstance(tables, (str, os.PathLike)):
        tables = read_tables(tables)
    tally = VoiceTally()
    tally.add(tables["claims"])
    documents = tables["documents"]
    tally.published = dict(zip(documents["doc_id"], documents["published"].fillna("")))
    return conform("voices", tally.frame(tables["entities"]))
