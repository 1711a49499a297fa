"""`depeche_dates`: every calendar reference of an article, normalised to ISO.

Spans come from token patterns (`models/dates/patterns.jsonl`) over lexicons
(`models/dates/lexicon.tsv`, `models/calendar/`); their values come from a small
deterministic normaliser rather than dateparser, which misreads French
abbreviations ("sept." as seven) and has no notion of a news report's past.
Year-less and relative expressions are resolved against `doc._.published`:
the past occurrence by default (a news report tells what happened), the coming
one when the verb is in the future tense, the text says "prochain", or the date
is only a few weeks ahead and no past tense says otherwise.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.annotate.extensions import doc_text  # importing it also registers Doc._ / Span._ attributes
from pipeline.common.resources import read_jsonl, read_tsv

PATTERNS_FILE = "patterns.jsonl"
TOKENS_FILE = "tokens.jsonl"
LEXICON_FILE = "lexicon.tsv"
MODEL_DIR = "dates"

_ISO_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")
_DMY_DATE = re.compile(r"^(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4})$")
_DAY_NUMBER = re.compile(r"^(?P<day>[0-3]?\d)(er|ᵉʳ)?$")
_YEAR_NUMBER = re.compile(r"^(1\d|20)\d{2}$")
_ORDINAL_FIRST = "premier"
_LONG_NUMBER = re.compile(r"^\d{4,}$")
_RANGE_CONNECTORS = frozenset({"à", "et", "-"})
_CLOCK_TIME = re.compile(r"\b\d{1,2}\s?[h:]\s?\d{0,2}\b")
_WORD = re.compile(r"\w+")
_COUNTED_POS = frozenset({"NOUN", "NUM"})
# which DateParts field each lexicon kind fills, and how its value reads
_FIELD_OF_KIND: dict[str, tuple[str, Callable[[str], Any]]] = {
    "month": ("month", int), "month_en": ("month", int), "weekday": ("weekday", int),
    "season": ("season_month", int), "relative_day": ("offset", int), "today": ("offset", int),
    "eve": ("eve_offset", int), "relative_unit": ("unit", str), "direction": ("direction", str),
    "this": ("this", bool),
}
_INLINE_SPACE = {"TEXT": {"REGEX": r"^[^\S\n]+$"}, "OP": "?"}  # "6\xa0juillet"; never across lines
_TEXT_ATTRIBUTES: dict[str, Callable[[str], str]] = {"TEXT": str, "ORTH": str, "LOWER": str.lower}
_LINE_BREAK = (-1, -1)  # a word's reach when it holds a line break: no match crosses it
_REACH_CACHE_SIZE = 200_000  # distinct words remembered; cleared when full so memory stays flat


@dataclass(frozen=True)
class Anchor:
    """The publication date, at the granularity the article gives it."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> Anchor | None:
        """`2022-09-27`, `2022-09` or `2022` → an Anchor; None or "" → None; anything else raises."""
        if not published:
            return None
        parts = published.split("-")
        if len(parts) > 3 or not all(part.isdigit() for part in parts):
            raise ValueError(f"published date is not ISO (YYYY[-MM[-DD]]): {published!r}")
        numbers = [int(part) for part in parts] + [None] * (3 - len(parts))
        anchor = cls(*numbers)
        anchor.reference_day()  # validates month and day
        return anchor

    def reference_day(self) -> date | None:
        """The day year-less dates are placed around: the day itself, or a month's last day."""
        if self.month is None:
            return None
        if self.day is None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, self.month, self.day)


@dataclass(frozen=True)
class DateValue:
    """What a date expression means: an ISO value (None when it cannot be placed) and its granularity."""

    value: str | None
    granularity: str


