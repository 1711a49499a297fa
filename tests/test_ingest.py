"""Ingest: every format, every encoding, and a dump of bad inputs that each keep their row."""

from __future__ import annotations

import gzip
import io
import json
import random
import tarfile
import zipfile
from pathlib import Path

import pytest

from pipeline.ingest import read_documents
from pipeline.ingest.formats import MAX_CHARS

ARTICLE = ("Le conseil municipal de Lyon a voté mardi soir un nouveau plan de circulation pour le centre-ville.\n\n"
           "« Nous voulons rendre la rue aux piétons », a déclaré l'adjointe chargée des mobilités.")
SECOND = "La préfecture a annoncé la fermeture de deux écoles à Rennes après les inondations de la semaine dernière."
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256))
NOISE = random.Random(7).randbytes(20_000).hex().encode()  # does not compress: the cut lands in it
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _tar(members: dict[str, bytes], mode: str) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


def _write(root: Path, name: str, content: bytes | str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


# ---------------------------------------------------------------- the bad-input dump

BAD_CASES = {
    # source in the dump: (status, words the error must contain)
    "bad/empty.txt": ("empty", ["bad/empty.txt", "no text"]),
    "bad/blank.md": ("empty", ["bad/blank.md", "no text"]),
    "bad/binary.txt": ("skipped", ["bad/binary.txt", "binary"]),
    "bad/report.pdf": ("skipped", ["bad/report.pdf", ".pdf", "PDF"]),
    "bad/photo.png": ("skipped", ["bad/photo.png", ".png", "PNG"]),
    "bad/disguised.txt": ("skipped", ["bad/disguised.txt", "PNG image"]),
    "bad/notes.docx": ("skipped", ["bad/notes.docx", "unsupported file type .docx"]),
    "bad/README": ("skipped", ["bad/README", "no extension"]),
    "bad/broken.json": ("failed", ["bad/broken.json", "invalid JSON", "line 1"]),
    "bad/empty.json": ("empty", ["bad/empty.json", "no text"]),
    "bad/nothing.jsonl": ("empty", ["bad/nothing.jsonl", "no text"]),
    "bad/truncated.zip": ("failed", ["bad/truncated.zip", "zip archive"]),
    "bad/corrupt.gz": ("failed", ["bad/corrupt.gz", "gzip"]),
    "bad/dangling.txt": ("failed", ["bad/dangling.txt", "cannot read"]),
    "bad/empty.html": ("empty", ["bad/empty.html", "no text"]),
    "bad/menu.html": ("empty", ["bad/menu.html", "no article text"]),
    "bad/empty.tsv": ("empty", ["bad/empty.tsv", "no text"]),
    "bad/hollow.zip": ("empty", ["bad/hollow.zip", "no files"]),
}
# Records: (doc_id, status, words the error must contain)
BAD_RECORDS = [
    ("feed-2", "failed", ["bad/feed.jsonl line 2", "invalid JSON"]),
    ("feed-3", "failed", ["bad/feed.jsonl line 3", "expected an object", "list"]),
    ("feed-4", "empty", ["bad/feed.jsonl line 4", "no text"]),
    ("export-2", "empty", ["bad/export.csv row 2", "no text"]),
    ("list-2", "failed", ["bad/list.json item 2", "expected an object", "str"]),
]
GOOD_NEIGHBOURS = ["rec-1", "rec-5", "export-1", "export-3", "list-1", "list-3"]


def build_bad_dump(root: Path, huge: bool = True) -> Path:
    """A dump of every kind of bad input, each beside good articles (also run end to end by other tests).

    huge: include the two articles cut at MAX_CHARS (a minute of parsing each, when annotated).
    """
    _write(root, "bad/empty.txt", b"")
    _write(root, "bad/blank.md", " \n\t\n\r\n  ")
    _write(root, "bad/binary.txt", bytes(range(256)) * 8)
    _write(root, "bad/report.pdf", PDF)
    _write(root, "bad/photo.png", PNG)
    _write(root, "bad/disguised.txt", PNG)
    _write(root, "bad/notes.docx", b"PK\x03\x04 office")
    _write(root, "bad/README", "Lisez-moi.")
    _write(root, "bad/broken.json", '{"text": "Début coupé')
    _write(root, "bad/empty.json", "")
    _write(root, "bad/nothing.jsonl", "\n\n")
    _write(root, "bad/truncated.zip", _zip({"a.txt": ARTICLE.encode()})[:40])
    _write(root, "bad/corrupt.gz", gzip.compress(ARTICLE.encode())[:25])
    (root / "bad/dangling.txt").symlink_to(root / "bad/missing-target.txt")
    _write(root, "bad/empty.html", "")
    _write(root, "bad/menu.html", "<html><head><title>Photos</title></head><body><script>var page = 1;</script><img src='a.png'></body></html>")
    _write(root, "bad/empty.tsv", "")
    _write(root, "bad/hollow.zip", _zip({}))
    _write(root, "bad/feed.jsonl", "\n".join([
        json.dumps({"id": "rec-1", "text": ARTICLE}),
        '{"id": "rec-2", "text": "ligne cassée',
        json.dumps(["pas", "un", "objet"]),
        json.dumps({"id": "", "title": "Sans texte", "text": "   "}),
        json.dumps({"id": "rec-5", "content": SECOND}),
    ]))
    _write(root, "bad/export.csv", f'id,text\n,"{SECOND}"\n,\n,"{ARTICLE}"\n')
    _write(root, "bad/list.json", json.dumps([{"body": SECOND}, "texte nu", {"article": ARTICLE}]))
    if huge:
        _write(root, "bad/huge.txt", ("Un très long article sur la réforme des retraites. " * 110_000))
        _write(root, "bad/oneline.txt", "mot " * 50_000)
    _write(root, "bad/partial.tar.gz", _tar({"one.txt": ARTICLE.encode(), "two.txt": NOISE}, "w:gz")[:-300])
    return root


@pytest.fixture(scope="module")
def dump(tmp_path_factory) -> Path:
    return build_bad_dump(tmp_path_factory.mktemp("dump"))


@pytest.fixture(scope="module")
def rows(dump) -> list:
    return list(read_documents([dump]))


def _by_source(rows) -> dict:
    return {row.source: row for row in rows}


def _by_id(rows) -> dict:
    return {row.doc_id: row for row in rows}


def test_the_dump_has_at_least_twenty_bad_cases_each_with_an_error(rows):
    flagged = [row for row in rows if row.status != "ok" or row.error]
    assert len(flagged) >= 20
    assert all(row.error for row in rows if row.status != "ok")


@pytest.mark.parametrize("source,expected", BAD_CASES.items(), ids=list(BAD_CASES))
def test_each_bad_file_keeps_its_row_with_status_and_error(rows, source, expected):
    status, words = expected
    row = _by_source(rows)[source]
    assert row.status == status
    for word in words:
        assert word in row.error


@pytest.mark.parametrize("doc_id,status,words", BAD_RECORDS, ids=[case[0] for case in BAD_RECORDS])
def test_each_bad_record_keeps_its_row_naming_file_and_line(rows, doc_id, status, words):
    row = _by_id(rows)[doc_id]
    assert row.status == status
    for word in words:
        assert word in row.error


@pytest.mark.parametrize("doc_id", GOOD_NEIGHBOURS)
def test_good_records_next_to_bad_ones_are_read(rows, doc_id):
    row = _by_id(rows)[doc_id]
    assert row.status == "ok" and row.error == ""
    assert row.text in (ARTICLE, SECOND)


def test_a_huge_article_is_kept_and_cut_at_max_chars_with_a_note(rows):
    row = _by_source(rows)["bad/huge.txt"]
    assert row.status == "ok"
    assert len(row.text) == MAX_CHARS
    assert "truncated from 5,610,000 to 1,000,000 characters" in row.error


def test_a_single_200_kb_line_is_read_whole(rows):
    row = _by_source(rows)["bad/oneline.txt"]
    assert (row.status, row.error, len(row.text)) == ("ok", "", 200_000)


def test_a_truncated_tar_gives_the_members_before_the_damage_and_a_failed_row(rows):
    by_source = _by_source(rows)
    assert by_source["bad/partial.tar.gz!one.txt"].text == ARTICLE
    damaged = [row for row in rows if row.source.startswith("bad/partial.tar.gz") and row.status == "failed"]
    assert len(damaged) == 1
    assert "partial.tar.gz" in damaged[0].error


def test_no_row_is_lost_and_ids_are_unique(rows):
    assert len(rows) == len(BAD_CASES) + 5 + 3 + 3 + 1 + 1 + 2  # + feed, export, list, huge, one line, tar
    assert len({row.doc_id for row in rows}) == len(rows)


def test_the_order_is_sorted_paths_then_file_order(rows, dump):
    again = list(read_documents([dump]))
    assert [row.doc_id for row in again] == [row.doc_id for row in rows]
    feed = [row.doc_id for row in rows if row.source == "bad/feed.jsonl"]
    assert feed == ["rec-1", "feed-2", "feed-3", "feed-4", "rec-5"]
    sources = [row.source.split("!")[0] for row in rows]
    assert sources == sorted(sources)


def test_a_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere.txt"):
        list(read_documents([tmp_path / "nowhere.txt"]))


# ---------------------------------------------------------------- formats


def _read_one(tmp_path: Path, name: str, content: bytes | str) -> list:
    _write(tmp_path, name, content)
    return list(read_documents([tmp_path / name]))


@pytest.mark.parametrize("name", ["article.txt", "article.md"])
def test_a_text_file_is_one_article_named_after_the_file(tmp_path, name):
    [row] = _read_one(tmp_path, name, ARTICLE)
    assert (row.doc_id, row.source, row.text, row.status) == ("article", name, ARTICLE, "ok")


def test_an_html_page_gives_body_title_date_and_author(tmp_path):
    page = ("<html><head><title>Grève à la SNCF</title>"
            '<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">'
            '<meta name="author" content="Jeanne Dupont"></head><body><nav>Accueil</nav><article>'
            "<h1>Grève à la SNCF</h1><p>Les cheminots ont cessé le travail mardi matin dans toute la région "
            "parisienne, a annoncé le syndicat.</p><p>La direction a promis un service minimum pour les "
            "usagers des lignes de banlieue.</p></article></body></html>")
    [row] = _read_one(tmp_path, "greve.html", page)
    assert (row.doc_id, row.title, row.published, row.author) == ("greve", "Grève à la SNCF", "2024-03-05", "Jeanne Dupont")
    assert "Les cheminots ont cessé le travail mardi matin" in row.text
    assert "Accueil" not in row.text


def test_a_json_object_is_one_record_with_its_fields(tmp_path):
    record = {"id": "lyon-42", "headline": "Plan de circulation", "datePublished": "2023-06-01T08:00:00Z",
              "link": "https://exemple.fr/lyon", "content": ARTICLE, "rubrique": "Métropole"}
    [row] = _read_one(tmp_path, "one.json", json.dumps(record))
    assert (row.doc_id, row.title, row.published, row.url, row.text) == (
        "lyon-42", "Plan de circulation", "2023-06-01", "https://exemple.fr/lyon", ARTICLE)
    assert row.meta == {"rubrique": "Métropole"}


def test_a_json_list_numbers_records_without_id(tmp_path):
    rows = _read_one(tmp_path, "lot.json", json.dumps([{"text": ARTICLE}, {"text": SECOND, "date": "12 mars 2021"}]))
    assert [(row.doc_id, row.published) for row in rows] == [("lot-1", ""), ("lot-2", "2021-03-12")]


def test_a_json_object_wrapping_a_list_gives_its_records(tmp_path):
    rows = _read_one(tmp_path, "wrap.json", json.dumps({"articles": [{"text": ARTICLE}, {"text": SECOND}]}))
    assert [row.text for row in rows] == [ARTICLE, SECOND]


@pytest.mark.parametrize("name", ["flux.jsonl", "flux.ndjson"])
def test_json_lines_are_one_record_a_line(tmp_path, name):
    lines = [json.dumps({"title": "Un", "body": ARTICLE, "pubdate": "27/09/2022"}), json.dumps({"text": SECOND})]
    rows = _read_one(tmp_path, name, "\n".join(lines))
    assert [(row.doc_id, row.title, row.published) for row in rows] == [("flux-1", "Un", "2022-09-27"), ("flux-2", "", "")]


@pytest.mark.parametrize("name,delimiter", [("table.csv", ","), ("table.tsv", "\t")])
def test_delimited_rows_are_records(tmp_path, name, delimiter):
    header = delimiter.join(["id", "titre", "date", "url", "texte"])
    row_one = delimiter.join(["x1", "Inondations", "2021-01-30", "https://exemple.fr/x1", f'"{SECOND}"'])
    [row] = _read_one(tmp_path, name, f"{header}\n{row_one}\n")
    assert (row.doc_id, row.title, row.published, row.url, row.text) == (
        "x1", "Inondations", "2021-01-30", "https://exemple.fr/x1", SECOND)


def test_a_zip_names_its_members_inside_the_archive(tmp_path):
    rows = _read_one(tmp_path, "lot.zip", _zip({"b/deux.txt": SECOND.encode(), "a/un.txt": ARTICLE.encode()}))
    assert [(row.doc_id, row.source) for row in rows] == [("un", "lot.zip!a/un.txt"), ("deux", "lot.zip!b/deux.txt")]


@pytest.mark.parametrize("name,mode", [("lot.tar", "w"), ("lot.tar.gz", "w:gz"), ("lot.tgz", "w:gz")])
def test_tar_archives_are_read(tmp_path, name, mode):
    rows = _read_one(tmp_path, name, _tar({"un.txt": ARTICLE.encode(), "flux.jsonl": json.dumps({"text": SECOND}).encode()}, mode))
    assert [(row.doc_id, row.source, row.text) for row in rows] == [
        ("un", f"{name}!un.txt", ARTICLE), ("flux-1", f"{name}!flux.jsonl", SECOND)]


def test_a_single_gz_file_is_its_inner_file(tmp_path):
    [row] = _read_one(tmp_path, "depeche.txt.gz", gzip.compress(ARTICLE.encode()))
    assert (row.doc_id, row.source, row.text) == ("depeche", "depeche.txt.gz", ARTICLE)


def test_a_clash_of_ids_gets_a_numbered_suffix(tmp_path):
    _write(tmp_path, "a/note.txt", ARTICLE)
    _write(tmp_path, "b/note.txt", SECOND)
    _write(tmp_path, "c/note.md", SECOND)
    rows = list(read_documents([tmp_path]))
    assert [(row.doc_id, row.source) for row in rows] == [("note", "a/note.txt"), ("note-2", "b/note.txt"),
                                                          ("note-3", "c/note.md")]


def test_inputs_mix_files_and_folders_in_the_order_given(tmp_path):
    _write(tmp_path, "dir/un.txt", ARTICLE)
    _write(tmp_path, "seul.txt", SECOND)
    rows = list(read_documents([tmp_path / "seul.txt", tmp_path / "dir"]))
    assert [(row.doc_id, row.source) for row in rows] == [("seul", "seul.txt"), ("un", "un.txt")]


# ---------------------------------------------------------------- encodings

FRENCH = "L'été à Noël, où l'on mange une bûche : « Ça coûte cher », dit-elle."


@pytest.mark.parametrize("label,content", [
    ("utf-8", FRENCH.encode("utf-8")),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + FRENCH.encode("utf-8")),
    ("utf-16 with BOM", FRENCH.encode("utf-16")),
    ("utf-16-be with BOM", b"\xfe\xff" + FRENCH.encode("utf-16-be")),
    ("cp1252", FRENCH.encode("cp1252")),
    ("latin-1", FRENCH.encode("latin-1")),
    ("mojibake", FRENCH.encode("utf-8").decode("latin-1").encode("utf-8")),
], ids=lambda value: value if isinstance(value, str) else "")
def test_encodings_are_detected_and_mojibake_repaired(tmp_path, label, content):
    [row] = _read_one(tmp_path, "texte.txt", content)
    assert row.text == FRENCH


def test_curly_quotes_and_apostrophes_stay_as_written(tmp_path):
    [row] = _read_one(tmp_path, "q.txt", "L’État a dit “non” à l'accord.")
    assert row.text == "L’État a dit “non” à l'accord."


def test_nul_and_control_characters_are_removed(tmp_path):
    [row] = _read_one(tmp_path, "c.txt", "Le maire\x00 a parlé\x07 hier.\x1b")
    assert row.text == "Le maire a parlé hier."


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_line_ends_become_newlines(tmp_path, ending):
    [row] = _read_one(tmp_path, "l.txt", ending.join(["Titre", "", "Premier paragraphe."]))
    assert row.text == "Titre\n\nPremier paragraphe."
