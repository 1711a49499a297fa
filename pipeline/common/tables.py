"""The output tables: their names, columns in order, and column types (the contract the README documents)."""

from __future__ import annotations

TABLES: dict[str, list[str]] = {
    "documents": [
        "doc_id", "source", "status", "error", "copy_of", "title", "author", "published",
        "published_source", "url", "text", "n_chars", "n_words",
    ],
    "mentions": [
        "doc_id", "mention_id", "start", "end", "sentence_id", "text", "label", "role", "entity_id",
    ],
    "entities": ["entity_id", "label", "name", "aliases", "roles", "n_docs", "n_mentions", "gender", "gender_cue"],
    "dates": ["doc_id", "date_id", "start", "end", "sentence_id", "text", "value", "granularity"],
    "figures": [
        "doc_id", "figure_id", "start", "end", "sentence_id", "text", "value", "value_high",
        "unit", "qualifier",
    ],
    "claims": [
        "doc_id", "claim_id", "kind", "sentence", "statement", "cue", "speaker",
        "speaker_entity_id", "start", "end",
    ],
    "claim_links": ["claim_id", "kind", "target_id"],
    "voices": [
        "speaker_entity_id", "name", "label", "gender", "claims", "direct", "indirect", "according_to",
        "documents", "first_published", "last_published", "roles",
    ],
}

# The values of mentions.label and entities.label.
LABELS = ("PER", "LOC", "ORG", "MISC")

INTEGER_COLUMNS = {"start", "end", "sentence_id", "n_chars", "n_words", "n_docs", "n_mentions",
                   "claims", "direct", "indirect", "according_to", "documents"}
NUMBER_COLUMNS = {("figures", "value"), ("figures", "value_high")}


def column_type(table: str, column: str) -> str:
    """RETURNS (str): "int", "float" or "str" — every other column is text."""
    if column in INTEGER_COLUMNS:
        return "int"
    if (table, column) in NUMBER_COLUMNS:
        return "float"
    return "str"