@dataclass
class DateParts:
    """The calendar pieces an expression's words name."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    season_month: int | None = None
    offset: int | None = None
    eve_offset: int | None = None
    unit: str | None = None
    direction: str | None = None
    this: bool = False
    unknown_number: bool = False

    def borrow(self, other: DateParts, is_start: bool) -> DateParts:
        """The missing month and year of one end of a range, taken from its other end."""
        month = self.month if self.month is not None or self.day is None else other.month
        year = self.year if self.year is not None or other.year is None else other.year
        if year != self.year and month is not None and other.month is not None:
            if is_start and month > other.month:
                year -= 1  # "du 28 décembre au 3 janvier 2020"
            elif not is_start and month < other.month:
                year += 1  # "du 28 décembre 2019 au 3 janvier"
        return replace(self, month=month, year=year)


@dataclass
class DateLexicon:
    """The words of dates, by kind: `month` → {"septembre": "9", ...}, `direction` → {"dernier": "past"}."""

    kinds: dict[str, dict[str, str]] = field(default_factory=dict)
    readings: dict[str, tuple[str, str]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.readings = {form: (kind, value) for kind in _FIELD_OF_KIND
                         for form, value in self.kinds.get(kind, {}).items()}

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[str]]) -> DateLexicon:
        kinds: dict[str, dict[str, str]] = {}
        for row in rows:
            if len(row) < 2:
                raise ValueError(f"date lexicon row needs kind and form: {row!r}")
            kinds.setdefault(row[0], {})[row[1].lower()] = row[2] if len(row) > 2 else ""
        return cls(kinds)

    def rows(self) -> list[list[str]]:
        return [[kind, form, value] for kind, forms in self.kinds.items() for form, value in forms.items()]

    def forms(self, kind: str) -> dict[str, str]:
        if kind not in self.kinds:
            raise KeyError(f"date lexicon has no kind {kind!r}")
        return self.kinds[kind]

    def month_names(self) -> list[str]:
        """Full month names: forms that are neither dotted nor a prefix of another form ("sept")."""
        forms = list(self.forms("month"))
        return [form for form in forms
                if "." not in form and not any(other != form and other.startswith(form) for other in forms)]

    def month_abbreviations(self) -> list[str]:
        """Undotted short forms ("sept", "déc"): the tokenizer splits the dot off "Sept." and "Déc."."""
        names = set(self.month_names())
        return [form for form in self.forms("month") if "." not in form and form not in names]

    def macro(self, name: str) -> list[str]:
        """The word list a pattern's `"@name"` stands for."""
        if name == "month_name":
            return self.month_names()
        if name == "month_abbreviation":
            return self.month_abbreviations()
        return list(self.forms(name))


def read_parts(words: Sequence[str], lexicon: DateLexicon) -> DateParts:
    """Which day, month, year, weekday, season, offset or direction the words of an expression name."""
    for candidate in ["".join(words), *words]:  # "2022-09-27" is five tokens, "22/12/2025" one
        whole = _ISO_DATE.match(candidate) or _DMY_DATE.match(candidate)
        if whole:
            return DateParts(day=int(whole["day"]), month=int(whole["month"]), year=int(whole["year"]))
    parts = DateParts()
    for word in (piece for word in words for piece in _pieces(word.lower())):
        _read_word(word, parts, lexicon)
    return parts


def _pieces(word: str) -> list[str]:
    """"mi-mars" is "mi" and "mars"; hyphenated lexicon entries ("avant-hier") stay whole."""
    return word.split("-", 1) if word.startswith("mi-") else [word]


def _read_word(word: str, parts: DateParts, lexicon: DateLexicon) -> None:
    if _YEAR_NUMBER.match(word):
        parts.year = int(word)
    elif _DAY_NUMBER.match(word) or word == _ORDINAL_FIRST:
        parts.unknown_number = parts.unknown_number or parts.day is not None
        parts.day = 1 if word == _ORDINAL_FIRST else int(_DAY_NUMBER.match(word)["day"])
    elif word.isdigit():
        parts.unknown_number = True
    elif word in lexicon.readings:
        kind, value = lexicon.readings[word]
        name, convert = _FIELD_OF_KIND[kind]
        setattr(parts, name, convert(value))


