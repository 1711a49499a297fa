"""Each line of a dump on its own: furniture, a byline or timestamp, a teaser header, or a candidate for the body.

Furniture patterns come from `models/furniture/`, one file per concept, with
macros for a name, a date and a photo agency.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Pattern

from pipeline.clean.stamplines import CLOCK, loose_author, loose_stamps, match_byline, match_timestamp, stamp_date
from pipeline.clean.stampdates import stamp_date_expression
from pipeline.common.calendar import DateGrammar, alternation
from pipeline.common.resources import read_lines

FURNITURE = "furniture"
DROPPED_CONCEPTS = ("navigation", "share", "newsletter", "player", "consent", "paywall",
                    "comments", "ads", "credits", "reading", "embeds")

# A prose paragraph: long enough, ending like a sentence. Teaser blurbs end with "…".
GOOD_MIN_CHARS = 80
GOOD_MIN_WORDS = 12
HEADLINE_MIN_CHARS = 25
HEADLINE_MAX_CHARS = 250
HEADLINE_MIN_WORDS = 4
TITLE_MAX_CHARS = 160
TAG_LIST_MIN_ITEMS = 3
SWALLOWED_MIN_CHARS = 400
SWALLOWED_MIN_SENTENCES = 3
TAG_MAX_WORDS = 4

_PERSON = (r"(?-i:[A-ZÀ-Þ][\w’'.\-]*(?:\s+(?:[A-ZÀ-Þ][\w’'.\-]*|de|du|des|d[’']|le|la|les"
           r"|van|von|der|den|ben|el|al|avec|et|and|&)){0,7})")
# A newsroom signing as such: "La rédaction", "la rédaction de TF1", "Rédaction Culture" is a name already.
_NEWSROOM = (r"(?:(?-i:[Ll]a|[Nn]otre)\s+)?(?-i:[Rr])édaction(?:\s+(?:de|du|des|d[’'])\s*"
             r"(?-i:[A-ZÀ-Þ0-9][\w’'.\-]*(?:\s+[A-ZÀ-Þ0-9][\w’'.\-]*){0,3}))?")
# Marks a template puts before a "read also" header: arrows, bullets, chevrons ("► À LIRE AUSSI :", "» Lire aussi").
_TEASER_MARKS = r"[>»›►▶▷→➜➔•·*\s]"
_NAME = rf"(?P<author>{_NEWSROOM}|{_PERSON})"


@dataclass(frozen=True)
class Furniture:
    """Compiled furniture patterns of `models/furniture/`."""

    dropped: Pattern[str]
    newsletter: Pattern[str]
    credit: Pattern[str]
    teaser_header: Pattern[str]
    teaser_inline: Pattern[str]
    closing: Pattern[str]
    more_link: Pattern[str]
    bylines: tuple[Pattern[str], ...]
    timestamps: tuple[Pattern[str], ...]
    credit_inline: tuple[Pattern[str], ...]
    badges: tuple[Pattern[str], Pattern[str]]

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> "Furniture":
        agencies = alternation(read_lines(f"{FURNITURE}/photo_agencies.txt"))
        macros = {"{name}": _NAME, "{person}": _PERSON, "{date}": stamp_date_expression(), "{agency}": agencies}

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
        opening, closing = rf"{_TEASER_MARKS}*\[?\s*", r"\s*\]?"
        return cls(
            dropped=whole_line([p for concept in DROPPED_CONCEPTS for p in entries(concept)]),
            newsletter=whole_line(entries("newsletter")),
            credit=whole_line(entries("credits")),
            teaser_header=re.compile(rf"{opening}(?:{teasers}){closing}\s*[:»>]?", flags),
            teaser_inline=re.compile(rf"{opening}(?:{teasers}){closing}\s*(?:[:»>|\-–—]+|\.\s|(?<=\])|\s(?-i:[A-ZÀ-Þ«\"]))"
                                     r"\s*\S.*", flags),
            closing=whole_line(entries("closing")),
            more_link=whole_line(entries("more_links")),
            bylines=tuple(re.compile(p, flags) for p in entries("bylines")),
            timestamps=tuple(re.compile(p, flags) for p in entries("timestamps")),
            credit_inline=tuple(re.compile(p, flags) for p in entries("credits_inline") + entries("window_notes")),
            badges=_badge_patterns("|".join(f"(?:{p})" for p in entries("badges"))),
        )


def _badge_patterns(badge: str) -> tuple[Pattern[str], Pattern[str]]:
    """A badge then the headline ("Réservé aux abonnés - Lyon …", "Premium Lyon …"), and the headline then its
    badge ("Lyon … | Abonnés", "Lyon … Réservé aux abonnés"); without a separator, the badge's capital."""
    separator = r"\s*[-–—:|·•]\s*"
    return (re.compile(rf"(?:{badge})(?:{separator}|\s+(?-i:(?=[A-ZÀ-Þ«\"“])))(?P<rest>\S.*)", re.IGNORECASE),
            re.compile(rf"(?P<rest>.*?\S)(?:{separator}|\s+(?-i:(?=[A-ZÀ-Þ])))(?:{badge})", re.IGNORECASE))


