"""Claims: who said what, from the parse of one article.

Three kinds, as FORMAT.md defines them: `direct` (a quotation attributed to a
source), `indirect` (reported speech: a verb of saying with its complement)
and `according_to` ("selon X", "cité par X", "Pour X, …"). The cue lexicon is
data (`models/cues/`); the speaker comes from the dependency parse, and a
pronoun or a definite description is resolved to the nearest compatible
earlier mention with no external coreference model, so better entities
(PER/ORG from the NER stage) directly give better speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.names import fold, resolve_within_document
from pipeline.resources import read_lines, read_tsv

KINDS = ("direct", "indirect", "according_to")


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


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class NominalCue:
    """An attribution phrase ("selon", "cité par", "dans un communiqué") and how it names its source."""

    words: tuple[str, ...]
    kind: str
    speaker_rule: str  # "object", "headed" or "subject"


@dataclass(frozen=True)
class CueLexicon:
    """The data of `models/cues/`, loaded once."""

    verbs: dict[tuple[str, ...], frozenset[str]]
    nominal: tuple[NominalCue, ...]
    source_nouns: dict[str, str]
    honorifics: frozenset[str]

    @property
    def verb_heads(self) -> frozenset[str]:
        return frozenset(words[0] for words in self.verbs)

    @property
    def incise_forms(self) -> dict[str, frozenset[str]]:
        """Present-tense forms of the one-word -er verbs of incise (`glisse`, `soupirent`).

        The tagger often reads a verb in incise after a quotation as a noun
        (`«…», glisse Zineb`); these forms let the quotation rule see it anyway.
        """
        forms = {}
        for words, frames in self.verbs.items():
            if len(words) == 1 and "P" in frames and words[0].endswith("er"):
                stem = words[0][:-2]
                forms[stem + "e"] = frames
                forms[stem + "ent"] = frames
        return forms


@lru_cache(maxsize=4)
def load_lexicon(models: Optional[str] = None) -> CueLexicon:
    """RETURNS (CueLexicon): verbs of saying, attribution phrases, source nouns and honorifics."""
    verbs = {tuple(row[0].split()): frozenset(row[1]) for row in read_tsv("cues/verbs.tsv", models)}
    nominal = tuple(
        NominalCue(tuple(row[0].split()), row[1], row[2]) for row in read_tsv("cues/nominal.tsv", models)
    )
    for cue in nominal:
        if cue.kind not in KINDS:
            raise ValueError(f"cues/nominal.tsv: unknown kind {cue.kind!r} for {' '.join(cue.words)!r}")
    source_nouns = {row[0]: row[1] for row in read_tsv("cues/source_nouns.tsv", models)}
    honorifics = frozenset(read_lines("cues/honorifics.txt", models))
    return CueLexicon(verbs, nominal, source_nouns, honorifics)


# ---------------------------------------------------------------- quotations

QUOTE_CLOSERS = {"«": "»", "“": "”“", '"': '"”“', "„": "“”"}
MAX_QUOTE_CHARS = 3000
SCARE_QUOTE_MAX_WORDS = 3
UNCUED_QUOTE_MIN_WORDS = 6
WORD = re.compile(r"\w+", re.UNICODE)
PARAGRAPH_THEN_OPENER = re.compile(r"\n\s*«")


@dataclass(frozen=True)
class Quotation:
    """A span between quotation marks: `start`/`end` include the marks."""

    start: int
    end: int
    content_start: int
    content_end: int

    def words(self, text: str) -> int:
        return len(WORD.findall(text[self.content_start : self.content_end]))


def find_quotations(text: str) -> list[Quotation]:
    """Pair quotation marks, tolerating the mixed marks of scraped text (`"…”`, `“…“`).

    Nested quotes stay inside the outer one. A «-quotation continued over
    paragraphs in the French way (each paragraph reopening with «) is closed
    at the paragraph break.
    """
    quotations = []
    position = 0
    while position < len(text):
        opener = text[position]
        if opener not in QUOTE_CLOSERS or (opener == '"' and position and text[position - 1].isalnum()):
            position += 1
            continue
        close = _closing_mark(text, position)
        if close is None:
            position += 1
            continue
        end = close + 1 if text[close] in QUOTE_CLOSERS[opener] else close
        content_start, content_end = _strip_span(text, position + 1, close)
        if content_end > content_start:
            quotations.append(Quotation(position, end, content_start, content_end))
        position = end
    return quotations


def _closing_mark(text: str, start: int) -> Optional[int]:
    """Index of the mark closing the quotation opened at `start` (or of the paragraph break ending it)."""
    opener = text[start]
    closers = QUOTE_CLOSERS[opener]
    depth = 0
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    for index in range(start + 1, limit):
        char = text[index]
        if opener == "«" and char == "«":
            if PARAGRAPH_THEN_OPENER.match(text, index - 1) or text[index - 1] == "\n":
                return index - 1
            depth += 1
        elif char in closers:
            if depth == 0:
                return index
            depth -= 1
        elif char == "\n" and opener != "«":
            return None
        elif char == "\n" and PARAGRAPH_THEN_OPENER.match(text, index):
            return index
    return None


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces (including no-break ones) from both ends of a character span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------- parse helpers

QUE = frozenset({"que", "qu'", "qu’"})
NEGATORS = frozenset({"pas", "jamais", "guère", "point", "aucunement", "nullement", "rien", "plus"})
NE = frozenset({"ne", "n'", "n’"})
HYPOTHETICAL_HEADS = frozenset(
    {"pouvoir", "devoir", "vouloir", "aller", "refuser", "envisager", "tenter", "essayer", "hésiter",
     "chercher", "oser", "permettre", "falloir", "éviter", "renoncer"}
)
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
TIME_WORDS = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "matin", "soir",
     "jour", "semaine", "mois", "an", "année", "aujourd'hui", "dernier", "veille", "lendemain"}
)
PERSONAL_SUBJECTS = {
    "il": ("Sing", "Masc"), "elle": ("Sing", "Fem"), "ils": ("Plur", "Masc"), "elles": ("Plur", "Fem"),
    "-il": ("Sing", "Masc"), "-elle": ("Sing", "Fem"), "-ils": ("Plur", "Masc"), "-elles": ("Plur", "Fem"),
    "-t-il": ("Sing", "Masc"), "-t-elle": ("Sing", "Fem"), "-t-ils": ("Plur", "Masc"),
    "-t-elles": ("Plur", "Fem"), "lui": ("Sing", "Masc"), "eux": ("Plur", "Masc"),
}
NP_CUT_DEPS = frozenset({"acl:relcl", "acl", "advcl", "parataxis", "punct", "cop", "aux", "aux:tense",
                         "aux:pass", "mark", "ccomp", "xcomp", "nsubj", "obl:mod", "obl", "dislocated"})
COMMA_LIKE = frozenset({",", "(", ")", "—", "–", ";"})
CLOSING_MARKS = frozenset({"»", "”", '"', "“"})
TRIMMED_PUNCTUATION = frozenset({".", ",", ";", ":", "!", "?", "…", "«", "»", "“", "”", '"', "(", ")", "—", "–", "-", "„"})
EVENT_CLAUSE_MARKS = frozenset({"depuis", "lorsque", "lorsqu'", "lorsqu’", "quand", "après", "avant", "dès", "pendant", "tandis"})
NEGATIVE_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle"})
DETACHED_PRONOUNS = frozenset({"lui", "elle", "eux", "elles", "aussi", "quant", "y", "en"})
INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "obl", "advcl", "obj", "obl:arg"})
QUE_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "obj", "acl", "parataxis", "conj", "obl:arg", "nsubj"})
SOURCE_PHRASE_STOPS = frozenset({",", ".", ";", ":", "(", ")", "!", "?", "—", "–"})


def _morph(token: Token, feature: str) -> str:
    values = token.morph.get(feature)
    return values[0] if values else ""


def _is_negated(verb: Token) -> bool:
    """`n'a pas commenté`, `sans préciser`: saying that did not happen is no claim."""
    words = {child.lower_ for child in verb.children}
    return bool(words & NE and words & NEGATORS) or "sans" in words


def _is_hypothetical(verb: Token) -> bool:
    """`pourrait annoncer`, `si X déclare`: saying that may happen is no claim."""
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in HYPOTHETICAL_HEADS:
        return True
    return any(child.dep_ == "mark" and child.lower_ in ("si", "s'", "s’") for child in verb.children)


def _is_passive(verb: Token) -> bool:
    return _morph(verb, "Voice") == "Pass" or any(child.dep_ == "aux:pass" for child in verb.children)


def _sentence_is_question(sentence: Span) -> bool:
    return sentence.text.rstrip().endswith("?")


def _span_chars(tokens: Iterable[Token]) -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


# ---------------------------------------------------------------- speakers


@dataclass(frozen=True)
class Speaker:
    """A source as found: its text at its fullest, its character span, number and gender."""

    text: str
    start: Optional[int]
    end: Optional[int]
    number: str = ""
    gender: str = ""
    person: bool = False

    @staticmethod
    def none() -> "Speaker":
        return Speaker("", None, None)


class SpeakerResolver:
    """Turns the head token (or the tokens) of a source into its fullest form in the article.

    Holds the article's person mentions (PER entities, and runs of proper nouns
    the NER left unlabelled or mislabelled), resolved with
    `names.resolve_within_document`, and the speakers already found, so a
    pronoun or a definite description resolves to the nearest compatible
    earlier mention.
    """

    def __init__(self, doc: Doc, lexicon: CueLexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        trimmed = (self._trim_honorific(_first_line(ent)) for ent in doc.ents if ent.label_ == "PER")
        self.people = [span for span in trimmed if len(span) > 0]
        self.gender = {span.start: self._person_gender(span) for span in self.people}
        self.quoted: set[int] = set()
        self.history: list[tuple[int, Speaker]] = []

    def remember(self, position: int, speaker: Speaker) -> None:
        """Record a speaker found at token `position`, for later pronouns and descriptions."""
        if speaker.text:
            self.history.append((position, speaker))

    def mark_quoted(self, quotations: Sequence["Quotation"]) -> None:
        """People named inside quoted words are not antecedents of the narrative's pronouns."""
        inside = lambda span: any(q.content_start <= span.start_char < q.content_end for q in quotations)
        self.quoted = {person.start for person in self.people if inside(person)}

    # -- entry points
    def from_head(self, head: Token) -> Speaker:
        """RETURNS (Speaker): the source whose noun phrase the parse heads with `head`."""
        if head.pos_ == "PRON" and _morph(head, "PronType") == "Rel" and head.head.dep_ == "acl:relcl":
            return self.from_head(head.head.head)
        if head.lower_ in PERSONAL_SUBJECTS:
            return self._resolve_pronoun(head, *PERSONAL_SUBJECTS[head.lower_])
        if head.pos_ == "PRON" and head.ent_type_ != "PER":
            return Speaker.none()
        tokens = self._phrase_tokens(head)
        if not tokens:
            return Speaker.none()
        return self._speaker_of(tokens, head, self.doc[tokens[0].i : tokens[-1].i + 1])

    def from_tokens(self, tokens: Sequence[Token]) -> Speaker:
        """RETURNS (Speaker): the source a stretch of text names (`selon le naturopathe Olivier Panisset`)."""
        tokens = _strip_tokens(list(tokens))
        nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            pronouns = [t for t in tokens if t.lower_ in PERSONAL_SUBJECTS]
            return self.from_head(pronouns[0]) if pronouns else Speaker.none()
        if _morph(tokens[0], "PronType") == "Rel":
            return self.from_head(tokens[0])
        return self._speaker_of(tokens, nouns[0], self.doc[tokens[0].i : tokens[-1].i + 1])

    def _speaker_of(self, tokens: list[Token], head: Token, region: Span) -> Speaker:
        tokens = self._without_honorific(tokens)
        if not tokens:
            return Speaker.none()
        person = self._person_in(region, head)
        if person is not None:
            return self._person_speaker(person)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        speaker = Speaker(self.doc.text[start:end], start, end, _morph(head, "Number") or "Sing", _morph(head, "Gender"))
        return self._resolve_description(head, tokens, speaker)

    # -- noun phrases
    def _phrase_tokens(self, head: Token) -> list[Token]:
        """The tokens of the noun phrase headed by `head`, without clauses, incidents or determiners."""
        excluded: set[int] = set()
        for child in head.children:
            if child.dep_ in NP_CUT_DEPS or (child.dep_ == "appos" and child.i > head.i):
                excluded.update(t.i for t in child.subtree)
        members = {t.i for t in head.subtree} - excluded
        left = right = head.i
        while left - 1 in members:
            left -= 1
        while right + 1 in members:
            right += 1
        tokens = [self.doc[i] for i in range(left, right + 1)]
        return _strip_tokens(self._with_name_run(tokens, head))

    def _with_name_run(self, tokens: list[Token], head: Token) -> list[Token]:
        """Extend a phrase over the whole proper-noun run its head belongs to (`Kassym` `-` `Jomart` `Tokaïev`)."""
        run = self._name_run(head)
        if run is None:
            return tokens
        indices = {t.i for t in tokens} | set(range(run.start, run.end))
        return [self.doc[i] for i in range(min(indices), max(indices) + 1)]

    def _name_run(self, token: Token) -> Optional[Span]:
        """The run of proper nouns (and the hyphens joining them) around `token`, or None."""
        if token.pos_ != "PROPN":
            return None
        def is_name(t: Token) -> bool:
            return t.pos_ == "PROPN" or (t.text in ("-", "‑") and not t.whitespace_)
        left = right = token.i
        while left > 0 and is_name(self.doc[left - 1]) and not self.doc[left - 1].is_sent_end:
            left -= 1
        while right + 1 < len(self.doc) and is_name(self.doc[right + 1]):
            right += 1
        return self.doc[left : right + 1]

    def _without_honorific(self, tokens: list[Token]) -> list[Token]:
        while len(tokens) > 1 and tokens[0].text in self.lexicon.honorifics:
            tokens = tokens[1:]
        return tokens

    def _trim_honorific(self, span: Span) -> Span:
        while len(span) > 1 and span[0].text in self.lexicon.honorifics:
            span = span[1:]
        return span

    def _person_in(self, region: Span, head: Token) -> Optional[Span]:
        """The person a source phrase names: `l'avocat de X, Murat Adam` → Murat Adam; `la mère de X` → none.

        A person counts unless a preposition governs it (`de Movlayev`). A name
        right after the phrase (`l'auteur du projet "…" Alexey Alshansky`) counts too.
        """
        holding = [p for p in self.people if p.start <= head.i < p.end]
        if holding:
            return holding[0]
        candidates = [p for p in self.people if region.start <= p.start and p.end <= region.end]
        candidates += self._name_runs(region)
        candidates += self._name_after(region.end - 1)
        for person in sorted(candidates, key=lambda p: p.start, reverse=True):
            if person.start <= head.i < person.end:
                return person
            if not self._governed_by_preposition(person):
                return person
        return None

    def _name_runs(self, region: Span) -> list[Span]:
        """Proper-noun runs of two words or more outside organisation names: persons the NER mislabelled."""
        runs = []
        index = region.start
        while index < region.end:
            run = self._name_run(self.doc[index])
            if run is None:
                index += 1
                continue
            words = [t for t in run if t.pos_ == "PROPN"]
            if len(words) >= 2 and run.end <= region.end and not any(t.ent_type_ == "ORG" for t in run):
                runs.append(run)
            index = run.end
        return runs

    def _governed_by_preposition(self, person: Span) -> bool:
        before = person.start - 1
        while before >= 0 and (self.doc[before].text in self.lexicon.honorifics or self.doc[before].pos_ == "DET"):
            before -= 1
        return before >= 0 and (self.doc[before].pos_ == "ADP" or self.doc[before].lower_ in ("d'", "d’"))

    def _name_after(self, last: int) -> list[Span]:
        """A person glued to the end of a phrase (`l'auteur du projet "…" Alexey Alshansky`), or set
        in apposition between commas (`le ministre de la Santé, Olivier Véran,`)."""
        for person in self.people:
            if last < person.start <= last + 5:
                between = self.doc[last + 1 : person.start]
                if all(t.pos_ in ("PROPN", "NOUN", "PUNCT") and t.text not in COMMA_LIKE for t in between):
                    return [person]
                following = self.doc[person.end] if person.end < len(self.doc) else None
                closed = following is None or following.text in (",", ".", ";", ":") or following.is_space
                if [t.text for t in between] == [","] and closed:
                    return [person]
        return []

    # -- names
    def _person_speaker(self, person: Span) -> Speaker:
        fullest = self._fullest(person)
        gender = self.gender.get(person.start, "") or self._person_gender(person)
        return Speaker(fullest.text, fullest.start_char, fullest.end_char, "Sing", gender, True)

    def _fullest(self, person: Span) -> Span:
        """The article's fullest mention of a person (`Bazhukov` → `Semyon Bazhukov`)."""
        mentions = [p for p in self.people if (p.start, p.end) != (person.start, person.end)] + [person]
        target = resolve_within_document([m.text for m in mentions], ["PER"] * len(mentions))[-1]
        return mentions[target]

    def _person_gender(self, person: Span) -> str:
        """Grammatical gender a person is written with: `Mme X`, `la toxicologue X`, `X, chercheuse`."""
        doc = self.doc
        start = person.start
        if start > 0 and doc[start - 1].text in ("Mme", "Mlle", "Madame"):
            return "Fem"
        if start > 0 and doc[start - 1].text in ("M.", "Monsieur"):
            return "Masc"
        # Determiners tell the gender; a bare role noun only when feminine (`professeur` is written for women too).
        for token in reversed(doc[max(0, start - 3) : start]):
            gender = _morph(token, "Gender")
            if gender and (token.pos_ == "DET" or (token.pos_ in ("NOUN", "ADJ") and gender == "Fem")):
                return gender
            if token.pos_ in ("VERB", "AUX", "PUNCT"):
                break
        for token in doc[person.end : min(len(doc), person.end + 3)]:
            if token.text == ",":
                continue
            return "Fem" if token.pos_ in ("NOUN", "ADJ") and _morph(token, "Gender") == "Fem" else ""
        return ""

    # -- anaphora
    def _resolve_pronoun(self, pronoun: Token, number: str, gender: str) -> Speaker:
        """`il`/`elle` → the nearest earlier person; `ils`/`elles` → the nearest earlier plural source."""
        if number == "Sing":
            person = self._nearest_person(pronoun.i, gender)
            return self._person_speaker(person) if person is not None else Speaker.none()
        candidates = [(position, s) for position, s in self.history if position < pronoun.i and s.number == "Plur"]
        group = self._nearest_plural_group(pronoun.i)
        if group is not None:
            candidates.append((group.i, self.from_head(group)))
        for _, earlier in sorted(candidates, key=lambda c: c[0], reverse=True):
            if gender == "Masc" or not earlier.gender or earlier.gender == gender:
                return earlier
        return Speaker.none()

    def _nearest_plural_group(self, before: int) -> Optional[Token]:
        """The latest plural subject naming people or a body (`les enseignants mobilisés la vivent …`)."""
        for token in reversed(self.doc[max(0, before - 250) : before]):
            if token.dep_ in SUBJECT_DEPS and token.pos_ == "NOUN" and _morph(token, "Number") == "Plur":
                if self.lexicon.source_nouns.get(token.lemma_.lower()) in ("person", "body"):
                    return token
        return None

    def _nearest_person(self, before: int, gender: str = "") -> Optional[Span]:
        for person in reversed([p for p in self.people if p.end <= before and p.start not in self.quoted and not _is_acronym(p)]):
            known = self.gender.get(person.start, "")
            if not gender or not known or known == gender:
                return person
        return None

    def _resolve_description(self, head: Token, tokens: list[Token], speaker: Speaker) -> Speaker:
        """`le ministère` → the earlier `ministère russe de la Défense`; `la gastro-entérologue` → the person.

        Only a bare definite description (determiner, noun, adjectives) is
        resolved; `le président du Comité …` names its source already.
        """
        determiners = [c for c in head.children if c.dep_ == "det"]
        definite = any(_morph(d, "Definite") == "Def" for d in determiners)
        bare = all(t.pos_ in ("NOUN", "ADJ") or t.text in ("-",) for t in tokens)
        if not definite or not bare or speaker.number != "Sing" or head.pos_ != "NOUN":
            return speaker
        folded = fold(speaker.text)
        for _, earlier in reversed(self.history):
            if fold(earlier.text) != folded and f" {folded} " in f" {fold(earlier.text)} ":
                return earlier
        for ent in self.doc.ents:
            if ent.end <= head.i and ent.label_ != "PER" and fold(ent.text).startswith(folded + " "):
                return Speaker(ent.text, ent.start_char, ent.end_char, "Sing", "")
        lemma = head.lemma_.lower()
        if self.lexicon.source_nouns.get(lemma) != "person":
            return speaker
        gender = _morph(head, "Gender")
        described = self._person_described_as(lemma, head.i)
        for position, earlier in reversed(self.history):
            if described is not None and position < described.start:
                break
            if earlier.person and position < head.i and (not gender or not earlier.gender or earlier.gender == gender):
                return earlier
        if described is not None:
            return self._person_speaker(described)
        nearest = self._nearest_person(head.i, gender)
        return self._person_speaker(nearest) if nearest is not None else speaker

    def _person_described_as(self, lemma: str, before: int) -> Optional[Span]:
        """The latest person written next to the role noun `lemma` (`le naturopathe Olivier Panisset`)."""
        for person in reversed([p for p in self.people if p.end <= before and p.start not in self.quoted]):
            window = list(self.doc[max(0, person.start - 2) : person.start]) + list(self.doc[person.end : person.end + 2])
            if any(t.lemma_.lower() == lemma for t in window):
                return person
        return None


