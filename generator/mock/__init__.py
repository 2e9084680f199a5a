"""Spec-driven mock server.

``create_app(api)`` returns the ASGI app of one API; ``demo_keys(api)`` maps each demo role
to a key the mock accepts. The generic server lives in ``app.py``; provider modules in
``providers/`` add accounts, state and business rules.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from ..bundle import bundle
from ..paths import SPEC_DIR, generated_dir
from ..yamlio import load_file
from .app import MockApp
from .provider import MockConfig, MockError, Provider, Reply, Request

__all__ = [
    "MockApp",
    "MockConfig",
    "MockError",
    "Provider",
    "Reply",
    "Request",
    "create_app",
    "demo_keys",
]


def load_document(api: str) -> dict[str, Any]:
    """The bundled spec of ``api``: bundled from spec/ when present, else generated/."""
    if (SPEC_DIR / api / "openapi.yaml").is_file():
        return bundle(api)
    document: dict[str, Any] = load_file(generated_dir(api) / "openapi.json")
    return document


def provider_class(api: str) -> type[Provider]:
    """The provider of ``api`` (``providers/<api>.py``), or the generic one."""
    try:
        module = importlib.import_module(f"{__name__}.providers.{api.replace('-', '_')}")
    except ModuleNotFoundError:
        return Provider
    cls: type[Provider] = module.PROVIDER
    return cls


def create_app(api: str, config: MockConfig | None = None) -> MockApp:
    """The ASGI mock of ``api`` with fresh state."""
    return MockApp(api, load_document(api), provider_class(api), config)


@cache
def _keys(api: str) -> tuple[tuple[str, str], ...]:
    app = create_app(api)
    return tuple(app.provider.demo_keys().items())


def demo_keys(api: str) -> dict[str, str]:
    """Role → API key accepted by the mock of ``api`` (``default`` is fully privileged)."""
    return dict(_keys(api))
