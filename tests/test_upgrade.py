"""OpenAPI 3.0 input upgraded to 3.1 at bundle time; Swagger 2.0 refused naming a converter."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.errors import UserError
from generator.sources import load_spec
from generator.upgrade import upgrade


def document(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "post": {
                    "operationId": "x",
                    "parameters": [
                        {"name": "q", "in": "query", "schema": {"type": "integer", **extra}}
                    ],
                    "requestBody": {"content": {"application/json": {"schema": schema}}},
                    "responses": {200: {"description": "OK"}},
                }
            }
        },
        "components": {"schemas": {"Thing": {"type": "object"}}},
    }


def upgraded_schema(schema: dict[str, Any]) -> Any:
    doc = upgrade(document(schema))
    return doc["paths"]["/x"]["post"]["requestBody"]["content"]["application/json"]["schema"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ({"type": "string", "nullable": True}, {"type": ["string", "null"]}),
        ({"type": "string", "nullable": False}, {"type": "string"}),
        (
            {"type": "string", "enum": ["a", "b"], "nullable": True},
            {"type": ["string", "null"], "enum": ["a", "b", None]},
        ),
        (
            {"$ref": "#/components/schemas/Thing", "nullable": True},
            {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]},
        ),
        (
            {"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": True},
            {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
        ),
        (
            {"allOf": [{"$ref": "#/components/schemas/Thing"}], "nullable": True},
            {
                "anyOf": [
                    {"allOf": [{"$ref": "#/components/schemas/Thing"}]},
                    {"type": "null"},
                ]
            },
        ),
        (
            {"type": "integer", "minimum": 1, "exclusiveMinimum": True},
            {"type": "integer", "exclusiveMinimum": 1},
        ),
        (
            {"type": "integer", "maximum": 9, "exclusiveMaximum": False},
            {"type": "integer", "maximum": 9},
        ),
        ({"type": "string", "example": "hi"}, {"type": "string", "examples": ["hi"]}),
        (
            {"type": "string", "format": "binary"},
            {
                "type": "string",
                "format": "binary",
                "contentMediaType": "application/octet-stream",
            },
        ),
        (
            {"type": "string", "format": "byte"},
            {"type": "string", "format": "byte", "contentEncoding": "base64"},
        ),
        (
            {"type": "object", "properties": {"a": {"type": "string", "nullable": True}}},
            {"type": "object", "properties": {"a": {"type": ["string", "null"]}}},
        ),
        (
            {"type": "array", "items": {"type": "number", "nullable": True}},
            {"type": "array", "items": {"type": ["number", "null"]}},
        ),
    ],
)
def test_schema_rewrites(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert upgraded_schema(before) == after


def test_parameters_version_and_status_keys() -> None:
    doc = upgrade(document({"type": "object"}, nullable=True))
    operation = doc["paths"]["/x"]["post"]
    assert operation["parameters"][0]["schema"] == {"type": ["integer", "null"]}
    assert list(operation["responses"]) == ["200"]
    assert doc["openapi"] == "3.1.0"
    assert list(OpenAPIV31SpecValidator(doc).iter_errors()) == []


def test_a_31_document_is_left_alone() -> None:
    doc = document({"type": "string", "nullable": True})
    doc["openapi"] = "3.1.0"
    before = copy.deepcopy(doc)
    assert upgrade(doc) == before


def test_mapping_identity_is_kept() -> None:
    doc = document({"type": "object", "properties": {"a": {"type": "string", "nullable": True}}})
    schema = doc["paths"]["/x"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    upgrade(doc)
    assert doc["paths"]["/x"]["post"]["requestBody"]["content"]["application/json"]["schema"] is (
        schema
    )


@pytest.mark.parametrize(
    ("text", "problem", "hint"),
    [
        ("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", "Swagger 2.0", "swagger2"),
        ("openapi: 2.5.0\ninfo: {title: t, version: '1'}\npaths: {}\n", "OpenAPI 2.5.0", "3.1"),
        ("info: {title: t, version: '1'}\npaths: {}\n", "no `openapi:`", "openapi: 3.1.0"),
    ],
)
def test_other_versions_are_refused_in_one_line(
    tmp_path: Path, text: str, problem: str, hint: str
) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_spec(path)
    message = str(caught.value)
    assert "\n" not in message
    assert problem in caught.value.message
    assert hint in (caught.value.hint or "")


_TYPES = st.sampled_from(["string", "integer", "number", "boolean", "object", "array"])
_INSTANCES = (
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(-5, 5, allow_nan=False)
    | st.text(max_size=3)
    | st.lists(st.integers(), max_size=2)
    | st.dictionaries(st.text(max_size=2), st.integers(), max_size=2)
)


@st.composite
def schemas_30(draw: st.DrawFn) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": draw(_TYPES)}
    if draw(st.booleans()):
        schema["nullable"] = draw(st.booleans())
    if schema["type"] in ("integer", "number") and draw(st.booleans()):
        schema["minimum"] = draw(st.integers(-3, 3))
        schema["exclusiveMinimum"] = draw(st.booleans())
    if schema["type"] == "string" and draw(st.booleans()):
        schema["enum"] = draw(st.lists(st.text(max_size=2), min_size=1, max_size=3, unique=True))
    return schema


def accepts_30(schema: dict[str, Any], instance: Any) -> bool:
    """What a 3.0 schema accepts: null when nullable, else JSON Schema with the boolean
    exclusiveMinimum made draft-4 style."""
    if instance is None and schema.get("nullable"):
        return True
    plain = {k: v for k, v in schema.items() if k != "nullable"}
    if plain.pop("exclusiveMinimum", False) and "minimum" in plain:
        plain["exclusiveMinimum"] = plain.pop("minimum")
    return bool(jsonschema_rs.Draft202012Validator(plain).is_valid(instance))


@given(schemas_30(), _INSTANCES)
def test_the_upgraded_schema_accepts_what_the_30_schema_accepts(
    schema: dict[str, Any], instance: Any
) -> None:
    upgraded = upgraded_schema(copy.deepcopy(schema))
    ours = jsonschema_rs.Draft202012Validator(upgraded).is_valid(instance)
    assert ours == accepts_30(schema, instance), upgraded
