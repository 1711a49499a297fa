"""`link` on the rows waiting for it: the mentions, read back by doc_id, and the claims, given their speakers'
entities and counted into the voices."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline.common.names import MENTION_ORDER
from pipeline.export import StagedTables, TableFile
from pipeline.export.ordered import SortedRows
from pipeline.export.voices import VoiceTally
from pipeline.link import PENDING_ONLY, by_document, link_documents


def link_pending(staged: StagedTables, pending: dict[str, TableFile], voices: VoiceTally) -> pd.DataFrame:
    """Link the mentions across documents, give each claim its speaker's entity and fullest name, and count
    the voices. RETURNS (DataFrame): the voices.

    The mentions are read twice in doc_id order (`SortedRows`), a bucket of
    articles at a time; of the mention-to-entity map, only the speakers' part is kept.
    """
    for file in pending.values():
        file.close()
    mentions = SortedRows(pending["mentions"].parquet_path, "doc_id", MENTION_ORDER, staged.staging / ".sorted")
    linker = link_documents(document for frame in mentions for document in by_document(frame))
    speakers = _speaker_mentions(pending["claims"].parquet_path)
    entity_of: dict[str, str] = {}
    for frame in mentions:
        entity_ids = [entity_id for document in by_document(frame) for entity_id in linker.entity_ids(document)]
        staged.files["mentions"].add_part(frame.assign(entity_id=entity_ids).drop(columns=PENDING_ONLY))
        entity_of.update((m, e) for m, e in zip(frame["mention_id"], entity_ids) if m in speakers)
    entities = linker.entities()
    staged.files["entities"].add_frame(entities)
    name_of = dict(zip(entities["entity_id"], entities["name"]))
    for batch in pq.ParquetFile(pending["claims"].parquet_path).iter_batches():
        claims = _with_speakers(batch.to_pandas(), entity_of, name_of)
        staged.files["claims"].add_frame(claims)
        voices.add(claims)
    frame = voices.frame(entities)
    staged.files["voices"].add_frame(frame)
    return frame


def _speaker_mentions(claims: Path) -> set[str]:
    """The mentions some claim's speaker is (the claims waiting for `link` name them)."""
    speakers: set[str] = set()
    for batch in pq.ParquetFile(claims).iter_batches(columns=["speaker_mention_id"]):
        speakers.update(batch.column(0).to_pylist())
    speakers.discard("")
    return speakers


def _with_speakers(claims: pd.DataFrame, entity_of: dict[str, str], name_of: dict[str, str]) -> pd.DataFrame:
    """A claim whose speaker is a named mention takes that mention's entity and the entity's fullest name."""
    entity = claims["speaker_mention_id"].map(entity_of).fillna("")
    claims["speaker_entity_id"] = entity
    claims["speaker"] = entity.map(name_of).where(entity != "", claims["speaker"])
    return claims
