"""Optional extraction by a language model behind any OpenAI-compatible endpoint.

Off by default and never needed: the rule extractor is the product; a model only fills gaps.
It works with a local server (llama.cpp's ``llama-server``, vLLM, Ollama's OpenAI route) or a
hosted one. From the command line (wired into ``extract`` and ``ingest``)::

    llama-server -m qwen2.5-7b-instruct-q4_k_m.gguf --port 8080
    conflictdesk extract report.txt --llm http://127.0.0.1:8080 --model qwen2.5-7b-instruct

    export CONFLICTDESK_LLM_API_KEY=...        # only if the endpoint wants a key
    conflictdesk ingest reports/ --llm https://api.example.com --model some-model

From Python::

    from conflictdesk.extract import extract_document
    from conflictdesk.llm import llm_extract

    rules = extract_document(document, registry)
    result = llm_extract(document, rules, url="http://127.0.0.1:8080", model="qwen2.5-7b")
    result.events          # rule events with gaps filled, plus model-only events
    result.dropped_fields  # what the model said but could not show, and why
    result.errors          # service failures; the rule events are still all there

How it works: ``passages`` picks the paragraphs with violence or claim words and packs them
into requests of bounded size; ``prompt`` asks for the DESIGN section 3 fields, each as
``{"value", "quote"}``; ``client`` posts to ``{url}/v1/chat/completions`` (temperature 0,
JSON mode); ``schema`` validates each field with pydantic against the vocabularies and the
registry's actor ids; ``verify`` keeps a field only if its quote occurs verbatim in the text
and backs the value (numbers written in it, the actor or place named in it); ``merge`` fills
only the fields the rules left empty, marking each with ``FieldSpan(method="llm")``.

``llm_extract`` never raises for a misbehaving model or server: malformed JSON, invented
quotes, values outside the vocabularies, timeouts and HTTP errors all leave the rule events
unchanged and are recorded in ``errors`` or ``dropped_fields``. The API key (argument or
``$CONFLICTDESK_LLM_API_KEY``) is sent only in the ``Authorization`` header, never logged.
"""

from __future__ import annotations

from dataclasses import dataclass

from conflictdesk.llm.client import (
    API_KEY_ENV,
    DEFAULT_RETRIES,
    DEFAULT_TIMEOUT_SECONDS,
    LlmBadAnswer,
    LlmClient,
    LlmError,
    LlmHttpError,
    LlmUnavailable,
)
from conflictdesk.llm.merge import merge_events
from conflictdesk.llm.passages import Batch, Selection, batches, candidate_passages
from conflictdesk.llm.prompt import build_prompt
from conflictdesk.llm.schema import DroppedField, parse_answer
from conflictdesk.llm.verify import VerifiedEvent, Verifier
from conflictdesk.model import Document, Event, Extraction
from conflictdesk.resolve.registry import Registry, load_registry

__all__ = [
    "API_KEY_ENV",
    "DEFAULT_RETRIES",
    "DEFAULT_TIMEOUT_SECONDS",
    "DroppedField",
    "LlmBadAnswer",
    "LlmError",
    "LlmHttpError",
    "LlmResult",
    "LlmUnavailable",
    "llm_extract",
]


@dataclass(frozen=True, slots=True)
class LlmResult:
    """The document's events after the model's help, and what went wrong on the way."""

    events: tuple[Event, ...]
    dropped_fields: tuple[DroppedField, ...] = ()
    errors: tuple[str, ...] = ()


class _Session:
    """The requests for one document, and what their answers left after verification."""

    def __init__(self, document: Document, registry: Registry, client: LlmClient) -> None:
        self.document = document
        self.registry = registry
        self.client = client
        self.verifier = Verifier(document, registry)
        self.verified: list[VerifiedEvent] = []
        self.dropped: list[DroppedField] = []
        self.errors: list[str] = []

    def run(self, selection: Selection) -> None:
        for batch in selection.batches:
            try:
                self.ask(batch)
            except LlmUnavailable as exc:
                self.errors.append(f"{self.document.id}: {exc}")
                return  # a server that is down or too slow will not answer the next batch

    def ask(self, batch: Batch) -> None:
        """One request; ``LlmUnavailable`` escapes, other failures are recorded."""
        prompt = build_prompt(self.document, batch, self.registry)
        try:
            answer = parse_answer(self.client.complete(prompt.messages()), self.registry)
        except LlmUnavailable:
            raise
        except LlmError as exc:
            self.errors.append(f"{self.document.id}: {exc}")
            return
        self.dropped.extend(answer.dropped)
        for parsed in answer.events:
            verified, dropped = self.verifier.verify(parsed, batch)
            self.dropped.extend(dropped)
            if verified is not None:
                self.verified.append(verified)


def llm_extract(
    document: Document,
    rule_extraction: Extraction,
    *,
    url: str,
    model: str,
    api_key: str | None = None,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    retries: int = DEFAULT_RETRIES,
    registry: Registry | None = None,
) -> LlmResult:
    """The rule events of ``rule_extraction`` merged with what the model can show in the text.

    ``timeout`` is per request in seconds; ``retries`` applies to dropped connections, HTTP
    429 and 5xx. After a timeout or an unreachable server the remaining requests for this
    document are skipped. Never raises for the model's or the server's failures.
    """
    registry = registry if registry is not None else load_registry()
    passages = candidate_passages(document, registry, everything=rule_extraction.needs_translation)
    selection = batches(passages)
    skipped: list[str] = []
    if selection.skipped_passages:
        skipped.append(
            f"{document.id}: {selection.skipped_passages} passages not sent: "
            f"more than {len(selection.batches)} requests would be needed"
        )
    if not selection.batches:
        return LlmResult(rule_extraction.events, (), tuple(skipped))
    with LlmClient(url, model, api_key=api_key, timeout=timeout, retries=retries) as client:
        session = _Session(document, registry, client)
        session.run(selection)
    merged = merge_events(rule_extraction.events, session.verified, document)
    dropped = (*session.dropped, *merged.dropped)
    return LlmResult(merged.events, dropped, (*skipped, *session.errors))