def _is_acronym(span: Span) -> bool:
    """`LPPR`: a one-word all-capitals mention, an organisation the NER took for a person."""
    return len(span) == 1 and span.text.isupper()


def _inline_space(token: Token) -> bool:
    """A whitespace token inside a line (a no-break space), unlike a line break."""
    return token.is_space and "\n" not in token.text


def _first_line(span: Span) -> Span:
    """An entity cut at its first line break: a scraped page's next line is another block."""
    for token in span:
        if token.is_space and "\n" in token.text:
            return span[: token.i - span.start]
    return span


def _strip_tokens(tokens: list[Token]) -> list[Token]:
    """A source phrase without leading determiners or prepositions and trailing punctuation."""
    while tokens and (tokens[0].pos_ in ("DET", "ADP", "PUNCT", "CCONJ") or tokens[0].lower_ in ("d'", "d’")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].pos_ in ("PUNCT", "ADP", "CCONJ", "DET") or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


# ---------------------------------------------------------------- cue matching


@dataclass(frozen=True)
class VerbCue:
    """A verb of saying found in the parse: its tokens and its lexicon frames."""

    tokens: tuple[Token, ...]
    frames: frozenset[str]

    @property
    def head(self) -> Token:
        return self.tokens[0]

    @property
    def subject_holder(self) -> Token:
        """The word of the cue the parse hangs the subject on (`savoir` in `ont fait savoir`)."""
        for token in self.tokens:
            if any(child.dep_ in SUBJECT_DEPS for child in token.children):
                return token
        return self.head


