"""Clean: turn a scraped page dump into the article body, plus its byline and date.

A dump has one block a line: menus, share bars, teasers and comments around
the article. Cleaning works in three passes over those lines:

1. each line is classified on its own with the patterns of
   `models/furniture/` (one file per concept) and a few structural rules
   (menu lines made of capitalised words, a bare author name next to a date);
2. the article is located: the longest run of prose paragraphs (the body),
   the headline above it, the captions and standfirst between them; a list of
   short headlines (a teaser list) inside the body is dropped;
3. bylines and timestamps leave the body and become `author` and `published`;
   without a timestamp, the date is inferred from the text's own dates.

Everything is per document and the patterns are compiled once, on first use.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Pattern

from pipeline.common.records import Document
from pipeline.common.resources import read_lines, read_tsv

FURNITURE = "furniture"
DROPPED_CONCEPTS = ("navigation", "share", "newsletter", "player", "consent", "paywall",
                    "comments", "ads", "credits")

# A prose paragraph: long enough, ending like a sentence. Teaser blurbs end with "…".
GOOD_MIN_CHARS = 80
GOOD_MIN_WORDS = 12
# Non-prose lines tolerated between two prose paragraphs of the same body.
MAX_GAP = 10
HEADLINE_MIN_CHARS = 25
HEADLINE_MAX_CHARS = 250
HEADLINE_MIN_WORDS = 4
CAPTION_MIN_WORDS = 6

# ---------------------------------------------------------------- normalisation

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
_SUPERSCRIPT_LETTERS = str.maketrans("ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", "abcdefghijklmnoprstuvwxyz")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def normalise_text(text: str) -> str:
    """NFC, plain spaces, superscript ordinals spelt out, invisible characters dropped.

    Returns the lines stripped, one block a line; blank lines are kept so that
    paragraphs can still be told apart.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_SUPERSCRIPT_LETTERS)
    text = _CONTROL.sub("", text)
    return "\n".join(_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n"))


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of normalised text."""
    return [line for line in text.split("\n") if line]


# ---------------------------------------------------------------- dates


@functools.lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, int], dict[str, int]]:
    months = {form.lower(): int(number) for form, number in read_tsv("calendar/months.tsv")}
    weekdays = {form.lower(): int(number) for form, number in read_tsv("calendar/weekdays.tsv")}
    return months, weekdays


def _alternation(forms: Iterable[str]) -> str:
    """Longest forms first so that `sept.` wins over `sept`; a form ending in `.` needs no \\b."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        escaped = re.escape(form)
        parts.append(escaped if form.endswith(".") else escaped + r"\b")
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class DateGrammar:
    """The French date expressions, compiled once from the calendar lexicons."""

    expression: str  # one date or relative timestamp, for the furniture macros
    textual: Pattern[str]  # [weekday] day month [year]
    numeric: Pattern[str]  # 27/09/2022, 14.09.2020, 2022-09-27, 2022-09
    month_year: Pattern[str]  # septembre 2022
    bare_weekday: Pattern[str]  # "mardi" not followed by a day number

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> "DateGrammar":
        months, weekdays = _calendar()
        month, weekday = _alternation(months), _alternation(weekdays)
        day = r"\d{1,2}(?:er|e)?"
        clock = r"(?:\s*(?:à|a|-|–|,)?\s*\d{1,2}\s*(?:h|:)\s*\d{0,2}(?:\s*min)?)?"
        relative = (r"il y a \d+\s*(?:secondes?|minutes?|min|heures?|h|jours?|j|semaines?|mois|ans?)"
                    r"|hier|aujourd[’']hui|avant-hier")
        textual = rf"(?:{weekday}\s+)?(?:le\s+)?{day}\s+{month}(?:\s+\d{{4}})?"
        numeric = r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d{2}(?:-\d{2})?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
        expression = rf"(?P<date>(?:{textual}|{numeric}|{month}\s+\d{{4}}|{relative}){clock})"
        flags = re.IGNORECASE
        return cls(
            expression=expression,
            textual=re.compile(rf"\b(?:(?P<weekday>{weekday})\s+)?(?:le\s+)?(?P<day>\d{{1,2}})(?:er|e)?\s+"
                               rf"(?P<month>{month})(?:\s+(?P<year>\d{{4}})\b)?", flags),
            numeric=re.compile(r"(?<!\d)(?:(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})"
                               r"|(?P<Y>\d{4})-(?P<M>\d{2})(?:-(?P<D>\d{2}))?)(?!\d)"),
            month_year=re.compile(rf"\b(?P<month>{month})\s+(?P<year>\d{{4}})\b", flags),
            bare_weekday=re.compile(rf"\b(?P<weekday>{weekday})(?!\s+(?:\d|le\s+\d|premier))", flags),
        )


def _iso(year: int, month: int, day: int | None = None) -> str:
    """RETURNS: `YYYY-MM-DD` (or `YYYY-MM`) when it is a real calendar date, else ''."""
    try:
        return date(year, month, day).isoformat() if day else date(year, month, 1).isoformat()[:7]
    except ValueError:
        return ""


def _full_year(year: str) -> int:
    return int(year) + 2000 if len(year) == 2 else int(year)


def parse_date(text: str) -> str:
    """The first absolute date in `text` as ISO (`YYYY-MM-DD` or `YYYY-MM`), or ''.

    Only dates that carry their year: a timestamp without one ("Le 12/02") or
    a relative one ("il y a 3 heures") cannot be placed without a clock.
    """
    grammar = DateGrammar.load()
    months, _ = _calendar()
    found = []
    for match in grammar.textual.finditer(text):
        if match["year"]:
            found.append((match.start(), _iso(int(match["year"]), months[match["month"].lower()], int(match["day"]))))
    for match in grammar.numeric.finditer(text):
        if match["Y"]:
            value = _iso(int(match["Y"]), int(match["M"]), int(match["D"]) if match["D"] else None)
        else:
            value = _iso(_full_year(match["y"]), int(match["m"]), int(match["d"]))
        found.append((match.start(), value))
    for match in grammar.month_year.finditer(text):
        found.append((match.start(), _iso(int(match["year"]), months[match["month"].lower()])))
    found = [item for item in found if item[1]]
    return min(found)[1] if found else ""


@dataclass(frozen=True)
class DatedMention:
    value: date
    weekday_written: bool


def _dated_mentions(lines: list[str]) -> list[DatedMention]:
    """Every full date of the text; a weekday-dated one without year gets the year its weekday allows."""
    grammar = DateGrammar.load()
    months, weekdays = _calendar()
    full: list[DatedMention] = []
    yearless: list[tuple[int, int, int]] = []
    for line in lines:
        for match in grammar.textual.finditer(line):
            month, day = months[match["month"].lower()], int(match["day"])
            weekday = match["weekday"]
            if match["year"]:
                iso = _iso(int(match["year"]), month, day)
                if iso:
                    full.append(DatedMention(date.fromisoformat(iso), bool(weekday)))
            elif weekday:
                yearless.append((weekdays[weekday.lower()], month, day))
        for match in grammar.numeric.finditer(line):
            if match["d"] and len(match["y"]) == 4:
                iso = _iso(int(match["y"]), int(match["m"]), int(match["d"]))
            elif match["D"]:
                iso = _iso(int(match["Y"]), int(match["M"]), int(match["D"]))
            else:
                iso = ""
            if iso:
                full.append(DatedMention(date.fromisoformat(iso), False))
    if not full:
        return []
    anchor = max(mention.value for mention in full)
    resolved = [_place_weekday_date(anchor, *parts) for parts in yearless]
    return full + [mention for mention in resolved if mention]


def _place_weekday_date(anchor: date, weekday: int, month: int, day: int) -> DatedMention | None:
    """`lundi 2 février` near an article dated Dec. 2025 is 2026-02-02: the year whose weekday matches."""
    fits = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        iso = _iso(year, month, day)
        if iso and date.fromisoformat(iso).isoweekday() == weekday:
            fits.append(date.fromisoformat(iso))
    if not fits:
        return None
    return DatedMention(min(fits, key=lambda value: abs((value - anchor).days)), True)


def infer_published(lines: list[str]) -> str:
    """The latest full date of the text when the text's relative cues agree with it.

    A bare weekday used in the text ("a indiqué mardi") on the weekday of the
    latest date pins the day; a latest date written with its weekday but not
    echoed by a bare weekday only gives the month. Otherwise nothing: an
    article citing a past date says nothing about its own.
    """
    mentions = _dated_mentions(lines)
    if not mentions:
        return ""
    latest = max(mentions, key=lambda mention: (mention.value, mention.weekday_written))
    _, weekdays = _calendar()
    grammar = DateGrammar.load()
    cues = {weekdays[m["weekday"].lower()] for line in lines for m in grammar.bare_weekday.finditer(line)}
    if latest.value.isoweekday() in cues:
        return latest.value.isoformat()
    if latest.weekday_written:
        return latest.value.isoformat()[:7]
    return ""


def normalise_published(value: str) -> str:
    """A metadata date (ISO, French, numeric or English) as ISO, or '' when it has no year."""
    value = value.strip()
    if not value:
        return ""
    parsed = parse_date(value)
    if parsed:
        return parsed
    import dateparser  # only for metadata forms the French grammar does not cover ("Sep 27, 2022")

    result = dateparser.parse(value, languages=["fr", "en"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return result.date().isoformat() if result else ""


# ---------------------------------------------------------------- furniture patterns

_NAME = (r"(?P<author>(?-i:[A-ZÀ-Þ][\w’'.\-]*(?:\s+(?:[A-ZÀ-Þ][\w’'.\-]*|de|du|des|d[’']|le|la|les"
         r"|van|von|der|den|ben|el|al|avec|et|and|&)){0,7}))")


@dataclass(frozen=True)
class Furniture:
    """Compiled furniture patterns of `models/furniture/`."""

    dropped: Pattern[str]
    teaser_header: Pattern[str]
    teaser_inline: Pattern[str]
    closing: Pattern[str]
    bylines: tuple[Pattern[str], ...]
    timestamps: tuple[Pattern[str], ...]
    credit_inline: tuple[Pattern[str], ...]

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> "Furniture":
        agencies = _alternation(read_lines(f"{FURNITURE}/photo_agencies.txt"))
        macros = {"{name}": _NAME, "{date}": DateGrammar.load().expression, "{agency}": agencies}

        def entries(concept: str) -> list[str]:
            expanded = []
            for entry in read_lines(f"{FURNITURE}/{concept}.txt"):
                for macro, regex in macros.items():
                    entry = entry.replace(macro, regex)
                expanded.append(entry)
            return expanded

        def whole_line(patterns: list[str]) -> Pattern[str]:
            return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.IGNORECASE)

        teasers = "|".join(f"(?:{p})" for p in entries("teasers"))
        flags = re.IGNORECASE
        return cls(
            dropped=whole_line([p for concept in DROPPED_CONCEPTS for p in entries(concept)]),
            teaser_header=re.compile(rf"(?:{teasers})\s*[:»>]?", flags),
            teaser_inline=re.compile(rf"(?:{teasers})\s*(?:[:»>|\-–—]|\.\s)\s*\S.*", flags),
            closing=whole_line(entries("closing")),
            bylines=tuple(re.compile(p, flags) for p in entries("bylines")),
            timestamps=tuple(re.compile(p, flags) for p in entries("timestamps")),
            credit_inline=tuple(re.compile(p, flags) for p in entries("credits_inline")),
        )


# ---------------------------------------------------------------- line analysis

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_SENTENCE_END = re.compile(r"[.!?»\"”)]$")
_TITLE_END = re.compile(r"[.;:,…]$")
_INNER_SENTENCE = re.compile(r"(?<![\s.][A-Z])(?<!^[A-Z])\.\s+[A-ZÀ-Þ0-9«\"]")
_INNER_QUESTION = re.compile(r"[?!]\s+[A-ZÀ-Þ]")
_MENU_TOKEN = re.compile(r"[A-ZÀ-Þ0-9][\w’'.\-]*|[&/|·•+\-–]")
_NAME_LINE = re.compile(r"(?-i:[A-ZÀ-Þ][\w’'\-]*\.?(?:\s+[A-ZÀ-Þ][\w’'\-]*\.?){1,3})")
_TWEET_ATTRIBUTION = re.compile(r"[—–-]\s.{1,80}\(@\w+\)\s.{0,20}\d{4}")
_LEADING_PHOTO_CREDIT = re.compile(r"(?:photo|crédit photo|illustration)\s*:\s*", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-ZÀ-Þ]")


@dataclass
class Block:
    """One non-blank line of the dump and what cleaning decided about it."""

    text: str
    kind: str = "candidate"  # candidate | furniture | meta | teaser_header | teaser_item | closing | embed
    author: str = ""
    date: str = ""
    date_cue: str = ""  # published | updated | line
    keep: bool = False

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))

    @property
    def prose(self) -> bool:
        """A body paragraph for sure: long and ending like a sentence."""
        return (self.kind in ("candidate", "embed") and len(self.text) >= GOOD_MIN_CHARS
                and self.words >= GOOD_MIN_WORDS and bool(_SENTENCE_END.search(self.text)))

    @property
    def title_like(self) -> bool:
        """Reads like a headline (its own or another article's): no closing punctuation."""
        return self.kind == "candidate" and self.reads_like_title

    @property
    def reads_like_title(self) -> bool:
        """Short, no closing period; two questions in a row are prose, not a title."""
        return (len(self.text) <= 160 and not _TITLE_END.search(self.text)
                and not (_SENTENCE_END.search(self.text) and _INNER_QUESTION.search(self.text)))

    @property
    def headline_like(self) -> bool:
        return self.kind == "candidate" and self.reads_like_headline

    @property
    def reads_like_headline(self) -> bool:
        return (self.reads_like_title and HEADLINE_MIN_CHARS <= len(self.text) <= HEADLINE_MAX_CHARS
                and self.words >= HEADLINE_MIN_WORDS and not _INNER_SENTENCE.search(self.text))

    @property
    def sentence_like(self) -> bool:
        return self.kind in ("candidate", "embed") and bool(_SENTENCE_END.search(self.text))


