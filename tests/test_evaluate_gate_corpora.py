"""Which files of a corpus folder the quality gate reads as documents."""

from __future__ import annotations

from pathlib import Path

from conflictdesk.evaluate.gate import corpora


def _folder(root: Path, name: str, *files: str) -> Path:
    folder = root / "corpora" / "dev" / name
    folder.mkdir(parents=True)
    for file in ("gold.jsonl", *files):
        (folder / file).write_text("", encoding="utf-8")
    (root / "corpora" / "heldout").mkdir(exist_ok=True)
    return folder


def _docs(root: Path) -> dict[str, Path]:
    return {c.name: c.docs for c in corpora(root) if c.name != "samples"}


def test_docs_jsonl_is_read_without_the_readme_beside_it(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "wire", "docs.jsonl", "README.md")
    assert _docs(tmp_path) == {"dev/wire": folder / "docs.jsonl"}


def test_a_docs_folder_comes_first_and_a_bare_folder_is_read_whole(tmp_path: Path) -> None:
    nested = _folder(tmp_path, "nested", "docs.jsonl")
    (nested / "docs").mkdir()
    bare = _folder(tmp_path, "bare", "one.md")
    assert _docs(tmp_path) == {"dev/bare": bare, "dev/nested": nested / "docs"}