def find_verb_cues(doc: Doc, lexicon: CueLexicon) -> list[VerbCue]:
    """Every verb of the lexicon (single or multi-word), longest entry first."""
    cues = []
    heads = lexicon.verb_heads
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in heads:
            continue
        best: Optional[VerbCue] = None
        for words, frames in lexicon.verbs.items():
            if words[0] != token.lemma_.lower():
                continue
            matched = _match_phrase(doc, token.i, words)
            if matched is not None and (best is None or len(matched) > len(best.tokens)):
                best = VerbCue(matched, frames)
        if best is not None:
            cues.append(best)
    return cues


def _match_phrase(doc: Doc, start: int, words: tuple[str, ...]) -> Optional[tuple[Token, ...]]:
    """The tokens of a multi-word verbal cue (`faire savoir`), allowing adverbs and clitics in between."""
    matched = [doc[start]]
    position = start + 1
    for word in words[1:]:
        while position < len(doc) and doc[position].pos_ in ("ADV", "PRON") and position - start < 5:
            position += 1
        if position >= len(doc) or word not in (doc[position].lower_, doc[position].lemma_.lower()):
            return None
        matched.append(doc[position])
        position += 1
    return tuple(matched)


# ---------------------------------------------------------------- extraction


def sentence_spans(doc: Doc) -> list[Span]:
    """The parser's sentences, also cut at line breaks: a scraped page has one block a line."""
    spans = []
    for sentence in doc.sents:
        start = sentence.start
        for token in sentence:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    spans.append(doc[start : token.i])
                start = token.i + 1
        if start < sentence.end:
            spans.append(doc[start : sentence.end])
    return [span for span in spans if not all(t.is_space for t in span)]


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


