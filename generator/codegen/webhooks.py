"""``<package>/webhooks.py``: verification of signed webhook deliveries.

Rendered from the spec's root ``x-webhook-signature`` (see ``spec/extensions.md``) for every
API that documents one; an API without it gets no module. The extension lists only what the
vendor documents. Every key it leaves out gets a default here, and the module's docstring
says, key by key, which values are documented and which are this module's reading (each one
is a keyword argument of the verifier, so a receiver can change it).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from openapi_python_client.strings import ClassName, snake_case

from ..extensions import SecretSource
from ..specmodel import Spec
from .jinja import render

__all__ = ["UNDOCUMENTED_DEFAULTS", "WebhookSignatureError", "render_webhooks_module", "view"]

ALGORITHMS = {"HMAC-SHA256": "sha256", "HMAC-SHA1": "sha1", "HMAC-SHA512": "sha512"}
ENCODINGS = {"lowercase-hex": "hex", "hex": "hex", "base64": "base64"}
KNOWN_KEYS = frozenset(
    {
        "header",
        "algorithm",
        "encoding",
        "secret",
        "signed-content",
        "timestamp-header",
        "timestamp-unit",
        "tolerance-seconds",
        "delivery-id-header",
        "comparison",
    }
)

UNDOCUMENTED_DEFAULTS: dict[str, tuple[Any, str]] = {
    "signed-content": (
        "{body}",
        "the raw request body, byte for byte, as received (nothing else is documented as "
        "signed; a MAC over a re-serialised JSON document would not survive key reordering "
        "or whitespace changes)",
    ),
    "encoding": (
        "auto",
        "any unambiguous text form of the MAC is accepted: hexadecimal (either case) or "
        "base64 (standard or URL-safe alphabet, padding optional), optionally prefixed "
        "with '<algorithm>=' (as in 'sha256=…'); the header must decode to exactly the "
        "MAC, so accepting several spellings does not weaken the check",
    ),
    "timestamp-header": (
        None,
        "no timestamp is documented, so no replay window can be enforced; pass "
        "timestamp_header (and tolerance_seconds) if the provider adds one",
    ),
    "timestamp-unit": ("seconds", "Unix time in seconds"),
    "tolerance-seconds": (
        None,
        "no window without a timestamp; 300 seconds when a timestamp header is configured",
    ),
    "delivery-id-header": (None, "no delivery id header is documented"),
    "comparison": (
        "constant-time",
        "hmac.compare_digest, whatever the docs say (a timing-safe comparison is never wrong)",
    ),
    "secret": (
        None,
        "the docs do not say where the signing secret comes from; pass the secret shown "
        "for the webhook endpoint (its UTF-8 bytes are the HMAC key)",
    ),
}


class WebhookSignatureError(ValueError):
    """An ``x-webhook-signature`` the generator cannot turn into a verifier."""


def _secret_text(value: SecretSource | str) -> str:
    if isinstance(value, SecretSource):
        return f"the ``{value.field}`` field of the ``{value.operation}`` response"
    return str(value)


def view(spec: Spec) -> dict[str, Any] | None:
    """The template context for ``spec``'s ``x-webhook-signature``, or ``None`` without one
    (the value's shape is checked by ``smsspec lint`` against the extensions schema)."""
    signature = spec.webhook_signature
    if signature is None:
        return None
    algorithm = ALGORITHMS.get(signature.algorithm.upper())
    if algorithm is None:
        raise WebhookSignatureError(f"x-webhook-signature: unsupported {signature.algorithm!r}")
    signed = signature.signed_content or str(UNDOCUMENTED_DEFAULTS["signed-content"][0])
    if "{timestamp}" in signed and not signature.timestamp_header:
        raise WebhookSignatureError("signed-content uses {timestamp} but no timestamp-header")
    given = {
        item.name.replace("_", "-"): getattr(signature, item.name)
        for item in dataclasses.fields(signature)
        if getattr(signature, item.name) is not None
    }
    documented = [
        {"key": key, "value": _secret_text(given[key]) if key == "secret" else given[key]}
        for key in ("header", "algorithm", *sorted(KNOWN_KEYS - {"header", "algorithm"}))
        if key in given
    ]
    timestamp_header = signature.timestamp_header
    undocumented = [
        {"key": key, "default": default, "reading": reading}
        for key, (default, reading) in UNDOCUMENTED_DEFAULTS.items()
        if key not in given
        and not (key in ("tolerance-seconds", "timestamp-unit") and timestamp_header is None)
    ]
    events = tuple(sorted(str(name) for name in (spec.doc.get("webhooks") or {})))
    title = str((spec.doc.get("info") or {}).get("title", "the API"))
    tolerance = signature.tolerance_seconds
    return {
        "title": title,
        "header": signature.header,
        "algorithm_name": signature.algorithm,
        "algorithm": algorithm,
        "encoding": ENCODINGS[signature.encoding] if signature.encoding is not None else "auto",
        "signed_content": signed,
        "timestamp_header": timestamp_header,
        "timestamp_unit": signature.timestamp_unit or "seconds",
        "tolerance": float(tolerance) if tolerance is not None else None,
        "delivery_id_header": signature.delivery_id_header,
        "documented": documented,
        "undocumented": undocumented,
        "secret": _secret_text(signature.secret) if signature.secret is not None else None,
        "events": events,
    }


def event_models(spec: Spec) -> tuple[str | None, list[dict[str, str]]]:
    """The field naming a delivery's event (the property whose ``const`` is the event's name
    in every event schema) and, per event of ``webhooks``, the model class of its payload.
    Without such a common field deliveries cannot be told apart: ``(None, [])``."""
    events: list[dict[str, str]] = []
    fields: set[str] = set()
    for name, item in sorted((spec.doc.get("webhooks") or {}).items()):
        operation = next((v for v in spec.resolve(item).values() if isinstance(v, dict)), {})
        body = spec.resolve(operation.get("requestBody") or {})
        schema = ((body.get("content") or {}).get("application/json") or {}).get("schema") or {}
        ref = schema.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
            return None, []
        model = ref.rsplit("/", 1)[-1]
        properties = spec.resolve(schema).get("properties") or {}
        field = next(
            (key for key, prop in properties.items() if spec.resolve(prop).get("const") == name),
            None,
        )
        if field is None:
            return None, []
        fields.add(field)
        class_name = str(ClassName(model, ""))
        events.append({"event": str(name), "model": class_name, "module": snake_case(class_name)})
    if len(fields) != 1:
        return None, []
    return fields.pop(), events


def render_webhooks_module(spec: Spec, package: str) -> str | None:
    """Source of ``<package>/webhooks.py`` for ``spec``, or ``None`` when it documents no
    signing."""
    context = view(spec)
    if context is None:
        return None
    field, events = event_models(spec)
    return render(
        "client-runtime/webhooks.py.jinja",
        package=package,
        event_field=field,
        event_models=events,
        **context,
    )
