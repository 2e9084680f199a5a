"""One harness for every mock behaviour test: an in-process mock, its demo keys, its clock.

``MockHarness(api)`` serves the API's mock in-process (httpx's ASGI transport); ``call`` sends a
request as a demo role, with the credential the spec's security scheme asks for, to a path
under the spec's server prefix. Tests assert on answers, and on the engine's records
(``records``) where an answer cannot show a stored effect.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from generator.contract import auth_headers, auth_query
from generator.mock import MockApp, MockConfig, create_app
from generator.mock.engine.store import TENANT
from tests.asgi import ASGIClient


class MockHarness:
    """An API's mock with a client, its demo keys and its clock."""

    def __init__(
        self,
        api: str,
        config: MockConfig | None = None,
        document: dict[str, Any] | None = None,
        **options: Any,
    ) -> None:
        self.api = api
        self.config = config or MockConfig(rate_limits=False, seed=1, options=options)
        self.app: MockApp = create_app(api, self.config, document)
        self.client = ASGIClient(self.app)
        self.keys = self.app.demo_keys()
        self.spec = self.app.spec
        self.prefix = self.app.compiled.prefix

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> MockHarness:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- requests -----------------------------------------------------------------------------

    def auth(self, role: str | None = "default") -> tuple[dict[str, str], dict[str, str]]:
        """(headers, query) carrying the demo credential of ``role`` (``None``: none)."""
        if role is None:
            return {}, {}
        key = self.keys[role]
        return auth_headers(self.spec, key), auth_query(self.spec, key)

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        role: str | None = "default",
        headers: dict[str, str] | None = None,
        query: dict[str, Any] | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """``method path`` (under the server prefix) as ``role``."""
        auth, auth_params = self.auth(role)
        params = {**auth_params, **(query or {})}
        kwargs: dict[str, Any] = {"headers": {**auth, **(headers or {})}, "params": params}
        if content is not None:
            kwargs["content"] = content
        elif body is not None:
            kwargs["data" if self._form(method, path) else "json"] = body
        return self.client.request(method.upper(), self.prefix + path, **kwargs)

    def _form(self, method: str, path: str) -> bool:
        """Whether the operation at ``method path`` takes a form-encoded body (Twilio's)."""
        found = self.app.router.resolve(self.prefix + path.split("?", 1)[0], method.lower())
        return isinstance(found, tuple) and found[0].form_fields is not None

    def ok(self, method: str, path: str, body: Any = None, **kwargs: Any) -> Any:
        """The JSON answer of a request that must succeed."""
        response = self.call(method, path, body, **kwargs)
        assert 200 <= response.status_code < 300, f"{response.status_code} {response.text}"
        return response.json() if response.content else None

    def fails(self, method: str, path: str, body: Any = None, **kwargs: Any) -> tuple[int, Any]:
        """(status, catalogue id) of a request that must fail: its error code, or for a
        provider without codes the name of the documented example it matches."""
        response = self.call(method, path, body, **kwargs)
        assert response.status_code >= 400, f"{response.status_code} {response.text}"
        return response.status_code, self.error_id(response)

    def error_id(self, response: httpx.Response) -> str | None:
        """The error's code, or (a provider without codes) the documented example with the
        same title and message."""
        body = response.json() if response.content else None
        code = self.spec.error_code(body)
        if code is not None:
            return code
        message = self.spec.error_message(body)
        title = self.spec.error_field(body, "title")
        for name, example in self.spec.examples.items():
            value = example.get("value") if isinstance(example, dict) else None
            if (
                isinstance(value, dict)
                and self.spec.error_message(value) == message
                and self.spec.error_field(value, "title") == title
            ):
                return name
        return None

    # -- state ----------------------------------------------------------------------------

    def reset(self) -> None:
        self.app.reset()

    def advance(self, seconds: float) -> None:
        """Move the mock clock forward."""
        self.app.clock_offset += seconds

    def records(self, resource: str, tenant: str | None = "default") -> list[dict[str, Any]]:
        """The stored records of a resource owned by ``tenant`` (every tenant: ``None``)."""
        collection = self.app.engine.store[resource]
        return [r for r in collection if tenant is None or r.get(TENANT) == tenant]

    def record(self, resource: str, key: Any) -> dict[str, Any] | None:
        return self.app.engine.store[resource].get(key)

    @contextmanager
    def options(self, **values: Any) -> Iterator[None]:
        """Temporarily set plugin options (``MockConfig.options``)."""
        saved = dict(self.config.options)
        self.config.options.update(values)
        try:
            yield
        finally:
            self.config.options.clear()
            self.config.options.update(saved)
