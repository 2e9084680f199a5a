"""The generated Python clients: typed errors, retries, bulk helpers, validation, secrets."""

from __future__ import annotations

import contextlib
import json
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.catalogue import build_catalogue
from generator.codegen.python_client import generated_path
from generator.contract import auth_headers
from tests.clients import client_module, client_package
from tests.conftest import APIS, bundled, spec_of

DEMO_KEY = "trk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"
Handler = Callable[[httpx.Request], httpx.Response]


def warns_if_deprecated(op: Any) -> contextlib.AbstractContextManager[Any]:
    """A deprecated operation must warn, naming itself (and is expected to, here)."""
    if op.deprecated:
        return pytest.warns(DeprecationWarning, match=op.operation_id)
    return contextlib.nullcontext()


def make_client(api: str, handler: Handler, **kwargs: Any) -> Any:
    pkg = client_package(api)
    spec = spec_of(api)
    key = next(iter(auth_headers(spec, DEMO_KEY).values())).removeprefix("Bearer ")
    sleeps: list[float] = kwargs.pop("sleeps", [])
    return pkg.AuthenticatedClient(
        base_url="http://test/api",
        token=key,
        httpx_args={"transport": httpx.MockTransport(handler)},
        sleep=sleeps.append,
        **kwargs,
    )


def _status_class(pkg: Any, status: int, error_type: str | None) -> type[Exception]:
    errors = client_module_for(pkg)
    return errors.status_error_class(status, error_type)


def client_module_for(pkg: Any) -> Any:
    return pkg._exceptions


# -- every documented error raises the right exception --------------------------------------


def _error_cases(api: str) -> list[tuple[str, str, int, Any]]:
    spec = spec_of(api)
    cases = []
    for op in spec.operations:
        for example in op.iter_error_examples():
            cases.append((op.operation_id, example.name, example.status, example.value))
    return cases


@pytest.mark.parametrize("api", APIS)
def test_every_documented_error_raises_typed_exception(api: str) -> None:
    pkg = client_package(api)
    spec = spec_of(api)
    errors = pkg._exceptions
    operations = client_module(api, "_operations").OPERATIONS
    cases = _error_cases(api)
    assert cases
    seen_pairs = set()
    for op_id, name, status, body in cases:
        op = spec.operation(op_id)
        info = operations[(op.method, generated_path(op.path))]

        def handler(
            request: httpx.Request, status: int = status, body: Any = body
        ) -> httpx.Response:
            return httpx.Response(status, json=body, headers={"x-request-id": "req_test"})

        client = make_client(api, handler, max_retries=0)
        with pytest.raises(errors.APIStatusError) as caught, warns_if_deprecated(op):
            client._send(info, {"method": op.method, "url": op.path})
        exc = caught.value
        expected_type = spec.error_field(body, "type")
        assert type(exc) is errors.status_error_class(status, expected_type), (op_id, name)
        assert exc.status_code == status
        assert exc.request_id == "req_test"
        assert exc.body == body
        code = spec.error_code(body)
        if code is not None:
            assert exc.code == code, (op_id, name)
            assert str(exc.code) == code, (op_id, name)
        assert exc.error_id is not None, f"{op_id} {name}: no error id decoded from {body}"
        assert str(exc.error_id) == spec.error_id(name, body) or spec.error_code(body) is None
        assert exc.message == (spec.error_message(body) or exc.message)
        seen_pairs.add((status, str(exc.error_id)))
    catalogue = build_catalogue(api, bundled(api))
    documented = {(e.status, e.id) for e in catalogue.entries if e.status is not None}
    assert documented <= seen_pairs, documented - seen_pairs


# Providers without machine-readable codes (Transformify) have nothing to keep open: their
# error ids are matched from the catalogue, which test_every_documented_error… covers.
APIS_WITH_CODES = [api for api in APIS if spec_of(api).envelope.code is not None]


@pytest.mark.parametrize("api", APIS_WITH_CODES)
def test_unknown_code_is_kept_as_raw_string(api: str) -> None:
    pkg = client_package(api)
    spec = spec_of(api)
    envelope = spec.envelope
    assert envelope.code is not None
    body: dict[str, Any] = {}
    from generator.specmodel import set_field

    set_field(body, envelope.message, "something new")
    set_field(body, envelope.code, "brand_new_code_2027")
    op = spec.operations[0]
    info = client_module(api, "_operations").OPERATIONS[(op.method, generated_path(op.path))]
    client = make_client(api, lambda r: httpx.Response(400, json=body), max_retries=0)
    with pytest.raises(pkg.BadRequestError) as caught, warns_if_deprecated(op):
        client._send(info, {"method": op.method, "url": op.path})
    assert caught.value.code == "brand_new_code_2027"
    assert not isinstance(caught.value.code, pkg.ErrorCode)
    assert pkg.decode_code("brand_new_code_2027") == "brand_new_code_2027"


