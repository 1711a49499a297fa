"""`depeche_dates`: every calendar reference of an article, normalised to ISO.

Spans come from token patterns (`models/dates/patterns.jsonl`) over lexicons
(`models/dates/lexicon.tsv`, `models/calendar/`); their values come from a small
deterministic normaliser rather than dateparser, which misreads French
abbreviations ("sept." as seven) and has no notion of a news report's past.
Year-less and relative expressions are resolved against `doc._.published`, or
against the nearest fully dated reference of the article when that is more
specific (`timeline`): the past occurrence by default (a news report tells what
happened), the coming one when the verb is in the future or the conditional, a
cue points ahead ("dès", "d'ici"), the text says "prochain", or the date is only
a few weeks ahead and no past tense says otherwise.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Iterable, Sequence

import srsly
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.annotate.dates.guards import allowed, counts_things, is_bare_year, is_full_date, is_timestamp_line
from pipeline.annotate.dates.lexicon import DateLexicon
from pipeline.annotate.dates.matcher import AnchoredMatcher
from pipeline.annotate.dates.parts import DateParts, read_parts
from pipeline.annotate.dates.tense import tense_of
from pipeline.annotate.dates.ranges import not_before, range_pieces
from pipeline.annotate.dates.timeline import (Timeline, cue_before, full_day, full_month, is_bare_weekday,
                                              last_day, named_week_day, same_sentence_near, update_anchor)
from pipeline.annotate.dates.values import Anchor, DateValue, normalise
from pipeline.annotate.extensions import doc_text  # importing it also registers Doc._ / Span._ attributes
from pipeline.common.resources import read_jsonl, read_tsv

PATTERNS_FILE = "patterns.jsonl"
TOKENS_FILE = "tokens.jsonl"
LEXICON_FILE = "lexicon.tsv"
MODEL_DIR = "dates"
DATE_LABEL = "DATE"
SHIFT_LABEL = "DATE_SHIFT"  # "trois jours plus tard": a date whose count is a figure too


class DateRecognizer:
    """Finds calendar references and writes them to `doc.spans[spans_key]` with `_.value` and `_.granularity`.

    Data (patterns, token shapes, lexicon) round-trips with `to_disk`/`from_disk`.
    Matching is `AnchoredMatcher`'s, the guards `guards`', the calendar
    arithmetic `values.normalise`; this class puts them in order.
    """

    def __init__(self, nlp: Language, name: str = "depeche_dates", *, spans_key: str = "dates",
                 future_window_days: int = 45) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.future_window_days = future_window_days
        self.patterns: list[dict[str, Any]] = []
        self.tokens: list[dict[str, Any]] = []
        self.lexicon = DateLexicon()
        self.anchored = AnchoredMatcher(nlp.vocab, self.patterns, self.tokens, self.lexicon)

    def initialize_from_models(self) -> None:
        """Load patterns and lexicons from `models/` (the default data)."""
        rows = [["month", *row] for row in read_tsv("calendar/months.tsv")]
        rows += [["weekday", *row] for row in read_tsv("calendar/weekdays.tsv")]
        rows += read_tsv(f"{MODEL_DIR}/{LEXICON_FILE}")
        self._set_data(list(read_jsonl(f"{MODEL_DIR}/{PATTERNS_FILE}")),
                       list(read_jsonl(f"{MODEL_DIR}/{TOKENS_FILE}")), rows)

    def _set_data(self, patterns: list[dict[str, Any]], tokens: list[dict[str, Any]],
                  lexicon_rows: Iterable[Sequence[str]]) -> None:
        """Take new patterns, token shapes and lexicon rows, and rebuild the Matcher from them."""
        self.patterns, self.tokens = patterns, tokens
        self.lexicon = DateLexicon.from_rows(lexicon_rows)
        self.anchored = AnchoredMatcher(self.nlp.vocab, patterns, tokens, self.lexicon)

    @property
    def matcher(self) -> Matcher:
        """The spaCy Matcher holding every date pattern (`matches` runs it around anchor words only)."""
        return self.anchored.matcher

    def __call__(self, doc: Doc) -> Doc:
        """Put the dated calendar references of `doc` on `doc.spans[spans_key]`."""
        anchor = Anchor.parse(doc._.published)
        matches = [trimmed(Span(doc, start, end, label=self.nlp.vocab.strings[key]))
                   for key, start, end in self.matches(doc)]
        spans: list[Span] = []
        kept = filter_spans([span for span in matches
                             if allowed(span, self.anchored.rules[span.label_], self.lexicon)])
        read = [(match.start_char, self._parts(match)) for match in kept]
        timeline = Timeline(anchor, [(offset, day) for offset, parts in read if (day := full_day(parts))],
                            [(offset, month) for offset, parts in read if (month := full_month(parts))])
        resolved: dict[tuple[int, int], DateValue] = {}
        for match in kept:
            anchor_here = (update_anchor(match, last_day(spans, match, in_paragraph=True),
                                         self.lexicon.forms("update_cue"))
                           or self._text_anchor(match, spans) or timeline.anchor_at(match.start_char))
            spans.extend(self._dated_spans(match, anchor_here, last_day(spans, match), resolved))
        self._place_bare_weekdays(spans)
        self._follow_sentence_years(spans)
        doc.spans[self.spans_key] = spans
        return doc

    def _place_bare_weekdays(self, spans: list[Span]) -> None:
        """A bare "samedi" is the Saturday the article names with its day number, when that one is a week off."""
        parts = [self._parts(span) for span in spans]
        named = {span._.value for span, part in zip(spans, parts)
                 if part.day is not None and span._.granularity == "day" and span._.value}
        for span, part in zip(spans, parts):
            if span._.value and is_bare_weekday(part):
                span._.value = named_week_day(span._.value, named)

    def _follow_sentence_years(self, spans: list[Span]) -> None:
        """"élu en mai 2022, puis réélu le 7 juin": a year-less day or month right after a date of its
        sentence written with its year is in that year (or the next, when it would come before it)."""
        for reference, span in zip(spans, spans[1:]):
            if not (span._.value and reference._.value and same_sentence_near(reference, span)):
                continue
            parts, named = self._parts(span), self._parts(reference)
            if parts.year is None and parts.month is not None and named.year is not None and named.month is not None:
                span._.value = not_before(f"{reference._.value[:4]}{span._.value[4:]}", reference._.value)

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The Matcher's (key, start, end) over the whole article, found by running it only around anchor words."""
        return self.anchored.matches(doc)

    def _text_anchor(self, span: Span, earlier: list[Span]) -> Anchor | None:
        """For "l'année précédente", "le mois suivant": the date the text named last, which they count from."""
        if not any(token.lower_ in self.lexicon.forms("text_relative") for token in span):
            return None
        values = [dated._.value for dated in earlier if dated._.value]
        return Anchor.parse(values[-1]) if values else None

    def _parts(self, span: Span) -> DateParts:
        """The date parts the words of a span name."""
        return read_parts([token.text for token in span], self.lexicon)

    def _tense(self, span: Span) -> str | None:
        """The tense of the date's verb; with none, a cue: "dès", "d'ici", "à venir" point ahead, "depuis" back."""
        tense = tense_of(span, self.lexicon.forms("future_modal"), self.lexicon.forms("planned_participle"))
        if tense is None and cue_before(span, self.lexicon.forms("future_cue")):
            return "future"
        if tense is None and cue_before(span, self.lexicon.forms("past_cue")):
            return "past"
        return tense

    def _dated_spans(self, span: Span, anchor: Anchor | None, previous_day: date | None,
                     resolved: dict[tuple[int, int], DateValue]) -> list[Span]:
        """The match as one or two (a range) dated spans; none when it names no date.

        `previous_day`: the last day the text named before, which "la veille" and
        "trois jours plus tard" count from. `resolved`: the year-less days already
        placed in the article; a reader takes a second "le 28 avril" for the same day as the first.
        """
        rule = self.anchored.rules[span.label_]
        pieces = range_pieces(span, rule.split)
        parts = [read_parts(words, self.lexicon) for _, words in pieces]
        if len(parts) > 1:  # every item takes the month and year the list names at its end
            parts = [*(part.borrow(parts[-1], is_start=True) for part in parts[:-1]),
                     parts[-1].borrow(parts[0], is_start=False)]
        if rule.first_only:  # "la nuit de mardi à mercredi" is Tuesday's
            pieces, parts = [(span, pieces[0][1])], parts[:1]
        dated = []
        for (piece, _), piece_parts in zip(pieces, parts):
            tense = self._tense(piece)
            value = normalise(piece_parts, anchor, tense, self.future_window_days, previous_day)
            if value is not None and value.value and piece_parts.year is None and piece_parts.day is not None:
                value = resolved.setdefault((piece_parts.month, piece_parts.day), value)
            if value is None or (is_bare_year(piece_parts) and counts_things(span)):
                continue
            if dated and piece_parts.year is None:  # "entre mars et mai": a range's end does not precede its start
                value = DateValue(not_before(value.value, dated[0]._.value), value.granularity)
            if is_full_date(piece_parts) and is_timestamp_line(piece, self.lexicon):
                continue
            result = Span(span.doc, piece.start, piece.end, label=SHIFT_LABEL if piece_parts.shift else DATE_LABEL)
            result._.value = value.value
            result._.granularity = value.granularity
            dated.append(result)
        return dated

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Write the patterns, token shapes and lexicon (calendar words included) to a directory."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / PATTERNS_FILE, self.patterns)
        srsly.write_jsonl(path / TOKENS_FILE, self.tokens)
        lines = ["\t".join(row) for row in self.lexicon.rows()]
        (path / LEXICON_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> DateRecognizer:
        """Load what `to_disk` wrote."""
        self._set_data(list(read_jsonl(PATTERNS_FILE, path)), list(read_jsonl(TOKENS_FILE, path)),
                       read_tsv(LEXICON_FILE, path))
        return self


def trimmed(span: Span) -> Span:
    """The span without the whitespace tokens an absent optional token leaves at its edges."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return Span(span.doc, start, end, label=span.label)


@Language.factory(
    "depeche_dates",
    default_config={"spans_key": "dates", "future_window_days": 45},
)
def make_date_recognizer(nlp: Language, name: str, spans_key: str, future_window_days: int) -> DateRecognizer:
    """The dates component, loaded with the patterns and lexicons of `models/`."""
    recognizer = DateRecognizer(nlp, name, spans_key=spans_key, future_window_days=future_window_days)
    recognizer.initialize_from_models()
    return recognizer
