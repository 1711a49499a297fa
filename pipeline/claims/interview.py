"""Interviews: a page of question/answer turns, whose unquoted answers are the interviewee's words.

The press prints an interview as turns: the journalist's question, a block
ending on `?` that mostly addresses the interviewee (`vous`, `votre`), then
the answer, unquoted — bare, opened by a dash (`– D'une colère.`), or
labelled with the interviewee's name or initials (`Hélène Garnier : …`,
`H. G. : …`, `R : …`). Each answer block is one direct claim of the
interviewee, as a quotation is one claim whatever its sentences.

Precision first: a page is an interview only with a run of turns and an
interviewee no one else could be. Labelled answers name their speaker
themselves (a person of the article by name, surname or initials). Bare or
dashed answers are the interviewee's only when the page says it is an
interview (`entretien avec X`, `X répond à nos questions`, `propos
recueillis par`), the questions address someone, the answers speak in the
first person (an explainer's `Qui est concerné ?` is answered in the third),
and the blocks before the first question name one person (the journalist
`par` whom aside), or the headline opens on one (`X : «…»`), or one is named
right by the words that announce the interview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from spacy.tokens import Span

from pipeline.annotate.extensions import doc_text
from pipeline.claims.article import Article
from pipeline.claims.drafts import Draft
from pipeline.claims.speakers.speaker import Speaker
from pipeline.common.names import fold

BLOCK = re.compile(r"[^\n]+")
DASH = re.compile(r"[–—―\-•]\s*")
# `Hélène Garnier :`, `H. G. :`, `HG :`, `Jean-Luc de La Tour :` — capitalised words, particles between them.
LABEL = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*\.?|de|du|des|d'|d’|la|le|van|von|ben|el|al)"
                   r"(?:\s(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*\.?|de|du|des|d'|d’|la|le|van|von|ben|el|al)){0,4})\s?[:：]\s+")
# `HÉLÈNE GARNIER. Près d'une sur trois…`: a name in capitals closed by a full stop.
CAPITALS_LABEL = re.compile(r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+(?:\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+){0,3})\.\s+")
ANSWER_LABELS = frozenset({"r", "rep", "reponse"})
QUESTION_END = re.compile(r"\?\s*[»”\"]?\s*$")
QUESTION_MAX_CHARS = 500
# A block that opens on its question (a bold question and its answer scraped into one line).
QUESTION_THEN_ANSWER = re.compile(r"(.{12,300}?\?)\s+(?=[A-ZÀ-ÖØ-Þ«–—])")
ADDRESS = re.compile(r"\b(?:vous|votre|vos|tu|te|t'|toi|ton|ta|tes)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:je|j'|j’|me|m'|m’|moi|mon|ma|mes|nous|notre|nos)\b", re.IGNORECASE)
# The words by which a page announces an interview (folded: lower case, no accents, punctuation as spaces): those the
# interviewee's name follows (`entretien avec X`), those it comes before (`X répond à nos questions`), and the rest.
NAMED_AFTER = r"entretiens? (?:exclusif )?avec|interview\w* (?:de|d|avec)|questions a|rencontre avec" \
              r"|conversation avec|tete a tete avec"
NAMED_BEFORE = r"repond\w* (?:a|aux) (?:nos |des |vos )?questions|se confie|s est confie\w*|nous a recu\w*" \
               r"|l avons rencontre\w*|interroge\w* par|l invite\w*|se livre|s est livre\w*"
AFTER_ANNOUNCE = re.compile(rf"\b(?:{NAMED_AFTER})\b")
BEFORE_ANNOUNCE = re.compile(rf"\b(?:{NAMED_BEFORE})\b")
ANNOUNCES = re.compile(rf"\b(?:{NAMED_AFTER}|{NAMED_BEFORE}|entretiens?|interview\w*|itw|propos recueillis)\b")
MIN_TURNS = 2
QUOTE_MARKS = frozenset("«“\"")
FIRST_PERSON_SHARE = 3  # one turn in three answered in the first person, at least
MAX_ANSWER_BLOCKS = 4
ANNOUNCE_WINDOW = 60  # characters from the announcing words within which the interviewee is named


@dataclass(frozen=True)
class Block:
    """One line of the page: its characters, and the answer text after a label or a dash."""

    start: int
    end: int
    label: str = ""
    body_start: int = 0

    def text(self, page: str) -> str:
        return page[self.body_start : self.end]


@dataclass(frozen=True)
class Turn:
    """A question (where its block starts, its words) and the blocks that answer it."""

    start: int
    question: str
    answers: tuple[Block, ...]


def interview_claims(article: Article) -> list[Draft]:
    """RETURNS (list[Draft]): one direct claim for each answer of an interview page, none on any other page."""
    page = doc_text(article.doc)
    blocks = [_block(page, m.start(), m.end()) for m in BLOCK.finditer(page) if m.group().strip()]
    turns = _turns(page, blocks)
    if len(turns) < MIN_TURNS:
        return []
    drafts = _labelled_answers(article, page, blocks, turns)
    if drafts is not None:
        return drafts
    return _bare_answers(article, page, blocks, turns)


def _block(page: str, start: int, end: int) -> Block:
    while start < end and page[start].isspace():
        start += 1
    while end > start and page[end - 1].isspace():
        end -= 1
    body = start
    dash = DASH.match(page, body, end)
    if dash is not None:
        body = dash.end()
    label = LABEL.match(page, body, end) or CAPITALS_LABEL.match(page, body, end)
    if label is not None and len(label.group(1)) <= 40:
        return Block(start, end, label.group(1), label.end())
    return Block(start, end, "", body)


def _is_question(page: str, block: Block) -> bool:
    return block.end - block.start <= QUESTION_MAX_CHARS and bool(QUESTION_END.search(page, block.start, block.end))


def _turns(page: str, blocks: list[Block]) -> list[Turn]:
    """Each question followed by answers, past the headline; a block opening on its question is a turn of its
    own, its answer the rest of the block."""
    turns: list[Turn] = []
    for index, block in enumerate(blocks[1:], start=1):
        if _is_question(page, block):
            answers = []
            for following in blocks[index + 1 : index + 1 + MAX_ANSWER_BLOCKS]:
                if _is_question(page, following) or fold(following.text(page)).startswith("propos recueillis"):
                    break
                if answers and following.label and fold(following.label) != fold(answers[0].label):
                    break  # the journalist's next turn, labelled, with no question mark
                answers.append(following)
            if answers:
                turns.append(Turn(block.start, block.text(page), tuple(answers)))
            continue
        glued = QUESTION_THEN_ANSWER.match(page, block.body_start, block.end)
        if glued is not None and not block.label and ADDRESS.search(glued.group(1)):
            turns.append(Turn(block.start, glued.group(1), (Block(block.start, block.end, "", glued.end()),)))
    return turns


def _labelled_answers(article: Article, page: str, blocks: list[Block], turns: list[Turn]) -> Optional[list[Draft]]:
    """The answers labelled with one person (by name, surname or initials), when two turns or more carry labels
    naming that person: every block of the page so labelled, and the unlabelled blocks of its turns; None when
    the answers carry no such label."""
    labels = {fold(block.label) for block in blocks if block.label}
    person_of = {label: _person_of_label(article, label) for label in labels - ANSWER_LABELS}
    person_of = {label: speaker for label, speaker in person_of.items() if speaker is not None}
    answered = [person_of[fold(t.answers[0].label)].text for t in turns if fold(t.answers[0].label) in person_of]
    speakers = {label: speaker for label, speaker in person_of.items() if answered.count(speaker.text) >= MIN_TURNS}
    if not speakers:
        return None
    drafts = []
    for label, speaker in speakers.items():
        drafts += _answers(page, (block for block in blocks if fold(block.label) == label), speaker)
    for turn in turns:
        speaker = speakers.get(fold(turn.answers[0].label))
        if speaker is not None:
            drafts += _answers(page, (block for block in turn.answers[1:] if not block.label), speaker)
    return drafts


def _person_of_label(article: Article, label: str) -> Optional[Speaker]:
    """The one person of the article a label names: their name, a part of it, or their initials (a label of
    initials the NER took for a person of its own gives way to the person they abbreviate)."""
    people = article.resolver.people
    found = {}
    for person in people.mentions:
        fullest = people.speaker(person)
        name = fold(fullest.text)
        if label == name or (" " not in label and label in name.split()) or label.replace(" ", "") == _initials(name):
            found[name] = fullest
    if len(found) > 1:
        found.pop(label, None)
    return next(iter(found.values())) if len(found) == 1 else None


def _initials(name: str) -> str:
    """`jean luc melenchon` (a folded name) → `jlm`: the first letters of its parts."""
    return "".join(part[0] for part in name.split())


def _bare_answers(article: Article, page: str, blocks: list[Block], turns: list[Turn]) -> list[Draft]:
    """Unlabelled answers, the interviewee's when the page announces an interview, its questions address someone,
    its answers speak in the first person, and the blocks before the first question tell who answers."""
    addressed = sum(bool(ADDRESS.search(turn.question)) for turn in turns)
    first_person = sum(any(FIRST_PERSON.search(b.text(page)) for b in turn.answers) for turn in turns)
    if addressed < MIN_TURNS or first_person == 0 or FIRST_PERSON_SHARE * first_person < len(turns):
        return []
    head = page[: turns[0].start]
    if not (ANNOUNCES.search(fold(head)) or ANNOUNCES.search(fold(page[blocks[-1].start :]))):
        return []
    speaker = _interviewee(article, head, blocks[0])
    if speaker is None:
        return []
    return _answers(page, (block for turn in turns for block in turn.answers
                           if not block.label or fold(block.label) in ANSWER_LABELS), speaker)


def _interviewee(article: Article, head: str, headline: Block) -> Optional[Speaker]:
    """The one person the blocks before the first question name (the journalist `par` whom aside), else the
    one the headline opens on (`X : «…»`, `X, économiste : …`), else the one named right after the words that
    announce the interview (`entretien avec X`), else the subject of those that follow the name (`X répond à nos
    questions`); None when no one or several could be it."""
    people = article.resolver.people
    mentions = [p for p in people.mentions if p.end_char <= len(head) and not _by(p)]
    speakers = {fold(people.speaker(p).text): people.speaker(p) for p in mentions}
    if len(speakers) == 1:
        return next(iter(speakers.values()))
    opening = next((p for p in mentions if p.start_char == headline.start), None)
    if opening is not None and opening.end < len(article.doc) and article.doc[opening.end].text in (":", ","):
        return people.speaker(opening)
    folded = fold(head)
    forms = {fold(p.text): fold(people.speaker(p).text) for p in mentions}  # as written here → fullest
    for announce in AFTER_ANNOUNCE.finditer(folded):
        after = folded[announce.end() : announce.end() + ANNOUNCE_WINDOW]
        near = {forms[form] for form in forms if form in after}
        if len(near) == 1:
            return speakers[near.pop()]
    for announce in BEFORE_ANNOUNCE.finditer(folded):
        before = folded[max(0, announce.start() - ANNOUNCE_WINDOW) : announce.start()]
        nearest = max((form for form in forms if form in before), key=before.rfind, default=None)
        if nearest is not None and " et " not in before[before.rfind(nearest) - 4 :]:  # not `X et Y répondent`
            return speakers[forms[nearest]]
    return None


def _by(person: Span) -> bool:
    """`Propos recueillis par X`, `Par X`, `interrogée par X`: the journalist, not the one who answers."""
    before = [t for t in person.doc[max(0, person.start - 2) : person.start] if not t.is_punct]
    return any(t.lower_ == "par" for t in before)


def _answers(page: str, blocks: Iterable[Block], speaker: Speaker) -> list[Draft]:
    """One direct claim a block; a block opening on a quotation mark is left to the quotation's own claim."""
    return [Draft("direct", (), (block.body_start, block.end), speaker, "interview") for block in blocks
            if page[block.body_start] not in QUOTE_MARKS]