APIS_WITHOUT_CODES = [api for api in APIS if spec_of(api).envelope.code is None]


@pytest.mark.parametrize("api", APIS_WITHOUT_CODES)
def test_a_filled_in_message_still_names_its_error(api: str) -> None:
    """A catalogued message whose variable word differs (a status, a name) keeps its id; a
    message that is not near any catalogued one gets none."""
    from generator.specmodel import set_field

    spec = spec_of(api)
    catalogue = build_catalogue(api, bundled(api))
    operations = client_module(api, "_operations").OPERATIONS
    tried = 0
    for entry in catalogue.entries:
        words = (entry.message or "").split()
        if entry.status is None or len(words) < 8 or not entry.operations:
            continue
        if any(
            other.id != entry.id
            and other.status == entry.status
            and len((other.message or "").split()) == len(words)
            for other in catalogue.entries
        ):
            continue  # a sibling sentence of the same length: a changed word may be ambiguous
        op = spec.operation(entry.operations[0])
        info = operations[(op.method, generated_path(op.path))]
        for changed, expected in ((f"{words[3]}Changed", entry.id), ("zz", None)):
            message = " ".join([*words[:3], changed, *words[4:]])
            if expected is None:
                message = "A sentence nobody documented"
            body: dict[str, Any] = {}
            set_field(body, spec.envelope.message, message)
            if spec.envelope.title:
                set_field(body, spec.envelope.title, entry.title)
            client = make_client(
                api, lambda r, b=body, s=entry.status: httpx.Response(s, json=b), max_retries=0
            )
            with pytest.raises(client_package(api).APIStatusError) as caught:
                client._send(info, {"method": op.method, "url": op.path})
            if expected is not None:
                assert str(caught.value.error_id) == expected, message
            tried += 1
    assert tried, "no catalogued message long enough to vary"


# -- retries ----------------------------------------------------------------------------------


def _op(api: str, operation_id: str) -> Any:
    op = spec_of(api).operation(operation_id)
    return client_module(api, "_operations").OPERATIONS[(op.method, generated_path(op.path))], op


@pytest.mark.parametrize("retry_after", ["0", "2", "7.5"])
def test_429_retries_honour_retry_after(retry_after: str) -> None:
    info, op = _op("trackly-v2", "sendMessage")
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) < 3:
            return httpx.Response(
                429, json={"error": "slow down"}, headers={"Retry-After": retry_after}
            )
        return httpx.Response(
            200, json={"success": True, "message_id": "a1b2c3d4", "status": "queued"}
        )

    sleeps: list[float] = []
    client = make_client("trackly-v2", handler, sleeps=sleeps)
    response = client._send(info, {"method": "post", "url": op.path, "json": {}})
    assert response.status_code == 200
    assert len(calls) == 3
    assert sleeps == [float(retry_after)] * 2


