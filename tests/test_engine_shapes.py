"""Unit tests of how the mock engine shapes answers and generated values, on small specs.

Each test builds the smallest document that exercises one declaration and asserts on the
mock's answers (``MockHarness`` serves any bundled document under a name of its own).
"""

from __future__ import annotations

import random
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.mock.patterns import example, generate, role_text
from tests.mockharness import MockHarness


def _document(paths: dict[str, Any], schemas: dict[str, Any], **root: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "engine test", "version": "1"},
        "servers": [{"url": "https://example.com/api"}],
        "paths": paths,
        "components": {"schemas": schemas},
        **root,
    }


def _list(operation_id: str, schema: Any, **extra: Any) -> dict[str, Any]:
    return {
        "get": {
            "operationId": operation_id,
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": schema}},
                }
            },
            **extra,
        }
    }


WIDGET = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "colour": {"type": "string"},
    },
}
WIDGETS = [
    {"id": 1, "name": "one", "colour": "red"},
    {"id": 2, "name": "two", "colour": "blue"},
    {"id": 3, "name": "three", "colour": "red"},
]


def test_an_answer_documented_as_alternatives_is_planned_from_the_first() -> None:
    """A list whose answer the docs leave open (``anyOf``: an array of records or an object)
    answers the records; a schema-less resource listed as an array of plain objects too."""
    document = _document(
        {
            "/widgets": _list(
                "listWidgets",
                {
                    "anyOf": [
                        {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                        {"type": "object"},
                    ]
                },
                **{"x-action": {"kind": "list", "resource": "widgets"}},
            ),
            "/gadgets": _list(
                "listGadgets",
                {"oneOf": [{"type": "array", "items": {"type": "object"}}, {"type": "object"}]},
                **{"x-action": {"kind": "list", "resource": "gadgets"}},
            ),
        },
        {"Widget": WIDGET},
        **{
            "x-resources": {
                "widgets": {"schema": "Widget", "seed": [{"records": WIDGETS}]},
                "gadgets": {"seed": [{"records": [{"id": 7, "label": "free-form"}]}]},
            }
        },
    )
    with MockHarness("engine-alternatives", document=document) as harness:
        assert harness.ok("get", "/widgets") == WIDGETS
        assert harness.ok("get", "/gadgets") == [{"id": 7, "label": "free-form"}]


def test_the_pagination_items_field_holds_the_page_rendered_through_its_item_schema() -> None:
    """``x-pagination.items`` names the field of the page even when its items are a summary
    of the resource schema: each record answers the summary's fields only."""
    summary = {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
    }
    page = {
        "type": "object",
        "required": ["widgets", "total", "page", "size", "pages"],
        "properties": {
            "widgets": {"type": "array", "items": summary},
            "total": {"type": "integer"},
            "page": {"type": "integer"},
            "size": {"type": "integer"},
            "pages": {"type": "integer"},
        },
    }
    parameters = [
        {"name": "page", "in": "query", "schema": {"type": "integer", "default": 1}},
        {"name": "size", "in": "query", "schema": {"type": "integer", "default": 2}},
        {"name": "colour", "in": "query", "schema": {"type": "string"}},
    ]
    document = _document(
        {
            "/widgets": _list(
                "listWidgets",
                page,
                parameters=parameters,
                **{
                    "x-action": {"kind": "list", "resource": "widgets"},
                    "x-pagination": {
                        "style": "page",
                        "items": "widgets",
                        "page-param": "page",
                        "size-param": "size",
                        "total-pages": "pages",
                        "total-items": "total",
                    },
                },
            )
        },
        {"Widget": WIDGET},
        **{"x-resources": {"widgets": {"schema": "Widget", "seed": [{"records": WIDGETS}]}}},
    )
    with MockHarness("engine-page", document=document) as harness:
        first = harness.ok("get", "/widgets")
        assert first == {
            "widgets": [{"id": 1, "name": "one"}, {"id": 2, "name": "two"}],
            "total": 3,
            "page": 1,
            "size": 2,
            "pages": 2,
        }
        second = harness.ok("get", "/widgets", query={"page": 2})
        assert second["widgets"] == [{"id": 3, "name": "three"}]
        # A page number beyond 64 bits is echoed (JSON has no integer limit), past the end.
        huge = harness.ok("get", "/widgets", query={"page": 10**30})
        assert (huge["widgets"], huge["page"], huge["total"]) == ([], 10**30, 3)
        red = harness.ok("get", "/widgets", query={"colour": "red", "size": 5})
        assert [w["id"] for w in red["widgets"]] == [1, 3]
        assert (red["total"], red["pages"]) == (2, 1)


ID_PATTERNS = [
    "^msg_[a-z0-9]{12}$",
    "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
    "^om_[A-Za-z0-9]{32}$",
    r"^sk_(live|test)_\w{20,}$",
    r"^(ab|cd)x+[^z]\d?$",
]


@settings(max_examples=50, deadline=None)
@given(seed=st.integers(0, 2**32), pattern=st.sampled_from(ID_PATTERNS))
def test_generated_ids_match_their_pattern_and_follow_the_seed(seed: int, pattern: str) -> None:
    """New record ids are drawn from the id's pattern (planned once per pattern): each one
    matches it, and the same seed draws the same ids."""
    first = [generate(pattern, random.Random(seed)) for _ in range(3)]
    again = [generate(pattern, random.Random(seed)) for _ in range(3)]
    assert first == again
    rng = random.Random(seed)
    drawn = {generate(pattern, rng) for _ in range(20)}
    assert all(re.search(pattern, value) for value in drawn)
    assert len(drawn) > 1


def test_demo_keys_spell_their_role() -> None:
    assert example("^om_[A-Za-z0-9]{32}$", role_text("other_company")) == (
        "om_demoOtherCompany0000000000000000"
    )
    assert example(r"^(ab|cd)x+[^z]\d?$") == "ab" + "x" * 24 + "a0"
