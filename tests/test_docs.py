"""The README stays true: its first commands, and every command it names, exist."""

from __future__ import annotations

import re
from pathlib import Path

from typer.main import get_command

from conflictdesk.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = set(get_command(app).commands)  # type: ignore[attr-defined]


def test_readme_opens_with_make_demo_and_make_test() -> None:
    first_block = README.split("```")[1]
    assert "make demo" in first_block
    assert "make test" in first_block


def test_every_command_is_documented_and_every_documented_command_exists() -> None:
    named = set(re.findall(r"(?<!from )\bconflictdesk ([a-z]+)", README))
    assert named <= COMMANDS, named - COMMANDS
    assert COMMANDS - {"demo"} <= named, COMMANDS - named


def test_makefile_targets_named_in_readme_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"make ([a-z]+)", README)):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
