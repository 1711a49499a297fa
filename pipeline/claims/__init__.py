"""Claims: who said what, from the parse of one article.

Three kinds, as FORMAT.md defines them: `direct` (a quotation attributed to a
source), `indirect` (reported speech: a verb of saying with its complement)
and `according_to` ("selon X", "cité par X", "Pour X, …").

This stage module ties the parts together: `cues` (the lexicon of
`models/cues/` and the verbs of saying in the parse), `quotations` (pairing
quotation marks), `subjects` (which word names who says) and `speakers`
(that word to the source's fullest name, pronouns and descriptions resolved
to the nearest compatible earlier mention, with no external coreference
model, so better PER/ORG entities directly give better speakers). The rules
that find claims: `verbal` (the frame each verb of saying shows), `nominal`
(attribution phrases), `impersonal` (`a-t-on appris auprès de X`), `pour` ("Pour X, …"), `belief` (`X est convaincu que …`) and `attribution` (the
quotation each speaker owns); `drafts` merges them into one claim per
source and sentence. `article` holds what they all read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from spacy.tokens import Doc, Span

from pipeline.annotate.extensions import doc_text
from pipeline.claims.article import Article
from pipeline.claims.attribution import QuotationAttribution
from pipeline.claims.belief import belief_claims
from pipeline.claims.cues import CueLexicon, load_lexicon
from pipeline.claims.drafts import Draft, cue_as_written, merge_drafts, same_cue
from pipeline.claims.impersonal import impersonal_claims
from pipeline.claims.nominal import NominalClaims
from pipeline.claims.pour import pour_claim
from pipeline.claims.verbal import VerbClaims

SENTENCE_END = re.compile(r"[.!?…]\s")


@dataclass(frozen=True)
class Claim:
    """One statement the article attributes to a source; offsets are characters of `doc.text`."""

    kind: str
    cue: str
    statement_start: int
    statement_end: int
    sentence_start: int
    sentence_end: int
    speaker: str
    speaker_start: Optional[int]
    speaker_end: Optional[int]
    speaker_resolved_from: str = ""  # the pronoun or description the speaker was resolved from (`f:elle`)
    speaker_description: str = ""  # the description or handle resolved to `speaker` (`le ministre de l'intérieur`)


class ClaimExtractor:
    """Finds the claims of one parsed article, running the rules over it in text order."""

    def __init__(self, doc: Doc, lexicon: CueLexicon) -> None:
        self.article = Article(doc, lexicon)
        self.verbal = VerbClaims(self.article)
        self.nominal = NominalClaims(self.article, self.verbal)
        self.attribution = QuotationAttribution(self.article, self.verbal, self.nominal)

    def run(self) -> list[Claim]:
        """Sentence by sentence, so each speaker found is an antecedent for the next pronoun or description."""
        resolver = self.article.resolver
        drafts: list[Draft] = []
        pending = list(self.article.quotations)
        previous_direct: Optional[Draft] = None
        for sentence in self.article.sentences:
            found = sorted(self._claims_of_sentence(sentence), key=lambda d: d.cue_start)
            for draft in found:
                resolver.remember(draft.cue_tokens[0].i if draft.cue_tokens else sentence.start, draft.speaker)
            drafts.extend(found)
            while pending and pending[0].start < sentence.end_char:
                direct = self.attribution.attribute(pending.pop(0), drafts, previous_direct)
                if direct is not None:
                    direct = _after_its_cue(doc_text(self.article.doc), direct, drafts)
                    drafts = [d for d in drafts if not same_cue(d, direct)] + [direct]
                    previous_direct = direct
                    resolver.remember(sentence.start, direct.speaker)
        drafts = merge_drafts(self.article, drafts)
        return [self._finish(draft) for draft in sorted(drafts, key=lambda d: d.statement[0])]

    def _claims_of_sentence(self, sentence: Span) -> list[Draft]:
        """Reported speech and attribution phrases; `Pour X, …` only where neither attributes the sentence.
        An impersonal verb's source (`indique-t-on à la mairie`) replaces the verb's reading with `on` for subject."""
        impersonal = impersonal_claims(self.article, self.nominal, sentence)
        drafts = self.verbal.of_sentence(sentence) + self.nominal.of_sentence(sentence) + belief_claims(self.article, sentence)
        drafts = [d for d in drafts if not any(same_cue(d, i) for i in impersonal)] + impersonal
        return drafts or pour_claim(self.article, sentence)

    def _finish(self, draft: Draft) -> Claim:
        return Claim(
            draft.kind, cue_as_written(self.article, draft.cue_tokens), draft.statement[0], draft.statement[1],
            draft.sentence[0], draft.sentence[1], draft.speaker.text, draft.speaker.start, draft.speaker.end,
            draft.speaker.resolved_from,
            draft.speaker.description,
        )


def _after_its_cue(text: str, direct: Draft, drafts: list[Draft]) -> Draft:
    """`«…», a indiqué la police. «…»`: a quotation opening a new sentence after the cue an earlier quotation
    already took (where the parser did not end the sentence) continues that claim, a claim of its own."""
    earlier = [d for d in drafts if d.kind == "direct" and same_cue(d, direct) and d.statement[1] <= direct.cue_start]
    if earlier and direct.statement[0] > direct.cue_start and SENTENCE_END.search(text, direct.cue_start, direct.statement[0]):
        return replace(direct, cue_tokens=(), frame="continued")
    return direct


def extract_claims(doc: Doc, models: Optional[str] = None) -> list[Claim]:
    """RETURNS (list[Claim]): the claims of a parsed article, in text order."""
    return ClaimExtractor(doc, load_lexicon(models)).run()
