"""Auth from the security schemes in every stage: for an API key in a header, the query or a
cookie, HTTP bearer and HTTP basic, a real generated client sends the key where the scheme
says, ``smsspec fuzz``'s schemathesis configuration authenticates with it, and the mock
accepts it and answers a missing or wrong one with 401."""

from __future__ import annotations

import base64
import importlib
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.catalogue import build_catalogue
from generator.codegen.python_client import generate_python_client
from generator.contract import auth_config_lines, auth_headers, auth_query
from generator.mock import MockConfig, create_app
from generator.proxy.checks import ContractChecker
from generator.proxy.exchange import Exchange
from generator.specmodel import Spec
from tests.asgi import ASGIClient

SCHEMES: dict[str, dict[str, Any]] = {
    "header": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
    "query": {"type": "apiKey", "in": "query", "name": "api_key"},
    "cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
    "bearer": {"type": "http", "scheme": "bearer"},
    "basic": {"type": "http", "scheme": "basic"},
}
KEYS = {
    "header": "hdr_key_0123456789",
    "query": "qry_key_0123456789",
    "cookie": "ck_key_0123456789",
    "bearer": "tok_0123456789abcdef",
    "basic": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:secret0123456789",
}


def document(kind: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": f"Auth {kind}", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.test"}],
        "security": [{"Credential": []}],
        "x-demo-accounts": {"default": {"key": KEYS[kind]}},
        "paths": {
            "/ping": {
                "get": {
                    "operationId": "ping",
                    "summary": "Ping",
                    "tags": ["ping"],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"ok": {"type": "boolean"}},
                                    },
                                    "examples": {"ok": {"value": {"ok": True}}},
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"securitySchemes": {"Credential": SCHEMES[kind]}},
    }


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A generated client package per scheme (openapi-python-client and smsspec's runtime)."""
    root = tmp_path_factory.mktemp("auth-clients")
    packages = {}
    for kind in SCHEMES:
        api = f"auth-{kind}"
        doc = document(kind)
        generate_python_client(api, doc, build_catalogue(api, doc), root / api)
        sys.path.insert(0, str(root / api / "python"))
        packages[kind] = importlib.import_module(f"auth_{kind}_client")
    return packages


@pytest.mark.parametrize("kind", list(SCHEMES))
def test_the_generated_client_sends_the_key_where_the_scheme_says(
    clients: dict[str, Any], kind: str
) -> None:
    pkg = clients[kind]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True})

    client = pkg.AuthenticatedClient(
        base_url="https://api.example.test",
        token=KEYS[kind],
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    ping = importlib.import_module(f"auth_{kind}_client.api.ping.ping")
    with client:
        assert ping.sync(client=client).ok is True
    (request,) = seen
    spec = Spec(document(kind))
    for name, value in auth_headers(spec, KEYS[kind]).items():
        if name != "Cookie":
            assert request.headers[name] == value
    for name, value in auth_query(spec, KEYS[kind]).items():
        assert request.url.params[name] == value
    if kind == "cookie":
        assert request.headers["cookie"] == f"session={KEYS[kind]}"
    if kind == "basic":
        user, password = KEYS[kind].split(":")
        assert request.headers["authorization"] == httpx.BasicAuth(user, password)._auth_header
        assert base64.b64decode(request.headers["authorization"][6:]).decode() == KEYS[kind]
    assert KEYS[kind] not in repr(client)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("header", 'api_key = "${SMSSPEC_API_KEY}"'),
        ("query", 'api_key = "${SMSSPEC_API_KEY}"'),
        ("cookie", 'api_key = "${SMSSPEC_API_KEY}"'),
        ("bearer", 'bearer = "${SMSSPEC_API_KEY}"'),
        ("basic", 'password = "${SMSSPEC_API_PASSWORD}"'),
    ],
)
def test_the_fuzz_configuration_authenticates_with_the_scheme(kind: str, expected: str) -> None:
    lines = auth_config_lines(Spec(document(kind)))
    assert lines[0] == '[auth.openapi."Credential"]'
    assert expected in lines


def test_several_schemes_are_each_configured() -> None:
    doc = document("header")
    doc["components"]["securitySchemes"]["Other"] = SCHEMES["bearer"]
    doc["paths"]["/ping"]["get"]["security"] = [{"Other": []}]
    lines = auth_config_lines(Spec(doc))
    assert '[auth.openapi."Credential"]' in lines
    assert '[auth.openapi."Other"]' in lines


@pytest.mark.parametrize("kind", list(SCHEMES))
def test_the_mock_accepts_the_key_and_refuses_others_with_401(kind: str) -> None:
    app = create_app(f"auth-{kind}", MockConfig(rate_limits=False, seed=1), document(kind))
    spec = Spec(document(kind))
    assert app.demo_keys() == {"default": KEYS[kind]}

    def call(key: str | None) -> httpx.Response:
        headers = auth_headers(spec, key) if key else {}
        params = auth_query(spec, key) if key else {}
        with ASGIClient(app) as client:
            return client.get("/ping", headers=headers, params=params)

    assert call(KEYS[kind]).json() == {"ok": True}
    wrong = KEYS[kind][:-4] + "XXXX"
    for key in (None, wrong):
        answer = call(key)
        assert answer.status_code == 401
        assert answer.headers["x-smsspec-undocumented"]  # the spec documents no 401
        assert "www-authenticate" in answer.headers


def test_the_client_module_is_importable_from_its_own_directory(clients: dict[str, Any]) -> None:
    for kind, pkg in clients.items():
        assert Path(pkg.__file__).parent.name == f"auth_{kind}_client"


EMPTY_KEY = {
    "header": ([("x-api-key", "")], ""),
    "query": ([], "api_key="),
    "cookie": ([("cookie", "session=")], ""),
}


@pytest.mark.parametrize("kind", list(EMPTY_KEY))
def test_an_empty_api_key_is_no_credential_for_the_mock_and_the_proxy(kind: str) -> None:
    """The proxy's checks read a credential as the mock does: an empty key is a missing one
    (the documented "missing" answer), a wrong key an invalid one."""
    app = create_app(f"auth-{kind}", MockConfig(rate_limits=False, seed=1), document(kind))
    scheme = Spec(document(kind)).security_schemes["Credential"]
    headers, query = EMPTY_KEY[kind]
    wrong_headers = [(name, value or "wrong") for name, value in headers]
    wrong_query = query + "wrong" if query else ""
    if kind == "cookie":
        wrong_headers = [("cookie", "session=wrong")]
    for sent_headers, sent_query, presented, text in (
        (headers, query, False, "Missing credentials"),
        (wrong_headers, wrong_query, True, "Invalid credentials"),
    ):
        exchange = Exchange("GET", "/ping", sent_query, sent_headers, None, 401, [], None)
        assert ContractChecker._presented(scheme, exchange) is presented
        with ASGIClient(app) as client:
            answer = client.get(
                "/ping" + (f"?{sent_query}" if sent_query else ""), headers=dict(sent_headers)
            )
        assert answer.status_code == 401
        assert text in answer.text
