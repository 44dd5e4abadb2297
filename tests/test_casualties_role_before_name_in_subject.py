"""A name right after the role of one person is that person, in a subject list too.

"Police chief Ahmad Wali and intelligence chief Karim Dad were killed" is two dead, each of
the role's group. Every sentence here was written for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[tuple[int | None, str]]:
    return [
        (m.quantity.best, m.group)
        for m in find_casualties(sentence, language="en")
        if m.outcome == "killed"
    ]


def test_two_roles_with_names_joined_by_and_are_two_dead() -> None:
    found = _killed("Police chief Ahmad Wali and intelligence chief Karim Dad were killed.")
    assert [best for best, _ in found] == [1, 1]
    assert {group for _, group in found} == {"security"}


def test_a_named_governor_takes_the_governors_side() -> None:
    found = _killed("The district governor Ahmad Wali and police chief Karim Dad were killed.")
    assert sorted(group for _, group in found) == ["security", "target_side"]


def test_a_role_and_name_beside_a_bodyguard_are_two_wounded() -> None:
    # near miss: the role and its name stay one person, not two
    found = [
        m.quantity.best
        for m in find_casualties(
            "The provincial governor Karim Dad and a bodyguard were wounded.", language="en"
        )
        if m.outcome == "injured"
    ]
    assert found == [1, 1]