def cut_caption_credit(line: str, furniture: Furniture) -> str:
    """`… le 25 septembre 2022. - /AFP` → `… le 25 septembre 2022.`: the caption stays, the credit goes."""
    for pattern in furniture.credit_inline:
        match = pattern.search(line)
        if match and match.start() > 0:
            line = line[: match.start()].rstrip()
    leading = _LEADING_PHOTO_CREDIT.match(line)
    if leading:
        line = _strip_leading_credit(line, leading.end())
    return line


def _strip_leading_credit(line: str, start: int) -> str:
    """`Photo: Jane Doe Archives Le Devoir Les entreprises ont…` → `Les entreprises ont…`.

    The credit is a run of capitalised words; the caption starts at the last
    capitalised word of that run, the one followed by a lower-case word.
    """
    tokens = list(re.finditer(r"\S+", line[start:]))
    for index in range(len(tokens) - 1):
        word, following = tokens[index].group(), tokens[index + 1].group()
        if not _CAPITALISED.match(word):
            return line
        if following[:1].islower():
            return line[start + tokens[index].start():] if index > 0 else line
    return line


def _is_menu_line(text: str) -> bool:
    """Four or more capitalised words and no punctuation: a menu, a tag list, a footer."""
    if re.search(r"[.!?,;:«»\"“”()]", text):
        return False
    tokens = text.split()
    if len(tokens) < 4:
        return False
    capitalised = sum(1 for token in tokens if _MENU_TOKEN.fullmatch(token))
    return capitalised / len(tokens) >= 0.8


