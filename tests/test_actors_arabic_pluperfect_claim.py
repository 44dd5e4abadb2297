"""Arabic: "وكان قد تبنى ..." (it had claimed ...) leaves its subject in the verb: the claimant
is the group the report is about; a group named after the verb is the claimant itself."""

from __future__ import annotations

from conflictdesk.extract.actors import GROUP_ANAPHOR, find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry(), language="ar")]


def test_a_pluperfect_claim_with_no_named_subject_is_the_groups() -> None:
    text = "وكان قد تبنى في مارس الماضي تفجيراً استهدف حافلة للموظفين في مزار شريف."
    assert (GROUP_ANAPHOR, "claim") in _roles(text)


def test_a_group_named_after_the_verb_is_the_claimant() -> None:
    roles = _roles("وكانت قد تبنت حركة طالبان هجوماً على قاعدة عسكرية في هلمند.")
    assert ("TALIBAN", "claim") in roles
    assert (GROUP_ANAPHOR, "claim") not in roles


def test_kana_qad_without_a_claim_verb_names_no_group() -> None:
    text = "وكان قد وصل إلى المدينة قبل الانفجار بساعة."
    assert all(actor != GROUP_ANAPHOR for actor, _ in _roles(text))