def test_retry_after_over_the_cap_is_not_waited_for() -> None:
    pkg = client_package("trackly-v2")
    info, op = _op("trackly-v2", "listLists")
    sleeps: list[float] = []
    client = make_client(
        "trackly-v2",
        lambda r: httpx.Response(429, json={"error": "x"}, headers={"Retry-After": "3600"}),
        sleeps=sleeps,
    )
    with pytest.raises(pkg.RateLimitError) as caught:
        client._send(info, {"method": "get", "url": op.path})
    assert caught.value.retry_after == 3600
    assert sleeps == []


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    pkg = client_package("trackly-v2")
    policy = pkg.RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter=0.25)
    assert [policy.delay(n, None, 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert policy.delay(2, None, 1.0) == pytest.approx(1.5)
    assert policy.delay(0, 3.0, 0.9) == 3.0


def test_5xx_retried_for_idempotent_reads_only() -> None:
    pkg = client_package("trackly-v2")
    read, read_op = _op("trackly-v2", "listLists")
    send, send_op = _op("trackly-v2", "sendMessage")
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(503, json={"error": "unavailable"})

    client = make_client("trackly-v2", handler)
    with pytest.raises(pkg.InternalServerError):
        client._send(read, {"method": "get", "url": read_op.path})
    assert calls == ["GET"] * 3
    calls.clear()
    with pytest.raises(pkg.ServiceUnavailableError):
        client._send(send, {"method": "post", "url": send_op.path, "json": {}})
    assert calls == ["POST"]
    calls.clear()
    with pytest.raises(pkg.ServiceUnavailableError):
        client.with_options(retry_non_idempotent=True)._send(
            send, {"method": "post", "url": send_op.path, "json": {}}
        )
    assert calls == ["POST"] * 3


def test_send_is_not_retried_after_the_request_was_written() -> None:
    pkg = client_package("trackly-v2")
    send, op = _op("trackly-v2", "sendMessage")
    attempts: list[bytes] = []

    def dropped_after_write(request: httpx.Request) -> httpx.Response:
        attempts.append(request.content)
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )

    client = make_client("trackly-v2", dropped_after_write)
    with pytest.raises(pkg.APIConnectionError) as caught:
        client._send(send, {"method": "post", "url": op.path, "json": {"to": "+14155551234"}})
    assert len(attempts) == 1
    assert caught.value.may_have_been_processed is True


def test_send_is_retried_when_the_connection_never_opened() -> None:
    send, op = _op("trackly-v2", "sendMessage")
    attempts: list[int] = []

    def flaky_connect(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) < 3:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(
            200, json={"success": True, "message_id": "a1b2c3d4", "status": "queued"}
        )

    client = make_client("trackly-v2", flaky_connect)
    assert client._send(send, {"method": "post", "url": op.path, "json": {}}).status_code == 200
    assert len(attempts) == 3


def test_per_call_options_do_not_change_the_client() -> None:
    pkg = client_package("trackly-v2")
    read, op = _op("trackly-v2", "listLists")
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(500, json={"error": "boom"})

    client = make_client("trackly-v2", handler, max_retries=4)
    with pytest.raises(pkg.InternalServerError):
        client.with_options(max_retries=0)._send(read, {"method": "get", "url": op.path})
    assert len(calls) == 1
    calls.clear()
    with pytest.raises(pkg.InternalServerError):
        client._send(read, {"method": "get", "url": op.path})
    assert len(calls) == 5


# -- secrets ----------------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_api_key_never_in_repr_or_exception_text(api: str) -> None:
    pkg = client_package(api)
    secret = "trk_SECRETsecretSECRETsecret0123456789"
    op = spec_of(api).operations[0]
    info = client_module(api, "_operations").OPERATIONS[(op.method, generated_path(op.path))]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(401, json={"error": "nope"})

    client = pkg.AuthenticatedClient(
        base_url="http://test", token=secret, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    assert secret not in repr(client)
    assert secret not in str(client)
    with pytest.raises(pkg.APIStatusError) as caught, warns_if_deprecated(op):
        client.with_options(max_retries=0)._send(info, {"method": op.method, "url": op.path})
    for text in (str(caught.value), repr(caught.value), repr(client.with_options(max_retries=1))):
        assert secret not in text
    # Still sent, where and as the security scheme says (HTTP Basic: base64-encoded).
    for name, value in auth_headers(spec_of(api), secret).items():
        assert seen[0].headers.get(name) == value, "the key is not sent as the spec says"


# -- deprecation --------------------------------------------------------------------------------


def test_deprecation_headers_warn_with_the_replacement() -> None:
    """A deprecated operation warns once per call, before sending, naming its replacement;
    the server's deprecation headers on its answer add no second warning."""
    if "trackly-v1" not in APIS:
        pytest.skip("trackly-v1 not selected")
    send, op = _op("trackly-v1", "sendMessage")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            201,
            json={"message_id": "msg_xyz789abc123", "status": "queued", "deprecated": True},
            headers={"X-API-Deprecated": "v1 is deprecated", "Deprecation": "true"},
        )

    client = make_client("trackly-v1", handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client._send(send, {"method": "post", "url": op.path, "json": {}})
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(messages) == 1, messages
    assert "trackly-v2 sendMessage" in messages[0]
    assert caught[0].filename == __file__, "the warning points at the caller's line"


def test_a_deprecation_header_on_a_current_operation_warns_once() -> None:
    """An operation the spec does not deprecate, answered with ``Deprecation``: one warning
    quoting the header, attributed to the caller, however many retries the call took."""
    read, op = _op("trackly-v2", "listLists")
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        status = 503 if len(calls) < 3 else 200
        return httpx.Response(status, json={"lists": []}, headers={"Deprecation": "true"})

    client = make_client("trackly-v2", handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client._send(read, {"method": "get", "url": op.path})
    assert len(calls) == 3
    assert [str(w.message) for w in caught] == [
        "listLists (GET /v2/lists) is deprecated (the server says: Deprecation: true)"
    ]
    assert caught[0].filename == __file__


# -- client-side validation -----------------------------------------------------------------------


def test_client_side_validation_raises_the_server_code_without_sending() -> None:
    pkg = client_package("trackly-v2")
    send, op = _op("trackly-v2", "sendMessage")
    sent: list[httpx.Request] = []
    client = make_client(
        "trackly-v2",
        lambda r: sent.append(r) or httpx.Response(200, json={}),
        validate_requests=True,
    )
    cases = {
        "missing_to": {"list_number": "+18005551000", "body": "hi"},
        "invalid_phone": {"to": "0044 20", "list_number": "+18005551000", "body": "hi"},
        "invalid_list_number": {"to": "+14155551234", "list_number": "18005551000", "body": "hi"},
        "missing_body": {"to": "+14155551234", "list_number": "+18005551000"},
    }
    for code, body in cases.items():
        with pytest.raises(pkg.BadRequestError) as caught:
            client._send(send, {"method": "post", "url": op.path, "json": body})
        assert caught.value.code == code
        assert caught.value.client_side
    assert sent == []


# -- bulk helpers ---------------------------------------------------------------------------------


def _bulk_server(failing: set[int]) -> tuple[Handler, list[list[dict[str, Any]]]]:
    """A send/bulk server that rejects messages whose body is in ``failing`` (by global id)."""
    batches: list[list[dict[str, Any]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        messages = json.loads(request.content)["messages"]
        assert 1 <= len(messages) <= 1000
        batches.append(messages)
        errors = [
            {
                "index": i,
                "to": m["to"],
                "code": "invalid_phone",
                "error": "Invalid recipient phone number format",
            }
            for i, m in enumerate(messages)
            if int(m["body"]) in failing
        ]
        return httpx.Response(
            200,
            json={
                "queued_count": len(messages) - len(errors),
                "error_count": len(errors),
                "errors": errors,
            },
        )

    return handler, batches


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    size=st.integers(min_value=0, max_value=5000),
    failure_rate=st.sampled_from([0.0, 0.01, 0.3, 1.0]),
    seed=st.integers(min_value=0, max_value=10_000),
)
def test_bulk_helper_accounts_for_every_item(size: int, failure_rate: float, seed: int) -> None:
    import random

    bulk = client_module("trackly-v2", "bulk")
    rng = random.Random(seed)
    failing = {i for i in range(size) if rng.random() < failure_rate}
    handler, batches = _bulk_server(failing)
    client = make_client("trackly-v2", handler)
    items = [
        {"to": "+14155551234", "list_number": "+18005551000", "body": str(i)} for i in range(size)
    ]
    result = bulk.send_bulk_messages(client, items)
    assert [item.index for item in result.items] == list(range(size))
    assert {i.index for i in result.rejected} == failing
    assert {i.index for i in result.accepted} == set(range(size)) - failing
    assert all(i.code == "invalid_phone" for i in result.rejected)
    sent = [int(m["body"]) for batch in batches for m in batch]
    assert sorted(sent) == list(range(size)), "every item sent exactly once"
    assert len(batches) == (size + 999) // 1000


def test_bulk_batch_failure_marks_its_items_failed_and_others_continue() -> None:
    bulk = client_module("trackly-v2", "bulk")
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise httpx.ReadTimeout("timed out", request=request)
        messages = json.loads(request.content)["messages"]
        return httpx.Response(
            200, json={"queued_count": len(messages), "error_count": 0, "errors": []}
        )

    client = make_client("trackly-v2", handler)
    items = [
        {"to": "+14155551234", "list_number": "+18005551000", "body": str(i)} for i in range(2500)
    ]
    result = bulk.send_bulk_messages(client, items)
    assert calls == 3, "a batch that may have been processed is not resent"
    assert [i.index for i in result.failed] == list(range(1000, 2000))
    assert all(i.error is not None and i.error.may_have_been_processed for i in result.failed)
    assert len(result.accepted) == 1500
