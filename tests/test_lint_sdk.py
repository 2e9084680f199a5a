"""``smsspec lint``'s SDK rules: every operation has a unique, well-formed ``x-sdk-method``, and
an ``x-pagination`` names query parameters its operation has."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.lint import house_rules
from generator.lint_sdk import check_sdk
from generator.paths import is_imported
from generator.specmodel import Spec
from tests.conftest import APIS, bundled


def _document(*operations: tuple[str, str, dict[str, Any]]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for path, method, extra in operations:
        paths.setdefault(path, {})[method] = {
            "operationId": f"{method}{path.strip('/').replace('/', '_')}",
            "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
            "responses": {"200": {"description": "OK"}},
            **extra,
        }
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


@pytest.mark.parametrize("api", APIS)
def test_the_specs_pass(api: str) -> None:
    assert check_sdk(bundled(api), api, require_declared=not is_imported(api)) == []


def test_missing_and_duplicate_methods_are_errors() -> None:
    doc = _document(
        ("/a", "get", {"x-sdk-method": "things.list"}),
        ("/b", "get", {"x-sdk-method": "things.list"}),
        ("/c", "get", {}),
    )
    messages = [message for _where, message in check_sdk(doc)]
    assert any("also used by GET /a" in m for m in messages), messages
    assert any("has no x-sdk-method" in m for m in messages), messages


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("list", "is not '<resource>.<method>'"),
        ("Things.list", "snake_case"),
        ("things.with_raw_response", "reserved"),
        ("with_options.send", "attribute of the client"),
    ],
)
def test_malformed_methods_are_errors(value: str, problem: str) -> None:
    doc = _document(("/a", "get", {"x-sdk-method": value}))
    assert any(problem in message for _where, message in check_sdk(doc))


def test_a_method_that_is_also_a_resource_is_an_error() -> None:
    doc = _document(
        ("/a", "get", {"x-sdk-method": "campaigns.messages"}),
        ("/b", "get", {"x-sdk-method": "campaigns.messages.list"}),
    )
    assert any("both a method and a resource" in m for _w, m in check_sdk(doc))


def test_pagination_must_name_parameters_of_the_operation() -> None:
    good = {"style": "page", "items": "data", "page-param": "page", "total-pages": "pages"}
    bad = {**good, "size-param": "per_page"}
    assert (
        check_sdk(_document(("/a", "get", {"x-sdk-method": "a.list", "x-pagination": good}))) == []
    )
    problems = check_sdk(_document(("/a", "get", {"x-sdk-method": "a.list", "x-pagination": bad})))
    assert any("'per_page' is not a query parameter" in m for _w, m in problems)
    cursor = {"style": "cursor", "items": "data"}
    problems = check_sdk(
        _document(("/a", "get", {"x-sdk-method": "a.list", "x-pagination": cursor}))
    )
    assert any("needs cursor-param" in m for _w, m in problems)


def test_house_rules_report_them() -> None:
    doc = copy.deepcopy(bundled(APIS[0]))
    first = next(iter(doc["paths"].values()))
    operation = next(v for v in first.values() if isinstance(v, dict) and "operationId" in v)
    del operation["x-sdk-method"]
    findings = house_rules(doc)
    assert any("has no x-sdk-method" in f.message for f in findings)


def test_an_imported_document_gets_derived_sdk_places() -> None:
    """Without x-sdk-method the resource is the tag less the shared prefix, the method the
    operationId less the resource's words; places that would clash keep the operationId."""
    doc = _document(
        ("/v1/Services", "get", {"operationId": "ListService", "tags": ["MessagingV1Service"]}),
        (
            "/v1/Services/{Sid}",
            "get",
            {"operationId": "FetchServices", "tags": ["MessagingV1Service"]},
        ),
        ("/v1/Usecases", "get", {"operationId": "FetchUsecase", "tags": ["MessagingV1Usecase"]}),
        ("/v1/Usecases/a", "get", {"operationId": "FetchUsecases", "tags": ["MessagingV1Usecase"]}),
    )
    spec = Spec(doc)
    assert [str(op.sdk_method) for op in spec.operations] == [
        "service.list",
        "service.fetch",
        "usecase.fetch_usecase",
        "usecase.fetch_usecases",
    ]
    assert check_sdk(doc, require_declared=False) == []
    assert len(check_sdk(doc)) == 4  # a curated spec must declare every place
