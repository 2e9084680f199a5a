"""Compile spec schemas into JSON Schema validators (jsonschema-rs, draft 2020-12)."""

from __future__ import annotations

from typing import Any

import jsonschema_rs

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def standalone(schema: Any, document: dict[str, Any]) -> dict[str, Any]:
    """Wrap a spec schema so its ``#/components/...`` references resolve on their own."""
    return {
        "$schema": DIALECT,
        "allOf": [schema],
        "components": {"schemas": (document.get("components") or {}).get("schemas") or {}},
    }


def compile_validator(schema: Any, document: dict[str, Any], *, formats: bool = False) -> Any:
    """Return a compiled validator for ``schema``. Formats are annotations, as in 2020-12,
    unless ``formats`` asks for them to be asserted (request bodies: a vendor rejects a
    malformed date-time)."""
    return jsonschema_rs.Draft202012Validator(
        standalone(schema, document), validate_formats=formats
    )
