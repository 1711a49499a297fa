""""un"/"une": the article, or a count of one.

French writes the number one and the indefinite article alike. A reader
counts it when it measures ("une heure plus tard", "d'ici un an") or when it
stands among other counts ("deux Palestiniens et un Italien", "trois morts,
dont un enfant"); everywhere else it is the article. "un seul" is left to the
article too: the gold sets read "un seul jour", "un seul dollar" as emphasis.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.annotate.figures.cues import phrase_before
from pipeline.annotate.figures.lexicon import FigureWords
from pipeline.annotate.figures.ranges import RANGE_WORDS
from pipeline.annotate.figures.spans import Figure
from pipeline.annotate.figures.tokens import next_word, previous_word

ONE_WORDS = {"un", "une"}
SUB_DAY_UNITS = {"heure", "minute", "seconde"}  # "une heure plus tard" is no date: it stays a duration
OF_WHICH = "dont"
JOINING_WORDS = {"et", "ou"}
COORDINATION = {"conj"}
NUMERAL_DEP = "nummod"
TIME_LOCATORS = (("plus", "tard"), ("plus", "tôt"), ("auparavant",), ("avant",), ("après",))


class OneReader:
    """Tells the "un"/"une" that counts from the article."""

    def __init__(self, words: FigureWords) -> None:
        self.words = words

    def counts(self, doc: Doc, i: int, previous: Figure | None) -> bool:
        """Token i ("un"/"une") counts: before a unit, after "dont" among counts, or beside a count.

        previous: the figure before it, whose share "dont un" takes and whose range "de 20 jours à un mois" ends.
        """
        after = next_word(doc, i + 1)
        following = doc[after].lower_ if after < len(doc) else ""
        before = previous_word(doc, i)
        before_word = doc[before].lower_ if before is not None else ""
        in_sentence = previous is not None and doc[previous.start].sent == doc[i].sent
        right_after = previous is not None and previous.end == before  # "20 jours à un", "deux Belges et un"
        if right_after and before_word in RANGE_WORDS:
            return False  # "de 20 jours à un mois": the top of a range in another unit, no count of its own
        if following in self.words.measure_units:
            if following not in SUB_DAY_UNITS and self.locates_in_time(doc, after + 1):
                return False  # "un an plus tôt", "moins d'une semaine après": a date, not a quantity
            if following in self.words.one_units or phrase_before(doc, i, self.words.qualifiers_before):
                return True  # "d'ici un an", "environ une heure plus tard", "plus d'une décennie"
        if before_word == OF_WHICH and in_sentence:
            return True
        if right_after and before_word in JOINING_WORDS and previous.unit_start is not None:
            return doc[previous.unit_start].is_alpha  # "deux Belges et un Suisse" (not "3 % et une baisse")
        return self.coordinated_with_count(doc[i])

    @staticmethod
    def locates_in_time(doc: Doc, i: int) -> bool:
        """"un an plus tôt", "une semaine après": the unit places an event in time (a date), it counts nothing."""
        words = tuple(doc[j].lower_ for j in range(i, min(i + 3, len(doc))) if not doc[j].is_space)
        return any(words[:len(adverb)] == adverb for adverb in TIME_LOCATORS)

    def coordinated_with_count(self, one: Token) -> bool:
        """"deux Palestiniens et un Italien", "un mort et trois blessés": its noun is joined to a counted noun,
        before it or after it."""
        noun = one.head
        if one.dep_ != "det" or noun.i == one.i:
            return False
        if any(self.joins_count(conj) for conj in noun.children if conj.dep_ in COORDINATION and conj.i > noun.i):
            return True  # "un mort et deux blessés"
        joined = previous_word(one.doc, one.i)
        if noun.dep_ not in COORDINATION or joined is None or one.doc[joined].lower_ not in JOINING_WORDS:
            return False
        return noun.head.i < one.i and self.is_counted(noun.head)

    def joins_count(self, noun: Token) -> bool:
        """A counted noun whose numeral comes right after "et"/"ou" ("… et deux blessés"; not "… et ses deux fils")."""
        if not self.is_counted(noun):
            return False
        joined = previous_word(noun.doc, noun.i - 1)
        return joined is not None and noun.doc[joined].lower_ in JOINING_WORDS

    @staticmethod
    def is_counted(noun: Token) -> bool:
        """A word with a numeral of its own right before it, other than one ("trois blessés", "3 morts"; not "3 %")."""
        return noun.is_alpha and any(child.dep_ == NUMERAL_DEP and child.lower_ not in ONE_WORDS
                                     and child.i == noun.i - 1 for child in noun.children)
