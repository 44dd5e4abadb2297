"""Shared fixtures: stores on in-memory SQLite and, when it answers, the local PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.model import Event
from conflictdesk.store import Store, open_store
from conflictdesk.store.testing import (
    empty_postgres_tables,
    postgres_unavailable,
    temporary_postgres_database,
)

# Parametrise a test over both backends; PostgreSQL tests skip with the server's reason.
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped at the end."""
    reason = postgres_unavailable()
    if reason is not None:
        pytest.skip(reason)
    with temporary_postgres_database() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def fresh_db(request: pytest.FixtureRequest) -> Iterator[Store]:
    """An empty store on each backend."""
    if request.param == "sqlite":
        with open_store(":memory:") as store:
            yield store
        return
    url = request.getfixturevalue("postgres_url")
    with open_store(url) as store:
        yield store
    empty_postgres_tables(url)


# The first event extracted from a text (``extract_text``'s keywords pass through), failing the
# test when there is none: what most rule tests read.
FirstEvent = Callable[..., Event]


def _first_event(text: str, **options: Any) -> Event:
    events = extract_text(text, **{"document_id": "case", **options}).events
    assert events, f"no event in {text!r}"
    return events[0]


@pytest.fixture
def first_event() -> FirstEvent:
    return _first_event