def _match_byline(text: str, furniture: Furniture) -> re.Match[str] | None:
    for pattern in furniture.bylines:
        match = pattern.fullmatch(text)
        if match:
            return match
    return None


def _match_timestamp(text: str, furniture: Furniture, depth: int = 0) -> list[re.Match[str]] | None:
    """Timestamps heading the line, as long as what follows them is furniture too (or nothing).

    "Publié il y a 2 heures, Mis à jour il y a 8 minutes" is two; "Le 14 mars
    2020, Olivier Véran a mis en garde…" is a sentence and gives None.
    """
    for pattern in furniture.timestamps:
        match = pattern.match(text)
        if not match or match.end() == 0:
            continue
        rest = text[match.end():].strip(" ,;|-–—·•")
        if not rest:
            return [match]
        if depth < 3:
            more = _match_timestamp(rest, furniture, depth + 1)
            if more:
                return [match, *more]
        if furniture.dropped.fullmatch(rest):
            return [match]
    return None


def classify(text: str, furniture: Furniture) -> Block:
    """What one line is, on its own."""
    text = cut_caption_credit(text, furniture)
    block = Block(text)
    if not text:
        block.kind = "furniture"
    elif furniture.closing.fullmatch(text):
        block.kind = "closing"
    elif furniture.teaser_header.fullmatch(text):
        block.kind = "teaser_header"
    elif furniture.teaser_inline.fullmatch(text):
        block.kind = "furniture"
    elif byline := _match_byline(text, furniture):
        block.kind, block.author = "meta", byline["author"] or ""
        block.date, block.date_cue = parse_date(byline.groupdict().get("date") or ""), "line"
    elif stamps := _match_timestamp(text, furniture):
        block.kind = "meta"
        for stamp in stamps:
            found = parse_date(stamp.groupdict().get("date") or "")
            if found and not block.date:
                groups = stamp.groupdict()
                block.date = found
                block.date_cue = "updated" if groups.get("updated") else "published" if groups.get("cue") else "line"
    elif furniture.dropped.fullmatch(text) or _is_menu_line(text):
        block.kind = "furniture"
    elif _TWEET_ATTRIBUTION.fullmatch(text):
        block.kind = "embed"
    return block