_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


@functools.lru_cache(maxsize=1)
def entry_time() -> Pattern[str]:
    """A line opening on its time or date, then a colon or dash: a live entry or a timeline's ("10h24 : …")."""
    return re.compile(rf"(?:{CLOCK.pattern}|{DateGrammar.load().expression})\s*[:\-–—]\s", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?»\"”)]$")
_TITLE_END = re.compile(r"[.;:,…]$")
INNER_SENTENCE = re.compile(r"(?<![\s.][A-Z])(?<!^[A-Z])\.\s+[A-ZÀ-Þ0-9«\"]")
_INNER_QUESTION = re.compile(r"[?!]\s+[A-ZÀ-Þ]")
_MENU_TOKEN = re.compile(r"[A-ZÀ-Þ0-9][\w’'.\-]*|[&/|·•+\-–]")
# Words a sentence needs and a menu does without: a line in capitals made of them is prose set in capitals.
_FUNCTION_WORDS = frozenset("LE LA LES UN UNE DES DU DE D AU AUX ET EST SONT QUE QUI NE PAS IL ELLE ILS ON NOUS "
                            "SE SA SON SES LEUR POUR PAR DANS SUR AVEC".split())
_NAME_LINE = re.compile(r"(?-i:[A-ZÀ-Þ][\w’'\-]*\.?(?:\s+[A-ZÀ-Þ][\w’'\-]*\.?){1,3})")
_TWEET_ATTRIBUTION = re.compile(r"[—–-]\s.{1,80}\(@\w+\)\s.{0,20}\d{4}")
_LEADING_PHOTO_CREDIT = re.compile(r"(?:photo|crédit photo|illustration)\s*:\s*", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-ZÀ-Þ]")
_READER = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)


@dataclass
class Block:
    """One non-blank line of the dump and what cleaning decided about it."""

    text: str
    kind: str = "candidate"  # candidate | furniture | meta | teaser_header | teaser_item | more_link | closing | embed
    author: str = ""
    date: str = ""
    date_cue: str = ""  # published | updated | line
    keep: bool = False
    headline: bool = False
    caption: bool = False  # a photo's caption: its credit was cut from it, or stands under it

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
        return (len(self.text) <= TITLE_MAX_CHARS and not _TITLE_END.search(self.text)
                and not (_SENTENCE_END.search(self.text) and _INNER_QUESTION.search(self.text)))

    @property
    def headline_like(self) -> bool:
        return self.kind == "candidate" and self.reads_like_headline

    @property
    def reads_like_headline(self) -> bool:
        return (self.reads_like_title and HEADLINE_MIN_CHARS <= len(self.text) <= HEADLINE_MAX_CHARS
                and self.words >= HEADLINE_MIN_WORDS and not INNER_SENTENCE.search(self.text))

    @property
    def sentence_like(self) -> bool:
        return self.kind in ("candidate", "embed") and bool(_SENTENCE_END.search(self.text))


def cut_caption_credit(line: str, furniture: Furniture) -> str:
    """`… le 25 septembre 2022. - /AFP` → `… le 25 septembre 2022.`: the caption stays, the credit goes.

    A credit alone on its line is left whole, to be dropped whole.
    """
    if furniture.credit.fullmatch(line):
        return line
    for pattern in furniture.credit_inline:
        match = pattern.search(line)
        if match and match.start() > 0:
            line = line[: match.start()].rstrip()
    leading = _LEADING_PHOTO_CREDIT.match(line)
    if leading:
        line = _strip_leading_credit(line, leading.end())
    return line


