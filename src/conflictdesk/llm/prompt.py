"""The instructions and the request text sent to the model.

The system message states the task, the fields of the event record (DESIGN section 3) with
their allowed values and the registry's actor ids, and the one rule that matters most: every
value comes with a quote copied character for character from the passages. The user message
gives the document's title and date (the reference for relative dates) and the numbered
passages.
"""

from __future__ import annotations

from dataclasses import dataclass

from conflictdesk import vocab
from conflictdesk.llm.passages import Batch
from conflictdesk.llm.schema import CHOICES
from conflictdesk.model import Document
from conflictdesk.resolve.registry import Registry

_TASK = """\
You read passages from a report about armed conflict or terrorism and list the violent events
they state: attacks, bombings, clashes, air strikes, killings, kidnappings, arrests, claims of
responsibility, and threats of attack. General remarks that name no incident are not events.
One object per distinct incident; an incident told twice is one object.

Answer with one JSON object and nothing else:
{"events": [ {FIELD: {"value": VALUE, "quote": "WORDS"}, ...}, ... ]}

Rules for quotes:
- "quote" is copied exactly, character for character, from the passages: a short span (a few
  words up to one sentence) that states the value. Never paraphrase, translate, shorten with
  "..." or join words from different places.
- Numbers you give must be written in the quote (as digits or words).
- Leave a field out when the passages do not state it. Never guess; never use outside knowledge.
"""

_FIELDS = """\
Fields (all optional):
- event_date: "YYYY-MM-DD"; "YYYY-MM" or "YYYY" when only the month or year is given. Resolve
  words like "on Monday" only from the report date given below.
- event_type, sub_event_type: ACLED types, from the list below.
- attack_type, weapon_type, target_type: GTD types, from the lists below.
- suicide: true when the attacker meant to die (suicide bomber, suicide vest).
- actor1: id of the side that acted (the attacker); actor2: id of the side acted upon;
  claimed_by: id of the group that claimed responsibility. Ids from the list below only.
- target: the target in the report's words, e.g. "Ministry of Foreign Affairs".
- location: the town, district or landmark; admin1: the province; country: the country.
- fatalities, injuries: all people killed or injured, attackers included. A single number
  when the report gives one figure ("at least 6" is 6); {"low": n, "best": n, "high": n} for
  a range ("20 to 25": low 20, high 25) or a revision ("six... the toll rose to 20": low 6,
  best 20, high 20).
- deaths_by_side: {"actor1": n, "actor2": n, "civilians": n, "unknown": n}, any subset;
  attackers who died count under actor1.
- persons: a list of {"name", "role", "outcome", "quote"}; outcome is one of
  killed, captured, injured, surrendered, or null.
- tags: a list of {"value", "quote"}; values from the tag list below.
"""


@dataclass(frozen=True, slots=True)
class Prompt:
    system: str
    user: str

    def messages(self) -> list[dict[str, str]]:
        """The chat messages in the wire format of the chat-completions route."""
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self.user},
        ]


def _vocabularies() -> str:
    acled = "\n".join(f"  {t}: {'; '.join(subs)}" for t, subs in vocab.ACLED_TYPES.items())
    return (
        f"ACLED event types, each with its sub-event types:\n{acled}\n"
        f"GTD attack types: {'; '.join(vocab.ATTACK_TYPES)}\n"
        f"GTD weapon types: {'; '.join(vocab.WEAPON_TYPES)}\n"
        f"GTD target types: {'; '.join(vocab.TARGET_TYPES)}\n"
        f"Tags: {'; '.join(CHOICES['tags'][1])}\n"
    )


def _actors(registry: Registry) -> str:
    lines = [f"  {a.id}: {a.name}" for a in sorted(registry.actors.values(), key=lambda a: a.id)]
    return "Actor ids:\n" + "\n".join(lines) + "\n"


def system_prompt(registry: Registry) -> str:
    return "\n".join((_TASK, _FIELDS, _vocabularies(), _actors(registry)))


def user_prompt(document: Document, batch: Batch) -> str:
    head = [f"Report title: {document.title or '(none)'}"]
    head.append(
        f"Report date: {document.published.isoformat() if document.published else 'unknown'}"
    )
    if document.language:
        head.append(f"Language: {document.language}")
    body = [f"[{n}] {p.text}" for n, p in enumerate(batch.passages, start=1)]
    return "\n".join(head) + "\n\nPassages:\n\n" + "\n\n".join(body)


def build_prompt(document: Document, batch: Batch, registry: Registry) -> Prompt:
    return Prompt(system_prompt(registry), user_prompt(document, batch))
