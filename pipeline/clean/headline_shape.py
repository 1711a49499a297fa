"""A headline's own form: which lines can be one, whatever their place on the page.

A button or prompt worded as an order ("Fermer la fenêtre", "Partagez via…"), a question put to the reader, a
date line, a byline or a timestamp is never one; a headline is short and of one clause, or of two or three short
sentences, possibly opened by a kicker ("VIDÉO. …") or cut short by the site ("…").
"""

from __future__ import annotations

import functools
import re

from pipeline.clean.lines import HEADLINE_MAX_CHARS, INNER_SENTENCE, TITLE_MAX_CHARS, Block
from pipeline.common.calendar import alternation, calendar_forms
from pipeline.common.resources import read_lines

_DETERMINERS = (r"l[’']|le|la|les|un|une|des|du|aux?|à|sur|via|votre|vos|ton|ta|tes|mon|ma|mes|cet|cette|ce"
                r"|ces|en|par|notre|nos|plus|moins|tous|toutes|tout")
# A verb of `orders.txt` in first place, then a determiner or preposition: a button or a prompt.
_ORDER = re.compile(rf"^(?:[smt][’'])?(?P<verb>[^\W\d_]+)(?:-vous|-nous|-le|-la|-les)?(?:\s+(?:{_DETERMINERS})(?:\b|(?<=[’']))|$)",
                    re.IGNORECASE)
_READER_QUESTION = re.compile(r"^(?:vous|êtes-vous|avez-vous|voulez-vous|souhaitez-vous)\b.*\?$", re.IGNORECASE)
_LIVE_BANNER = re.compile(r"^(?:live|en direct|direct)\b\s*[:.\-–—|]?\s*", re.IGNORECASE)
TRUNCATED = re.compile(r"\s*(?:\.\.\.|…)$")
# "Par Julie Roux", "par l'AFP", "Par la rédaction": a name or a newsroom after it ("Par milliers, …" is a headline).
_BYLINE_START = re.compile(r"^(?:par|by)\s+(?:(?:la|le|les|l[’'])\s*)?(?:(?-i:[A-ZÀ-Þ])|rédaction\b)", re.IGNORECASE)
# A timestamp's cue opening the line ("Publié le … (heure de Paris)"), whatever its template prints after it.
_STAMP_CUE_START = re.compile(r"^(?:publiée?|mise? à jour|modifiée?|actualisée?|postée?|mise? en ligne)\b", re.IGNORECASE)
# A kicker of one to three words closed by a period ("VIDÉO. …", "Retraites. …", "DIRECT. …") opens many headlines.
KICKER = re.compile(r"^(?:[^\s.]+\s+){0,2}[^\s.]{2,}\.\s+(?=[A-ZÀ-Þ«\"“])")
STOPPED = re.compile(r"[.;:,…]$")
# A headline of short sentences: how many, and how many words in all.
MAX_SENTENCES = 3
SENTENCES_MAX_WORDS = 14
_SENTENCE_BREAK = re.compile(r"\.(\s+)(?=[A-ZÀ-Þ0-9«\"])")
_INNER_QUESTION = re.compile(r"[?!]\s+[A-ZÀ-Þ]")


@functools.lru_cache(maxsize=1)
def date_start() -> re.Pattern[str]:
    """A line opening on a date, or on a weekday with its day, is a date line ("dimanche 13 juillet 2025, Saint
    Henri"); a weekday then a word opens a headline ("Samedi noir sur les routes")."""
    months, weekdays = calendar_forms()
    return re.compile(rf"^(?:(?:{alternation(weekdays)})(?:[,\s]+\d|\W*$)|\d{{1,2}}(?:er)?\s+{alternation(months)}"
                      r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2})", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _orders() -> frozenset[str]:
    return frozenset(read_lines("furniture/orders.txt"))


def is_order(text: str) -> bool:
    """`Fermer la fenêtre`, `Partagez via Facebook`: an infinitive or -ez form, then a determiner."""
    match = _ORDER.match(text)
    return bool(match) and match["verb"].lower() in _orders()


def never_headline(text: str) -> bool:
    """Lines whose form rules them out: orders (a live feed's "LIVE Suivez …" too), questions to the reader,
    dates, bylines, timestamps."""
    return _opens_on_order(text) or never_by_form(text)


def _opens_on_order(text: str) -> bool:
    return is_order(_LIVE_BANNER.sub("", text))


def never_by_form(text: str) -> bool:
    return bool(_READER_QUESTION.match(text) or date_start().match(text) or _BYLINE_START.match(text)
                or _STAMP_CUE_START.match(text))


def reads_like_headline(block: Block) -> bool:
    """Headline-shaped, a headline cut short by the site ("… selon le parquet...") or opened by a kicker included,
    and a long one (a title's length up to HEADLINE_MAX_CHARS) of one clause with no stop."""
    text = KICKER.sub("", block.text)
    if TRUNCATED.search(text):
        return Block(TRUNCATED.sub("", text)).reads_like_headline
    if TITLE_MAX_CHARS < len(text) <= HEADLINE_MAX_CHARS:
        return not STOPPED.search(text) and not INNER_SENTENCE.search(text) and not _INNER_QUESTION.search(text)
    return any(Block(_joined_sentences(form)).reads_like_headline for form in {text, block.text})


def _joined_sentences(text: str) -> str:
    """A headline of two or three short sentences, the last without its stop ("Ils ont 20 ans. Ils veulent
    voler", "La grève est finie. Et maintenant ?"), read as one clause; a longer run of sentences is a standfirst."""
    parts = INNER_SENTENCE.split(text)
    if not 2 <= len(parts) <= MAX_SENTENCES or len(text.split()) > SENTENCES_MAX_WORDS or STOPPED.search(text):
        return text
    if any(len(part.split()) < 2 for part in parts):
        return text
    return _SENTENCE_BREAK.sub(r" -\1", text)


def is_candidate(block: Block) -> bool:
    """A line of a headline's form that is neither a caption nor ruled out by its form (a teaser's title included)."""
    return (block.kind in ("candidate", "teaser_item") and reads_like_headline(block) and not block.caption
            and not never_headline(block.text))
