"""A page title's site suffix ("Headline - Rubrique - Le Courrier du Sud", "Headline | lecourrier.fr"), cut by its
shape, not by a list of sites: the plain headline is the title."""

from __future__ import annotations

import re

# The separator before a suffix, set off by spaces; a suffix's segment names something (capitalised words and
# their particles, or a domain), in a few words.
_SEPARATOR = re.compile(r"\s+[|\-–—]\s+")
_NAME_WORD = re.compile(r"(?-i:[A-ZÀ-Þ0-9][\w’'.&\-]*|de|du|des|d[’']\w*|la|le|les|l[’']\w*|et|en|&)")
_DOMAIN = re.compile(r"[\w\-]+(?:\.[\w\-]+)*\.(?:fr|com|net|org|info|be|ch|ca|eu|tv|io)", re.IGNORECASE)
SEGMENT_MAX_WORDS = 6
HEAD_MIN_WORDS = 4
_QUOTE_CLOSERS = ("»", "”", '"')


def _signs_a_quotation(head: str) -> bool:
    """After a quotation the dash's name is its speaker ("« Nous tiendrons » - Élisabeth Borne"), no site. (A
    first name cannot tell a person from a site: `France Info`, `Marie Claire`, `Paris Match`.)"""
    return head.rstrip().endswith(_QUOTE_CLOSERS)


def _names_something(segment: str) -> bool:
    words = segment.split()
    return (_DOMAIN.fullmatch(segment) is not None
            or (0 < len(words) <= SEGMENT_MAX_WORDS and all(_NAME_WORD.fullmatch(word) for word in words)
                and words[0][0].isupper()))


def without_site_suffix(title: str) -> str:
    """The title without its trailing segments that name a site or a rubric, while a headline of four words
    or more stays; a title without such a suffix is returned as it is."""
    parts = _SEPARATOR.split(title)
    separators = _SEPARATOR.findall(title)
    while (len(parts) > 1 and _names_something(parts[-1]) and len(" ".join(parts[:-1]).split()) >= HEAD_MIN_WORDS
           and not _signs_a_quotation(parts[-2])):
        parts.pop()
        separators.pop()
    head = parts[0]
    for separator, part in zip(separators, parts[1:]):
        head += separator + part
    return head
