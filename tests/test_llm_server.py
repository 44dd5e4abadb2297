"""``llm_extract`` against a stand-in OpenAI-compatible server on 127.0.0.1.

The stand-in is a few lines of ``http.server`` in a thread, on a free port, answering with
canned replies: a good answer, malformed JSON, an invented quote, a value outside the
vocabulary, an answer slower than the timeout, HTTP 500 and HTTP 400. In every failure the
rule-based events come back unchanged and the failure is recorded. Timeouts here are a few
tenths of a second.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from conflictdesk.llm import LlmResult, client, llm_extract, passages
from conflictdesk.model import Casualties, Extraction
from test_llm import DOCUMENT, REGISTRY, TEXT, answer, q, rule_event

# Short enough to keep the slow-answer test well under a second, long enough for a loaded CI.
TEST_TIMEOUT_SECONDS = 0.3
# How long the "slow" reply would wait if the test did not release it at teardown.
SLOW_REPLY_SECONDS = 10.0


@dataclass(frozen=True)
class Reply:
    status: int = 200
    content: str | None = None  # the assistant's text, wrapped in an OpenAI-style body
    raw: str | None = None  # or this body as it is
    slow: bool = False


@dataclass
class StandIn:
    url: str
    replies: list[Reply] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def next_reply(self) -> Reply:
        return self.replies.pop(0) if self.replies else Reply(content=answer())


def _body(reply: Reply) -> bytes:
    if reply.raw is not None:
        return reply.raw.encode()
    message = {"role": "assistant", "content": reply.content}
    return json.dumps({"object": "chat.completion", "choices": [{"message": message}]}).encode()


class Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        stand_in = self.server.stand_in
        length = int(self.headers.get("Content-Length") or 0)
        stand_in.requests.append(
            {
                "path": self.path,
                "authorization": self.headers.get("Authorization"),
                "body": json.loads(self.rfile.read(length)),
            }
        )
        reply = stand_in.next_reply()
        if reply.slow:
            stand_in.release.wait(SLOW_REPLY_SECONDS)
        body = _body(reply)
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting, as it should

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    stand_in: StandIn


@pytest.fixture
def stand_in() -> Iterator[StandIn]:
    server = _Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    host, port = server.server_address[:2]
    server.stand_in = StandIn(url=f"http://{host!s}:{port}")
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield server.stand_in
    server.stand_in.release.set()
    server.shutdown()
    server.server_close()
    thread.join()


def rules() -> Extraction:
    return Extraction(DOCUMENT, (rule_event(),))


def run(stand_in: StandIn, **options: Any) -> LlmResult:
    settings: dict[str, Any] = {"timeout": TEST_TIMEOUT_SECONDS, "retries": 0}
    settings.update(options)
    return llm_extract(
        DOCUMENT, rules(), url=stand_in.url, model="test-model", registry=REGISTRY, **settings
    )


GOOD = answer(
    {
        "event_type": q("Explosions/Remote violence", "A suicide bomber detonated"),
        "sub_event_type": q("Suicide bomb", "A suicide bomber"),
        "event_date": q("2023-03-27", "March 27, 2023"),
        "actor1": q("ISKP", "The Islamic State Khorasan Province claimed responsibility"),
        "claimed_by": q("ISKP", "The Islamic State Khorasan Province claimed responsibility"),
        "target": q("Ministry of Foreign Affairs", "near the Ministry of Foreign Affairs"),
        "target_type": q("Government (Diplomatic)", "the Ministry of Foreign Affairs"),
        "location": q("Kabul", "in Kabul city"),
        "fatalities": q({"low": 6, "best": 6}, "At least six civilians were killed"),
        "injuries": q({"low": 12, "best": 12}, "12 others were injured"),
        "deaths_by_side": q({"civilians": 6}, "At least six civilians were killed"),
        "tags": [q("claim", "claimed responsibility")],
    },
    {
        "event_type": q("Battles", "gunmen shot dead two police officers"),
        "sub_event_type": q("Armed clash", "gunmen shot dead"),
        "attack_type": q("Armed Assault", "gunmen shot dead two police officers"),
        "weapon_type": q("Firearms", "shot dead"),
        "target_type": q("Police", "two police officers"),
        "event_date": q("2023-03-25", "on March 25, 2023"),
        "location": q("Jalalabad", "at a checkpoint in Jalalabad"),
        "fatalities": q(2, "shot dead two police officers"),
    },
)


def test_good_answer_fills_gaps_and_adds_an_event(
    stand_in: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(client.API_KEY_ENV, "sk-test-123")
    stand_in.replies.append(Reply(content=GOOD))
    result = run(stand_in)
    assert result.errors == ()
    assert result.dropped_fields == ()
    merged, added = result.events
    assert merged.event_id == "ev-rule-1"
    assert (merged.actor1, merged.claimed_by, merged.target_type) == (
        "ISKP",
        "ISKP",
        "Government (Diplomatic)",
    )
    assert merged.fatalities == Casualties(6, 6, None)
    assert merged.injuries == Casualties(12, 12, None)
    assert merged.deaths_by_side.civilians == 6
    assert merged.tags == ("claim",)
    by_field = {(f.field, f.method) for f in merged.field_spans}
    assert ("fatalities", "rules") in by_field
    assert ("fatalities", "llm") not in by_field
    assert ("actor1", "llm") in by_field
    for span in (*merged.field_spans, *added.field_spans):
        assert TEXT[span.start : span.end] == span.text
    assert (added.event_type, added.sub_event_type, added.admin1) == (
        "Battles",
        "Armed clash",
        "Nangarhar",
    )
    assert added.confidence < merged.confidence
    request = stand_in.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["authorization"] == "Bearer sk-test-123"
    body = request["body"]
    assert body["model"] == "test-model"
    assert body["temperature"] == 0
    assert body["response_format"] == {"type": "json_object"}
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "weather" not in body["messages"][1]["content"]


def test_malformed_json_keeps_the_rule_events(stand_in: StandIn) -> None:
    stand_in.replies.append(Reply(content='{"events": [{"event_type": {"value": "Batt'))
    result = run(stand_in)
    assert result.events == (rule_event(),)
    assert len(result.errors) == 1
    assert "E653" in result.errors[0]
    assert "not valid JSON" in result.errors[0]


def test_answer_that_is_not_openai_shaped(stand_in: StandIn) -> None:
    stand_in.replies.append(Reply(raw='{"result": "ok"}'))
    stand_in.replies.append(Reply(raw="<html>proxy error</html>"))
    first, second = run(stand_in), run(stand_in)
    assert first.events == second.events == (rule_event(),)
    assert "choices[0].message.content" in first.errors[0]
    assert "not JSON" in second.errors[0]


def test_invented_quote_is_dropped_and_the_rest_kept(stand_in: StandIn) -> None:
    invented = "ISIS-K fighters stormed the ministry"
    stand_in.replies.append(
        Reply(
            content=answer(
                {
                    "event_type": q("Explosions/Remote violence", "A suicide bomber"),
                    "actor1": q("ISKP", invented),
                    "injuries": q(12, "12 others were injured"),
                }
            )
        )
    )
    result = run(stand_in)
    assert result.errors == ()
    assert [(d.field, d.quote) for d in result.dropped_fields] == [("actor1", invented)]
    (event,) = result.events
    assert event.actor1 is None
    assert event.injuries == Casualties(12, 12, 12)


def test_value_outside_the_vocabulary_is_dropped(stand_in: StandIn) -> None:
    stand_in.replies.append(
        Reply(
            content=answer(
                {
                    "event_type": q("Terror attack", "A suicide bomber"),
                    "sub_event_type": q("Suicide bomb", "A suicide bomber"),
                    "target_type": q("Ministries", "the Ministry of Foreign Affairs"),
                    "claimed_by": q("Khorasan Boys", "claimed responsibility"),
                }
            )
        )
    )
    result = run(stand_in)
    reasons = {d.field: d.reason for d in result.dropped_fields}
    assert set(reasons) == {"event_type", "target_type", "claimed_by"}
    assert "ACLED event types" in reasons["event_type"]
    assert result.events == (rule_event(),)


def test_slow_answer_times_out_and_skips_the_rest(
    stand_in: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(passages, "MAX_REQUEST_CHARS", 100)  # one request per passage
    stand_in.replies.append(Reply(content=GOOD, slow=True))
    result = run(stand_in)
    assert result.events == (rule_event(),)
    assert len(stand_in.requests) == 1
    assert len(result.errors) == 1
    assert "E651" in result.errors[0]
    assert "no answer within 0.3 s" in result.errors[0]


def test_http_500_is_recorded_without_the_key(stand_in: StandIn) -> None:
    stand_in.replies.append(Reply(status=500, raw='{"error": "model crashed"}'))
    result = run(stand_in, api_key="sk-secret-456")
    assert result.events == (rule_event(),)
    assert stand_in.requests[0]["authorization"] == "Bearer sk-secret-456"
    assert "E652" in result.errors[0]
    assert "HTTP 500" in result.errors[0]
    assert "model crashed" in result.errors[0]
    assert "sk-secret-456" not in " ".join(result.errors)


def test_unreachable_server_is_recorded() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = llm_extract(
        DOCUMENT,
        rules(),
        url=f"http://127.0.0.1:{port}",
        model="m",
        timeout=TEST_TIMEOUT_SECONDS,
        retries=0,
        registry=REGISTRY,
    )
    assert result.events == (rule_event(),)
    assert "E651" in result.errors[0]
    assert "cannot reach" in result.errors[0]


def test_client_retries_a_5xx_then_succeeds(stand_in: StandIn) -> None:
    stand_in.replies.extend([Reply(status=503, raw="busy"), Reply(content=GOOD)])
    with client.LlmClient(
        stand_in.url, "m", timeout=TEST_TIMEOUT_SECONDS, retries=1, backoff=0
    ) as llm:
        assert llm.complete([{"role": "user", "content": "hi"}]) == GOOD
    assert len(stand_in.requests) == 2


def test_server_without_json_mode_is_asked_again_plainly(stand_in: StandIn) -> None:
    stand_in.replies.extend(
        [Reply(status=400, raw="unknown field response_format"), Reply(content=GOOD)]
    )
    result = run(stand_in)
    assert result.errors == ()
    assert len(result.events) == 2
    first, second = (r["body"] for r in stand_in.requests)
    assert "response_format" in first
    assert "response_format" not in second


def test_no_candidate_passages_means_no_request(stand_in: StandIn) -> None:
    quiet = DOCUMENT.__class__(id="quiet", text="Markets reopened by evening.", content_hash="q")
    result = llm_extract(
        quiet, Extraction(quiet, ()), url=stand_in.url, model="m", registry=REGISTRY
    )
    assert result == type(result)(events=())
    assert stand_in.requests == []