def normalise(parts: DateParts, anchor: Anchor | None, tense: str | None = None,
              future_window_days: int = 45, previous_day: date | None = None) -> DateValue | None:
    """The ISO value of an expression's parts, or None when they name no calendar date.

    `tense` ("future", "past" or None) is the tense of the verb the date hangs
    on: a year-less date then lies after, or up to, the anchor.
    `future_window_days`: with no tense, how close ahead a bare "le 5 mars" must
    be to be read as upcoming rather than past. `previous_day`: the day the
    text last named in the same paragraph, which "la veille" and "le
    lendemain" count from (the publication day when there is none).
    """
    if parts.unknown_number:
        return None
    if parts.day is not None:
        return _day_value(parts, anchor, tense, future_window_days)
    if parts.month is not None:
        return _month_value(parts, anchor, tense == "future")
    if parts.year is not None:
        return DateValue(str(parts.year), "season" if parts.season_month else "year")
    if parts.offset is not None:
        return _offset_value(parts.offset, anchor.reference_day() if anchor and anchor.day else None)
    if parts.eve_offset is not None:
        base = previous_day or (anchor.reference_day() if anchor and anchor.day else None)
        return _offset_value(parts.eve_offset, base)
    if parts.weekday is not None:
        return _weekday_value(parts, anchor, tense == "future")
    if parts.unit is not None:
        return _relative_period_value(parts, anchor)
    if parts.season_month is not None:
        return _season_value(parts, anchor)
    return None


def _day_value(parts: DateParts, anchor: Anchor | None, tense: str | None, window: int) -> DateValue | None:
    """A day and month: dated by its own year, else by the anchor; impossible days ("30 février") are no date."""
    if parts.month is None:
        return None
    if parts.year is not None:
        day = _valid_date(parts.year, parts.month, parts.day)
        return DateValue(day.isoformat(), "day") if day else None
    if anchor is None:
        return DateValue(None, "day") if _valid_date(2000, parts.month, parts.day) else None
    latest = anchor.reference_day()
    if latest is None:
        day = _valid_date(anchor.year, parts.month, parts.day)
        return DateValue(day.isoformat(), "day") if day else None
    earliest = latest.replace(day=anchor.day or 1)
    candidates = [day for year in (latest.year - 1, latest.year, latest.year + 1)
                  if (day := _valid_date(year, parts.month, parts.day))]
    if not candidates:
        return None
    chosen = _choose_day(candidates, earliest, latest, parts, tense, window)
    return DateValue(chosen.isoformat(), "day")


def _choose_day(candidates: list[date], earliest: date, latest: date, parts: DateParts,
                tense: str | None, window: int) -> date:
    """Among the same day and month in three years, the one the text means.

    The anchor spans `earliest`..`latest` (one day, or a whole month when only
    the month is known): a date inside it is both past and upcoming.
    """
    if parts.weekday is not None:
        matching = [day for day in candidates if day.isoweekday() == parts.weekday]
        if matching:
            return min(matching, key=lambda day: abs((day - latest).days))
    past = [day for day in candidates if day <= latest]
    ahead = [day for day in candidates if day >= earliest]
    if parts.direction == "past" or not ahead or (tense == "past" and past and parts.direction is None):
        return max(past)
    if parts.direction == "future" or tense == "future" or not past:
        return min(ahead)
    upcoming = min(ahead)
    return upcoming if (upcoming - latest).days <= window else max(past)


def _month_value(parts: DateParts, anchor: Anchor | None, future: bool) -> DateValue | None:
    """"septembre 2022" as given; "en septembre" in the year the anchor makes likely."""
    if parts.year is not None:
        return DateValue(f"{parts.year:04d}-{parts.month:02d}", "month")
    year = _year_of_month(parts.month, parts.direction, anchor, future)
    return DateValue(f"{year:04d}-{parts.month:02d}" if year else None, "month")


def _year_of_month(month: int, direction: str | None, anchor: Anchor | None, future: bool) -> int | None:
    """The year of a year-less month: the latest one up to the anchor's, or the next when ahead."""
    if anchor is None:
        return None
    if anchor.month is None:
        return anchor.year
    if direction == "future" or (future and direction != "past"):
        strictly = direction == "future"
        return anchor.year + (month < anchor.month or (strictly and month == anchor.month))
    strictly = direction == "past"
    return anchor.year - (month > anchor.month or (strictly and month == anchor.month))


