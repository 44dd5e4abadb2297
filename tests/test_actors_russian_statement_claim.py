"""Russian: a group's statement that tells of its own act claims it."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "ИГИЛ-Хорасан опубликовало в Telegram заявление, в котором говорится об «уничтожении "
            "восьми полицейских».",
            "claim",
        ),
        (
            "ИГИЛ-Хорасан распространило заявление, в котором сообщается о нападении на "
            "блокпост в Кунаре.",
            "claim",
        ),
        ("ИГИЛ-Хорасан распространило заявление с угрозами в адрес властей.", "mention"),
    ],
)
def test_a_statement_of_the_groups_own_act(text: str, role: str) -> None:
    hits = find_actors(text, load_registry(), language="ru")
    assert [(h.actor_id, h.role) for h in hits] == [("ISKP", role)]
