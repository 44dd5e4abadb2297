"""Ingest: every format's good path, each bad-input kind, folders, JSONL lines, duplicates."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from pathlib import Path

import pytest

from conflictdesk.errors import (
    BadMetadata,
    BinaryDocument,
    ConflictdeskError,
    DocumentTooLarge,
    EmptyDocument,
    MalformedRecord,
    NoSuchPath,
    TruncatedMarkup,
    UndecodableDocument,
    UnknownFormat,
)
from conflictdesk.ingest import DEFAULT_MAX_BYTES, ingest_paths, read_path
from conflictdesk.ingest.identity import derived_id
from conflictdesk.ingest.metadata import parse_date
from conflictdesk.model import Document

DATA = Path(__file__).parent / "data" / "ingest"
GOOD = DATA / "good"
BAD = DATA / "bad"


def read_one(path: Path, published: dt.date | None = None) -> Document:
    documents = read_path(path, max_bytes=DEFAULT_MAX_BYTES, published=published)
    assert len(documents) == 1
    return documents[0]


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


# -- text and Markdown ---------------------------------------------------------------------------
def test_markdown_front_matter_becomes_metadata() -> None:
    document = read_one(GOOD / "wire.md")
    assert document.id == "wire-2023-03-27-mofa"
    assert document.title == "Suicide blast near foreign ministry in Kabul"
    assert document.url == "https://news.example.org/kabul/2023/03/27/blast"
    assert document.publisher == "Example Wire"
    assert document.published == dt.date(2023, 3, 27)
    assert document.accessed == dt.date(2023, 3, 28)
    assert (document.language, document.genre) == ("en", "wire")
    assert document.path == str(GOOD / "wire.md")


def test_document_text_is_the_body_after_front_matter_so_offsets_hold() -> None:
    raw = (GOOD / "wire.md").read_text(encoding="utf-8")
    document = read_one(GOOD / "wire.md")
    assert document.text == raw.split("---\n", 2)[2]
    assert document.text.startswith("KABUL, March 27")
    assert "publisher:" not in document.text
    start = document.text.index("Ministry of Foreign Affairs")
    assert document.text[start : start + 27] == "Ministry of Foreign Affairs"
    assert document.content_hash == hashlib.sha256(document.text.encode()).hexdigest()


def test_plain_text_gets_a_stable_id_from_stem_and_content_hash() -> None:
    first = read_one(GOOD / "plain.txt")
    again = read_one(GOOD / "plain.txt")
    assert re.fullmatch(r"plain-[0-9a-f]{8}", first.id)
    assert first.id == again.id
    assert first.id.endswith(first.content_hash[:8])
    assert (first.title, first.published, first.genre) == (None, None, None)


def test_published_argument_is_the_reference_date_only_when_none_is_given() -> None:
    reference = dt.date(2023, 3, 28)
    assert read_one(GOOD / "plain.txt", reference).published == reference
    assert read_one(GOOD / "wire.md", reference).published == dt.date(2023, 3, 27)


def test_line_endings_and_byte_order_mark_are_normalised() -> None:
    document = read_one(GOOD / "bom.txt")
    assert "\r" not in document.text
    assert not document.text.startswith("\ufeff")
    assert document.text.endswith("Second line.\n")


@pytest.mark.parametrize(
    ("name", "expected", "language"),
    [
        ("utf16.txt", "shop owner was wounded", "en"),
        ("cp1251.txt", "погибли шесть человек", "ru"),
        ("cp1256.txt", "انفجار وقع في كابول", "ar"),
    ],
)
def test_utf16_and_legacy_code_pages_are_decoded(name: str, expected: str, language: str) -> None:
    document = read_one(GOOD / name)
    assert expected in document.text
    assert document.language == language


def test_indented_lines_under_unknown_keys_are_ignored_but_not_under_known_ones(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "lists.md", "---\ntitle:\n  - one\n  - two\n---\nText of the report.\n")
    with pytest.raises(MalformedRecord, match="line 3") as caught:
        read_path(path, max_bytes=DEFAULT_MAX_BYTES, published=None)
    assert "lists.md" in str(caught.value)


# -- HTML ----------------------------------------------------------------------------------------
def test_html_main_text_and_metadata_come_from_trafilatura() -> None:
    document = read_one(GOOD / "page.html")
    assert "Gunmen opened fire on a checkpoint" in document.text
    assert "About us" not in document.text
    assert document.title == "Checkpoint attack in Kunduz"
    assert document.publisher == "Northern Monitor"
    assert document.url == "https://monitor.example.net/kunduz-checkpoint"
    assert document.published == dt.date(2023, 4, 2)
    assert re.fullmatch(r"page-[0-9a-f]{8}", document.id)


def test_truncated_html_that_still_has_text_keeps_the_text(tmp_path: Path) -> None:
    path = write(tmp_path, "cut.html", "<html><body><p>Three guards were killed in Kunduz when")
    assert "Three guards were killed" in read_one(path).text


def test_complete_html_without_main_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "shell.html", "<html><body><script>load()</script></body></html>")
    with pytest.raises(TruncatedMarkup, match="no main text"):
        read_path(path, max_bytes=DEFAULT_MAX_BYTES, published=None)


# -- JSONL ---------------------------------------------------------------------------------------
def test_jsonl_lines_become_documents() -> None:
    documents = read_path(GOOD / "docs.jsonl", max_bytes=DEFAULT_MAX_BYTES, published=None)
    first, second, third = documents
    assert (first.id, first.title, first.publisher) == (
        "summary-001",
        "Grenade at market",
        "Incident Log",
    )
    assert (first.published, first.genre, first.language) == (dt.date(2023, 5, 4), "summary", "en")
    assert second.published == dt.date(2023, 5, 8)  # RFC 822 date
    assert re.fullmatch(r"docs-[0-9a-f]{8}", third.id)
    assert third.language == "tr"


def test_a_malformed_jsonl_line_fails_alone_with_its_line_number() -> None:
    result = ingest_paths([BAD / "broken.jsonl"])
    assert [document.id for document in result.documents] == ["ok-1", "ok-5"]
    kinds = [(type(f.error), f.line.split(": ")[1]) for f in result.failures]
    assert kinds == [
        (MalformedRecord, "line 2"),
        (MalformedRecord, "line 3"),
        (BadMetadata, "line 4"),
    ]
    assert all(f.path == str(BAD / "broken.jsonl") for f in result.failures)
    assert "'published'" in result.failures[2].line
    assert "YYYY-MM-DD" in result.failures[2].line


def test_read_path_is_strict_about_bad_records() -> None:
    with pytest.raises(MalformedRecord, match="line 2"):
        read_path(BAD / "broken.jsonl", max_bytes=DEFAULT_MAX_BYTES, published=None)


# -- feeds ---------------------------------------------------------------------------------------
def test_rss_items_become_documents_with_markup_stripped() -> None:
    first, second = read_path(GOOD / "feed.rss", max_bytes=DEFAULT_MAX_BYTES, published=None)
    assert first.title == "Roadside bomb hits patrol in Helmand"
    assert first.url == "https://bulletin.example.com/items/101"
    assert first.publisher == "Frontier Bulletin"
    assert first.published == dt.date(2023, 4, 11)
    assert first.text == (
        "A roadside bomb struck a patrol vehicle near Lashkar Gah, wounding two soldiers.\n"
        "Officials blamed militants."
    )
    assert first.id == derived_id("feed", "https://bulletin.example.com/items/101")
    assert first.language == "en"
    assert second.id == derived_id("feed", "https://bulletin.example.com/items/102")


def test_atom_entry_uses_content_and_updated_date() -> None:
    document = read_one(GOOD / "feed.atom")
    assert document.text.startswith("An explosion during Friday prayers")
    assert document.published == dt.date(2023, 6, 1)
    assert (document.publisher, document.url) == ("Regional Digest", "https://digest.example.com/1")


def test_feed_entry_with_a_bad_date_fails_alone(tmp_path: Path) -> None:
    item = (
        "<item><title>{0}</title><link>https://x.example/{0}</link>{1}"
        "<description>Report {0} text.</description></item>"
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        + item.format("good", "<pubDate>Tue, 11 Apr 2023 07:15:00 GMT</pubDate>")
        + item.format("bad", "<pubDate>sometime in spring</pubDate>")
        + "</channel></rss>"
    )
    result = ingest_paths([write(tmp_path, "mixed.rss", feed)])
    assert [d.title for d in result.documents] == ["good"]
    assert len(result.failures) == 1
    assert isinstance(result.failures[0].error, BadMetadata)
    assert "entry 2" in result.failures[0].line


def test_feed_without_entries_is_an_empty_document(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "quiet.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
    )
    with pytest.raises(EmptyDocument, match="no entries"):
        read_path(path, max_bytes=DEFAULT_MAX_BYTES, published=None)


# -- bad input: each kind names its class, the file and the remedy --------------------------------
@pytest.mark.parametrize(
    ("name", "error", "message", "remedy"),
    [
        ("empty.txt", EmptyDocument, "empty", "saved"),
        ("blank.md", EmptyDocument, "white space", "saved"),
        ("report.txt", BinaryDocument, "a PDF", "pdftotext"),
        ("nul.txt", BinaryDocument, "NUL bytes", "convert the file"),
        ("controls.md", BinaryDocument, "control codes", "convert the file"),
        ("latin1.txt", UndecodableDocument, "not UTF-8", "save it as UTF-8"),
        ("notes.docx", UnknownFormat, "supported: .txt .md .html .htm .jsonl", "plain text"),
        ("truncated.html", TruncatedMarkup, "cut off", "save the complete page"),
        ("broken.rss", MalformedRecord, "not a readable RSS or Atom feed", "download the feed"),
        ("bad_front_matter.md", MalformedRecord, "line 3", "key: value"),
        ("unclosed_front_matter.md", MalformedRecord, "line 1", "'---'"),
        ("bad_date.md", BadMetadata, "'published'", "YYYY-MM-DD"),
    ],
)
def test_bad_input_gives_its_error_the_file_and_a_remedy(
    name: str, error: type[ConflictdeskError], message: str, remedy: str
) -> None:
    with pytest.raises(error) as caught:
        read_path(BAD / name, max_bytes=DEFAULT_MAX_BYTES, published=None)
    line = str(caught.value)
    assert name in line
    assert message in line
    assert remedy in (caught.value.remedy or "")


def test_too_large_names_size_limit_and_option() -> None:
    with pytest.raises(DocumentTooLarge) as caught:
        read_path(GOOD / "plain.txt", max_bytes=100, published=None)
    size = (GOOD / "plain.txt").stat().st_size
    assert f"{size:,} bytes" in str(caught.value)
    assert "limit of 100 bytes" in str(caught.value)
    assert "--max-bytes" in (caught.value.remedy or "")


def test_missing_path_is_no_such_path(tmp_path: Path) -> None:
    result = ingest_paths([tmp_path / "nowhere.txt"])
    assert result.files_read == 0
    assert isinstance(result.failures[0].error, NoSuchPath)
    assert "nowhere.txt" in result.failures[0].line
    with pytest.raises(NoSuchPath):
        read_path(tmp_path / "nowhere.txt", max_bytes=DEFAULT_MAX_BYTES, published=None)


@pytest.mark.parametrize(
    ("front_matter", "field"),
    [
        ("genre: opinion", "'genre'"),
        ("language: klingon", "'language'"),
        ("accessed: 2023-13-45", "'accessed'"),
    ],
)
def test_bad_metadata_values_name_the_field(tmp_path: Path, front_matter: str, field: str) -> None:
    path = write(tmp_path, "meta.md", f"---\n{front_matter}\n---\nA short report from Herat.\n")
    with pytest.raises(BadMetadata, match=field):
        read_path(path, max_bytes=DEFAULT_MAX_BYTES, published=None)


@pytest.mark.parametrize(
    "value",
    [
        "2023-03-27",
        "2023-03-27T10:15:00Z",
        "27 March 2023",
        "27 Mar 2023",
        "March 27, 2023",
        "Mon, 27 Mar 2023 10:00:00 GMT",
    ],
)
def test_date_forms_that_are_read(value: str) -> None:
    assert parse_date(value) == dt.date(2023, 3, 27)


@pytest.mark.parametrize("value", ["03/27/2023", "last Monday", "2023-02-30", "March 2023"])
def test_ambiguous_or_invalid_dates_are_refused(value: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_date(value)


# -- folders, failures and duplicates ------------------------------------------------------------
def test_folder_with_a_bad_file_still_ingests_the_others() -> None:
    calls: list[tuple[int, int]] = []
    result = ingest_paths(
        [DATA / "folder"], progress=lambda done, total: calls.append((done, total))
    )
    assert [document.id for document in result.documents] == [
        read_one(DATA / "folder" / "a.txt").id,
        "folder-b",
    ]
    assert result.files_read == 4  # a, copy-of-a, sub/b, sub/scan: hidden entries skipped
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    [failure] = result.failures
    assert failure.path == str(DATA / "folder" / "sub" / "scan.txt")
    assert isinstance(failure.error, BinaryDocument)
    assert "pdftotext" in failure.line
    assert "secret" not in " ".join(document.text for document in result.documents)


def test_duplicates_within_one_call_are_dropped(tmp_path: Path) -> None:
    shutil.copy(GOOD / "plain.txt", tmp_path / "again.txt")
    result = ingest_paths([GOOD / "plain.txt", tmp_path / "again.txt", GOOD / "plain.txt"])
    assert len(result.documents) == 1
    assert result.failures == ()


def test_one_id_for_two_different_texts_is_a_failure(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nid: same\n---\nFirst report from Kabul.\n")
    write(tmp_path, "b.md", "---\nid: same\n---\nSecond, different report from Herat.\n")
    result = ingest_paths([tmp_path])
    assert [document.path for document in result.documents] == [str(tmp_path / "a.md")]
    assert isinstance(result.failures[0].error, BadMetadata)
    assert "id 'same'" in result.failures[0].line


def test_unknown_formats_in_a_folder_are_reported_and_failure_lines_are_one_line(
    tmp_path: Path,
) -> None:
    write(tmp_path, "table.csv", "a,b\n1,2\n")
    write(
        tmp_path,
        "note.txt",
        "Two men were detained in Kunduz on suspicion of planning an attack.\n",
    )
    result = ingest_paths([tmp_path])
    assert len(result.documents) == 1
    [failure] = result.failures
    assert isinstance(failure.error, UnknownFormat)
    assert failure.line.startswith(f"E102 {tmp_path / 'table.csv'}: '.csv' is not a supported")
    assert "\n" not in failure.line


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Rapport</title></head><body><article>'
        "<p>Le ministère a signalé une attaque contre un poste de contrôle près de Kunduz.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("latin-1"))
    assert "Le ministère a signalé" in read_one(path).text


def test_declared_ids_in_html_meta_and_feed_guids_are_kept(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta name="id" content="art-7"><meta name="publisher" content="Desk">'
        "</head><body><article><p>"
        + "A bomb exploded near a checkpoint in Kabul on Monday, officials said. " * 5
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><guid>wire-1</guid><title>Blast</title><description>A blast hit Kabul."
        "</description></item>"
        "<item><guid>https://example.org/a b</guid><title>Raid</title><description>A raid."
        "</description></item></channel></rss>",
        encoding="utf-8",
    )
    docs = ingest_paths([page, feed]).documents
    ids = sorted(d.id for d in docs)
    assert ids[0] == "art-7"
    assert ids[1].startswith("feed-")  # a URL guid is hashed
    assert ids[2] == "wire-1"
    assert next(d for d in docs if d.id == "art-7").publisher == "Desk"


def test_a_gold_file_among_documents_is_skipped_with_one_problem(tmp_path: Path) -> None:
    (tmp_path / "docs.jsonl").write_text('{"id": "d1", "text": "A bomb exploded."}\n', "utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"document_id": "d1", "main": true, "event_date": "2024-01-01"}\n'
        '{"document_id": "d2", "main": true, "event_date": "2024-01-02"}\n',
        "utf-8",
    )
    result = ingest_paths([tmp_path])
    assert [d.id for d in result.documents] == ["d1"]
    codes = [f.error.code for f in result.failures]
    assert codes == ["E110"]
