"""SDK naming read from the spec: the client class and API-key variable (root ``x-sdk``,
with defaults derived from the API name) and ``x-curation`` notes.

The extensions themselves are declared in ``spec/extensions.schema.yaml`` and parsed by
:mod:`generator.extensions` (``Spec.sdk``, ``Operation.sdk_method``, ``Operation.pagination``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .specmodel import Spec

__all__ = [
    "IDENTIFIER",
    "SdkSettings",
    "curation",
    "default_client_name",
    "default_env_var",
    "sdk_settings",
]

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
"""A resource or method segment of ``x-sdk-method``: lower-case snake_case."""

_CLASS_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_ENV_VAR = re.compile(r"^[A-Z][A-Z0-9_]*$")


def default_client_name(api: str) -> str:
    """``trackly-v2`` -> ``TracklyV2``, ``messages-dev`` -> ``MessagesDev``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", api) if part)


def default_env_var(api: str) -> str:
    """``trackly-v2`` -> ``TRACKLY_V2_API_KEY``."""
    return re.sub(r"[^A-Za-z0-9]+", "_", api).strip("_").upper() + "_API_KEY"


@dataclass(frozen=True)
class SdkSettings:
    """How the generated SDKs present an API (root ``x-sdk``)."""

    client: str
    """Class name of the client (``TracklyV2``; the async one is ``Async`` + this)."""
    api_key_env: str
    """Environment variable the client reads the API key from when none is passed."""


class SdkExtensionError(ValueError):
    """An ``x-sdk`` value the generators cannot use."""


def sdk_settings(spec: Spec, api: str) -> SdkSettings:
    """The root ``x-sdk`` of ``spec`` with its defaults filled in from the API name (the
    extension schema checks the spelling of the values a spec gives)."""
    client = spec.sdk.client or default_client_name(api)
    env = spec.sdk.api_key_env or default_env_var(api)
    if not _CLASS_NAME.match(client):
        raise SdkExtensionError(f"x-sdk.client {client!r} is not a PascalCase identifier")
    if not _ENV_VAR.match(env):
        raise SdkExtensionError(f"x-sdk.api-key-env {env!r} is not an environment variable name")
    return SdkSettings(client=client, api_key_env=env)


def curation(node: Any) -> str | None:
    """The ``x-curation`` note of an operation, parameter or schema, if it has one."""
    if not isinstance(node, dict):
        return None
    note = node.get("x-curation")
    return str(note).strip() if isinstance(note, str) and note.strip() else None
