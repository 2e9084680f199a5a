"""Unit tests of the mock engine's declarations, each on a small spec written for it.

Every spec here is served under a name no plugin has, so the engine alone answers.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.catalogue import build_catalogue
from tests.mockharness import MockHarness

API = "engine-test"

LINE = {
    "type": "object",
    "required": ["id", "handle"],
    "properties": {
        "id": {"type": "string", "pattern": "^ln_[a-z0-9]+$"},
        "handle": {"type": "string"},
    },
}
CHAT = {
    "type": "object",
    "required": ["id", "line_id"],
    "properties": {"id": {"type": "string"}, "line_id": {"type": "string"}},
}


def _list_of(schema: str) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": f"#/components/schemas/{schema}"}}
        },
    }


def _get(op_id: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "get": {
            "operationId": op_id,
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": schema}}},
                "404": {
                    "description": "not found",
                    "content": {
                        "application/json": {
                            "schema": {"type": "object"},
                            "examples": {"not_found": {"value": {"error": "Not found"}}},
                        }
                    },
                },
            },
            **extra,
        }
    }


def document(**root: Any) -> dict[str, Any]:
    """A minimal spec with lines and chats, plus ``root`` keys."""
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "engine test", "version": "1"},
        "servers": [{"url": "https://engine.test"}],
        "x-error-envelope": {"message": "error"},
        "security": [{"Bearer": []}],
        "paths": {
            "/lines": _get(
                "listLines",
                _list_of("Line"),
                **{"x-action": {"kind": "list", "resource": "lines"}},
            ),
            "/lines/{id}": _get(
                "getLine",
                {"$ref": "#/components/schemas/Line"},
                parameters=[
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                **{"x-action": {"kind": "retrieve", "resource": "lines"}},
            ),
        },
        "components": {
            "schemas": {"Line": LINE, "Chat": CHAT},
            "securitySchemes": {
                "Bearer": {"type": "http", "scheme": "bearer", "x-key-pattern": "^key_\\S+$"}
            },
        },
    }
    doc.update(copy.deepcopy(root))
    return doc


# -- shared seed records (tenant "*") ---------------------------------------------------------


def _shared_lines() -> dict[str, Any]:
    return document(
        **{
            "x-demo-accounts": {"default": {}, "other": {"tenant": "other"}},
            "x-resources": {
                "lines": {
                    "schema": "Line",
                    "seed": [
                        {"records": [{"id": "ln_own", "handle": "+1"}]},
                        {"tenant": "*", "records": [{"id": "ln_shared", "handle": "+2"}]},
                    ],
                }
            },
        }
    )


def test_a_record_seeded_for_every_tenant_is_seen_by_each() -> None:
    with MockHarness(API, document=_shared_lines()) as mock:
        own = [line["id"] for line in mock.ok("get", "/lines")["data"]]
        other = [line["id"] for line in mock.ok("get", "/lines", role="other")["data"]]
        assert own == ["ln_own", "ln_shared"]
        assert other == ["ln_shared"]
        assert mock.ok("get", "/lines/ln_shared", role="other")["handle"] == "+2"
        assert mock.call("get", "/lines/ln_own", role="other").status_code == 404


# -- x-action list filter ---------------------------------------------------------------------


def _chats_by_line() -> dict[str, Any]:
    handle = {"name": "from", "in": "query", "required": False, "schema": {"type": "string"}}
    line_exists = {
        "id": "line-exists",
        "rule": "`from` must name a line",
        "error": "not_found",
        "exists": {"value": "query.from", "in": "lines", "by": "handle", "as": "line"},
    }
    doc = document(
        **{
            "x-resources": {
                "lines": {
                    "schema": "Line",
                    "seed": [
                        {
                            "records": [
                                {"id": "ln_a", "handle": "+1"},
                                {"id": "ln_b", "handle": "+2"},
                            ]
                        }
                    ],
                },
                "chats": {
                    "schema": "Chat",
                    "seed": [
                        {
                            "records": [
                                {"id": "cht_1", "line_id": "ln_a"},
                                {"id": "cht_2", "line_id": "ln_b"},
                                {"id": "cht_3", "line_id": "ln_a"},
                            ]
                        }
                    ],
                },
            }
        }
    )
    doc["paths"]["/chats"] = _get(
        "listChats",
        _list_of("Chat"),
        parameters=[handle],
        **{
            "x-rules": [line_exists],
            "x-action": {"kind": "list", "resource": "chats", "filter": {"line_id": "line.id"}},
        },
    )
    return doc


def test_a_list_filter_keeps_the_records_of_the_bound_record() -> None:
    with MockHarness(API, document=_chats_by_line()) as mock:
        listed = mock.ok("get", "/chats", query={"from": "+1"})["data"]
        assert [chat["id"] for chat in listed] == ["cht_1", "cht_3"]
        assert [c["id"] for c in mock.ok("get", "/chats", query={"from": "+2"})["data"]] == [
            "cht_2"
        ]
        assert mock.call("get", "/chats", query={"from": "+3"}).status_code == 404


def test_a_list_filter_naming_nothing_lists_no_record() -> None:
    with MockHarness(API, document=_chats_by_line()) as mock:
        # No `from`: the line rule does not apply, no line is bound, so nothing is listed.
        assert mock.ok("get", "/chats")["data"] == []


# -- request ids in success answers -----------------------------------------------------------


def test_a_success_answer_carries_the_request_id_of_the_envelope() -> None:
    doc = _shared_lines()
    doc["x-error-envelope"] = {"message": "error.message", "request_id": "request_id"}
    listing = doc["paths"]["/lines"]["get"]["responses"]["200"]["content"]["application/json"]
    listing["schema"]["properties"]["request_id"] = {"type": "string"}
    listing["examples"] = {"one": {"value": {"data": [], "request_id": "req_documented"}}}
    doc["components"]["schemas"]["Line"]["properties"]["request_id"] = {"type": "string"}
    doc["components"]["schemas"]["Line"]["required"].append("request_id")
    with MockHarness(API, document=doc) as mock:
        first = mock.ok("get", "/lines")["request_id"]
        second = mock.ok("get", "/lines")["request_id"]
        record = mock.ok("get", "/lines/ln_own")["request_id"]
        ids = [first, second, record]
        assert all(isinstance(i, str) and i.startswith("req_") for i in ids)
        assert len(set(ids)) == 3
        assert "req_documented" not in ids
        # Records inside the answer are not stamped.
        assert all(line["request_id"] is None for line in mock.ok("get", "/lines")["data"])


# -- success statuses -------------------------------------------------------------------------


def test_an_operation_whose_success_is_a_redirect_answers_it() -> None:
    doc = _shared_lines()
    doc["paths"]["/files/{id}"] = {
        "get": {
            "operationId": "getFile",
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"302": {"description": "to the file"}},
        }
    }
    with MockHarness(API, document=doc) as mock:
        assert mock.spec.operation("getFile").success_status == 302
        response = mock.call("get", "/files/f1")
        assert (response.status_code, response.content) == (302, b"")


# -- Prefer ---------------------------------------------------------------------------------


def test_an_unsatisfiable_prefer_is_answered_as_a_malformed_parameter() -> None:
    doc = _shared_lines()
    doc["x-error-envelope"] = {
        "message": "error.message",
        "code": "error.code",
        "param": "error.param",
    }
    bad = {"error": {"code": "invalid_parameter_value", "message": "Bad value.", "param": "x"}}
    doc["paths"]["/lines"]["get"]["responses"]["400"] = {
        "description": "bad",
        "content": {
            "application/json": {"schema": {"type": "object"}, "examples": {"bad": {"value": bad}}}
        },
    }
    with MockHarness(API, document=doc) as mock:
        for prefer in ("example=../../etc/passwd", "code=999"):
            response = mock.call("get", "/lines", headers={"Prefer": prefer})
            found = response.json()["error"]
            assert (response.status_code, found["code"], found["param"]) == (
                400,
                "invalid_parameter_value",
                "Prefer",
            )
            assert found["message"].startswith(f"Prefer: {prefer} ")
            assert "x-smsspec-undocumented" in response.headers
            assert "preference-applied" not in response.headers
        applied = mock.call("get", "/lines", headers={"Prefer": "example=bad"})
        assert (applied.status_code, applied.headers["preference-applied"]) == (400, "example=bad")
        # An operation documenting no 400 answers a conventional body.
        plain = mock.call("get", "/lines/ln_own", headers={"Prefer": "code=999"})
        assert plain.status_code == 400
        assert "x-smsspec-undocumented" in plain.headers


# -- catalogue --------------------------------------------------------------------------------


def test_the_not_found_error_of_an_addressed_record_is_catalogued_with_its_trigger() -> None:
    catalogue = build_catalogue(API, _shared_lines())
    entry = next(e for e in catalogue.entries if e.status == 404)
    assert [t.description for t in entry.triggers if t.operation == "getLine"] == [
        "`id` must name a record of the account's lines"
    ]
    assert all(t.operation != "listLines" for t in entry.triggers)
