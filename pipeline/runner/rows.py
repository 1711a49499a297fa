"""One annotated article's rows for every table, each stage isolated from the others' errors."""

from __future__ import annotations

from typing import Callable, TypeVar

from spacy.tokens import Doc

from pipeline.annotate import SentenceIndex, date_rows, figure_rows, mention_rows
from pipeline.annotate.extensions import doc_text
from pipeline.annotate.gender.first_person import first_person_cues
from pipeline.claims import Claim, extract_claims
from pipeline.common.genders import GENDER_RESOLVED, encode_cues
from pipeline.common.names import with_references
from pipeline.common.records import Document
from pipeline.runner.results import DocumentResult, document_row, stage_error

T = TypeVar("T")


def _inside(row: dict, start: int, end: int) -> bool:
    return start <= row["start"] and row["end"] <= end


def _speaker_mention(claim: Claim, mentions: list[dict]) -> dict | None:
    """The mention the claim's speaker is: one covering the speaker span, or one it begins with.

    A name further inside the span is what the speaker is *of*, not who
    speaks (`proche d'Edouard Philippe`, `critique du régime en Tchétchénie`).
    """
    if claim.speaker_start is None:
        return None
    for mention in mentions:
        if mention["start"] <= claim.speaker_start and claim.speaker_end <= mention["end"]:
            return mention
    for mention in mentions:
        if mention["start"] == claim.speaker_start and mention["end"] <= claim.speaker_end:
            return mention
    return None


def claim_rows(doc: Doc, doc_id: str, claims: list[Claim], result: DocumentResult) -> None:
    """Add the claims' rows, and a link to every mention, date and figure inside each statement."""
    for number, claim in enumerate(claims):
        claim_id = f"{doc_id}:c{number}"
        speaker = _speaker_mention(claim, result.mentions)
        if speaker is not None and speaker["label"] == "PER":
            said = encode_cues(first_person_cues(doc, claim.statement_start, claim.statement_end))  # `« Je suis prête »`
            resolved = filter(None, [speaker.get(GENDER_RESOLVED, ""), claim.speaker_resolved_from, said])
            speaker[GENDER_RESOLVED] = "|".join(resolved)  # `elle a ajouté`: what the pronoun says of the person
        result.claims.append({
            "doc_id": doc_id,
            "claim_id": claim_id,
            "kind": claim.kind,
            "sentence": doc_text(doc)[claim.sentence_start:claim.sentence_end],
            "statement": doc_text(doc)[claim.statement_start:claim.statement_end],
            "cue": claim.cue,
            "speaker": claim.speaker,
            "speaker_entity_id": "",
            "speaker_mention_id": speaker["mention_id"] if speaker else "",
            "start": claim.statement_start,
            "end": claim.statement_end,
        })
        for kind, rows, key in (("mention", result.mentions, "mention_id"),
                                ("date", result.dates, "date_id"),
                                ("figure", result.figures, "figure_id")):
            for row in rows:
                if _inside(row, claim.statement_start, claim.statement_end):
                    result.claim_links.append({"claim_id": claim_id, "kind": kind, "target_id": row[key]})


def rows_from_doc(document: Document, doc: Doc, failures: list[str]) -> DocumentResult:
    """Every row one annotated article gives, each stage on its own.

    A stage that raises loses its own rows only: its error joins `failures`
    (which may already name a component that failed), and the document is
    `partial`, with every other stage's rows kept.
    """
    doc_id, sentences = document.doc_id, SentenceIndex(doc)
    result = DocumentResult(document={})
    result.mentions = _stage("mentions", failures, lambda: with_references(mention_rows(doc, doc_id, sentences))) or []
    result.dates = _stage("dates", failures, lambda: date_rows(doc, doc_id, sentences)) or []
    result.figures = _stage("figures", failures, lambda: figure_rows(doc, doc_id, sentences)) or []
    claims = _stage("claims", failures, lambda: _claims_of(doc, doc_id, result))
    if claims is not None:
        result.claims, result.claim_links = claims.claims, claims.claim_links
    if failures:
        document.status, document.error = "partial", "; ".join(failures)
    result.document = document_row(document)
    return result


def _claims_of(doc: Doc, doc_id: str, result: DocumentResult) -> DocumentResult:
    """The claims and their links, apart, so that a failure halfway leaves no half of them."""
    claims = DocumentResult(document={}, mentions=result.mentions, dates=result.dates, figures=result.figures)
    claim_rows(doc, doc_id, extract_claims(doc), claims)
    return claims


def _stage(stage: str, failures: list[str], compute: Callable[[], T]) -> T | None:
    try:
        return compute()
    except Exception as error:  # noqa: BLE001  one stage's trouble is reported, the others' rows kept
        failures.append(stage_error(stage, error))
        return None
