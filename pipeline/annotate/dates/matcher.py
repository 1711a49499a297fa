"""The date Matcher, run only in windows around anchor words.

Most tokens of an article are nowhere near a date; every pattern has an
anchor token and a bounded length, so the Matcher needs to see only the
tokens within reach of an anchor word, on the anchor's line. The matches are
the same as over the whole article, at a fraction of the cost.
"""

from __future__ import annotations

from typing import Any, Callable

from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.annotate.dates.lexicon import DateLexicon
from pipeline.annotate.dates.patterns import Rule, anchor_of, expand, fill_lists, token_test

_LINE_BREAK = (-1, -1)  # a word's reach when it holds a line break: no match crosses it
_REACH_CACHE_SIZE = 200_000  # distinct words remembered; cleared when full so memory stays flat


class AnchoredMatcher:
    """The Matcher of every date pattern, each pattern's guards by Matcher key, and how far each anchor reaches."""

    def __init__(self, vocab: Vocab, patterns: list[dict[str, Any]], tokens: list[dict[str, Any]],
                 lexicon: DateLexicon) -> None:
        """patterns, tokens: the entries of `patterns.jsonl` and `tokens.jsonl`; lexicon: the word lists they name."""
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self.rules: dict[str, Rule] = {}
        self.word_reach: dict[int, tuple[int, int] | None] = {}
        shapes = {entry["name"]: entry["token"] for entry in tokens}
        anchors = {entry["name"] for entry in tokens if entry.get("anchor")}
        reach: dict[str, tuple[int, int]] = {}
        for number, entry in enumerate(patterns):
            key = f"{entry['label']}#{number}"
            self.rules[key] = Rule.from_entry(entry)
            expanded, positions = expand(entry["pattern"], shapes, lexicon)
            self.matcher.add(key, [expanded])
            anchor = anchor_of(number, entry["pattern"], anchors)
            name, at = entry["pattern"][anchor]["@"], positions[anchor]
            before, after = reach.get(name, (0, 0))
            reach[name] = (max(before, at), max(after, len(expanded) - at - 1))
        self.anchor_reach: list[tuple[Callable[[str], bool], tuple[int, int]]] = [
            (token_test(fill_lists(shapes[name], lexicon)), reach[name]) for name in sorted(reach)]

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The Matcher's (key, start, end) over the whole article, found by running it only around anchor words."""
        return [(key, start + begin, start + end)
                for start, stop in self.windows(doc) for key, begin, end in self.matcher(doc[start:stop])]

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges holding every possible match: around each anchor word, as far as its patterns reach, within its line.

        The same matches as the Matcher over the whole article, at a fraction
        of the cost: most tokens are nowhere near a date.
        """
        ranges: list[tuple[int, int]] = []
        line_start = 0
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            reach = self.reach_of(orth)
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

    def reach_of(self, orth: int) -> tuple[int, int] | None:
        """How far matches around this word may reach (before, after); None for a word no pattern is anchored on."""
        if orth in self.word_reach:
            return self.word_reach[orth]
        if len(self.word_reach) >= _REACH_CACHE_SIZE:
            self.word_reach.clear()
        text = self.vocab.strings[orth]
        reaches = [reach for test, reach in self.anchor_reach if test(text)]
        reach = (_LINE_BREAK if "\n" in text else
                 (max(before for before, _ in reaches), max(after for _, after in reaches)) if reaches else None)
        self.word_reach[orth] = reach
        return reach
