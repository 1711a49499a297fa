"""The voices table: one row per source that speaks, from the claims, entities and documents."""

from __future__ import annotations

import pandas as pd

import pipeline
from pipeline.common.tables import TABLES
from pipeline.export import conform
from pipeline.export.voices import quotes_by_gender, women_share


def tables_of(claims: list[tuple], entities: list[tuple], published: dict[str, str]) -> dict[str, pd.DataFrame]:
    """claims: (doc_id, kind, speaker, speaker_entity_id); entities: (entity_id, label, name, roles, gender)."""
    claim_rows = [{"doc_id": d, "claim_id": f"{d}:c{n}", "kind": k, "speaker": s, "speaker_entity_id": e}
                  for n, (d, k, s, e) in enumerate(claims)]
    entity_rows = [{"entity_id": i, "label": label, "name": name, "roles": roles, "gender": gender}
                   for i, label, name, roles, gender in entities]
    documents = [{"doc_id": doc_id, "published": date} for doc_id, date in published.items()]
    return {"claims": conform("claims", pd.DataFrame(claim_rows)),
            "entities": conform("entities", pd.DataFrame(entity_rows)),
            "documents": conform("documents", pd.DataFrame(documents))}


TABLES_OF_TWO_ARTICLES = tables_of(
    claims=[("a", "direct", "Anne Durand", "PER:anne-durand"), ("a", "indirect", "Anne Durand", "PER:anne-durand"),
            ("b", "according_to", "Durand", "PER:anne-durand"), ("b", "indirect", "ministère de la Santé", "ORG:sante"),
            ("a", "indirect", "un proche du maire", ""), ("b", "direct", "un proche du maire", ""),
            ("b", "direct", "", "")],
    entities=[("PER:anne-durand", "PER", "Anne Durand", "ministre de la Santé", "f"),
              ("ORG:sante", "ORG", "ministère de la Santé", "", ""),
              ("PER:paul-roux", "PER", "Paul Roux", "", "m")],
    published={"a": "2024-03-02", "b": "2024-05"},
)


def test_one_row_per_voice_most_quoted_first():
    voices = pipeline.voices(TABLES_OF_TWO_ARTICLES)
    assert list(voices.columns) == TABLES["voices"]
    assert voices.to_dict("records") == [
        {"speaker_entity_id": "PER:anne-durand", "name": "Anne Durand", "label": "PER", "gender": "f", "claims": 3,
         "direct": 1, "indirect": 1, "according_to": 1, "documents": 2, "first_published": "2024-03-02",
         "last_published": "2024-05", "roles": "ministre de la Santé"},
        {"speaker_entity_id": "", "name": "un proche du maire", "label": "", "gender": "", "claims": 2,
         "direct": 1, "indirect": 1, "according_to": 0, "documents": 2, "first_published": "2024-03-02",
         "last_published": "2024-05", "roles": ""},
        {"speaker_entity_id": "ORG:sante", "name": "ministère de la Santé", "label": "ORG", "gender": "", "claims": 1,
         "direct": 0, "indirect": 1, "according_to": 0, "documents": 1, "first_published": "2024-05",
         "last_published": "2024-05", "roles": ""},
    ]


def test_quotes_are_counted_by_the_speakers_gender():
    quotes = quotes_by_gender(pipeline.voices(TABLES_OF_TWO_ARTICLES))
    assert quotes == {"f": 3, "m": 0, "": 3}
    assert women_share(quotes) == 1.0
    assert women_share({"f": 0, "m": 0, "": 4}) is None


def test_the_run_writes_the_voices_pipeline_voices_gives_back(seed_outcome, seed_tables):
    written = seed_tables["voices"]
    assert pipeline.voices(seed_outcome.out).equals(written)
    assert pipeline.voices(seed_tables).equals(written)
    top = written.iloc[0]
    assert (top["name"], top["label"], top["gender"], top["claims"]) == ("Kassym-Jomart Tokaïev", "PER", "m", 5)
    claims = seed_tables["claims"]
    assert written["claims"].sum() == (claims["speaker"] != "").sum()
    assert written["claims"].tolist() == sorted(written["claims"], reverse=True)
