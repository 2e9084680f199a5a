"""The ordered constraint checker, keyword by keyword.

Every keyword the checker supports gets a schema, an instance that satisfies it and one that
breaks it: the breaking one is reported with that keyword, its location and the error the
nearest ``x-error-codes`` mapping names; the satisfying one is not reported. Then the order
rules the vendors' hand-written checks follow (required fields in listed order, type before
length before pattern), ``$ref`` chains and mapping inheritance, and agreement with a full
JSON Schema validator on random instances.
"""

from __future__ import annotations

from typing import Any

import jsonschema_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.constraints import ConstraintChecker, json_size

CHECKER = ConstraintChecker(
    {
        "components": {
            "schemas": {
                "Phone": {
                    "type": "string",
                    "pattern": "^\\+[1-9][0-9]{7,14}$",
                    "x-error-codes": {"pattern": "invalid_phone"},
                }
            }
        }
    }
)

# keyword, schema, valid instance, invalid instance
KEYWORDS: list[tuple[str, dict[str, Any], Any, Any]] = [
    ("type", {"type": "string"}, "x", 5),
    ("type", {"type": ["string", "null"]}, None, 5),
    ("const", {"const": "queued"}, "queued", "sent"),
    ("enum", {"enum": ["a", "b"]}, "b", "c"),
    ("minLength", {"type": "string", "minLength": 2}, "ab", "a"),
    ("maxLength", {"type": "string", "maxLength": 2}, "ab", "abc"),
    ("pattern", {"type": "string", "pattern": "^[0-9]+$"}, "123", "12a"),
    ("minimum", {"type": "number", "minimum": 1}, 1, 0.5),
    ("maximum", {"type": "number", "maximum": 1}, 1, 1.5),
    ("exclusiveMinimum", {"type": "number", "exclusiveMinimum": 1}, 1.1, 1),
    ("exclusiveMaximum", {"type": "number", "exclusiveMaximum": 1}, 0.9, 1),
    ("multipleOf", {"type": "number", "multipleOf": 5}, 10, 12),
    ("minItems", {"type": "array", "minItems": 1}, [1], []),
    ("maxItems", {"type": "array", "maxItems": 1}, [1], [1, 2]),
    ("uniqueItems", {"type": "array", "uniqueItems": True}, [1, 2], [1, 1]),
    ("contains", {"type": "array", "contains": {"const": 3}}, [1, 3], [1, 2]),
    ("required", {"type": "object", "required": ["to"]}, {"to": "x"}, {}),
    ("minProperties", {"type": "object", "minProperties": 1}, {"a": 1}, {}),
    ("maxProperties", {"type": "object", "maxProperties": 1}, {"a": 1}, {"a": 1, "b": 2}),
    (
        "additionalProperties",
        {"type": "object", "properties": {"a": {}}, "additionalProperties": False},
        {"a": 1},
        {"a": 1, "b": 2},
    ),
    (
        "dependentRequired",
        {"type": "object", "dependentRequired": {"a": ["b"]}},
        {"a": 1, "b": 2},
        {"a": 1},
    ),
    (
        "propertyNames",
        {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}},
        {"ab": 1},
        {"A": 1},
    ),
    ("not", {"not": {"const": "x"}}, "y", "x"),
    ("anyOf", {"anyOf": [{"type": "string"}, {"type": "integer"}]}, 3, 1.5),
    ("oneOf", {"oneOf": [{"type": "integer"}, {"minimum": 2}]}, 1, 3),
    ("x-max-bytes", {"x-max-bytes": 10}, "short", "much longer text"),
]


REPORTED_AS = {"dependentRequired": ("required", ("b",)), "propertyNames": ("pattern", ("A",))}


@pytest.mark.parametrize(
    ("keyword", "schema", "valid", "invalid"),
    KEYWORDS,
    ids=[k[0] + str(i) for i, k in enumerate(KEYWORDS)],
)
def test_each_keyword_reports_its_violation(
    keyword: str, schema: dict[str, Any], valid: Any, invalid: Any
) -> None:
    mapped = {**schema, "x-error-codes": {keyword: "the_error"}}
    assert CHECKER.first_violation(mapped, valid) is None
    violation = CHECKER.first_violation(mapped, invalid)
    assert violation is not None
    assert violation.message
    reported = REPORTED_AS.get(keyword)
    if reported is None:
        assert (violation.keyword, violation.error) == (keyword, "the_error")
    else:
        # Reported where the fix is: the missing dependent field, the offending key.
        assert (violation.keyword, violation.path) == reported


def test_an_unmapped_violation_names_no_error() -> None:
    violation = CHECKER.first_violation({"type": "string", "maxLength": 1}, "ab")
    assert violation is not None
    assert (violation.keyword, violation.error) == ("maxLength", None)


