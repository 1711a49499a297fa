"""The scorer of `make eval`: the output tables against gold annotations, as FORMAT.md defines it.

Scores are document-level and micro-averaged over documents: entities match
on folded names or surface forms, dates on value, figures on value and range
top, claims when the claim's sentence contains the gold anchor (one-to-one).
Gender is right when the entity matched to a gold person who has one carries
it; the share of quotes by women is scored on gold and predicted claims alike.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd

from pipeline.common.names import fold

ENTITY_FIELDS = {"people": "PER", "places": "LOC", "organizations": "ORG"}
_SPACES = re.compile(r"\s+")


@dataclass
class Count:
    """True positives against predictions and gold items, summed over documents."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        self.matched += matched
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict[str, float]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "matched": self.matched, "predicted": self.predicted, "gold": self.gold}


@dataclass
class Rate:
    """A share of successes, for fields scored as accuracy (title, clean, published, speaker)."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    def scores(self) -> dict[str, float]:
        return {"accuracy": round(self.hits / self.total, 4) if self.total else 0.0,
                "hits": self.hits, "total": self.total}


def load_gold(gold_dir: str | os.PathLike) -> dict[str, dict]:
    """Gold annotations by doc_id."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(Path(gold_dir).glob("*.json"))}


def one_to_one(predicted: list, gold: list, matches: Callable[[object, object], bool]) -> list[tuple]:
    """Greedy one-to-one pairs (prediction, gold) in order, so no item is counted twice."""
    pairs, taken = [], set()
    for p in predicted:
        for index, g in enumerate(gold):
            if index not in taken and matches(p, g):
                pairs.append((p, g))
                taken.add(index)
                break
    return pairs


def _gold_forms(item: dict) -> set[str]:
    return {fold(name) for name in [item["name"], *item.get("aliases", [])]}


def predicted_entities(mentions: pd.DataFrame, label: str) -> list[set[str]]:
    """One set of folded surface forms per predicted entity of the label in one document."""
    return [forms for _, forms in _entity_forms(mentions, label)]


def _entity_forms(mentions: pd.DataFrame, label: str) -> list[tuple[str, set[str]]]:
    """(entity id, folded surface forms) per predicted entity of the label in one document, in id order."""
    rows = mentions[mentions["label"] == label]
    groups: dict[str, set[str]] = defaultdict(set)
    for entity_id, text in zip(rows["entity_id"], rows["text"]):
        groups[entity_id or text].add(fold(text))
    return sorted(groups.items())


def score_genders(rate: Rate, mentions: pd.DataFrame, gender_of: dict[str, str], people: list[dict]) -> None:
    """FORMAT.md: over the gold people found (matched as for `people`) that have a gender, the share whose
    entity carries the same one."""
    gold_forms = [_gold_forms(person) for person in people]
    pairs = one_to_one(_entity_forms(mentions, "PER"), gold_forms, lambda p, g: bool(p[1] & g))
    by_forms = {id(forms): person for forms, person in zip(gold_forms, people)}
    for (entity_id, _), forms in pairs:
        expected = by_forms[id(forms)].get("gender")
        if expected in ("f", "m"):
            rate.add(gender_of.get(entity_id, "") == expected)


def score_quoted_women(predicted: Rate, gold: Rate, claims: pd.DataFrame, gender_of: dict[str, str],
                       item: dict) -> None:
    """Claims whose speaker is a woman among those whose speaker has a gender, predicted and gold."""
    for entity_id in claims["speaker_entity_id"]:
        if gender_of.get(entity_id, "") in ("f", "m"):
            predicted.add(gender_of[entity_id] == "f")
    people = [(_gold_forms(person), person.get("gender")) for person in item.get("people", [])]
    for claim in item.get("claims", []):
        names = {fold(name) for name in [claim["speaker"], *claim.get("speaker_aliases", [])] if name}
        genders = {gender for forms, gender in people if forms & names and gender in ("f", "m")}
        if len(genders) == 1:
            gold.add(genders.pop() == "f")


def score_entities(count: Count, merges: list[str], doc_id: str, predicted: list[set[str]],
                   gold_items: list[dict]) -> None:
    gold_forms = [_gold_forms(item) for item in gold_items]
    pairs = one_to_one(predicted, gold_forms, lambda p, g: bool(p & g))
    count.add(len(pairs), len(predicted), len(gold_forms))
    for forms in predicted:
        hit = [item["name"] for item, g in zip(gold_items, gold_forms) if forms & g]
        if len(hit) > 1:
            merges.append(f"{doc_id}: {' + '.join(hit)}")


def _figure_key(value: object, high: object) -> tuple:
    def number(x: object) -> float | None:
        return None if x is None or (isinstance(x, float) and pd.isna(x)) else round(float(x), 4)
    return number(value), number(high)


def _normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def title_matches(predicted: str, gold: str | None) -> bool:
    """FORMAT.md: equal once folded, or one holds the other and is at most half as long again (a kicker)."""
    predicted, expected = fold(predicted or ""), fold(gold or "")
    if not predicted or not expected:
        return predicted == expected
    short, long = sorted((predicted, expected), key=len)
    return short in long and len(long) <= 1.5 * len(short)