def _mark_author_lines(blocks: list[Block]) -> None:
    """A bare name next to a dated line is the author ("Jeanne Corriveau" above "19 février 2020")."""
    for index, block in enumerate(blocks):
        if block.kind != "candidate" or len(block.text) > 40 or not _NAME_LINE.fullmatch(block.text):
            continue
        neighbours = blocks[max(index - 1, 0): index] + blocks[index + 1: index + 2]
        if any(other.kind == "meta" and other.date for other in neighbours):
            block.kind, block.author = "meta", block.text


def _mark_embeds(blocks: list[Block]) -> None:
    """The text of an embedded post, just above its `— Name (@handle) date` line, is body."""
    for index, block in enumerate(blocks):
        if block.kind == "embed" and index and blocks[index - 1].kind == "candidate":
            blocks[index - 1].kind = "embed"


def _mark_teaser_lists(blocks: list[Block]) -> None:
    """Under a teaser header, the short lines and their dates that follow are other articles.

    The list ends at the next prose paragraph (a long question is still a
    teaser headline), at the line above a byline, or at a line of another
    kind of furniture (a subscription prompt, a share bar).
    """
    inside = False
    for block, following in zip(blocks, blocks[1:] + [Block("")]):
        if block.kind == "teaser_header":
            inside = True
        elif block.kind not in ("candidate", "meta") or (block.prose and not block.reads_like_headline):
            inside = False
        elif following.kind == "meta" and following.author:
            inside = False  # the line above a byline is the article's own headline
        elif inside and block.kind == "candidate":
            block.kind = "teaser_item"


