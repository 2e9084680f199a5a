"""The mock engine on a small spec of its own: every declaration kind, no plugin.

One document declares a `notes` resource (soft delete, paging, ordering, seeds), a `books`
resource referenced by notes, demo accounts of two tenants with scopes and a refusal, and
operations that use each declared check (`exists`, `unique`, `state`, `sum`, `account`,
`when`, `message`). The tests drive it over HTTP in-process and read answers only.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extensions import validate
from generator.mock import MockConfig, create_app
from generator.mock.patterns import example, generate, run_drawer
from tests.asgi import ASGIClient

ERR = {"type": "object", "properties": {"error": {"type": "string"}, "code": {"type": "string"}}}


def _error(status: int, *names: str) -> dict[str, Any]:
    return {
        "description": "error",
        "content": {
            "application/json": {
                "schema": ERR,
                "examples": {n: {"$ref": f"#/components/examples/{n}"} for n in names},
            }
        },
    }


def _example(code: str, message: str) -> dict[str, Any]:
    return {"value": {"error": message, "code": code}}


NOTE = {
    "type": "object",
    "required": ["id", "title", "status"],
    "properties": {
        "id": {"type": "string", "pattern": "^nt_[a-z0-9]{8}$"},
        "title": {"type": "string"},
        "status": {"type": "string", "enum": ["draft", "done", "gone"]},
        "book_id": {"type": ["string", "null"]},
        "shares": {
            "type": "array",
            "items": {"type": "object", "properties": {"pct": {"type": "number"}}},
        },
        "tags": {"type": "object"},
        "created_at": {"type": "string"},
        "updated_at": {"type": "string"},
        "rank": {"type": "integer"},
    },
}
NOTE_INPUT = {
    "type": "object",
    "required": ["title"],
    "properties": {
        "title": {"type": "string", "maxLength": 20},
        "status": {"type": "string", "enum": ["draft", "done"], "default": "draft"},
        "book_id": {"type": "string"},
        "shares": NOTE["properties"]["shares"],
        "tags": {"type": "object"},
        "rank": {"type": "integer"},
    },
}
COMMON_ERRORS = {
    "401": _error(401, "missing_key", "invalid_key"),
    "403": _error(403, "no_scope", "suspended"),
}
RULES = [
    {
        "id": "book-exists",
        "rule": "book_id must name a book",
        "error": "book_not_found",
        "exists": {"value": "body.book_id", "in": "books", "as": "book"},
        "message": "Book not found: {value}",
    },
    {
        "id": "title-unique",
        "rule": "title is unique among the tenant's notes",
        "error": "duplicate_title",
        "unique": {"value": "body.title", "in": "notes", "by": "title"},
    },
    {
        "id": "shares-total",
        "rule": "shares total 100",
        "error": "bad_shares",
        "sum": {"value": "body.shares[].pct", "equals": 100},
    },
    {
        "id": "quota",
        "rule": "an account over quota may not write when it asks for priority",
        "error": "over_quota",
        "when": {"value": "body.rank", "present": True},
        "account": {"field": "quota", "equals": "exceeded"},
    },
]


def document() -> dict[str, Any]:
    notes_path = "/notes"
    note_path = "/notes/{id}"
    errors_400 = _error(400, "book_not_found", "duplicate_title", "bad_shares", "title_too_long")
    return {
        "openapi": "3.1.0",
        "info": {"title": "Notes", "version": "1.0"},
        "servers": [{"url": "https://notes.example/api"}],
        "security": [{"Key": ["notes:read"]}],
        "x-error-envelope": {"message": "error", "code": "code"},
        "x-demo-accounts": {
            "default": {"state": {"quota": "ok"}},
            "reader": {"scopes": ["*:read"]},
            "over_quota": {"state": {"quota": "exceeded"}},
            "other": {"tenant": "acme"},
            "suspended": {"refuse": "suspended"},
        },
        "x-resources": {
            "books": {
                "id": "id",
                "tenant": False,
                "seed": [{"records": [{"id": "bk_1", "title": "Book"}]}],
            },
            "notes": {
                "schema": "Note",
                "not-found": "note_not_found",
                "soft-delete": {"field": "status", "value": "gone"},
                "timestamps": {"created": "created_at", "updated": "updated_at"},
                "order": [{"field": "rank", "desc": True}, {"field": "$created"}],
                "merge": ["tags"],
                "seed": [{"operation": "getNote"}],
            },
        },
        "paths": {
            notes_path: {
                "post": {
                    "operationId": "createNote",
                    "security": [{"Key": ["notes:write"]}],
                    "x-action": {"kind": "create", "resource": "notes"},
                    "x-rules": RULES,
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    **NOTE_INPUT,
                                    "properties": {
                                        **NOTE_INPUT["properties"],
                                        "title": {
                                            "type": "string",
                                            "maxLength": 20,
                                            "x-error-codes": {"maxLength": "title_too_long"},
                                        },
                                    },
                                }
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Note"}
                                }
                            },
                        },
                        "400": errors_400,
                        "422": _error(422, "over_quota"),
                        **COMMON_ERRORS,
                    },
                },
                "get": {
                    "operationId": "listNotes",
                    "x-action": {"kind": "list", "resource": "notes"},
                    "x-pagination": {
                        "style": "cursor",
                        "items": "data",
                        "cursor-param": "cursor",
                        "size-param": "limit",
                        "next-cursor": "next_cursor",
                        "has-more": "has_more",
                    },
                    "parameters": [
                        {
                            "name": "limit",
                            "in": "query",
                            "schema": {"type": "integer", "default": 2},
                        },
                        {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                        {"name": "status", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "page",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["data", "has_more", "next_cursor"],
                                        "properties": {
                                            "data": {
                                                "type": "array",
                                                "items": {"$ref": "#/components/schemas/Note"},
                                            },
                                            "has_more": {"type": "boolean"},
                                            "next_cursor": {"type": ["string", "null"]},
                                        },
                                    }
                                }
                            },
                        },
                        **COMMON_ERRORS,
                    },
                },
            },
            note_path: {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "get": {
                    "operationId": "getNote",
                    "x-action": {"kind": "retrieve", "resource": "notes"},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Note"},
                                    "examples": {
                                        "seeded": {
                                            "value": {
                                                "id": "nt_seeded01",
                                                "title": "Seeded",
                                                "status": "draft",
                                            }
                                        }
                                    },
                                }
                            },
                        },
                        "404": _error(404, "note_not_found"),
                        **COMMON_ERRORS,
                    },
                },
                "patch": {
                    "operationId": "updateNote",
                    "security": [{"Key": ["notes:write"]}],
                    "x-action": {"kind": "update", "resource": "notes"},
                    "x-rules": [
                        {
                            "id": "not-done",
                            "rule": "a done note cannot change",
                            "error": "note_done",
                            "state": {"field": "status", "not-in": ["done"]},
                        }
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": NOTE_INPUT["properties"]}
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Note"}
                                }
                            },
                        },
                        "404": _error(404, "note_not_found"),
                        "409": _error(409, "note_done"),
                        **COMMON_ERRORS,
                    },
                },
                "delete": {
                    "operationId": "deleteNote",
                    "security": [{"Key": ["notes:write"]}],
                    "x-action": {"kind": "delete", "resource": "notes"},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["deleted"],
                                        "properties": {"deleted": {"const": True}},
                                    },
                                    "examples": {"ok": {"value": {"deleted": True}}},
                                }
                            },
                        },
                        "404": _error(404, "note_not_found"),
                        **COMMON_ERRORS,
                    },
                },
            },
        },
        "components": {
            "schemas": {"Note": NOTE},
            "securitySchemes": {
                "Key": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-Key",
                    "x-key-pattern": "^nk_[A-Za-z0-9]{16}$",
                    "x-auth-errors": {
                        "missing": "missing_key",
                        "invalid": "invalid_key",
                        "insufficient-scope": "no_scope",
                    },
                }
            },
            "examples": {
                "missing_key": _example("missing_key", "No key"),
                "invalid_key": _example("invalid_key", "Bad key"),
                "no_scope": _example("no_scope", "Scope missing"),
                "suspended": _example("suspended", "Suspended"),
                "note_not_found": _example("note_not_found", "Note not found"),
                "book_not_found": _example("book_not_found", "Book not found: …"),
                "duplicate_title": _example("duplicate_title", "Title taken"),
                "bad_shares": _example("bad_shares", "Shares must total 100"),
                "title_too_long": _example("title_too_long", "Title too long"),
                "over_quota": _example("over_quota", "Over quota"),
                "note_done": _example("note_done", "Note is done"),
            },
        },
    }


@pytest.fixture
def mock() -> Any:
    app = create_app("notes-example", MockConfig(seed=3), document())
    with ASGIClient(app) as client:
        keys = app.demo_keys()

        def call(
            method: str, path: str, body: Any = None, role: str = "default", **params: Any
        ) -> Any:
            headers = {"X-Key": keys[role]} if role else {}
            kwargs: dict[str, Any] = {"headers": headers, "params": params}
            if body is not None:
                kwargs["json"] = body
            return client.request(method, "/api" + path, **kwargs)

        yield app, call


def test_the_example_document_declares_only_valid_extensions() -> None:
    assert validate(document()) == []


def test_demo_keys_follow_the_key_pattern_and_spell_the_role(mock: Any) -> None:
    app, _call = mock
    keys = app.demo_keys()
    assert set(keys) == {"default", "reader", "over_quota", "other", "suspended"}
    assert keys["reader"] == "nk_demoReader00000000"[:19]
    assert all(k.startswith("nk_") and len(k) == 19 for k in keys.values())


def test_credentials_scopes_and_refusals(mock: Any) -> None:
    _app, call = mock
    assert call("get", "/notes", role="").json()["code"] == "missing_key"
    assert call("get", "/notes", role="default", **{}).status_code == 200
    bad = call("get", "/notes", role="")
    assert bad.status_code == 401
    assert call("post", "/notes", {"title": "x"}, role="reader").json()["code"] == "no_scope"
    assert call("get", "/notes", role="reader").status_code == 200
    assert call("get", "/notes", role="suspended").json()["code"] == "suspended"


def test_create_fills_id_defaults_and_timestamps_and_answers_the_resource(mock: Any) -> None:
    _app, call = mock
    created = call("post", "/notes", {"title": "Hello", "book_id": "bk_1"})
    assert created.status_code == 201
    note = created.json()
    assert note["id"].startswith("nt_")
    assert note["status"] == "draft"  # the request schema's default
    assert note["created_at"] == note["updated_at"]
    assert call("get", f"/notes/{note['id']}").json() == note


def test_declared_checks(mock: Any) -> None:
    _app, call = mock
    assert call("post", "/notes", {"title": "A", "book_id": "bk_9"}).json() == {
        "error": "Book not found: bk_9",
        "code": "book_not_found",
    }
    assert call("post", "/notes", {"title": "Seeded"}).json()["code"] == "duplicate_title"
    assert (
        call("post", "/notes", {"title": "B", "shares": [{"pct": 40}, {"pct": 50}]}).json()["code"]
        == "bad_shares"
    )
    assert (
        call("post", "/notes", {"title": "C", "shares": [{"pct": 40}, {"pct": 60}]}).status_code
        == 201
    )
    assert (
        call("post", "/notes", {"title": "D", "rank": 1}, role="over_quota").json()["code"]
        == "over_quota"
    )
    assert call("post", "/notes", {"title": "E"}, role="over_quota").status_code == 201
    assert call("post", "/notes", {"title": "x" * 21}).json()["code"] == "title_too_long"


def test_state_guard_soft_delete_and_merge(mock: Any) -> None:
    _app, call = mock
    note = call("post", "/notes", {"title": "T", "tags": {"a": 1}}).json()
    merged = call("patch", f"/notes/{note['id']}", {"tags": {"b": 2}, "status": "done"}).json()
    assert merged["tags"] == {"a": 1, "b": 2}
    assert call("patch", f"/notes/{note['id']}", {"title": "U"}).json()["code"] == "note_done"
    assert call("delete", f"/notes/{note['id']}").json() == {"deleted": True}
    assert call("get", f"/notes/{note['id']}").json()["code"] == "note_not_found"
    listed = [n["id"] for n in call("get", "/notes", limit=50).json()["data"]]
    assert note["id"] not in listed
    gone = [n["id"] for n in call("get", "/notes", limit=50, status="gone").json()["data"]]
    assert gone == [note["id"]]


def test_tenants_do_not_see_each_others_records(mock: Any) -> None:
    _app, call = mock
    mine = call("post", "/notes", {"title": "Mine"}).json()
    assert call("get", f"/notes/{mine['id']}", role="other").status_code == 404
    theirs = call("post", "/notes", {"title": "Mine"}, role="other")
    assert theirs.status_code == 201  # unique per tenant
    assert (
        call("post", "/notes", {"title": "Theirs", "book_id": "bk_1"}, role="other").status_code
        == 201
    )


def test_cursor_pages_yield_every_record_once_in_declared_order(mock: Any) -> None:
    _app, call = mock
    for rank in (3, 1, 2, 1):
        assert (
            call("post", "/notes", {"title": f"n{rank}-{_unique()}", "rank": rank}).status_code
            == 201
        )
    seen: list[int | None] = []
    cursor = None
    pages = 0
    while True:
        params = {"cursor": cursor} if cursor else {}
        page = call("get", "/notes", **params).json()
        pages += 1
        seen += [n.get("rank") for n in page["data"]]
        if not page["has_more"]:
            assert page["next_cursor"] is None
            break
        cursor = page["next_cursor"]
    assert pages == 3
    assert seen == [3, 2, 1, 1, None]  # rank descending, then creation order; the seed last


_COUNTER = iter(range(10**6))


def _unique() -> int:
    return next(_COUNTER)


def test_prefer_picks_a_documented_answer_or_says_why_not(mock: Any) -> None:
    app, _call = mock
    with ASGIClient(app) as client:
        key = {"X-Key": app.demo_keys()["default"]}
        hit = client.get("/api/notes/nt_seeded01", headers={**key, "Prefer": "code=404"})
        assert (hit.status_code, hit.json()["code"]) == (404, "note_not_found")
        assert hit.headers["preference-applied"] == "code=404"
        miss = client.get("/api/notes/nt_seeded01", headers={**key, "Prefer": "example=nope"})
        assert miss.status_code == 400
        assert "names no example" in miss.json()["error"]
        assert miss.headers["x-smsspec-undocumented"]


def test_admin_api_methods_reset_and_clock(mock: Any) -> None:
    app, call = mock
    with ASGIClient(app) as client:
        assert client.get("/__smsspec/reset").status_code == 405
        assert client.get("/__smsspec/reset").headers["allow"] == "POST"
        client.post("/__smsspec/clock", json={"advance": 60})
        assert app.clock_offset == 60
        call("post", "/notes", {"title": "Before reset"})
        assert client.post("/__smsspec/reset").json() == {"reset": True}
        assert app.clock_offset == 0
        assert call("post", "/notes", {"title": "Before reset"}).status_code == 201
        assert client.post("/__smsspec/clock", json={"advance": -1}).status_code == 400


def test_injected_429_carries_retry_after(mock: Any) -> None:
    app, _call = mock
    with ASGIClient(app) as client:
        key = {"X-Key": app.demo_keys()["default"]}
        default = client.get("/api/notes", headers={**key, "X-Smsspec-Fault": "status:429"})
        assert (default.status_code, default.headers["retry-after"]) == (429, "1")
        chosen = client.get(
            "/api/notes", headers={**key, "X-Smsspec-Fault": "status:429:retry-after=30"}
        )
        assert chosen.headers["retry-after"] == "30"
        bad = client.get("/api/notes", headers={**key, "X-Smsspec-Fault": "status:429:retry=3"})
        assert bad.status_code == 400


@pytest.mark.parametrize(
    ("scheme", "headers_for"),
    [
        ({"type": "http", "scheme": "bearer"}, lambda key: {"Authorization": f"Bearer {key}"}),
        (
            {"type": "http", "scheme": "basic"},
            lambda key: {"Authorization": "Basic " + base64.b64encode(key.encode()).decode()},
        ),
        ({"type": "apiKey", "in": "query", "name": "api_key"}, lambda key: {}),
    ],
)
def test_other_security_schemes(scheme: dict[str, Any], headers_for: Any) -> None:
    spec = document()
    spec["components"]["securitySchemes"]["Key"] = {
        **scheme,
        "x-auth-errors": {"missing": "missing_key", "invalid": "invalid_key"},
    }
    app = create_app("notes-example", MockConfig(seed=1), spec)
    key = app.demo_keys()["default"]
    params = {"api_key": key} if scheme.get("in") == "query" else {}
    with ASGIClient(app) as client:
        assert client.get("/api/notes", headers=headers_for(key), params=params).status_code == 200
        assert client.get("/api/notes").json()["code"] == "missing_key"
        wrong = headers_for("nope:nope") or {}
        wrong_params = {"api_key": "nope"} if params else {}
        assert (
            client.get("/api/notes", headers=wrong, params=wrong_params).json()["code"]
            == "invalid_key"
        )


def test_no_documented_401_still_answers_401_flagged_undocumented() -> None:
    spec = document()
    del spec["components"]["securitySchemes"]["Key"]["x-auth-errors"]
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                op.get("responses", {}).pop("401", None)
    app = create_app("notes-example", MockConfig(seed=1), spec)
    with ASGIClient(app) as client:
        answer = client.get("/api/notes")
        assert answer.status_code == 401
        assert answer.headers["x-smsspec-undocumented"]
        assert answer.headers["www-authenticate"]


def test_patterns_make_matching_strings() -> None:
    import random
    import re

    rng = random.Random(0)
    for pattern in (
        "^[0-9a-f]{24}$",
        "^msg_[a-z0-9]{12}$",
        "^(AC|SM)[0-9a-f]{32}$",
        r"^\d{3}-\d{4}$",
    ):
        assert re.match(pattern, generate(pattern, rng)), pattern
        assert re.match(pattern, example(pattern, "demoRole")), pattern


@settings(max_examples=200, deadline=None)
@given(
    chars=st.text(
        alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=100
    ).map(lambda text: "".join(dict.fromkeys(text))),
    count=st.integers(min_value=1, max_value=40),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_id_runs_draw_only_their_alphabet_and_repeat_with_the_seed(
    chars: str, count: int, seed: int
) -> None:
    import random

    draw = run_drawer(chars, count)
    drawn = draw(random.Random(seed))
    assert len(drawn) == count
    assert set(drawn) <= set(chars)
    assert draw(random.Random(seed)) == drawn


def test_id_runs_use_every_character_evenly() -> None:
    import random
    from collections import Counter

    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"  # 256 % 62 != 0
    draw = run_drawer(chars, 10)
    rng = random.Random(7)
    counts = Counter("".join(draw(rng) for _ in range(31_000)))
    expected = 310_000 / len(chars)
    assert set(counts) == set(chars)
    # A byte-modulo draw would give the first 8 characters 5/4 of the others' share.
    assert max(counts.values()) / min(counts.values()) < 1.15
    assert all(abs(n - expected) < 0.08 * expected for n in counts.values())