def cut_badge(line: str, furniture: Furniture) -> str:
    """`Réservé aux abonnés - Lyon ferme trois rues …` → `Lyon ferme trois rues …`: a paywall badge glued to a
    headline goes, the headline stays; a line whose rest reads as no headline (a prompt) is left whole."""
    for pattern in furniture.badges:
        match = pattern.fullmatch(line)
        if match:
            rest = Block(match["rest"])
            if rest.reads_like_title and rest.words >= HEADLINE_MIN_WORDS and not _READER.search(rest.text):
                return rest.text
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
    """Four or more capitalised words and no punctuation: a menu, a tag list, a footer.

    One dash between them is a name and what it is ("Claire Morvan – Sociologue"), not a menu's separators.
    """
    if re.search(r"[.!?,;:«»\"“”()]", text):
        return False
    tokens = text.split()
    if sum(token in "-–—" for token in tokens) == 1:
        return False
    if len(tokens) < 4:
        return False
    capitalised = sum(1 for token in tokens if _MENU_TOKEN.fullmatch(token))
    return capitalised / len(tokens) >= 0.8 and not _is_prose_in_capitals(tokens)


def _is_tag_list(text: str) -> bool:
    """Three or more short capitalised items between commas, nothing else: a page's tags.

    "Animations, Fêtes et festivals, Villeneuve-sur-Lot"; a headline listing
    names says something about them (a colon, a verb in lower case).
    """
    if re.search(r"[.!?;:«»\"“”()]", text) or text.isupper():
        return False
    items = [item.strip() for item in text.split(",")]
    return len(items) >= TAG_LIST_MIN_ITEMS and all(
        item[:1].isupper() and len(item.split()) <= TAG_MAX_WORDS for item in items)


def _is_prose_in_capitals(tokens: list[str]) -> bool:
    """A paragraph or a headline set in capitals reads like a sentence: a fifth of its words are function words.

    A long line may mix cases (a capitalised name list); a short one counts only when all in capitals.
    """
    words = [re.sub(r"[’'].*", "", token) for token in tokens]
    long_enough = len(tokens) >= GOOD_MIN_WORDS or " ".join(tokens).isupper()
    return long_enough and sum(word in _FUNCTION_WORDS for word in words) * 5 >= len(tokens)


def _swallows_prose(text: str) -> bool:
    """A prompt's pattern matched a paragraph of several sentences: a flattened dump glued prose to it."""
    return len(text) > SWALLOWED_MIN_CHARS and len(INNER_SENTENCE.findall(text)) >= SWALLOWED_MIN_SENTENCES - 1


def classify(text: str, furniture: Furniture) -> Block:
    """What one line is, on its own."""
    cut = cut_caption_credit(text, furniture)
    block = Block(cut_badge(cut, furniture), caption=cut != text)
    text = block.text
    if not text:
        block.kind = "furniture"
    elif furniture.closing.fullmatch(text):
        block.kind = "closing"
    elif furniture.more_link.fullmatch(text):
        block.kind = "more_link"
    elif furniture.teaser_header.fullmatch(text):
        block.kind = "teaser_header"
    elif furniture.teaser_inline.fullmatch(text):
        block.kind = "furniture"
    elif byline := match_byline(text, furniture):
        block.kind, block.author = "meta", byline["author"] or ""
        block.date, block.date_cue = stamp_date([byline])
    elif stamps := match_timestamp(text, furniture):
        signed = match_byline(text[stamps[-1].end():].strip(" ,;|-–—·•"), furniture)
        block.kind, block.author = "meta", signed["author"] or "" if signed else ""
        block.date, block.date_cue = stamp_date(stamps)
    elif stamps := loose_stamps(text, furniture):
        block.kind, block.author = "meta", loose_author(text, stamps)
        block.date, block.date_cue = stamp_date(stamps)
    elif (furniture.dropped.fullmatch(text) and not _swallows_prose(text)) or _is_menu_line(text) or _is_tag_list(text):
        block.kind = "furniture"
    elif _TWEET_ATTRIBUTION.fullmatch(text):
        block.kind = "embed"
    return block
