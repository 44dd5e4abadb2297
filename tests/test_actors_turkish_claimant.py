"""Turkish puts the claimant before its verb; a group after the verb or in a case is not it."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _claimants(text: str) -> list[str]:
    hits = find_actors(text, load_registry(), language="tr")
    return [h.actor_id for h in hits if h.role == "claim"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "DEAŞ-Horasan, Telegram kanalında saldırıyı üstlendi ve Taliban'a yakın "
            "din adamlarını hedef aldığını duyurdu.",
            "ISKP",
        ),
        (
            "Taliban karşıtı Ulusal Direniş Cephesi ise yaptığı açıklamada pusuyu üstlendi "
            "ve Taliban'ın iki aracını imha ettiğini bildirdi.",
            "NRF",
        ),
    ],
)
def test_the_claimant_stands_before_the_verb(text: str, claimant: str) -> None:
    assert _claimants(text) == [claimant]


def test_the_blamed_group_is_the_object() -> None:
    text = "Saldırıyı üstlenen olmadı, ancak Taliban yönetimi DEAŞ-Horasan'ı sorumlu tuttu."
    hits = find_actors(text, load_registry(), language="tr")
    assert [h.actor_id for h in hits if h.role == "attribution"] == ["ISKP"]


@pytest.mark.parametrize(
    "text",
    [
        "DEAŞ-Horasan geçen yıl Herat'ı da hedef almıştı.",
        "DEAŞ-Horasan geçen ay Kabil'de bir minibüse saldırmıştı.",
        "DEAŞ-Horasan mart ayında Celalabad'da iki mühendisi kaçırmıştı.",
    ],
)
def test_a_turkish_pluperfect_act_has_its_subject_as_agent(text: str) -> None:
    hits = find_actors(text, load_registry(), language="tr")
    assert [(h.actor_id, h.role) for h in hits] == [("ISKP", "agent")]
