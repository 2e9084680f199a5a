"""Schemathesis configuration derived from the spec, for pytest and ``smsspec fuzz``.

Every check runs on every operation. Three kinds of documented false positives are configured
per operation, each with the reason derived from the spec:

* ``positive_data_acceptance``: a schema-valid request can still get a documented error
  that depends on server state or account (an unknown sending list, a resource that does not
  exist, a billing state). Those statuses are listed as expected for that operation.
* ``ensure_resource_availability`` (stateful: a record just created must not answer 404):
  an operation whose ``x-rules`` answer 404 for a *referenced* record that does not exist
  (Trackly's schedule update with an unknown source list) says 404 for another reason.
* ``negative_data_rejection``: an ``x-bulk`` operation accepts items that break the item
  schema and reports them in-band with a 2xx (partial success), as its docs say; a
  form-encoded body carries text only, so a wrong JSON type cannot be told from a right one
  on the wire; and an operation that answers a schema violation with a documented status
  outside schemathesis' default rejection statuses (e.g. 413 ``too_many_phones`` for
  ``maxItems``) lists it.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from typing import Any

from .specmodel import Operation, Spec

API_KEY_ENV = "SMSSPEC_API_KEY"
# schemathesis' default expected statuses of negative_data_rejection.
NEGATIVE_DEFAULT = (*map(str, (400, 401, 403, 404, 405, 406, 409, 415, 422, 428, 429)), "5XX")


@dataclass
class OperationOverride:
    operation_id: str
    expected_statuses: list[int] = field(default_factory=list)
    expected_reason: str = ""
    no_negative_rejection_reason: str = ""
    rejection_statuses: list[int] = field(default_factory=list)
    rejection_reason: str = ""
    no_availability_reason: str = ""


def _constraint_examples(spec: Spec, op: Operation) -> set[str]:
    """Error examples this operation answers schema violations with."""
    names = {name for site in spec.sites(op.request_schema) for name in site.mapping.values()}
    for param in op.params:
        names.update(param.error_codes.values())
    return names


def overrides(spec: Spec) -> list[OperationOverride]:
    """Per-operation expectations for documented state-dependent answers."""
    scheme = spec.auth
    errors = scheme.auth_errors if scheme is not None else None
    auth = {errors.missing, errors.invalid} if errors is not None else set()
    limit = spec.payload_limit.error if spec.payload_limit is not None else None
    result = []
    for op in spec.operations:
        mapped = _constraint_examples(spec, op)
        statuses: dict[int, list[str]] = {}
        for name, example in op.error_examples.items():
            if name in mapped or name in auth or name == limit or example.convention:
                continue
            statuses.setdefault(example.status, []).append(name)
        override = OperationOverride(op.operation_id)
        redirects = sorted(int(s) for s in op.responses if s.isdigit() and 300 <= int(s) < 400)
        if redirects:
            # A documented redirect is this operation's success answer (GET /v1/files: 302).
            statuses.update({status: ["documented redirect"] for status in redirects})
        if statuses:
            override.expected_statuses = sorted(statuses)
            listed = "; ".join(f"{s}: {', '.join(sorted(n))}" for s, n in sorted(statuses.items()))
            override.expected_reason = (
                f"documented errors that depend on state or account ({listed})"
            )
        if op.in_band_items:
            override.no_negative_rejection_reason = (
                "x-bulk partial success: items that break the item schema are reported in-band "
                "with a 2xx, as the vendor documents"
            )
        elif op.form_schema is not None:
            override.no_negative_rejection_reason = (
                "form-encoded body: every value travels as text, so a value of the wrong JSON "
                "type (5 for a string, 'x' for a one-item array) reads as a valid one once encoded"
            )
        rejections: dict[int, list[str]] = {}
        for name, example in op.error_examples.items():
            if (
                name in mapped
                and str(example.status) not in NEGATIVE_DEFAULT
                and not (500 <= example.status < 600)
            ):
                rejections.setdefault(example.status, []).append(name)
        if rejections and not override.no_negative_rejection_reason:
            override.rejection_statuses = sorted(rejections)
            listed = "; ".join(f"{s}: {', '.join(n)}" for s, n in sorted(rejections.items()))
            override.rejection_reason = f"schema violations answered with documented {listed}"
        referenced = sorted(
            rule.error
            for rule in op.rules
            if rule.exists is not None
            and rule.error in op.error_examples
            and op.error_examples[rule.error].status == 404
        )
        if referenced:
            override.no_availability_reason = (
                "a 404 also says that a record the request refers to is missing "
                f"({', '.join(referenced)}), not only the addressed one"
            )
        if (
            override.expected_statuses
            or override.no_negative_rejection_reason
            or override.rejection_statuses
            or override.no_availability_reason
        ):
            result.append(override)
    return result


def _accepted(item: OperationOverride) -> list[int | str]:
    """Statuses ``positive_data_acceptance`` accepts for the operation, each once."""
    return list(dict.fromkeys(["2XX", 401, 403, 404, *item.expected_statuses]))


def config_dict(spec: Spec, *, max_examples: int = 50, seed: int | None = None) -> dict[str, Any]:
    """A schemathesis configuration (``SchemathesisConfig.from_dict`` shape)."""
    operations = []
    for item in overrides(spec):
        checks: dict[str, Any] = {}
        if item.expected_statuses:
            checks["positive_data_acceptance"] = {"expected-statuses": _accepted(item)}
        if item.no_negative_rejection_reason:
            checks["negative_data_rejection"] = {"enabled": False}
        elif item.rejection_statuses:
            checks["negative_data_rejection"] = {
                "expected-statuses": [*NEGATIVE_DEFAULT, *map(str, item.rejection_statuses)]
            }
        if item.no_availability_reason:
            checks["ensure_resource_availability"] = {"enabled": False}
        operations.append({"include-operation-id": item.operation_id, "checks": checks})
    config: dict[str, Any] = {
        "generation": {"max-examples": max_examples, "database": "none"},
        "phases": {
            "examples": {"enabled": True},
            "coverage": {"enabled": True},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": True},
        },
        "operations": operations,
    }
    if seed is not None:
        config["seed"] = seed
    return config


def config_toml(spec: Spec, api: str) -> str:
    """The same configuration as a commented ``schemathesis.toml`` for CLI and CI use."""
    lines = [
        f"# schemathesis configuration for {api}, generated by smsspec — do not edit.",
        "# Every check runs everywhere; the per-operation entries below configure documented",
        "# false positives away, each with its reason.",
        "",
        "[generation]",
        "max-examples = 50",
        'database = "none"',
        "",
    ]
    lines += auth_config_lines(spec)
    for item in overrides(spec):
        lines += ["[[operations]]", f'include-operation-id = "{item.operation_id}"']
        if item.expected_statuses:
            statuses = ", ".join(json.dumps(status) for status in _accepted(item))
            lines += [
                f"# {item.expected_reason}",
                f"checks.positive_data_acceptance.expected-statuses = [{statuses}]",
            ]
        if item.no_negative_rejection_reason:
            lines += [
                f"# {item.no_negative_rejection_reason}",
                "checks.negative_data_rejection.enabled = false",
            ]
        elif item.rejection_statuses:
            statuses = ", ".join(
                f'"{s}"' for s in [*NEGATIVE_DEFAULT, *map(str, item.rejection_statuses)]
            )
            lines += [
                f"# {item.rejection_reason}",
                f"checks.negative_data_rejection.expected-statuses = [{statuses}]",
            ]
        if item.no_availability_reason:
            lines += [
                f"# {item.no_availability_reason}",
                "checks.ensure_resource_availability.enabled = false",
            ]
        lines.append("")
    return "\n".join(lines)


BASIC_USER_ENV = "SMSSPEC_API_USER"
BASIC_PASSWORD_ENV = "SMSSPEC_API_PASSWORD"  # noqa: S105 - the name of a variable
"""For HTTP Basic, ``smsspec fuzz`` splits ``$SMSSPEC_API_KEY`` (``user:password``) into these
two for schemathesis, which interpolates them into its configuration (never into a file)."""


def used_schemes(spec: Spec) -> list[str]:
    """Names of the security schemes the document's and operations' requirements use."""
    names: dict[str, None] = {}
    requirements = list(spec.doc.get("security") or [])
    for op in spec.operations:
        requirements += list(op.raw.get("security") or [])
    for requirement in requirements:
        for name in requirement:
            if name in spec.security_schemes:
                names[name] = None
    return list(names)


def auth_config_lines(spec: Spec) -> list[str]:
    """schemathesis ``[auth.openapi.<scheme>]`` tables for every scheme the spec uses (API key
    in a header, query or cookie; bearer; basic), the key read from the environment."""
    key = f"${{{API_KEY_ENV}}}"
    lines: list[str] = []
    for name in used_schemes(spec):
        scheme = spec.security_schemes[name]
        if scheme.kind == "other":
            continue
        lines.append(f"[auth.openapi.{json.dumps(name)}]")
        if scheme.kind == "api-key":
            lines.append(f'api_key = "{key}"')
        elif scheme.kind == "bearer":
            lines.append(f'bearer = "{key}"')
        else:
            lines += [
                f'username = "${{{BASIC_USER_ENV}}}"',
                f'password = "${{{BASIC_PASSWORD_ENV}}}"',
            ]
        lines.append("")
    if not lines:  # OAuth 2 / OpenID Connect: a bearer token
        lines = ["[headers]", f'Authorization = "Bearer {key}"', ""]
    return lines


def api_key_from_env() -> str | None:
    return os.environ.get(API_KEY_ENV)


def auth_headers(spec: Spec, key: str) -> dict[str, str]:
    """The header carrying ``key`` for this spec's security scheme (HTTP basic takes
    ``user:password``; an API key in the query string needs no header)."""
    scheme = spec.auth
    if scheme is None or scheme.kind == "bearer":
        return {"Authorization": f"Bearer {key}"}
    if scheme.kind == "basic":
        token = base64.b64encode(key.encode()).decode()
        return {"Authorization": f"Basic {token}"}
    if scheme.kind == "api-key" and scheme.location == "header":
        return {scheme.param: key}
    if scheme.kind == "api-key" and scheme.location == "cookie":
        return {"Cookie": f"{scheme.param}={key}"}
    return {}


def auth_query(spec: Spec, key: str) -> dict[str, str]:
    """The query parameter carrying ``key`` when the scheme is an API key in the query."""
    scheme = spec.auth
    if scheme is not None and scheme.kind == "api-key" and scheme.location == "query":
        return {scheme.param: key}
    return {}
