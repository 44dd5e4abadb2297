"""One person told with two roles joined by "and" ("a judge and member of the jirga") is one
of the dead; a second noun with a determiner, a figure or a name after it is another person
(invented sentences)."""

from __future__ import annotations

import pytest

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> int:
    return sum(
        m.quantity.best or 0
        for m in find_casualties(sentence, offset=0, language="en")
        if m.outcome == "killed" and m.relation == "count"
    )


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        (
            "Unknown men shot dead Gul Agha, a schoolteacher and head of the village shura.",
            1,
        ),
        ("The bomb killed Abdul Qadir, a former mayor and senior tribal elder, near his home.", 1),
        ("Gunmen killed Nasrin Hotak, an activist and member of the district council, at dusk.", 1),
        # near misses: a determiner, or a title followed by a name, starts another person
        ("The explosion killed a farmer and the district police chief.", 2),
        ("The explosion killed a farmer and district governor Haji Rahim.", 2),
        ("The explosion killed a farmer and two of his sons.", 3),
    ],
)
def test_second_role_is_same_person(sentence: str, dead: int) -> None:
    assert _killed(sentence) == dead
