"""One article's mentions, grouped by the entity they name within it (step 1 of `link`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from typing import Iterator

import pandas as pd

from pipeline.common.genders import GENDER_CUES, GENDER_RESOLVED, decode_cues
from pipeline.common.names import REFERS_TO, name_parts, resolve_mentions
from pipeline.link.genders import Verdict, article_verdict


@dataclass
class DocumentMentions:
    """One article's mention rows in MENTION_ORDER, column by column (plain lists: per-row pandas access is slow)."""

    doc_id: str
    mention_ids: list[str]
    texts: list[str]
    labels: list[str]
    roles: list[str]
    starts: list[int]
    ends: list[int]
    refers_to: list[str] | None  # from the per-document stage, when the rows carry it
    gender_cues: list[str] | None = None  # likewise
    gender_resolved: list[str] | None = None

    def targets(self) -> list[int]:
        """For each mention, the position of the one it names the same entity as (see `resolve_mentions`)."""
        if self.refers_to is None:
            return resolve_mentions(self.texts, self.labels, self.starts, self.ends)
        position = {mention_id: index for index, mention_id in enumerate(self.mention_ids)}
        return [position[mention_id] for mention_id in self.refers_to]


def by_document(mentions: pd.DataFrame) -> Iterator[DocumentMentions]:
    """Mention rows sorted by doc_id (and in MENTION_ORDER within each) cut into articles."""
    columns = {name: mentions[name].tolist() for name in ("doc_id", "mention_id", "text", "label", "start", "end")}
    columns["role"] = mentions["role"].fillna("").tolist()  # the one column a mention may leave empty
    refers_to = mentions[REFERS_TO].tolist() if REFERS_TO in mentions.columns else None
    cues = [mentions[name].fillna("").tolist() if name in mentions.columns else None
            for name in (GENDER_CUES, GENDER_RESOLVED)]
    begin = 0
    for doc_id, members in groupby(columns["doc_id"]):
        end = begin + sum(1 for _ in members)
        yield DocumentMentions(str(doc_id), *(
            columns[name][begin:end] for name in ("mention_id", "text", "label", "role", "start", "end")),
            *(column[begin:end] if column is not None else None for column in (refers_to, *cues)))
        begin = end


@dataclass(slots=True)
class ArticleGroup:
    """The mentions of one article that name one entity: their forms, roles and positions in the article,
    and for a person the gender the article writes with the name and the one its resolved pronouns give."""

    label: str
    forms: list[str]
    roles: tuple[str, ...]
    positions: list[int]
    written: Verdict | None = None
    resolved: Verdict | None = None

    @property
    def fullest(self) -> str:
        return fullest_form(Counter(self.forms))

    @property
    def signature(self) -> tuple[str, str, frozenset[str]]:
        """All that decides how the group links across articles: its label, its forms and its fullest one."""
        return self.label, self.fullest, frozenset(self.forms)


def article_groups(document: DocumentMentions) -> list[ArticleGroup]:
    """One group per entity of the article, in the order their first mention comes."""
    by_target: dict[int, ArticleGroup] = {}
    for position, target in enumerate(document.targets()):
        group = by_target.get(target)
        if group is None:
            group = by_target[target] = ArticleGroup(document.labels[target], [], (), [])
        group.forms.append(document.texts[position])
        group.positions.append(position)
        role = document.roles[position].strip()
        if role and role not in group.roles:
            group.roles += (role,)
    for group in by_target.values():
        if group.label == "PER":
            group.written = article_verdict(_cues(document.gender_cues, group.positions))
            group.resolved = article_verdict(_cues(document.gender_resolved, group.positions))
    return list(by_target.values())


def _cues(column: list[str] | None, positions: list[int]) -> list[tuple[str, str]]:
    """The gender cues of a group's mentions, in their order, from one of the cue columns (if the rows have it)."""
    return [cue for position in positions for cue in decode_cues(column[position])] if column is not None else []


def fullest_form(uses: Counter) -> str:
    """The form with the most name parts, then the most used, the longest, the one with the most
    accented letters (the native `Tokaïev` over a romanised `Tokayev`), the first in sorted order."""
    return min(uses, key=lambda f: (-len(name_parts(f)), -uses[f], -len(f), -_accented_letters(f), f))


def _accented_letters(form: str) -> int:
    return sum(1 for ch in form if ch.isalpha() and not ch.isascii())
