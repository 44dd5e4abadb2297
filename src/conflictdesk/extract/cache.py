"""Per-registry caches: indexes built once per loaded registry, not once per document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from conflictdesk.resolve.registry import Registry

T = TypeVar("T")

# (registry id, name) -> (registry, value). The registry is kept so an id is never reused for
# another registry while its entry lives.
_STORE: dict[tuple[int, str], tuple[Registry, Any]] = {}


def per_registry(registry: Registry, name: str, build: Callable[[Registry], T]) -> T:
    """``build(registry)`` computed once per registry object and name."""
    key = (id(registry), name)
    hit = _STORE.get(key)
    if hit is None or hit[0] is not registry:
        hit = (registry, build(registry))
        _STORE[key] = hit
    value: T = hit[1]
    return value
