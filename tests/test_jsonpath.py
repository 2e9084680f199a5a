"""JSONPath (the RFC 9535 subset Overlay targets need): selection, filters, clear refusals."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.jsonpath import JSONPathError, select

DOC: dict[str, Any] = {
    "paths": {
        "/a": {
            "get": {"operationId": "getA", "tags": ["x"], "parameters": [{"in": "path"}]},
            "post": {"operationId": "postA", "requestBody": {}},
            "servers": [{"url": "https://a"}],
        },
        "/b/{id}": {"delete": {"operationId": "deleteB", "deprecated": True}},
    },
    "tags": [{"name": "x"}, {"name": "y"}],
    "info": {"title": "T", "version": 3},
}


def values(expression: str) -> list[Any]:
    return [node.value for node in select(DOC, expression)]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("$", [DOC]),
        ("$.info.title", ["T"]),
        ("$['info']['title']", ["T"]),
        ('$["info"].version', [3]),
        ("$.paths['/a'].get.operationId", ["getA"]),
        ("$.tags[0].name", ["x"]),
        ("$.tags[-1].name", ["y"]),
        ("$.tags[*].name", ["x", "y"]),
        ("$.paths.*['get','post'].operationId", ["getA", "postA"]),
        ("$..operationId", ["getA", "postA", "deleteB"]),
        ("$.paths.*[?@.operationId == 'postA'].operationId", ["postA"]),
        ("$.paths.*[?@.operationId != 'postA'].operationId", ["getA", "deleteB"]),
        ("$.paths.*[?@.requestBody || @.deprecated == true].operationId", ["postA", "deleteB"]),
        ("$.paths.*[?@.operationId && !@.requestBody].operationId", ["getA", "deleteB"]),
        ("$.paths.*[?@.parameters[?@.in == 'path']].operationId", ["getA"]),
        ("$.info[?@ > 2]", [3]),
        ("$.info[?@ >= 'T' && @ <= 'T']", ["T"]),
        ("$.paths.*[?(@.deprecated)].operationId", ["deleteB"]),
        ("$.nothing.here", []),
        ("$.tags[5]", []),
    ],
)
def test_selection(expression: str, expected: list[Any]) -> None:
    assert values(expression) == expected


def test_nodes_carry_parent_and_key() -> None:
    (node,) = select(DOC, "$.tags[1]")
    assert node.parent is DOC["tags"]
    assert node.key == 1
    (root,) = select(DOC, "$")
    assert root.parent is None


@pytest.mark.parametrize(
    ("expression", "problem"),
    [
        ("paths", "starts with '$'"),
        ("$.tags[0:1]", "array slices are not supported"),
        ("$.tags[?length(@) > 1]", "function length() is not supported"),
        ("$.tags[?match(@.name, 'x')]", "function match() is not supported"),
        ("$.paths['/a'", "expected ']'"),
        ("$.paths['/a]", "unterminated string"),
        ("$.a b", "unexpected ' '"),
        ("$.tags[?'x']", "a literal alone is not a test"),
        ("$.tags[?@.name == ]", "expected a query"),
    ],
)
def test_refusals_name_the_column(expression: str, problem: str) -> None:
    with pytest.raises(JSONPathError, match=r"at column [0-9]+ of") as caught:
        select(DOC, expression)
    assert problem in str(caught.value)


_KEYS = st.text(min_size=1, max_size=12)


@given(st.dictionaries(_KEYS, st.integers(), min_size=1))
def test_a_quoted_name_selects_exactly_that_member(document: dict[str, int]) -> None:
    for key, value in document.items():
        quoted = json.dumps(key)  # a JSON string literal is a valid JSONPath string literal
        assert [node.value for node in select(document, f"$[{quoted}]")] == [value]


@given(st.lists(st.integers(), max_size=20), st.integers(min_value=-25, max_value=25))
def test_an_index_selects_as_python_does_within_bounds(items: list[int], index: int) -> None:
    expected = [items[index]] if -len(items) <= index < len(items) else []
    assert [node.value for node in select({"a": items}, f"$.a[{index}]")] == expected


@given(st.lists(st.dictionaries(st.sampled_from("abc"), st.integers(0, 3)), max_size=12))
def test_a_filter_keeps_what_python_keeps(items: list[dict[str, int]]) -> None:
    found = [node.value for node in select({"a": items}, "$.a[?@.b == 2 || !@.c]")]
    assert found == [item for item in items if item.get("b") == 2 or "c" not in item]
