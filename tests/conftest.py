"""Shared fixtures: bundled specs are built once per session from spec/."""

from __future__ import annotations

import os
from functools import cache
from typing import Any

import pytest

from generator.bundle import bundle
from generator.paths import list_apis
from generator.specmodel import Spec

# SMSSPEC_APIS=trackly-v2,transformify restricts the suites to some APIs (default: all).
APIS = [a for a in os.environ.get("SMSSPEC_APIS", "").split(",") if a] or list_apis()


@cache
def bundled(api: str) -> dict[str, Any]:
    """The bundled document of ``api`` (cached for the session; treat as read-only)."""
    return bundle(api)


@cache
def spec_of(api: str) -> Spec:
    return Spec(bundled(api))


@pytest.fixture(params=APIS)
def api(request: pytest.FixtureRequest) -> str:
    return str(request.param)