def score_claims(claims_count: Count, speakers: Rate, predicted: pd.DataFrame, gold_items: list[dict]) -> None:
    """Claims match when the claim's sentence holds the anchor; the speaker is then checked."""
    sentences = [(fold(s), fold(sp)) for s, sp in zip(predicted["sentence"], predicted["speaker"])]
    pairs = one_to_one(sentences, gold_items, lambda p, g: fold(g["anchor"]) in p[0])
    claims_count.add(len(pairs), len(sentences), len(gold_items))
    for (_, speaker), gold in pairs:
        names = [gold["speaker"], *gold.get("speaker_aliases", [])]
        speakers.add(bool(speaker) and any(fold(name) in speaker for name in names if fold(name)))


def score_tables(tables: dict[str, pd.DataFrame], gold: dict[str, dict]) -> dict[str, dict]:
    """Every field's scores for the documents the gold covers."""
    counts = {name: Count() for name in [*ENTITY_FIELDS, "dates", "figures", "claims"]}
    rates = {name: Rate() for name in ["title", "clean_keep", "clean_drop", "published", "speaker", "gender",
                                       "women_quoted", "women_gold"]}
    entities = tables["entities"]
    gender_of = dict(zip(entities["entity_id"], entities["gender"])) if "gender" in entities else {}
    merges: list[str] = []
    by_doc = {name: dict(tuple(frame.groupby("doc_id"))) if "doc_id" in frame else {}
              for name, frame in tables.items()}
    documents = tables["documents"].set_index("doc_id")
    for doc_id, item in gold.items():
        def rows(table: str) -> pd.DataFrame:
            return by_doc[table].get(doc_id, tables[table].iloc[0:0])

        text = _normalise_space(documents.at[doc_id, "text"]) if doc_id in documents.index else ""
        for passage in item.get("clean", {}).get("must_keep", []):
            rates["clean_keep"].add(_normalise_space(passage) in text)
        for passage in item.get("clean", {}).get("must_drop", []):
            rates["clean_drop"].add(_normalise_space(passage) not in text)
        title = documents.at[doc_id, "title"] if doc_id in documents.index else ""
        rates["title"].add(title_matches(title, item.get("title")))
        published = documents.at[doc_id, "published"] if doc_id in documents.index else ""
        rates["published"].add((published or None) == item.get("published"))

        for field, label in ENTITY_FIELDS.items():
            score_entities(counts[field], merges, doc_id, predicted_entities(rows("mentions"), label),
                           item.get(field, []))
        predicted_dates = {v for v in rows("dates")["value"] if v}
        gold_dates = {d["value"] for d in item.get("dates", []) if d.get("value")}
        counts["dates"].add(len(predicted_dates & gold_dates), len(predicted_dates), len(gold_dates))
        figures = rows("figures")
        predicted_figures = {_figure_key(v, h) for v, h in zip(figures["value"], figures["value_high"])}
        gold_figures = {_figure_key(f["value"], f.get("value_high")) for f in item.get("figures", [])}
        counts["figures"].add(len(predicted_figures & gold_figures), len(predicted_figures), len(gold_figures))
        score_claims(counts["claims"], rates["speaker"], rows("claims"), item.get("claims", []))
        score_genders(rates["gender"], rows("mentions"), gender_of, item.get("people", []))
        score_quoted_women(rates["women_quoted"], rates["women_gold"], rows("claims"), gender_of, item)

    scores = {name: count.scores() for name, count in counts.items()}
    scores.update({name: rate.scores() for name, rate in rates.items()})
    scores["merged_entities"] = {"count": len(merges), "cases": merges}
    return scores


def format_scores(scores: dict[str, dict]) -> str:
    """A plain table: P / R / F1 per field, then the accuracy fields."""
    lines = [f"{'field':<16}{'precision':>10}{'recall':>10}{'f1':>8}{'matched':>9}{'pred':>6}{'gold':>6}"]
    for name, s in scores.items():
        if "f1" in s:
            lines.append(f"{name:<16}{s['precision']:>10.3f}{s['recall']:>10.3f}{s['f1']:>8.3f}"
                         f"{s['matched']:>9}{s['predicted']:>6}{s['gold']:>6}")
    lines.append(f"{'field':<16}{'accuracy':>10}{'hits':>10}{'total':>8}")
    for name, s in scores.items():
        if "accuracy" in s:
            lines.append(f"{name:<16}{s['accuracy']:>10.3f}{s['hits']:>10}{s['total']:>8}")
    merged = scores.get("merged_entities", {})
    lines.append(f"gold entities merged into one: {merged.get('count', 0)}"
                 + "".join(f"\n  {case}" for case in merged.get("cases", [])))
    return "\n".join(lines)


def write_scores(scores: dict, path: str | os.PathLike) -> None:
    Path(path).write_text(json.dumps(scores, indent=2, ensure_ascii=False), encoding="utf-8")

