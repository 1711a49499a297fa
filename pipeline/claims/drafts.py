"""Drafts: claims being built, merged into one claim per source and sentence, their cue as written.

Every rule (verbs, attribution phrases, "Pour X", quotations) yields drafts;
the merge rules alone decide which of the drafts of one statement survive.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.annotate.extensions import doc_text
from pipeline.claims.article import Article
from pipeline.claims.quotations import strip_span
from pipeline.claims.speakers.speaker import Speaker
from pipeline.claims.syntax import is_inverted_clitic
from pipeline.common.names import fold

# Among drafts of one statement, which frame's reading is kept first (any other frame comes before these).
FRAME_RANK = {"P": 1, "A": 2, "N": 3}


@dataclass
class Draft:
    """A claim being built, with the tokens the merge rules need."""

    kind: str
    cue_tokens: tuple[Token, ...]
    statement: tuple[int, int]
    speaker: Speaker
    frame: str
    sentence: tuple[int, int] = (0, 0)
    relay: bool = False

    @property
    def cue_start(self) -> int:
        return self.cue_tokens[0].idx if self.cue_tokens else self.statement[0]


def same_cue(draft: Draft, direct: Draft) -> bool:
    """Whether two drafts stand on the same cue word (a quotation taking over the indirect claim of its cue)."""
    return bool(draft.cue_tokens) and bool(direct.cue_tokens) and draft.cue_tokens[0].i == direct.cue_tokens[0].i


def merge_drafts(article: Article, drafts: list[Draft]) -> list[Draft]:
    """One claim per source and sentence; relayed reports and nested cues give way.

    A cue inside a quotation is part of the quoted words. Within a
    sentence, a second claim with the same speaker is the same claim
    (`a déclaré X, ajoutant que …`); an according-to phrase next to a verb
    of saying only adds a relay (`cité par l'agence`); an incise whose
    reported part holds another cue names the outlet relaying it
    (`…, qui a noté que …, rapporte Radio Liberty`); a cue inside another
    claim's `que`-clause is reported within that claim.
    """
    for draft in drafts:
        draft.sentence = _sentence_span(article, draft)
    kept: list[Draft] = []
    ordered = sorted(drafts, key=lambda d: (d.kind != "direct", FRAME_RANK.get(d.frame, 0), d.statement[0]))
    for draft in ordered:
        if draft.kind != "direct" and article.inside_quotation(draft.cue_start):
            continue
        if any(_redundant(draft, other) for other in kept):
            continue
        if draft.relay and any(_relays(draft, other) for other in drafts if other is not draft):
            continue
        kept.append(draft)
    return kept


def _redundant(draft: Draft, other: Draft) -> bool:
    """Whether `draft` says again what the kept `other` says, in the same sentence."""
    same_sentence = draft.sentence[0] < other.sentence[1] and other.sentence[0] < draft.sentence[1]
    if not same_sentence:
        return False
    if draft.kind == "direct" and other.kind == "direct":
        return draft.statement == other.statement
    if draft.frame == "N" and draft.kind == "according_to":
        return not _reports_apart(draft, other) and not _two_counts(draft, other)
    if fold(draft.speaker.text) == fold(other.speaker.text):
        return True
    return other.statement[0] <= draft.cue_start < other.statement[1] and other.frame in ("Q", "I", "C")


def _reports_apart(according: Draft, other: Draft) -> bool:
    """`X a déclaré que …, mais des rapports selon lesquels …`: an according-to phrase after a reported
    clause, outside it, gives a second source; before a cue or after an incise it relays the same words."""
    outside = not other.statement[0] <= according.cue_start < other.statement[1]
    return other.kind == "indirect" and other.frame in ("Q", "I") and other.cue_start < according.cue_start and outside


def _two_counts(draft: Draft, other: Draft) -> bool:
    """`12 000 manifestants selon la police, 40 000 selon les organisateurs`: two `selon` (or `d'après`) phrases
    of one sentence naming different sources give two claims, each source its own figure."""
    cues = [d.cue_tokens[0].lower_ if d.cue_tokens else "" for d in (draft, other)]
    if other.kind != "according_to" or other.frame != "N" or not all(c in ("selon", "d'après", "d’après") for c in cues):
        return False
    mine, theirs = fold(draft.speaker.text), fold(other.speaker.text)
    return bool(mine) and bool(theirs) and mine not in theirs and theirs not in mine


def _relays(draft: Draft, other: Draft) -> bool:
    """Whether the incise `draft` only relays `other`, a claim whose cue lies in its reported part."""
    return (
        other.frame not in ("P", "N") and other.kind != "according_to" and bool(other.cue_tokens)
        and draft.statement[0] <= other.cue_start < draft.statement[1]
    )


def _sentence_span(article: Article, draft: Draft) -> tuple[int, int]:
    """The sentences holding the statement and its attribution, from the first to the last."""
    points = [draft.statement[0], max(draft.statement[0], draft.statement[1] - 1)]
    points += [t.idx for t in draft.cue_tokens]
    sentences = [s for s in (article.sentence_at(point) for point in points) if s is not None]
    if not sentences:
        return draft.statement
    start = min(s.start_char for s in sentences)
    end = max(s.end_char for s in sentences)
    return strip_span(doc_text(article.doc), start, end)


def cue_as_written(article: Article, tokens: tuple[Token, ...]) -> str:
    """RETURNS (str): a draft's cue as the text writes it (`a-t-elle déclaré`)."""
    return _as_written(_cue_words(article, tokens))


def _cue_words(article: Article, tokens: tuple[Token, ...]) -> list[Token]:
    """The cue as written: auxiliaries and the inverted clitic of its verb included (`a-t-elle déclaré`),
    a detached phrase left out (`a, lui, promis` → `a promis`)."""
    if not tokens:
        return []
    first = article.subjects.first_token_of_verb(tokens[0])
    extra = [article.doc[i] for i in range(first.i, tokens[0].i)]
    if any(t.text == "," for t in extra):
        extra = [t for t in extra if t.i == first.i or t.pos_ == "AUX" or is_inverted_clitic(t)]
    return sorted(set(extra) | set(tokens), key=lambda t: t.i)


def _as_written(tokens: list[Token]) -> str:
    """Tokens joined as the text spaces them (`a-t-elle déclaré`), one space across a gap."""
    pieces = []
    for token, following in zip(tokens, [*tokens[1:], None]):
        adjacent = following is not None and following.i == token.i + 1
        pieces.append(token.text_with_ws if adjacent else token.text + " ")
    return "".join(pieces).strip()