def test_star_maps_every_other_keyword() -> None:
    schema = {"type": "string", "maxLength": 1, "x-error-codes": {"*": "bad", "type": "wrong_type"}}
    assert CHECKER.first_violation(schema, "ab").error == "bad"  # type: ignore[union-attr]
    assert CHECKER.first_violation(schema, 1).error == "wrong_type"  # type: ignore[union-attr]


def test_required_fields_fail_in_the_order_listed() -> None:
    schema = {
        "type": "object",
        "required": ["to", "list_number", "body"],
        "properties": {
            "to": {"x-error-codes": {"required": "missing_to"}},
            "list_number": {"x-error-codes": {"required": "missing_list_number"}},
            "body": {"x-error-codes": {"required": "missing_body"}},
        },
    }
    assert CHECKER.first_violation(schema, {}).error == "missing_to"  # type: ignore[union-attr]
    assert CHECKER.first_violation(schema, {"to": "x"}).error == "missing_list_number"  # type: ignore[union-attr]
    only_body_missing = CHECKER.first_violation(schema, {"to": "x", "list_number": "y"})
    assert only_body_missing is not None
    assert (only_body_missing.path, only_body_missing.error) == (("body",), "missing_body")


def test_type_is_checked_before_length_before_pattern() -> None:
    schema = {
        "type": "string",
        "maxLength": 3,
        "pattern": "^[0-9]+$",
        "x-error-codes": {"type": "t", "maxLength": "len", "pattern": "pat"},
    }
    assert CHECKER.first_violation(schema, 12).error == "t"  # type: ignore[union-attr]
    assert CHECKER.first_violation(schema, "abcd").error == "len"  # type: ignore[union-attr]
    assert CHECKER.first_violation(schema, "ab").error == "pat"  # type: ignore[union-attr]


def test_ref_chains_keep_the_mapping_of_the_referenced_schema_and_the_written_node_wins() -> None:
    schema = {"type": "object", "properties": {"to": {"$ref": "#/components/schemas/Phone"}}}
    found = CHECKER.first_violation(schema, {"to": "123"})
    assert found is not None
    assert (found.location, found.error) == ("to", "invalid_phone")
    override = {
        "type": "object",
        "properties": {
            "to": {"$ref": "#/components/schemas/Phone", "x-error-codes": {"pattern": "bad_to"}}
        },
    }
    assert CHECKER.first_violation(override, {"to": "123"}).error == "bad_to"  # type: ignore[union-attr]


def test_locations_name_items_and_nested_fields() -> None:
    schema = {
        "type": "object",
        "properties": {
            "messages": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"to": {"$ref": "#/components/schemas/Phone"}},
                },
            }
        },
    }
    found = CHECKER.first_violation(schema, {"messages": [{"to": "+14155551234"}, {"to": "x"}]})
    assert found is not None
    assert (found.path, found.location) == (("messages", 1, "to"), "messages[1].to")


def test_if_then_else_applies_the_branch_the_condition_picks() -> None:
    schema = {
        "type": "object",
        "if": {"properties": {"kind": {"const": "survey"}}, "required": ["kind"]},
        "then": {
            "properties": {"text": {"maxLength": 5, "x-error-codes": {"maxLength": "too_long"}}}
        },
        "else": {"properties": {"text": {"maxLength": 10}}},
    }
    assert CHECKER.first_violation(schema, {"kind": "survey", "text": "123456"}).error == "too_long"  # type: ignore[union-attr]
    assert CHECKER.first_violation(schema, {"kind": "plain", "text": "123456"}) is None


def test_prefix_items_and_pattern_properties() -> None:
    tuple_schema = {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]}
    assert CHECKER.first_violation(tuple_schema, ["a", 1]) is None
    assert CHECKER.first_violation(tuple_schema, ["a", "b"]).path == (1,)  # type: ignore[union-attr]
    pattern_schema = {"type": "object", "patternProperties": {"^n_": {"type": "integer"}}}
    assert CHECKER.first_violation(pattern_schema, {"n_a": 1, "x": "y"}) is None
    assert CHECKER.first_violation(pattern_schema, {"n_a": "1"}).path == ("n_a",)  # type: ignore[union-attr]


def test_json_size_is_compact_utf8() -> None:
    assert json_size({"a": "é"}) == len('{"a":"é"}'.encode())
    deep: Any = []
    for _ in range(100_000):
        deep = [deep]
    assert json_size(deep) > 10**12  # too deep to serialise counts as larger than any limit


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(-5, 5, allow_nan=False)
    | st.text(max_size=4),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["a", "b", "to"]), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(index=st.integers(0, len(KEYWORDS) - 1), instance=JSON)
def test_agrees_with_a_full_validator_on_whether_an_instance_is_valid(
    index: int, instance: Any
) -> None:
    keyword, schema, _valid, _invalid = KEYWORDS[index]
    if keyword == "x-max-bytes":
        return  # an extension keyword: no standard validator knows it
    reference = jsonschema_rs.validator_for(
        {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    )
    assert (CHECKER.first_violation(schema, instance) is None) == reference.is_valid(instance)