def _body_span(blocks: list[Block]) -> tuple[int, int] | None:
    """First and last index of the largest run of prose paragraphs, None when there is no prose.

    Two prose paragraphs belong to the same run when at most MAX_GAP lines
    separate them and no comment section opens between them.
    """
    runs: list[tuple[int, int, int]] = []
    start = last = -1
    size = 0
    for index, block in enumerate(blocks):
        if block.kind == "closing" and start >= 0:
            runs.append((size, start, last))
            start, size = -1, 0
        if not (block.prose or block.kind == "embed"):
            continue
        if start >= 0 and index - last - 1 > MAX_GAP:
            runs.append((size, start, last))
            start, size = -1, 0
        if start < 0:
            start = index
        last, size = index, size + len(block.text)
    if start >= 0:
        runs.append((size, start, last))
    if not runs:
        return None
    _, first, final = max(runs, key=lambda run: (run[0], -run[1]))
    return first, final


def _find_headline(blocks: list[Block], start: int) -> int | None:
    """The nearest headline-like line above the body; failing that, one a teaser list swallowed."""
    above = range(start - 1, -1, -1)
    found = next((i for i in above if blocks[i].headline_like), None)
    if found is None:
        found = next((i for i in above if blocks[i].kind == "teaser_item" and blocks[i].reads_like_headline), None)
    return found


