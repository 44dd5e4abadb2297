"""Names in stored documents that look like armed groups but are not in any pack.

``conflictdesk actors`` offers them to the analyst, who can accept one as an alias of an
existing actor or as a new actor in the local pack (``accept_alias``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from conflictdesk.model import Document
from conflictdesk.resolve.registry import Registry

# Words that name an organisation; a capitalised phrase containing one looks like a group.
GROUP_WORDS = (
    "Front|Movement|Brigade|Brigades|Battalion|Network|Jamaat|Jamaat-ul|Jaish|Lashkar|"
    "Tehrik|Tehreek|Harakat|Hizb|Army|Party|Organisation|Organization|Council|Mahaz|Group|"
    "Emirate|Province|Wilayat|Force|Forces|Militia|Legion|Resistance"
)
_NAME = r"(?:[A-Z][\w'’-]+|al-[A-Z][\w'-]+|ul-[A-Z][\w'-]+|of|the|al|e|i)"
CANDIDATE = re.compile(
    rf"\b((?:[A-Z][\w'’-]+\s+)(?:{_NAME}\s+){{0,4}}(?:{GROUP_WORDS})\b(?:\s+(?:of\s+)?[A-Z][\w'’-]+)?)"
)
# A suggestion must be seen this often across the stored documents to be offered.
MIN_MENTIONS = 2


@dataclass(frozen=True, slots=True)
class Suggestion:
    name: str
    mentions: int
    documents: tuple[str, ...]


def suggest_actors(registry: Registry, documents: Iterable[Document]) -> list[Suggestion]:
    counts: Counter[str] = Counter()
    where: dict[str, set[str]] = {}
    for doc in documents:
        for match in CANDIDATE.finditer(doc.text):
            name = match.group(1).strip()
            if registry.find_actors(name) or registry.find_places(name):
                continue
            counts[name] += 1
            where.setdefault(name, set()).add(doc.id)
    return [
        Suggestion(name, n, tuple(sorted(where[name])))
        for name, n in counts.most_common()
        if n >= MIN_MENTIONS
    ]


def accept_alias(pack_dir: Path, actor_id: str, alias: str, *, name: str | None = None) -> Path:
    """Add ``alias`` to ``actor_id`` in the local pack at ``pack_dir`` (created if needed)."""
    pack_dir.mkdir(parents=True, exist_ok=True)
    meta = pack_dir / "pack.json"
    if not meta.exists():
        meta.write_text(json.dumps({"name": "local", "country": ""}, indent=2), encoding="utf-8")
    path = pack_dir / "actors.json"
    actors = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    entry = next((a for a in actors if a["id"] == actor_id), None)
    if entry is None:
        entry = {"id": actor_id, "name": name or alias, "kind": "militant", "aliases": {"en": []}}
        actors.append(entry)
    names = entry.setdefault("aliases", {}).setdefault("en", [])
    if alias not in names:
        names.append(alias)
    path.write_text(json.dumps(actors, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
