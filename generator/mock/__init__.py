"""Spec-driven mock server.

``create_app(api)`` returns the ASGI app of one API; ``demo_keys(api)`` maps each demo role
to a key the mock accepts. The behaviour is declared in the spec (``x-resources``,
``x-action``, ``x-rules``, ``x-demo-accounts``…) and served by one engine
(``engine/``); ``plugins/<api>.py`` implements the rules no declaration can carry, by rule id.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..bundle import bundle
from ..paths import generated_dir, list_apis
from ..yamlio import load_file
from .answers import MockError, Reply
from .app import MockApp
from .config import MockConfig
from .engine import Engine, Request
from .plugins import Plugin, plugin_for

__all__ = [
    "Engine",
    "MockApp",
    "MockConfig",
    "MockError",
    "Plugin",
    "Reply",
    "Request",
    "create_app",
    "demo_keys",
    "load_document",
]


def load_document(api: str) -> dict[str, Any]:
    """The bundled spec of ``api``: bundled from spec/ when present, else generated/."""
    if api in list_apis():
        return bundle(api)
    document: dict[str, Any] = load_file(generated_dir(api) / "openapi.json")
    return document


def create_app(
    api: str, config: MockConfig | None = None, document: dict[str, Any] | None = None
) -> MockApp:
    """The ASGI mock of ``api`` with fresh state (``document``: serve this bundled spec under
    that name instead of ``spec/<api>``; its plugin, if any, is still bound by name)."""
    spec = document if document is not None else load_document(api)
    return MockApp(api, spec, plugin_for(api), config)


@cache
def _keys(api: str) -> tuple[tuple[str, str], ...]:
    return tuple(create_app(api).demo_keys().items())


def demo_keys(api: str) -> dict[str, str]:
    """Role → API key accepted by the mock of ``api`` (``default`` is fully privileged)."""
    return dict(_keys(api))