def _offset_value(offset: int, base: date | None) -> DateValue:
    """"hier", "la veille": a day counted from a known day, unplaceable without one."""
    return DateValue((base + timedelta(days=offset)).isoformat() if base else None, "day")


def _weekday_value(parts: DateParts, anchor: Anchor | None, future: bool) -> DateValue:
    """A weekday alone: the latest such day up to publication, or the next one when ahead."""
    if anchor is None or anchor.day is None:
        return DateValue(None, "day")
    reference = anchor.reference_day()
    back = (reference.isoweekday() - parts.weekday) % 7
    ahead = (parts.weekday - reference.isoweekday()) % 7
    if parts.direction == "past":
        day = reference - timedelta(days=back or 7)
    elif parts.direction == "future":
        day = reference + timedelta(days=ahead or 7)
    elif future:
        day = reference + timedelta(days=ahead)
    else:
        day = reference - timedelta(days=back)
    return DateValue(day.isoformat(), "day")


def _relative_period_value(parts: DateParts, anchor: Anchor | None) -> DateValue | None:
    """"l'an dernier", "cette année", "le mois prochain"."""
    step = {"past": -1, "future": 1}.get(parts.direction or "", 0)
    if not step and not parts.this:
        return None
    if parts.unit == "year":
        return DateValue(str(anchor.year + step) if anchor else None, "year")
    if anchor is None or anchor.month is None:
        return DateValue(None, "month")
    index = anchor.year * 12 + anchor.month - 1 + step
    return DateValue(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")


def _season_value(parts: DateParts, anchor: Anchor | None) -> DateValue:
    """"cet automne" is in the publication year; "l'été dernier" in the year that season last started."""
    if parts.this or parts.direction is None:
        return DateValue(str(anchor.year) if anchor else None, "season")
    year = _year_of_month(parts.season_month, parts.direction, anchor, future=False)
    return DateValue(str(year) if year else None, "season")


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def token_test(spec: dict[str, Any]) -> Callable[[str], bool]:
    """A plain-Python test of a word, equal to a Matcher token spec on TEXT, ORTH or LOWER.

    Anchor words are tested this way once per distinct word, where the
    Matcher would evaluate every pattern's first predicates at every token.
    """
    checks = [_value_test(_TEXT_ATTRIBUTES[key], value) if key in _TEXT_ATTRIBUTES else _unsupported(key)
              for key, value in spec.items() if key not in ("OP", "SPACY")]
    return lambda text: all(check(text) for check in checks)


def _value_test(read: Callable[[str], str], value: Any) -> Callable[[str], bool]:
    if isinstance(value, str):
        return lambda text: read(text) == value
    if isinstance(value, dict) and set(value) == {"IN"}:
        words = frozenset(value["IN"])
        return lambda text: read(text) in words
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        pattern = re.compile(value["REGEX"])
        return lambda text: pattern.search(read(text)) is not None
    raise ValueError(f"an anchor token's value must be a string, IN or REGEX, not {value!r}")


def _unsupported(key: str) -> Callable[[str], bool]:
    raise ValueError(f"an anchor token may test only TEXT, ORTH or LOWER, not {key!r}")


def _anchor_of(number: int, pattern: list[dict[str, Any]], anchors: set[str]) -> int:
    """The position of the pattern's first required anchor token: matches are searched for only around it.

    Every element matches at most one token (only the OP "?" is allowed), so
    a match's reach on either side of its anchor is bounded.
    """
    if any(element.get("OP", "?") != "?" for element in pattern):
        raise ValueError(f"date pattern {number}: only the OP \"?\" is allowed (a match's length must be bounded)")
    for position, element in enumerate(pattern):
        if element.get("@") in anchors and "OP" not in element:
            return position
    raise ValueError(f"date pattern {number} has no required anchor token (tokens.jsonl \"anchor\": true)")


@dataclass(frozen=True)
class _Rule:
    """One pattern's guards, kept by its Matcher key."""

    split: frozenset[str]
    not_after: str | None
    not_before: str | None


class DateRecognizer:
    """Finds calendar references and writes them to `doc.spans[spans_key]` with `_.value` and `_.granularity`.

    Data (patterns, token shapes, lexicon) round-trips with `to_disk`/`from_disk`.
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
        self.matcher = Matcher(nlp.vocab)
        self.rules: dict[str, _Rule] = {}
        self.anchor_reach: list[tuple[Callable[[str], bool], tuple[int, int]]] = []
        self.word_reach: dict[int, tuple[int, int] | None] = {}

    def initialize_from_models(self) -> None:
        """Load patterns and lexicons from `models/` (the default data)."""
        rows = [["month", *row] for row in read_tsv("calendar/months.tsv")]
        rows += [["weekday", *row] for row in read_tsv("calendar/weekdays.tsv")]
        rows += read_tsv(f"{MODEL_DIR}/{LEXICON_FILE}")
        self._set_data(list(read_jsonl(f"{MODEL_DIR}/{PATTERNS_FILE}")),
                       list(read_jsonl(f"{MODEL_DIR}/{TOKENS_FILE}")), rows)

    def _set_data(self, patterns: list[dict[str, Any]], tokens: list[dict[str, Any]],
                  lexicon_rows: Iterable[Sequence[str]]) -> None:
        self.patterns, self.tokens = patterns, tokens
        self.lexicon = DateLexicon.from_rows(lexicon_rows)
        self.matcher = Matcher(self.nlp.vocab)
        self.rules = {}
        self.word_reach = {}
        shapes = {entry["name"]: entry["token"] for entry in tokens}
        anchors = {entry["name"] for entry in tokens if entry.get("anchor")}
        reach: dict[str, tuple[int, int]] = {}
        for number, entry in enumerate(patterns):
            key = f"{entry['label']}#{number}"
            self.rules[key] = _Rule(frozenset(entry.get("split", ())),
                                    entry.get("not_after"), entry.get("not_before"))
            expanded, positions = self._expand(entry["pattern"], shapes)
            self.matcher.add(key, [expanded])
            anchor = _anchor_of(number, entry["pattern"], anchors)
            name, at = entry["pattern"][anchor]["@"], positions[anchor]
            before, after = reach.get(name, (0, 0))
            reach[name] = (max(before, at), max(after, len(expanded) - at - 1))
        self.anchor_reach = [(token_test(self._fill_lists(shapes[name])), reach[name]) for name in sorted(reach)]

    def _expand(self, pattern: list[dict[str, Any]],
                shapes: dict[str, dict[str, Any]]) -> tuple[list[dict[str, Any]], list[int]]:
        """Named token shapes and `@kind` word lists filled in, optional whitespace between tokens.

        RETURNS: the Matcher pattern, and where each of the given elements is in it.
        """
        expanded: list[dict[str, Any]] = []
        positions: list[int] = []
        for position, element in enumerate(pattern):
            token = dict(element)
            if "@" in token:
                name = token.pop("@")
                if name not in shapes:
                    raise KeyError(f"date pattern uses unknown token shape {name!r}")
                token = {**shapes[name], **token}
            token = {key: self._fill_lists(value) for key, value in token.items()}
            positions.append(len(expanded))
            expanded.append(token)
            if position < len(pattern) - 1 and token.get("SPACY", True):
                expanded.append(_INLINE_SPACE)
        return expanded, positions

    def _fill_lists(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {key: self._fill_lists(item) for key, item in value.items()}
        if isinstance(value, str) and value.startswith("@"):
            return self.lexicon.macro(value[1:])
        return value

    def __call__(self, doc: Doc) -> Doc:
        anchor = Anchor.parse(doc._.published)
        matches = [_trimmed(Span(doc, start, end, label=self.nlp.vocab.strings[key]))
                   for key, start, end in self.matches(doc)]
        spans: list[Span] = []
        for match in filter_spans([span for span in matches if self._allowed(span)]):
            spans.extend(self._dated_spans(match, anchor, _previous_day_in_paragraph(spans, match)))
        doc.spans[self.spans_key] = spans
        return doc

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The Matcher's (key, start, end) over the whole article, found by running it only around anchor words."""
        return [(key, start + begin, start + end)
                for start, stop in self._windows(doc) for key, begin, end in self.matcher(doc[start:stop])]

    def _windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges holding every possible match: around each anchor word, as far as its patterns reach, within its line.

        The same matches as the Matcher over the whole article, at a fraction
        of the cost: most tokens are nowhere near a date.
        """
        ranges: list[tuple[int, int]] = []
        line_start = 0
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            reach = self._reach_of(orth)
            if reach == _LINE_BREAK:
                line_start = i + 1
            elif reach is not None:
                ranges.append((max(line_start, i - reach[0]), min(len(doc), i + reach[1] + 1)))
        windows: list[tuple[int, int]] = []
        for start, stop in sorted(ranges):
            if windows and start <= windows[-1][1]:
                start, stop = windows[-1][0], max(stop, windows.pop()[1])
            windows.append((start, stop))
        return windows

    def _reach_of(self, orth: int) -> tuple[int, int] | None:
        """How far matches around this word may reach (before, after); None for a word no pattern is anchored on."""
        if orth in self.word_reach:
            return self.word_reach[orth]
        if len(self.word_reach) >= _REACH_CACHE_SIZE:
            self.word_reach.clear()
        text = self.nlp.vocab.strings[orth]
        reaches = [reach for test, reach in self.anchor_reach if test(text)]
        reach = (_LINE_BREAK if "\n" in text else
                 (max(before for before, _ in reaches), max(after for _, after in reaches)) if reaches else None)
        self.word_reach[orth] = reach
        return reach

    def _allowed(self, span: Span) -> bool:
        """The pattern's neighbour guards: "le lundi" is habitual, "plus de 2000" is a count."""
        rule = self.rules[span.label_]
        before = _neighbour(span, -1)
        after = _neighbour(span, 1)
        if rule.not_after and before is not None and before.lower_ in self.lexicon.forms(rule.not_after):
            return False
        if rule.not_before and after is not None and after.lower_ in self.lexicon.forms(rule.not_before):
            return False
        return True

    def _dated_spans(self, span: Span, anchor: Anchor | None, previous_day: date | None) -> list[Span]:
        """The match as one or two (a range) dated spans; none when it names no date."""
        rule = self.rules[span.label_]
        pieces = _split_range(span, rule.split) if rule.split else [span]
        parts = [read_parts([token.text for token in piece], self.lexicon) for piece in pieces]
        if len(parts) == 2:
            parts = [parts[0].borrow(parts[1], is_start=True), parts[1].borrow(parts[0], is_start=False)]
        dated = []
        for piece, piece_parts in zip(pieces, parts):
            tense = _tense_of(piece, self.lexicon.forms("future_modal"))
            value = normalise(piece_parts, anchor, tense, self.future_window_days, previous_day)
            if value is None or (_is_bare_year(piece_parts) and _counts_things(span)):
                continue
            if _is_full_date(piece_parts) and self._is_timestamp_line(piece):
                continue
            result = Span(span.doc, piece.start, piece.end, label="DATE")
            result._.value = value.value
            result._.granularity = value.granularity
            dated.append(result)
        return dated

    def _is_timestamp_line(self, span: Span) -> bool:
        """A full date alone on its line ("19/02/2020", "Publié le 30/04/2024 - 16:00") is a timestamp, not body."""
        text = doc_text(span.doc)
        line_start = text.rfind("\n", 0, span.start_char) + 1
        line_end = text.find("\n", span.end_char)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[line_start:span.start_char] + " " + text[span.end_char:line_end]
        words = _WORD.findall(_CLOCK_TIME.sub(" ", rest).lower())
        return all(word in self.lexicon.forms("timestamp") for word in words)

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


def _previous_day_in_paragraph(spans: list[Span], span: Span) -> date | None:
    """The last day already dated in the paragraph (line) of `span`: what "la veille" counts from."""
    paragraph_start = doc_text(span.doc).rfind("\n", 0, span.start_char) + 1
    for earlier in reversed(spans):
        if earlier.start_char < paragraph_start:
            return None
        if earlier._.granularity == "day" and earlier._.value:
            return date.fromisoformat(earlier._.value)
    return None


def _trimmed(span: Span) -> Span:
    """The span without the whitespace tokens an absent optional token leaves at its edges."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return Span(span.doc, start, end, label=span.label)


def _neighbour(span: Span, step: int) -> Token | None:
    """The first non-space token before (-1) or after (+1) a span."""
    index = span.start - 1 if step < 0 else span.end
    while 0 <= index < len(span.doc) and span.doc[index].is_space:
        index += step
    return span.doc[index] if 0 <= index < len(span.doc) else None


def _split_range(span: Span, connectors: frozenset[str]) -> list[Span]:
    """"entre le 11 et le 28 mars" → "entre le 11", "le 28 mars": cut at the first connector past the first word."""
    for token in span[1:]:
        if token.lower_ in connectors:
            return [span.doc[span.start:token.i], span.doc[token.i + 1:span.end]]
    return [span]


def _is_full_date(parts: DateParts) -> bool:
    return None not in (parts.day, parts.month, parts.year)


def _is_bare_year(parts: DateParts) -> bool:
    return parts.year is not None and parts.month is None and parts.season_month is None


def _counts_things(span: Span) -> bool:
    """A four-digit number that counts ("de 2000 personnes", "de 2000 à 3000 euros") is no year."""
    after = _neighbour(span, 1)
    if after is None:
        return False
    if after.pos_ in _COUNTED_POS and after.is_lower and after.is_alpha:
        return True
    following = _neighbour(span.doc[after.i:after.i + 1], 1)
    return (after.lower_ in _RANGE_CONNECTORS and following is not None
            and bool(_LONG_NUMBER.match(following.text)) and not _YEAR_NUMBER.match(following.text))


def _tense_of(span: Span, modals: dict[str, str]) -> str | None:
    """"future" ("reprendront lundi", "doit se tenir lundi"), "past" ("a été arrêté lundi") or None.

    The verb is the first one up the span's heads; a bare participle ("prévu le
    5 mars") or a present tense says nothing.
    """
    token = span.root
    for _ in range(3):
        head = token.head
        if head is token:
            return None
        if head.pos_ in ("VERB", "AUX"):
            if _is_future_verb(head, modals):
                return "future"
            return "past" if _is_past_verb(head) else None
        token = head
    return None


def _is_past_verb(verb: Token) -> bool:
    """Passé composé, plus-que-parfait ("a été arrêté"), imparfait or passé simple."""
    if "Fin" in verb.morph.get("VerbForm") and set(verb.morph.get("Tense")) & {"Past", "Imp"}:
        return True
    return any(child.dep_ == "aux:tense" for child in verb.children)


def _is_future_verb(verb: Token, modals: dict[str, str]) -> bool:
    """Future tense, or an infinitive after a future, a conditional or a present "doit"/"va"/"peut"."""
    if "Fut" in verb.morph.get("Tense"):
        return True
    auxiliaries = [child for child in verb.children if child.dep_.startswith("aux")]
    if any("Fut" in aux.morph.get("Tense") for aux in auxiliaries):
        return True
    if "Inf" not in verb.morph.get("VerbForm"):
        return False
    governors = [verb.head] if verb.head is not verb and verb.head.pos_ in ("VERB", "AUX") else []
    return any("Fut" in governor.morph.get("Tense") or "Cnd" in governor.morph.get("Mood")
               or (governor.lemma_ in modals and "Pres" in governor.morph.get("Tense"))
               for governor in governors + auxiliaries)


@Language.factory(
    "depeche_dates",
    default_config={"spans_key": "dates", "future_window_days": 45},
)
def make_date_recognizer(nlp: Language, name: str, spans_key: str, future_window_days: int) -> DateRecognizer:
    """The dates component, loaded with the patterns and lexicons of `models/`."""
    recognizer = DateRecognizer(nlp, name, spans_key=spans_key, future_window_days=future_window_days)
    recognizer.initialize_from_models()
    return recognizer
