"""OpenAPI 3.0 input, upgraded to 3.1 at bundle time, so that every stage sees 3.1.

The rewrite follows the OpenAPI Initiative's 3.0 → 3.1 migration notes, on Schema Objects
only (wherever they are: components, parameters, headers, media types, callbacks):

* ``nullable: true`` → ``null`` added to ``type`` (and to ``enum``); next to a ``$ref`` or a
  composition without a ``type``, an ``anyOf`` with ``{type: "null"}``;
* boolean ``exclusiveMinimum``/``exclusiveMaximum`` → the numeric form (the bound moves from
  ``minimum``/``maximum``);
* ``example`` → ``examples: [example]``;
* file uploads: ``format: binary`` gains ``contentMediaType: application/octet-stream`` and
  ``format: byte`` gains ``contentEncoding: base64`` (``format`` stays: it is an annotation in
  3.1, and the Python and TypeScript generators still type files by it);
* ``openapi: 3.1.0``; response status keys written as numbers become strings.

A Swagger 2.0 document is refused with one line naming converters. The rewrite happens in
place (mapping identities are kept, so a bundler source map stays valid) and is a no-op on
3.1 documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import UserError
from .extensions import _kind_of_child

TARGET_VERSION = "3.1.0"
CONVERTERS = (
    "convert it to OpenAPI 3 first, e.g. `npx swagger2openapi <file> -o openapi.yaml` "
    "or https://converter.swagger.io"
)


def check_version(document: Any, path: Path | None = None) -> str:
    """The document's OpenAPI version (``3.0.x`` or ``3.1.x``); anything else raises a
    :class:`UserError` saying what to do."""
    if not isinstance(document, dict):
        raise UserError(
            "not an OpenAPI document (the top level is not a mapping)",
            file=path,
            line=1,
            hint="give the root document of an OpenAPI 3.0 or 3.1 description",
        )
    if "swagger" in document:
        raise UserError(
            f"Swagger {document.get('swagger')} is not supported (smsspec reads OpenAPI 3.0/3.1)",
            file=path,
            hint=CONVERTERS,
        )
    version = document.get("openapi")
    if not isinstance(version, str):
        raise UserError(
            "not an OpenAPI document (no `openapi:` version string)",
            file=path,
            line=1,
            hint="add `openapi: 3.1.0`, or give the description's root document",
        )
    if not (version.startswith("3.0.") or version.startswith("3.1.")):
        raise UserError(
            f"OpenAPI {version} is not supported (smsspec reads 3.0.x and 3.1.x)",
            file=path,
            hint="use a 3.1 or 3.0 version of the description",
        )
    return version


def upgrade(document: dict[str, Any], path: Path | None = None) -> dict[str, Any]:
    """Upgrade a 3.0 ``document`` to 3.1 in place (a no-op on 3.1); return it."""
    version = check_version(document, path)
    if version.startswith("3.1."):
        return document
    for schema in list(_schemas(document)):
        _upgrade_schema(schema)
    for responses in _response_maps(document):
        for key in [k for k in responses if not isinstance(k, str)]:
            responses[str(key)] = responses.pop(key)
    document["openapi"] = TARGET_VERSION
    return document


def _schemas(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every Schema Object of the document, parents before children."""

    def walk(node: Any, kind: str | None) -> Iterator[dict[str, Any]]:
        if kind is None:
            return
        if isinstance(node, list):
            if kind in ("parameters", "schema-list"):
                for item in node:
                    yield from walk(item, _kind_of_child(kind, "", ()))
            return
        if not isinstance(node, dict):
            return
        if kind == "schema":
            yield node
        for key, value in list(node.items()):
            if isinstance(key, str) and not key.startswith("x-"):
                yield from walk(value, _kind_of_child(kind, key, ()))

    yield from walk(document, "root")


def _response_maps(document: dict[str, Any]) -> Iterator[dict[Any, Any]]:
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for operation in item.values():
            if isinstance(operation, dict) and isinstance(operation.get("responses"), dict):
                yield operation["responses"]


def _upgrade_schema(schema: dict[str, Any]) -> None:
    if "nullable" in schema:
        nullable = schema.pop("nullable") is True
        if nullable:
            _allow_null(schema)
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = schema.get(exclusive)
        if isinstance(flag, bool):
            del schema[exclusive]
            if flag and bound in schema:
                schema[exclusive] = schema.pop(bound)
    if "example" in schema:
        example = schema.pop("example")
        schema.setdefault("examples", [example])
    if schema.get("format") == "binary":
        schema.setdefault("contentMediaType", "application/octet-stream")
    elif schema.get("format") == "byte":
        schema.setdefault("contentEncoding", "base64")


def _allow_null(schema: dict[str, Any]) -> None:
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list):
        if "null" not in kind:
            kind.append("null")
    elif "$ref" in schema:
        ref = schema.pop("$ref")
        schema["anyOf"] = [{"$ref": ref}, {"type": "null"}]
    elif isinstance(schema.get("anyOf"), list):
        schema["anyOf"].append({"type": "null"})
    elif isinstance(schema.get("oneOf"), list):
        schema["oneOf"].append({"type": "null"})
    elif isinstance(schema.get("allOf"), list):
        schema["anyOf"] = [{"allOf": schema.pop("allOf")}, {"type": "null"}]
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"].append(None)