class ClaimExtractor:
    """Finds the claims of one parsed article."""

    def __init__(self, doc: Doc, lexicon: CueLexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.resolver = SpeakerResolver(doc, lexicon)
        self.quotations = find_quotations(doc.text)
        self.resolver.mark_quoted(self.quotations)
        self.verb_cues = find_verb_cues(doc, lexicon)
        self.cue_heads = {cue.head.i for cue in self.verb_cues}
        self.sentences = sentence_spans(doc)
        self.sentence_index = {t.i: n for n, span in enumerate(self.sentences) for t in span}

    def run(self) -> list[Claim]:
        """Sentence by sentence, so each speaker found is an antecedent for the next pronoun or description."""
        drafts: list[Draft] = []
        pending = list(self.quotations)
        previous_direct: Optional[Draft] = None
        for sentence in self.sentences:
            found = sorted(self._claims_of_sentence(sentence), key=lambda d: d.cue_start)
            for draft in found:
                self.resolver.remember(draft.cue_tokens[0].i if draft.cue_tokens else sentence.start, draft.speaker)
            drafts.extend(found)
            while pending and pending[0].start < sentence.end_char:
                direct = self._attribute_quotation(pending.pop(0), drafts, previous_direct)
                if direct is not None:
                    drafts = [d for d in drafts if not self._same_cue(d, direct)] + [direct]
                    previous_direct = direct
                    self.resolver.remember(sentence.start, direct.speaker)
        drafts = self._merge(drafts)
        return [self._finish(draft) for draft in sorted(drafts, key=lambda d: d.statement[0])]

    def sentence_of(self, token: Token) -> Span:
        index = self.sentence_index.get(token.i)
        if index is None:
            return token.sent
        return self.sentences[index]

    # -- reported speech and according-to, sentence by sentence
    def _claims_of_sentence(self, sentence: Span) -> list[Draft]:
        drafts = []
        for cue in self.verb_cues:
            if sentence.start <= cue.head.i < sentence.end and not self._inside_quotation(cue.head.idx):
                draft = self._verb_claim(cue, sentence)
                if draft is not None:
                    drafts.append(draft)
        drafts.extend(self._nominal_claims(sentence))
        if not drafts:
            drafts.extend(self._pour_claim(sentence))
        return drafts

    def _inside_quotation(self, char: int) -> bool:
        return any(q.content_start <= char < q.content_end for q in self.quotations)

    def _verb_claim(self, cue: VerbCue, sentence: Span) -> Optional[Draft]:
        if not self._is_asserted(cue.tokens, sentence):
            return None
        frame_and_statement = self._complement(cue, sentence)
        if frame_and_statement is None:
            return None
        frame, statement = frame_and_statement
        speaker = self._verb_speaker(cue.subject_holder, sentence)
        if speaker is None:
            return None
        return Draft("indirect", cue.tokens, statement, speaker, frame, relay=frame == "P" and "R" in cue.frames)

    def _is_asserted(self, tokens: Sequence[Token], sentence: Span) -> bool:
        """A verb of saying that reports something said: not negated, hypothetical, asked, ordered or attributive."""
        verb = tokens[0]
        if any(_is_negated(t) or _is_hypothetical(t) for t in tokens) or _sentence_is_question(sentence):
            return False
        if _morph(verb, "VerbForm") == "Inf" or _morph(verb, "Mood") == "Imp":
            return False
        if any(c.dep_ == "mark" and c.lower_ in EVENT_CLAUSE_MARKS for c in verb.children):
            return False
        if any(c.dep_ in SUBJECT_DEPS and any(d.lower_ in NEGATIVE_DETERMINERS for d in c.children) for c in verb.children):
            return False
        participle = _morph(verb, "VerbForm") == "Part"
        has_aux = any(c.dep_.startswith("aux") for t in tokens for c in t.children)
        if participle and not has_aux and _morph(verb, "Tense") == "Past" and verb.dep_ not in ("ROOT", "conj", "parataxis"):
            return False
        if participle and _morph(verb, "Tense") == "Pres" and verb.head.i in self.cue_heads and verb.head is not verb:
            return False
        return True

    def _complement(self, cue: VerbCue, sentence: Span) -> Optional[tuple[str, tuple[int, int]]]:
        """Which frame of the verb the parse shows, and the reported content's character span."""
        last = cue.tokens[-1]
        children = [c for token in cue.tokens for c in token.children if c not in cue.tokens]
        after = [c for c in children if c.i > last.i]
        if "C" in cue.frames:
            colon = self._colon_after(last, sentence)
            if colon is not None and colon.i + 1 < sentence.end:
                return "C", _span_chars(self._trim(self.doc[colon.i + 1 : sentence.end]))
        if "Q" in cue.frames:
            statement = self._que_clause(after, sentence)
            if statement is not None:
                return "Q", statement
        if "I" in cue.frames:
            for child in after:
                if child.dep_ in INFINITIVE_DEPS and self._is_infinitive(child):
                    return "I", self._subtree_chars(child, sentence)
        if "P" in cue.frames and self._postposed_subject(cue.head, sentence) is not None:
            statement = self._incise_statement(cue, sentence)
            if statement is not None:
                return "P", statement
        if _is_passive(cue.head) and any(c.dep_ == "obl:agent" for c in children):
            subjects = [c for c in children if c.dep_ == "nsubj:pass"]
            return "A", self._subtree_chars(subjects[0], sentence) if subjects else _span_chars(self._trim(sentence))
        if "O" in cue.frames:
            for child in after:
                if child.dep_ in ("obj", "obl:arg") and child.pos_ in ("NOUN", "PROPN", "NUM"):
                    return "O", self._subtree_chars(child, sentence)
        if cue.frames & {"O", "P", "L"} and self._clitic_object(cue.head, children):
            return "L", _span_chars(self._trim(sentence))
        return None

    def _que_clause(self, after: list[Token], sentence: Span) -> Optional[tuple[int, int]]:
        for child in after:
            marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ in QUE]
            if marks and child.dep_ in QUE_CLAUSE_DEPS:
                return _span_chars(self._trim(self.doc[marks[0].i : min(child.right_edge.i + 1, sentence.end)]))
            if child.lower_ in QUE and child.pos_ == "SCONJ":
                return _span_chars(self._trim(self.doc[child.i : sentence.end]))
        return None

    def _subtree_chars(self, token: Token, sentence: Span) -> tuple[int, int]:
        start = max(token.left_edge.i, sentence.start)
        end = min(token.right_edge.i + 1, sentence.end)
        span = self._trim(self.doc[start:end])
        return _span_chars(span if len(span) else self.doc[token.i : token.i + 1])

    def _clitic_object(self, verb: Token, children: list[Token]) -> bool:
        """`ce qu'a annoncé X`, `comme le raconte X`: the statement is the surrounding sentence."""
        before = self.doc[max(0, verb.i - 6) : verb.i]
        as_clause = any(t.lower_ == "comme" and not any(v.pos_ == "VERB" for v in before[t.i - before.start :]) for t in before)
        for child in children:
            if child.i < verb.i and child.dep_ == "obj" and child.pos_ == "PRON":
                if _morph(child, "PronType") == "Rel" or (as_clause and child.lower_ in ("le", "l'", "l’")):
                    return True
        return False

    def _colon_after(self, last: Token, sentence: Span) -> Optional[Token]:
        for token in self.doc[last.i + 1 : min(sentence.end, last.i + 8)]:
            if token.text == ":":
                return token
            if token.pos_ in ("VERB",) or token.text in (".", ";"):
                return None
        return None

    @staticmethod
    def _is_infinitive(token: Token) -> bool:
        if _morph(token, "VerbForm") == "Inf":
            return True
        return any(c.dep_.startswith("aux") and _morph(c, "VerbForm") == "Inf" for c in token.children)

    def _incise_statement(self, cue: VerbCue, sentence: Span) -> Optional[tuple[int, int]]:
        """`Ce processus est la norme, explique X` / `…, a-t-il ajouté`: the reported part before the incise."""
        previous = self._word_before(self._first_token_of_verb(cue.head), sentence)
        if previous is None or (previous.text not in COMMA_LIKE and previous.text not in CLOSING_MARKS):
            return None
        before = self._trim(self.doc[sentence.start : previous.i])
        if len(before) < 3:
            return None
        return _span_chars(before)

    def _word_before(self, token: Token, sentence: Span) -> Optional[Token]:
        """The token before `token` in its sentence, over no-break spaces; None at the sentence start."""
        index = token.i - 1
        while index >= sentence.start and _inline_space(self.doc[index]):
            index -= 1
        return self.doc[index] if index >= sentence.start else None

    def _first_token_of_verb(self, verb: Token) -> Token:
        """The verb's first word: its auxiliary or inverted clitic (`a-t-il déclaré` starts at `a`)."""
        first = verb
        for child in verb.children:
            if child.i < first.i and (child.dep_.startswith("aux") or child.text.startswith("-")) and child.i >= verb.i - 4:
                first = child
        return first

    def _postposed_subject(self, verb: Token, sentence: Span) -> Optional[Token]:
        """The subject written after its verb (`a déclaré mardi des responsables`, `a-t-il dit`)."""
        doc = self.doc
        for token in doc[max(sentence.start, verb.i - 3) : min(sentence.end, verb.i + 3)]:
            if token.text.startswith("-") and token.lower_ in PERSONAL_SUBJECTS:
                return token
        index = verb.i + 1
        if index < sentence.end and doc[index].pos_ == "VERB" and _morph(doc[index], "VerbForm") == "Inf":
            index += 1
        limit = min(sentence.end, verb.i + 16)
        while index < limit:
            token = doc[index]
            if token.ent_type_ == "PER":
                return token
            if token.pos_ in ("ADV", "NUM") or token.text == "," or token.is_space or token.lower_ in TIME_WORDS or token.lower_ == "quant":
                index += 1
            elif token.pos_ == "ADP":
                index = self._after_prepositional_noun(index, limit)
            elif token.pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
                adjective = None
                while index < limit and doc[index].pos_ in ("DET", "ADJ"):
                    adjective = doc[index] if doc[index].pos_ == "ADJ" and adjective is None else adjective
                    index += 1
                if index < limit and doc[index].lower_ in TIME_WORDS:
                    index += 1
                    continue
                if index < limit and doc[index].pos_ in ("NOUN", "PROPN"):
                    return doc[index]
                return adjective  # a noun the tagger read as an adjective (`des responsables kazakhs`)
            else:
                return None
        return None

    def _after_prepositional_noun(self, index: int, limit: int) -> int:
        """Index just past the noun of the prepositional phrase starting at `index` (`dans un communiqué`)."""
        index += 1
        while index < limit and self.doc[index].pos_ in ("DET", "ADJ", "ADP"):
            index += 1
        return index + 1

    def _verb_speaker(self, verb: Token, sentence: Span) -> Optional[Speaker]:
        """The source of a verb of saying: agent of a passive, inverted or postposed subject, subject, or its head's.

        RETURNS None when the verb has no source that can say anything (passive
        with no agent, impersonal `on`).
        """
        if _is_passive(verb):
            agents = [c for c in verb.children if c.dep_ == "obl:agent"]
            return self.resolver.from_head(agents[0]) if agents else None
        postposed = self._postposed_subject(verb, sentence)
        first = self._first_token_of_verb(verb)
        before = self._word_before(first, sentence)
        if postposed is not None and (before is None or before.text in COMMA_LIKE or before.text in CLOSING_MARKS
                                      or before.lower_ in QUE or postposed.text.startswith("-")):
            return self.resolver.from_head(postposed)
        subjects = [
            c for c in verb.children
            if c.dep_ in SUBJECT_DEPS and c.lower_ != "-t" and c.i < verb.i and not self._inside_quotation(c.idx)
        ]
        if subjects:
            if subjects[0].lower_ == "on":
                return None
            return self.resolver.from_head(subjects[0])
        if postposed is not None:
            return self.resolver.from_head(postposed)
        if verb.dep_ == "acl:relcl":
            return self.resolver.from_head(verb.head)
        preceding = self._preceding_subject(first, sentence)
        if preceding is not None and (_morph(verb, "VerbForm") == "Fin" or _morph(verb, "Mood")):
            return self.resolver.from_head(preceding)
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
            return self._verb_speaker(verb.head, sentence)
        return self.resolver.from_head(preceding) if preceding is not None else Speaker.none()

    def _preceding_subject(self, first: Token, sentence: Span) -> Optional[Token]:
        """When the parse lost the subject (`X, a, lui, promis`; `X, capitaine du navire, admet`), the noun before the verb group."""
        index = first.i - 1
        while index >= sentence.start:
            token = self.doc[index]
            if token.text == ")":
                while index > sentence.start and self.doc[index].text != "(":
                    index -= 1
                index -= 1
                continue
            if token.text == "," or token.is_space or token.pos_ in ("ADV", "AUX") or token.lower_ in DETACHED_PRONOUNS:
                index -= 1
                continue
            if token.ent_type_ in ("PER", "ORG"):
                return next(ent.root for ent in self.doc.ents if ent.start <= token.i < ent.end)
            if token.pos_ not in ("NOUN", "PROPN"):
                return None
            return self._name_before_apposition(token, sentence) or token
        return None

    def _name_before_apposition(self, token: Token, sentence: Span) -> Optional[Token]:
        """`Joan Vaquero, capitaine du navire Punta des Vent, admet`: the person before the apposition."""
        for index in range(token.i - 1, max(sentence.start, token.i - 14) - 1, -1):
            current = self.doc[index]
            if current.pos_ in ("VERB", "AUX") or current.text in (".", ";", ":"):
                return None
            if current.text == "," and index > sentence.start and self.doc[index - 1].ent_type_ == "PER":
                return self.doc[index - 1]
        return None

    def _nominal_claims(self, sentence: Span) -> list[Draft]:
        drafts = []
        lowers = [t.lower_ for t in sentence]
        for cue in self.lexicon.nominal:
            size = len(cue.words)
            for offset in range(len(lowers) - size + 1):
                if tuple(lowers[offset : offset + size]) != cue.words:
                    continue
                tokens = tuple(sentence[offset : offset + size])
                if self._inside_quotation(tokens[0].idx):
                    continue
                draft = self._nominal_claim(cue, tokens, sentence)
                if draft is not None:
                    drafts.append(draft)
        return drafts

    def _nominal_claim(self, cue: NominalCue, tokens: tuple[Token, ...], sentence: Span) -> Optional[Draft]:
        if cue.speaker_rule == "subject":
            return self._clause_claim(cue, tokens, sentence)
        source = self._source_phrase(tokens[-1] if cue.speaker_rule == "object" else tokens[-2], sentence)
        if not source:
            return None
        speaker = self.resolver.from_tokens(source)
        statement = self._rest_of_sentence(sentence, tokens[0].i, source[-1].i + 1)
        if statement is None:
            return None
        return Draft(cue.kind, tokens, statement, speaker, "N")

    def _clause_claim(self, cue: NominalCue, tokens: tuple[Token, ...], sentence: Span) -> Optional[Draft]:
        """`X a annoncé dans un communiqué …`: the clause the phrase belongs to is reported speech."""
        verb = tokens[-1].head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or not self._is_asserted((verb,), sentence):
            return None
        speaker = self._verb_speaker(verb, sentence)
        if speaker is None:
            return None
        return Draft(cue.kind, tokens, _span_chars(self._trim(sentence)), speaker, "N")

    def _source_phrase(self, last: Token, sentence: Span) -> list[Token]:
        """The words naming the source after `selon` / `cité par`, up to the clause's punctuation or verb."""
        tokens = []
        for token in self.doc[last.i + 1 : sentence.end]:
            if token.text in SOURCE_PHRASE_STOPS or token.pos_ in ("VERB", "AUX", "SCONJ") or token.is_space:
                break
            if tokens and _morph(token, "PronType") == "Rel":
                break
            tokens.append(token)
            if _morph(token, "PronType") == "Rel":
                break
        return tokens

    def _rest_of_sentence(self, sentence: Span, phrase_start: int, phrase_end: int) -> Optional[tuple[int, int]]:
        """The sentence without its attribution phrase: the longer side of it."""
        before = self._trim(self.doc[sentence.start : phrase_start])
        after = self._trim(self.doc[phrase_end : sentence.end])
        chosen = after if len(after) >= len(before) else before
        return _span_chars(chosen) if len(chosen) >= 2 else None

    def _pour_claim(self, sentence: Span) -> list[Draft]:
        """`Pour ses opposants, …` / `Pour X, …`: an opinion attributed to a person, group or body."""
        tokens = [t for t in sentence if not t.is_space]
        if len(tokens) < 5 or tokens[0].lower_ != "pour":
            return []
        comma = next((t for t in tokens[1:10] if t.text == ","), None)
        if comma is None:
            return []
        phrase = [t for t in self.doc[tokens[1].i : comma.i]]
        nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") or t.lower_ in PERSONAL_SUBJECTS]
        if not nouns or any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return []
        head = nouns[0]
        source_type = self.lexicon.source_nouns.get(head.lemma_.lower())
        if head.ent_type_ not in ("PER", "ORG") and source_type not in ("person", "body") and head.lower_ not in PERSONAL_SUBJECTS:
            return []
        statement = self._trim(self.doc[comma.i + 1 : sentence.end])
        if len(statement) < 3:
            return []
        speaker = self.resolver.from_tokens(phrase)
        return [Draft("according_to", (tokens[0],), _span_chars(statement), speaker, "N")]

    def _trim(self, span: Span) -> Span:
        """Drop surrounding punctuation, spaces and quotation marks."""
        start, end = span.start, span.end
        while start < end and (self.doc[start].text in TRIMMED_PUNCTUATION or self.doc[start].is_space):
            start += 1
        while end > start and (self.doc[end - 1].text in TRIMMED_PUNCTUATION or self.doc[end - 1].is_space):
            end -= 1
        return self.doc[start:end]

    # -- quotations
    def _attribute_quotation(self, quotation: Quotation, drafts: list[Draft], previous: Optional[Draft]) -> Optional[Draft]:
        """The direct claim a quotation makes, taking over the indirect claim of its cue; None for scare quotes."""
        span = self.doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return self._quotation_claim(quotation, span, drafts, previous)

    @staticmethod
    def _same_cue(draft: Draft, direct: Draft) -> bool:
        return bool(draft.cue_tokens) and bool(direct.cue_tokens) and draft.cue_tokens[0].i == direct.cue_tokens[0].i

    def _quotation_claim(
        self, quotation: Quotation, span: Span, drafts: list[Draft], previous: Optional[Draft]
    ) -> Optional[Draft]:
        words = quotation.words(self.doc.text)
        statement = (quotation.content_start, quotation.content_end)
        after = self._cue_after(span)
        if after is not None:
            return Draft("direct", after.cue_tokens, statement, after.speaker, after.frame)
        inside = self._incise_inside(quotation)
        if inside is not None:
            return Draft("direct", inside.cue_tokens, statement, inside.speaker, "P")
        if words <= SCARE_QUOTE_MAX_WORDS:
            return None
        sentence = self.sentence_of(span[0])
        before = self._cue_before(span, drafts, sentence)
        if before is not None:
            return Draft("direct", before.cue_tokens, statement, before.speaker, before.frame)
        colon_speaker = self._speaker_before_colon(span, sentence)
        if colon_speaker is not None:
            return Draft("direct", (), statement, colon_speaker, "C")
        if previous is not None and self._continues(previous, span):
            return Draft("direct", (), statement, previous.speaker, "continued")
        if words >= UNCUED_QUOTE_MIN_WORDS and self._opens_sentence(span, sentence):
            return Draft("direct", (), statement, self._topic_speaker(sentence), "topic")
        if words >= UNCUED_QUOTE_MIN_WORDS and not _sentence_is_question(sentence):
            return self._quotation_of_subject(span, statement, sentence)
        return None

    def _cue_after(self, span: Span) -> Optional[Draft]:
        """`«…», a déclaré X` / `«…», selon X`: an attribution right after the closing mark."""
        doc = self.doc
        position = self._after_quotation_chain(span.end)
        if position >= len(doc) or doc[position].is_space:
            return None
        sentence = self.sentence_of(doc[position])
        for token in doc[position : min(len(doc), position + 5)]:
            cue = next((c for c in self.verb_cues if c.head.i == token.i), None)
            if cue is None and token.lower_ in self.lexicon.incise_forms:
                cue = VerbCue((token,), self.lexicon.incise_forms[token.lower_])
            if cue is not None:
                if _is_negated(token) or (self._postposed_subject(token, sentence) is None and not self._has_subject(token)):
                    return None
                speaker = self._verb_speaker(token, sentence)
                return Draft("direct", cue.tokens, (0, 0), speaker, "P") if speaker is not None else None
            if token.pos_ in ("VERB", "NOUN", "PROPN") or token.text in (".", "!", "?") or token.is_space:
                break
        for cue in self.lexicon.nominal:
            tokens = tuple(doc[position : position + len(cue.words)])
            if tuple(t.lower_ for t in tokens) == cue.words and cue.speaker_rule == "object":
                source = self._source_phrase(tokens[-1], sentence)
                if source:
                    return Draft("direct", tokens, (0, 0), self.resolver.from_tokens(source), "N")
        return None

    def _after_quotation_chain(self, position: int) -> int:
        """Past the commas after a quotation, and past the quotations joined to it (`«…» et «…», a-t-il dit`)."""
        doc = self.doc
        while position < len(doc):
            if doc[position].text in COMMA_LIKE or doc[position].text == "-" or _inline_space(doc[position]):
                position += 1
                continue
            follower = position + 1 if doc[position].lower_ == "et" else position
            joined = next((q for q in self.quotations if follower < len(doc) and q.start == doc[follower].idx), None)
            if joined is None:
                return position
            after = doc.char_span(joined.start, joined.end, alignment_mode="expand")
            position = after.end if after is not None else position + 1
        return position

    def _has_subject(self, verb: Token) -> bool:
        return any(c.dep_ in SUBJECT_DEPS and c.lower_ != "-t" and not self._inside_quotation(c.idx) for c in verb.children)

    def _incise_inside(self, quotation: Quotation) -> Optional[Draft]:
        """`«…, affirme-t-elle. …»`: an incise verb set between commas inside the quotation itself."""
        for cue in self.verb_cues:
            if not quotation.content_start <= cue.head.idx < quotation.content_end or "P" not in cue.frames:
                continue
            before = self._word_before(self._first_token_of_verb(cue.head), self.sentence_of(cue.head))
            if before is None or before.text not in COMMA_LIKE or _is_negated(cue.head):
                continue
            subject = self._postposed_subject(cue.head, self.sentence_of(cue.head))
            if subject is not None:
                return Draft("direct", cue.tokens, (0, 0), self.resolver.from_head(subject), "P")
        return None

    def _cue_before(self, span: Span, drafts: list[Draft], sentence: Span) -> Optional[Draft]:
        """`X a déclaré : «…»`, `X a reconnu … que «…»`: a claim of the same sentence whose cue precedes the quote."""
        candidates = [
            d for d in drafts
            if d.cue_tokens and sentence.start_char <= d.cue_start < span.start_char and d.frame != "N"
        ]
        if candidates:
            return max(candidates, key=lambda d: d.cue_start)
        nominal = [d for d in drafts if d.cue_tokens and sentence.start_char <= d.cue_start < sentence.end_char
                   and d.frame == "N" and d.speaker.text]
        return nominal[0] if nominal else None

    def _speaker_before_colon(self, span: Span, sentence: Span) -> Optional[Speaker]:
        """`Le ministre : «…».` — a speaker, a colon and a quotation closing the sentence."""
        if span.start < 2 or self.doc[span.start - 1].text != ":":
            return None
        if len(self._trim(self.doc[span.end : sentence.end])) > 0:
            return None
        phrase = []
        for token in reversed(self.doc[sentence.start : span.start - 1]):
            if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
                return None
            phrase.insert(0, token)
        speaker = self.resolver.from_tokens(phrase)
        return speaker if speaker.text else None

    def _opens_sentence(self, span: Span, sentence: Span) -> bool:
        return len(self._trim(self.doc[sentence.start : span.start])) == 0

    def _topic_speaker(self, sentence: Span) -> Speaker:
        """Who an unattributed quotation is most likely from: the subject the preceding sentences are about."""
        index = self.sentence_index.get(sentence.start, 0)
        for earlier in reversed(self.sentences[max(0, index - 3) : index]):
            subjects = [c for c in earlier.root.children if c.dep_ in SUBJECT_DEPS]
            if not subjects:
                continue
            subject = subjects[0]
            source = self.lexicon.source_nouns.get(subject.lemma_.lower()) in ("person", "body")
            if subject.ent_type_ in ("PER", "ORG") or subject.pos_ == "PROPN" or source or subject.lower_ in PERSONAL_SUBJECTS:
                speaker = self.resolver.from_head(subject)
                if speaker.text:
                    return speaker
        return Speaker.none()

    def _continues(self, previous: Draft, span: Span) -> bool:
        """A quotation opening its sentence right after a quoted claim continues that speaker's words."""
        if not self._opens_sentence(span, self.sentence_of(span[0])):
            return False
        gap = self.doc.text[previous.statement[1] : span.start_char]
        return len(gap) < 400 and gap.count("\n\n") <= 1 and previous.speaker.text != ""

    def _quotation_of_subject(self, span: Span, statement: tuple[int, int], sentence: Span) -> Optional[Draft]:
        """`X a ordonné … «…»`: a long quotation in a clause whose subject is a named source."""
        root = sentence.root
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < span.start]
        if not subjects:
            return None
        subject = subjects[0]
        named = subject.ent_type_ in ("PER", "ORG") or subject.pos_ == "PROPN"
        if not named and self.lexicon.source_nouns.get(subject.lemma_.lower()) is None and subject.lower_ not in PERSONAL_SUBJECTS:
            return None
        speaker = self.resolver.from_head(subject)
        if not speaker.text:
            return None
        return Draft("direct", (root,), statement, speaker, "S")

    # -- merging and output
    def _merge(self, drafts: list[Draft]) -> list[Draft]:
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
            draft.sentence = self._sentence_span(draft)
        kept: list[Draft] = []
        ordered = sorted(drafts, key=lambda d: (d.kind != "direct", d.frame == "N", d.frame == "P", d.statement[0]))
        for draft in ordered:
            if draft.kind != "direct" and self._inside_quotation(draft.cue_start):
                continue
            if any(self._redundant(draft, other) for other in kept):
                continue
            if draft.relay and any(self._relays(draft, other) for other in drafts if other is not draft):
                continue
            kept.append(draft)
        return kept

    def _redundant(self, draft: Draft, other: Draft) -> bool:
        same_sentence = draft.sentence[0] < other.sentence[1] and other.sentence[0] < draft.sentence[1]
        if not same_sentence:
            return False
        if draft.kind == "direct" and other.kind == "direct":
            return draft.statement == other.statement
        if draft.frame == "N" and draft.kind == "according_to":
            return True
        if fold(draft.speaker.text) == fold(other.speaker.text):
            return True
        return other.statement[0] <= draft.cue_start < other.statement[1] and other.frame in ("Q", "I", "C")

    @staticmethod
    def _relays(draft: Draft, other: Draft) -> bool:
        return (
            other.frame not in ("P", "N") and other.kind != "according_to" and bool(other.cue_tokens)
            and draft.statement[0] <= other.cue_start < draft.statement[1]
        )

    def _sentence_span(self, draft: Draft) -> tuple[int, int]:
        """The sentences holding the statement and its attribution, from the first to the last."""
        points = [draft.statement[0], max(draft.statement[0], draft.statement[1] - 1)]
        points += [t.idx for t in draft.cue_tokens]
        sentences = [s for s in (self._sentence_at(point) for point in points) if s is not None]
        if not sentences:
            return draft.statement
        start = min(s.start_char for s in sentences)
        end = max(s.end_char for s in sentences)
        return _strip_span(self.doc.text, start, end)

    def _sentence_at(self, char: int) -> Optional[Span]:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return self.sentence_of(span[0]) if span is not None and len(span) else None

    def _finish(self, draft: Draft) -> Claim:
        cue = _as_written(self._cue_words(draft.cue_tokens))
        return Claim(
            draft.kind, cue, draft.statement[0], draft.statement[1], draft.sentence[0], draft.sentence[1],
            draft.speaker.text, draft.speaker.start, draft.speaker.end,
        )

    def _cue_words(self, tokens: tuple[Token, ...]) -> list[Token]:
        """The cue as written: auxiliaries and the inverted clitic of its verb included (`a-t-elle déclaré`)."""
        if not tokens:
            return []
        first = self._first_token_of_verb(tokens[0])
        extra = [self.doc[i] for i in range(first.i, tokens[0].i)]
        return sorted(set(extra) | set(tokens), key=lambda t: t.i)


def _as_written(tokens: list[Token]) -> str:
    """Tokens joined as the text spaces them (`a-t-elle déclaré`), one space across a gap."""
    pieces = []
    for token, following in zip(tokens, [*tokens[1:], None]):
        adjacent = following is not None and following.i == token.i + 1
        pieces.append(token.text_with_ws if adjacent else token.text + " ")
    return "".join(pieces).strip()


def extract_claims(doc: Doc, models: Optional[str] = None) -> list[Claim]:
    """RETURNS (list[Claim]): the claims of a parsed article, in text order."""
    return ClaimExtractor(doc, load_lexicon(models)).run()
