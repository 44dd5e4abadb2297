"""A minimal client for the chat-completions route of any OpenAI-compatible server.

It sends ``POST {url}/v1/chat/completions`` with the model name, the messages, temperature 0
and (when the server accepts it) ``response_format: {"type": "json_object"}``, and returns the
text of the first choice. Servers that reject ``response_format`` with HTTP 400 (some older
llama.cpp and proxy builds do) are asked again without it.

Every failure is an ``LlmError`` (a ``ServiceError``) with a remedy. The API key travels only
in the ``Authorization`` header: it is never part of a message, an error or a ``repr``.
"""

from __future__ import annotations

import json
import os
import time
from types import TracebackType
from typing import Any

import httpx

from conflictdesk.errors import ServiceError

API_KEY_ENV = "CONFLICTDESK_LLM_API_KEY"
CHAT_ROUTE = "/v1/chat/completions"

# A local 7-8B model on a laptop CPU answers a 6,000-character request in 30-90 s; two minutes
# leaves room without hanging a batch forever. Hosted endpoints answer far faster.
DEFAULT_TIMEOUT_SECONDS = 120.0
# One more try after a dropped connection, HTTP 429 or a 5xx: enough for a server restarting
# or briefly overloaded. Timeouts are not retried: a model that was too slow once will be again.
DEFAULT_RETRIES = 1
# Pause before retry n is n times this; short, because a local server is up or it is not.
RETRY_BACKOFF_SECONDS = 1.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# How much of an error body goes into a message: enough to see the server's reason.
ERROR_BODY_CHARS = 200


class LlmError(ServiceError):
    """The language-model service failed; extraction goes on with the rule-based events."""

    code = "E650"


class LlmUnavailable(LlmError):
    """No answer at all: connection refused, unknown host, or no reply within the timeout."""

    code = "E651"


class LlmHttpError(LlmError):
    """The server answered with an HTTP error status."""

    code = "E652"


class LlmBadAnswer(LlmError):
    """The server answered, but not with what was asked: no JSON, wrong shape, no content."""

    code = "E653"


def api_key_from(explicit: str | None) -> str | None:
    """The key given as an argument, else ``$CONFLICTDESK_LLM_API_KEY``, else none."""
    if explicit:
        return explicit
    return os.environ.get(API_KEY_ENV) or None


def chat_endpoint(url: str) -> str:
    """``http://host:8080``, ``…:8080/`` and ``…:8080/v1`` all mean the same route."""
    base = url.strip().rstrip("/")
    if base.endswith("/v1"):
        base = base[: -len("/v1")]
    return base + CHAT_ROUTE


class LlmClient:
    """One connection pool to one server and model. Use as a context manager."""

    def __init__(
        self,
        url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        retries: int = DEFAULT_RETRIES,
        backoff: float = RETRY_BACKOFF_SECONDS,
    ) -> None:
        self.endpoint = chat_endpoint(url)
        self.model = model
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = max(0.0, backoff)
        self.json_mode = True
        headers = {"Content-Type": "application/json"}
        key = api_key_from(api_key)
        if key:
            headers["Authorization"] = f"Bearer {key}"
        self._http = httpx.Client(timeout=httpx.Timeout(timeout), headers=headers)

    def __repr__(self) -> str:
        return f"LlmClient({self.endpoint!r}, model={self.model!r})"

    def __enter__(self) -> LlmClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def complete(self, messages: list[dict[str, str]]) -> str:
        """The assistant's text for these messages, or an ``LlmError``."""
        response = self._post_with_retries(messages)
        if response.status_code == 400 and self.json_mode:
            # The server may not know response_format; ask once more in plain mode.
            self.json_mode = False
            response = self._post_with_retries(messages)
        if response.status_code >= 400:
            raise self._http_error(response)
        return _content_of(response, self.endpoint)

    def _body(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": 0}
        if self.json_mode:
            body["response_format"] = {"type": "json_object"}
        return body

    def _post_with_retries(self, messages: list[dict[str, str]]) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self._http.post(self.endpoint, json=self._body(messages))
            except httpx.TimeoutException as exc:
                raise LlmUnavailable(
                    f"{self.endpoint} gave no answer within {self.timeout:g} s",
                    remedy="raise the timeout, use a smaller model, or check the server's load",
                ) from exc
            except httpx.TransportError as exc:
                if attempt >= self.retries:
                    raise LlmUnavailable(
                        f"cannot reach {self.endpoint}: {type(exc).__name__}",
                        remedy="start the server or correct --llm (e.g. http://127.0.0.1:8080)",
                    ) from exc
            except (httpx.RequestError, httpx.InvalidURL) as exc:
                raise LlmUnavailable(
                    f"cannot use {self.endpoint}: {type(exc).__name__}",
                    remedy="give --llm as http(s)://host:port of an OpenAI-compatible server",
                ) from exc
            else:
                if response.status_code not in RETRY_STATUSES or attempt >= self.retries:
                    return response
            attempt += 1
            time.sleep(self.backoff * attempt)

    def _http_error(self, response: httpx.Response) -> LlmHttpError:
        status = response.status_code
        body = " ".join(response.text.split())[:ERROR_BODY_CHARS]
        if status in (401, 403):
            remedy = f"set ${API_KEY_ENV} (or pass api_key) to a key the server accepts"
        elif status == 404:
            remedy = f"check the URL and that the server serves model {self.model!r}"
        else:
            remedy = "see the server's log; the rule-based events are kept"
        return LlmHttpError(f"{self.endpoint} answered HTTP {status}: {body}", remedy=remedy)


def _content_of(response: httpx.Response, endpoint: str) -> str:
    """The text of ``choices[0].message.content`` in an OpenAI-style answer."""
    try:
        payload = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LlmBadAnswer(
            f"{endpoint} answered with something that is not JSON",
            remedy="check that the URL points at an OpenAI-compatible server",
        ) from exc
    try:
        content = payload["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as exc:
        raise LlmBadAnswer(
            f"{endpoint} answered without choices[0].message.content",
            remedy="check that the URL points at an OpenAI-compatible chat-completions server",
        ) from exc
    if not isinstance(content, str) or not content.strip():
        raise LlmBadAnswer(
            f"{endpoint} answered with empty content",
            remedy="try another model or a larger context size on the server",
        )
    return content
