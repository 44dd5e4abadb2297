"""Bytes to text, refusing what is not text: empty, binary and undecodable files."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

from conflictdesk.errors import BinaryDocument, EmptyDocument, UndecodableDocument

# Known binary formats people mistake for documents: (leading bytes, what it is, remedy).
_OFFICE_REMEDY = "open it and save or export it as plain text (.txt) or HTML"
_IMAGE_REMEDY = "run OCR on it first, e.g. tesseract IMAGE out, and ingest out.txt"
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "a PDF", "convert it with pdftotext first: pdftotext FILE.pdf FILE.txt"),
    (b"PK\x03\x04", "a ZIP archive or Office document (.docx, .odt)", _OFFICE_REMEDY),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document (.doc, .xls)", _OFFICE_REMEDY),
    (b"{\\rtf", "an RTF document", _OFFICE_REMEDY),
    (b"\x89PNG", "a PNG image", _IMAGE_REMEDY),
    (b"\xff\xd8\xff", "a JPEG image", _IMAGE_REMEDY),
    (b"GIF8", "a GIF image", _IMAGE_REMEDY),
    (b"\x1f\x8b", "a gzip archive", "decompress it first: gunzip FILE.gz"),
)
_BINARY_REMEDY = "ingest only text formats; convert the file to .txt, .md, .html or .jsonl"
_UTF8_REMEDY = "save it as UTF-8; most editors offer this under Save as or Encoding"

# Share of control characters above which decoded "text" is really binary data. Real reports
# have none besides tabs and line breaks; 5% leaves room for a few stray form feeds.
MAX_CONTROL_SHARE = 0.05
# Legacy Windows code pages (Arabic script, Cyrillic) are accepted only when the decoded text
# looks like that script: nearly all non-ASCII letters from it (95%), and those letters a
# real part of the text (30% of all letters). Calibrated on the fixtures: Arabic and Russian
# cp1256/cp1251 files pass; Latin-1 French text and Russian read as cp1256 fail.
LEGACY_SCRIPT_SHARE = 0.95
LEGACY_MIN_NON_ASCII_SHARE = 0.30
_SAMPLE_CHARS = 65536
# Where an HTML page may declare its character set (``<meta charset="windows-1256">``).
_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""")
_DECLARATION_BYTES = 4096


def _is_arabic_script(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff"


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


_LEGACY_CODECS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("cp1256", _is_arabic_script),
    ("cp1251", _is_cyrillic),
)


def refuse_binary(data: bytes, path: str) -> None:
    """Raise EmptyDocument or BinaryDocument for bytes that cannot be a text document."""
    if not data.strip():
        raise EmptyDocument(
            "the file is empty or holds only white space",
            remedy="check the file was saved completely",
            path=path,
        )
    for magic, what, remedy in _MAGIC:
        if data.startswith(magic):
            raise BinaryDocument(f"the file is {what}, not text", remedy=remedy, path=path)
    if _has_utf16_bom(data):
        return
    if b"\x00" in data[:_SAMPLE_CHARS]:
        raise BinaryDocument(
            "the file contains NUL bytes, so it is binary, not text",
            remedy=_BINARY_REMEDY,
            path=path,
        )


def decode_text(data: bytes, path: str) -> str:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, then the two legacy
    code pages common for this domain's sources (cp1256, cp1251) when the result is plainly
    in their script."""
    refuse_binary(data, path)
    text = _decode(data, path)
    _refuse_control_characters(text, path)
    if not text.strip():
        raise EmptyDocument("the file holds only white space", remedy=None, path=path)
    return text


def decode_declared(data: bytes, path: str) -> str:
    """Like ``decode_text``, but a page whose UTF-8 decoding fails may use the character set
    it declares (web pages saved in windows-1256 or koi8-r say so in a meta tag)."""
    try:
        return decode_text(data, path)
    except UndecodableDocument:
        declared = _DECLARED_CHARSET.search(data[:_DECLARATION_BYTES])
        if declared is None:
            raise
        try:
            text = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise UndecodableDocument(
                f"the page declares charset {declared.group(1).decode('ascii')!r} "
                "but is neither that nor UTF-8",
                remedy=_UTF8_REMEDY,
                path=path,
            ) from None
    _refuse_control_characters(text, path)
    return text


def _has_utf16_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _decode(data: bytes, path: str) -> str:
    if _has_utf16_bom(data):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UndecodableDocument(
                f"the file starts with a UTF-16 mark but is not valid UTF-16 ({exc.reason})",
                remedy=_UTF8_REMEDY,
                path=path,
            ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        legacy = _decode_legacy(data)
        if legacy is not None:
            return legacy
        raise UndecodableDocument(
            f"the file is not UTF-8 (bad byte at offset {exc.start}) and not plainly "
            "Arabic-script cp1256 or Cyrillic cp1251",
            remedy=_UTF8_REMEDY,
            path=path,
        ) from exc


def _decode_legacy(data: bytes) -> str | None:
    for codec, in_script in _LEGACY_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plainly_in_script(text, in_script):
            return text
    return None


def _plainly_in_script(text: str, in_script: Callable[[str], bool]) -> bool:
    letters = [char for char in text if char.isalpha()]
    non_ascii = [char for char in letters if not char.isascii()]
    if not non_ascii:
        return False
    script_share = sum(map(in_script, non_ascii)) / len(non_ascii)
    return (
        script_share >= LEGACY_SCRIPT_SHARE
        and len(non_ascii) / len(letters) >= LEGACY_MIN_NON_ASCII_SHARE
    )


def _refuse_control_characters(text: str, path: str) -> None:
    sample = text[:_SAMPLE_CHARS]
    control = sum(
        1
        for char in sample
        if char == "\ufffd" or (unicodedata.category(char) == "Cc" and char not in "\t\n\r\f\v")
    )
    if sample and control / len(sample) > MAX_CONTROL_SHARE:
        raise BinaryDocument(
            f"{control} of the first {len(sample)} characters are control codes, "
            "so the file is mostly not text",
            remedy=_BINARY_REMEDY,
            path=path,
        )