def _keep_headline_and_lead(blocks: list[Block], start: int) -> None:
    """Above the body: the headline (and a deck right above it), captions and standfirst below it."""
    headline = _find_headline(blocks, start)
    if headline is None:
        return
    blocks[headline].keep = True
    if headline and blocks[headline - 1].headline_like:
        blocks[headline - 1].keep = True
    for block in blocks[headline + 1: start]:
        captioned = block.sentence_like or (block.kind == "candidate" and _INNER_SENTENCE.search(block.text))
        if captioned and block.words >= CAPTION_MIN_WORDS:
            block.keep = True


def _keep_body(blocks: list[Block], start: int, end: int) -> None:
    """Inside the body every candidate stays, except runs of two or more headline-like lines (link lists)."""
    run: list[Block] = []
    for block in blocks[start: end + 1] + [Block("", kind="candidate")]:
        if block.kind not in ("candidate", "embed"):
            continue
        if block.title_like and block.text:
            run.append(block)
            continue
        if len(run) == 1:
            run[0].keep = True
        run = []
        block.keep = bool(block.text)


def _keep_closing_sentences(blocks: list[Block], end: int) -> None:
    """Short last sentences right after the last long paragraph still belong to the article."""
    for block in blocks[end + 1:]:
        if block.kind == "furniture":
            continue
        if block.kind in ("candidate", "embed") and block.sentence_like and block.words >= HEADLINE_MIN_WORDS:
            block.keep = True
            continue
        break


def analyse(text: str) -> list[Block]:
    """Classify and decide every line of a normalised text."""
    furniture = Furniture.load()
    blocks = [classify(line, furniture) for line in paragraphs(text)]
    _mark_author_lines(blocks)
    _mark_embeds(blocks)
    _mark_teaser_lists(blocks)
    span = _body_span(blocks)
    if span is None:
        for block in blocks:
            block.keep = block.kind in ("candidate", "embed")
        return blocks
    start, end = span
    _keep_headline_and_lead(blocks, start)
    _keep_body(blocks, start, end)
    _keep_closing_sentences(blocks, end)
    return blocks


# ---------------------------------------------------------------- metadata


def _author(blocks: list[Block]) -> str:
    return next((block.author for block in blocks if block.kind == "meta" and block.author), "")


def _published_from_cues(blocks: list[Block]) -> str:
    """A publication cue first, then a byline or bare date line near the headline, then an update cue."""
    body_end = max((i for i, block in enumerate(blocks) if block.keep), default=len(blocks) - 1)
    dated = [(i, block) for i, block in enumerate(blocks[: body_end + 1]) if block.kind == "meta" and block.date]
    headline = next((i for i, block in enumerate(blocks) if block.keep), 0)
    for cue in ("published", "line", "updated"):
        found = [(i, block.date) for i, block in dated if block.date_cue == cue]
        after = [value for i, value in found if i >= headline]
        if after:
            return after[0]
        if found:
            return found[-1][1]
    return ""


def clean_document(doc: Document) -> Document:
    """RETURNS (Document): a copy with the cleaned body, title, author and publication date."""
    if doc.status != "ok":
        return doc
    text = normalise_text(doc.text)
    blocks = analyse(text)
    kept = [block.text for block in blocks if block.keep]
    body = "\n\n".join(kept)
    published, source = doc.published, "metadata" if doc.published else ""
    if not published:
        published = _published_from_cues(blocks)
        source = "text" if published else ""
    if not published:
        published = infer_published(paragraphs(text))
        source = "inferred" if published else ""
    status, error = doc.status, doc.error
    if not body:
        status = "empty"
        error = f"{doc.source}: nothing left after cleaning ({len(blocks)} lines, all page furniture)"
    return dataclasses.replace(
        doc, text=body, status=status, error=error,
        title=doc.title or (kept[0] if kept else ""),
        author=doc.author or _author(blocks),
        published=published, published_source=source,
    )
