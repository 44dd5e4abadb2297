"""Which files an ingest call reads: files as named, folders walked in sorted order."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from conflictdesk.errors import ConflictdeskError, InputError, NoSuchPath


@dataclass(frozen=True, slots=True)
class Discovery:
    files: tuple[Path, ...]
    problems: tuple[ConflictdeskError, ...]


def is_hidden(name: str) -> bool:
    return name.startswith(".")


def discover(paths: Sequence[str | Path]) -> Discovery:
    """Expand folders recursively (sorted, hidden entries skipped); each file listed once."""
    files: list[Path] = []
    problems: list[ConflictdeskError] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files.extend(walk_folder(path, problems))
        elif path.exists():
            files.append(path)
        else:
            problems.append(
                NoSuchPath(
                    "no such file or folder",
                    remedy="check the spelling and the current directory",
                    path=str(path),
                )
            )
    return Discovery(_unique(files), tuple(problems))


def walk_folder(root: Path, problems: list[ConflictdeskError]) -> list[Path]:
    found: list[Path] = []

    def report(error: OSError) -> None:
        problems.append(
            InputError(
                f"cannot list the folder ({error.strerror})",
                remedy="check the folder's permissions",
                path=str(error.filename or root),
            )
        )

    for folder, subfolders, names in os.walk(root, onerror=report):
        subfolders[:] = sorted(name for name in subfolders if not is_hidden(name))
        found.extend(Path(folder, name) for name in names if not is_hidden(name))
    return sorted(found, key=lambda path: path.relative_to(root).parts)


def _unique(files: list[Path]) -> tuple[Path, ...]:
    seen: set[Path] = set()
    unique: list[Path] = []
    for path in files:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return tuple(unique)
