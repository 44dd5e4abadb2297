"""Jinja2 templates of the web app: autoescaped, with the terminal's text helpers as globals."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Final
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from conflictdesk.report.assessment import linkable
from conflictdesk.report.terminal import UNKNOWN, actors_text, casualty_text, place_text

NAVIGATION: Final[tuple[tuple[str, str], ...]] = (
    ("/", "Dashboard"),
    ("/events", "Events"),
    ("/review", "Review"),
    ("/people", "People"),
    ("/actors", "Actors"),
    ("/assess", "Assess"),
)


def event_url(event_id: str) -> str:
    return "/events/" + quote(event_id, safe="")


def person_url(person_id: str) -> str:
    return "/people/" + quote(person_id, safe="")


def shown(value: Any) -> str:
    """A record value as text: unknown is a dash (never 0), JSON for nested values."""
    if value is None or value == [] or value == {}:
        return UNKNOWN
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("conflictdesk.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        navigation=NAVIGATION,
        place_text=place_text,
        actors_text=actors_text,
        casualty_text=casualty_text,
        linkable=linkable,
        event_url=event_url,
        person_url=person_url,
        shown=shown,
        UNKNOWN=UNKNOWN,
    )
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def trusted(svg: str) -> Markup:
    """SVG drawn by our own renderers (which escape the text they draw) goes in unescaped."""
    return Markup(svg)
