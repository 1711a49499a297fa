"""Text of every shape scraped pages take, fed to the per-document stages: each gives its row, with offsets that hold.

Property-based (hypothesis) on sentences written for the test, and a sweep
over every real article at hand (the seeds, and `../shared/dev*` when
present) and perturbed copies of them made here: none may fail, none may
run out of its time budget.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_document
from pipeline.common.records import Document
from pipeline.runner import execute
from pipeline.runner.process import process_documents
from tests.conftest import ROOT, SEEDS

SENTENCES = [
    "Le ministre de l'Intérieur, Gérald Martin, a annoncé lundi 3 mars 2025 que 1 500 policiers seraient déployés.",
    "« Nous ne céderons pas », a martelé la présidente du syndicat, Sophie Lambert.",
    "Selon la préfecture, près de 12 000 personnes ont manifesté samedi à Marseille.",
    "La CGT a indiqué dans un communiqué que la grève serait reconduite jusqu'au 15 avril.",
    "Pour l'économiste Jean Dupuis, la croissance atteindra 1,2 % en 2026.",
    "Le Sénat examinera le texte le 21 septembre, d'après une source parlementaire.",
    "D'après elle, « rien n'est encore décidé » : le conseil municipal votera mardi prochain.",
    "Les prix ont augmenté de -2,5 % sur un an, a précisé l'Insee jeudi.",
    "Il y a trois ans, l'entreprise comptait 250 salariés à Toulouse et 40 à Lyon.",
    "« Il faut agir vite, a-t-elle déclaré. Les familles attendent. »",
]
MIN_ARTICLE_WORDS = 12
BREAKERS = ["\n\n", "\n", " : ", " « ", " » ", "\"", " que ", " : : : ", " — ", "&nbsp;", "&amp;", "&#8217;", "…", "  "]


def _shapes(paragraphs: list[str], capitals: list[bool], cut: int | None, one_line: bool) -> str:
    text = "\n\n".join(p.upper() if upper else p for p, upper in zip(paragraphs, capitals + [False] * len(paragraphs)))
    if cut is not None:
        text = text[: max(1, len(text) * cut // 100)]
    return re.sub(r"\s*\n\s*", " ", text) if one_line else text


def _sentence_cut(sentence: str, at: int, breaker: str) -> str:
    words = sentence.split(" ")
    position = at % len(words)
    return " ".join(words[:position]) + breaker + " ".join(words[position:])


paragraph = st.one_of(
    st.sampled_from(SENTENCES),
    st.builds(_sentence_cut, st.sampled_from(SENTENCES), st.integers(0, 30), st.sampled_from(BREAKERS)),
    st.builds(lambda s: html.escape(s).replace(" ", "&nbsp;", 2), st.sampled_from(SENTENCES)),
    st.builds(lambda s: s.replace("«", "\"").replace("»", "\"").replace("'", "’"), st.sampled_from(SENTENCES)),
    st.builds(lambda s: "« " + s + " « « " + s, st.sampled_from(SENTENCES)),  # unclosed and nested marks
    st.builds(lambda n: " ".join(["les élus du conseil régional"] * n) + ".", st.integers(50, 400)),
    st.sampled_from(["que", "…", "!!! ??? ...", "« »", ": : :", "(((", "—", "« « « »"]),
    st.text(alphabet="aàbcçdeéèêfgilmnoôpqrstuvxyz ,.;:!?«»'’\"-()0123456789%€", min_size=1, max_size=300),
)


def _check_rows(result, text: str) -> None:
    for table in ("mentions", "dates", "figures"):
        for row in getattr(result, table):
            assert 0 <= row["start"] < row["end"] <= len(text), (table, row)
            assert text[row["start"]:row["end"]] == row["text"], (table, row)
    for claim in result.claims:
        assert 0 <= claim["start"] <= claim["end"] <= len(text)
        assert text[claim["start"]:claim["end"]] == claim["statement"]
        assert claim["statement"] in claim["sentence"]


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(paragraph, min_size=1, max_size=6), capitals=st.lists(st.booleans(), max_size=6),
       cut=st.one_of(st.none(), st.integers(1, 99)), one_line=st.booleans())
def test_every_shape_of_scraped_text_gives_its_row(nlp, paragraphs, capitals, cut, one_line):
    raw = Document(doc_id="shape", source="shape.txt", text=_shapes(paragraphs, capitals, cut, one_line))
    document = clean_document(raw)
    if document.status == "empty":  # a few words can all be page furniture; an article cannot
        assert len(re.findall(r"[^\W\d_]{2,}", raw.text)) < MIN_ARTICLE_WORDS, "an article came out empty"
        return
    (result,) = process_documents(nlp, [document], doc_timeout=60)
    assert result.document["status"] == "ok", result.document["error"]
    _check_rows(result, document.text)


# ---------------------------------------------------------------- the sweep over real articles

def _real_articles() -> list[Path]:
    folders = [SEEDS] + [ROOT.parent / "shared" / name / "articles" for name in ("dev", "dev2")]
    return [path for folder in folders if folder.is_dir() for path in sorted(folder.glob("*.txt"))]


def _cut_before_clauses(text: str) -> str:
    """A blank line where an inline element ended: before `que` and after commas, as dumps show."""
    return re.sub(r" (que|qu’|qu') ", r"\n\n\1 ", text).replace(", ", ",\n\n", 3)


def _capitals(text: str) -> str:
    """Every other paragraph in capitals, as pages set a standfirst or a subhead."""
    lines = text.split("\n")
    written = [i for i, line in enumerate(lines) if line.strip()]
    return "\n".join(line.upper() if i in written[1::2] else line for i, line in enumerate(lines))


def _cut_mid_sentence(text: str) -> str:
    """The dump ends halfway through its longest paragraph."""
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    return "\n".join(lines[:longest] + [lines[longest][: len(lines[longest]) // 2]])


PERTURBATIONS = {
    "one-line": lambda text: re.sub(r"\s*\n\s*", " ", text),
    "cut-clauses": _cut_before_clauses,
    "capitals": _capitals,
    "entities": lambda text: html.escape(text, quote=True).replace(" ", "&nbsp;", 40),
    "cut-mid-sentence": _cut_mid_sentence,
    "quotes-swapped": lambda text: text.translate(str.maketrans({"«": "\"", "»": "\"", "\"": "«", "’": "'", "'": "’"})),
    "repeated": lambda text: "\n".join(line + "\n" + line for line in text.split("\n")),
}


@pytest.fixture(scope="module")
def swept(nlp, tmp_path_factory):
    dump = tmp_path_factory.mktemp("sweep")
    for path in _real_articles():
        text = path.read_text(encoding="utf-8")
        (dump / path.name).write_text(text, encoding="utf-8")
        for name, perturb in PERTURBATIONS.items():
            (dump / f"{path.stem}__{name}.txt").write_text(perturb(text), encoding="utf-8")
    return execute(dump, tmp_path_factory.mktemp("sweep-tables"), nlp=nlp, workers=2, cache=False, doc_timeout=60)


def test_the_sweep_holds_every_article_and_variant(swept):
    expected = len(_real_articles()) * (1 + len(PERTURBATIONS))
    assert len(swept.tables["documents"]) == expected >= 5 * (1 + len(PERTURBATIONS))


def test_no_real_article_or_variant_fails_or_runs_out_of_time(swept):
    """A variant may clean to its original's text (ingest repairs HTML entities): it is then a duplicate."""
    documents = swept.tables["documents"]
    troubled = documents[~documents["status"].isin(["ok", "duplicate"])]
    assert troubled[["doc_id", "status", "error"]].to_dict("records") == []


def test_every_offset_of_the_sweep_indexes_into_its_text(swept):
    texts = dict(zip(swept.tables["documents"]["doc_id"], swept.tables["documents"]["text"]))
    for table in ("mentions", "dates", "figures", "claims"):
        frame = swept.tables[table]
        column = "statement" if table == "claims" else "text"
        for doc_id, start, end, value in zip(frame["doc_id"], frame["start"], frame["end"], frame[column]):
            assert texts[doc_id][start:end] == value, (table, doc_id, start, end)
