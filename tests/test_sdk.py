"""The resource clients of the generated Python SDKs (``TracklyV2``, ``AsyncTracklyV2``, …).

Every operation is reachable as ``client.<resource>.<method>`` (the list comes from the
spec's ``x-sdk-method``) on the sync and async clients and their ``with_raw_response``
views, with a docstring for users; lists page over real HTTP to the documented end, every
item exactly once; deprecated calls warn once at the caller's line; injected httpx clients,
environment keys, raw responses, error texts and typed webhook events behave as the README
says.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
import re
import socket
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import PythonIdentifier

from generator.catalogue import build_catalogue
from generator.codegen.sdk_common import operation_raises
from generator.mock import create_app, demo_keys
from generator.mock.app import MockConfig
from generator.sdk_extensions import sdk_settings
from generator.specmodel import Spec
from tests.clients import client_module, client_package
from tests.conftest import APIS, bundled, spec_of
from tests.test_mock_transformify import Served

CURATION = re.compile(
    r"conflicts? C-\d+|\bby analogy\b|\binferred\b|\bassumed\b|could not be retrieved|"
    r"not captured|the page's error table",
    re.IGNORECASE,
)


def settings_of(api: str) -> Any:
    return sdk_settings(spec_of(api), api)


def sdk(api: str, *, asynchronous: bool = False, **options: Any) -> Any:
    pkg = client_package(api)
    name = settings_of(api).client
    cls = getattr(pkg, ("Async" if asynchronous else "") + name)
    options.setdefault("api_key", demo_keys(api)["default"])
    return cls(**options)


def resolve(root: Any, dotted: str) -> Any:
    node = root
    for part in dotted.split("."):
        node = getattr(node, part)
    return node


# -- every operation is a documented method ---------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_every_operation_is_reachable_on_every_client(api: str) -> None:
    spec = spec_of(api)
    catalogue = build_catalogue(api, bundled(api))
    sync, asynchronous = sdk(api), sdk(api, asynchronous=True)
    for op in spec.operations:
        method = op.sdk_method
        assert method is not None, op.operation_id
        resource = str(method.resource)
        plain = resolve(sync, f"{resource}.{method.method}")
        coroutine = resolve(asynchronous, f"{resource}.{method.method}")
        assert callable(plain), op.operation_id
        assert asyncio.iscoroutinefunction(coroutine), op.operation_id
        assert callable(resolve(sync, f"{resource}.with_raw_response.{method.method}"))
        assert callable(resolve(asynchronous, f"{resource}.with_raw_response.{method.method}"))
        doc = inspect.getdoc(plain) or ""
        title = str(op.raw.get("summary") or op.operation_id)  # a vendor's may have none
        assert doc.startswith(title.split()[0]), op.operation_id
        assert "Raises:" in doc, op.operation_id
        for name, _what in operation_raises(op, catalogue):
            assert f"{name}:" in doc, (op.operation_id, name)
        assert not CURATION.search(doc), (op.operation_id, CURATION.search(doc))
        urls = re.findall(r"https?://\S+", str(op.raw.get("description", "")))
        assert not urls or urls[0].rstrip(",") in doc.replace("\n", " "), op.operation_id
        assert getattr(plain, "__deprecated__", None) is not None or not op.deprecated


@pytest.mark.parametrize("api", APIS)
def test_generated_docstrings_carry_no_curation_notes(api: str) -> None:
    root = client_package(api).__path__[0]
    for path in [*Path(root, "resources").glob("*.py"), *Path(root, "models").glob("*.py")]:
        text = path.read_text(encoding="utf-8")
        found = CURATION.search(text)
        assert found is None, f"{path.name}: {found.group(0) if found else ''}"


@pytest.mark.parametrize("api", APIS)
def test_methods_take_typed_keyword_arguments(api: str) -> None:
    """Path parameters are positional, the rest keyword-only; no argument is typed Any."""
    for op in spec_of(api).operations:
        method = op.sdk_method
        assert method is not None
        function = resolve(sdk(api), f"{method.resource}.{method.method}")
        signature = inspect.signature(getattr(function, "__wrapped__", function))
        path_names = {
            str(PythonIdentifier(p["name"], "field_")) for p in op.parameters if p["in"] == "path"
        }
        for name, parameter in signature.parameters.items():
            if name == "self":
                continue
            annotation = str(parameter.annotation)
            assert "Any" not in annotation, (op.operation_id, name, annotation)
            if name in path_names:
                assert parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
            else:
                assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, (op.operation_id, name)
        required = [
            p.default is inspect.Parameter.empty
            for p in signature.parameters.values()
            if p.kind is inspect.Parameter.KEYWORD_ONLY
        ]
        assert required == sorted(required, reverse=True), f"{op.operation_id}: required first"


# -- pagination over real HTTP ----------------------------------------------------------------


@pytest.fixture(scope="module")
def trackly() -> Iterator[tuple[Served, Any]]:
    app = create_app("trackly-v2", MockConfig())
    with Served(app) as server:
        client = sdk("trackly-v2", base_url=server.base_url + "/api")
        for n in range(9):
            client.contacts.create(phone_number=f"+1415555{4000 + n}", list_number="+18005551000")
        yield server, client


def test_contacts_over_more_than_three_pages_each_once_sync_and_async(
    trackly: tuple[Served, Any],
) -> None:
    _server, client = trackly
    everything = client.contacts.list(per_page=1000)
    assert not everything.has_next_page()
    truth = [(c.phone_number, c.list_number) for c in everything.data]
    assert len(truth) >= 9
    page = client.contacts.list(per_page=2)
    pages = list(page.pages())
    assert len(pages) > 3
    assert len(pages) == page.current.pagination.total_pages
    seen = [(c.phone_number, c.list_number) for c in page]
    assert sorted(seen) == sorted(truth)
    assert len(set(seen)) == len(seen)

    async def collect() -> list[tuple[str, str]]:
        async with sdk("trackly-v2", asynchronous=True, base_url=client.base_url) as aclient:
            first = await aclient.contacts.list(per_page=2)
            assert first.has_next_page()
            return [(c.phone_number, c.list_number) async for c in first]

    assert sorted(asyncio.run(collect())) == sorted(truth)


def test_page_objects_expose_the_current_page(trackly: tuple[Served, Any]) -> None:
    _server, client = trackly
    page = client.contacts.list(per_page=3, page=2)
    assert page.current.pagination.page == 2
    assert len(page.data) == 3
    following = page.get_next_page()
    assert following.current.pagination.page == 3
    last = list(page.pages())[-1]
    with pytest.raises(LookupError):
        last.get_next_page()


@pytest.mark.skipif("messages-dev" not in APIS, reason="messages-dev not selected")
def test_cursor_pages_of_messages_dev_each_once_sync_and_async() -> None:
    app = create_app("messages-dev", MockConfig())
    line, chat = "+15551234567", "+15559876543"
    with Served(app) as server, httpx.Client(base_url=server.base_url) as admin:
        client = sdk("messages-dev", base_url=server.base_url)
        for n in range(7):
            client.messages.send(from_=line, to=chat, text=f"page test {n}")
        admin.post("/__smsspec/clock", json={"advance": 60}).raise_for_status()
        truth = [m.id for m in client.messages.list(from_=line, to=chat, limit=100).data]
        page = client.messages.list(from_=line, to=chat, limit=2)
        assert len(list(page.pages())) > 3
        assert [m.id for m in page] == truth
        assert len(set(truth)) == len(truth) >= 8

        async def collect() -> list[str]:
            async with sdk("messages-dev", asynchronous=True, base_url=server.base_url) as c:
                first = await c.messages.list(from_=line, to=chat, limit=2)
                return [m.id async for m in first]

        assert asyncio.run(collect()) == truth


@pytest.mark.skipif("transformify" not in APIS, reason="transformify not selected")
def test_transformify_campaign_pages() -> None:
    with Served(create_app("transformify", MockConfig())) as server:
        client = sdk("transformify", base_url=server.base_url)
        page = client.campaigns.list(page_size=1)
        ids = [c.campaign_id for c in page]
        assert len(ids) == len(set(ids)) == page.current.total_count > 3


@settings(max_examples=60, deadline=None)
@given(
    total=st.integers(0, 40),
    size=st.integers(1, 9),
    style=st.sampled_from(["page", "cursor"]),
)
def test_pages_end_at_the_documented_end(total: int, size: int, style: str) -> None:
    """A scripted server over ``total`` items: the iteration yields each item once, in
    order, asks for no page past the end, and an empty answer ends it."""
    pagination = client_module("trackly-v2", "pagination")
    requests: list[dict[str, Any]] = []
    items = list(range(total))

    def answer(kwargs: dict[str, Any]) -> httpx.Response:
        requests.append(kwargs)
        params = kwargs["params"]
        if style == "page":
            number = int(params.get("page", 1))
            chunk = items[(number - 1) * size : number * size]
            pages = (total + size - 1) // size
            body: dict[str, Any] = {"items": chunk, "pagination": {"total_pages": pages}}
        else:
            start = int(params.get("cursor", 0))
            chunk = items[start : start + size]
            more = start + size < total
            body = {
                "items": chunk,
                "has_more": more,
                "next_cursor": str(start + size) if more else None,
            }
        return httpx.Response(200, json=body)

    info = (
        pagination.Pagination(
            style="page",
            items="items",
            page_param="page",
            size_param="per_page",
            total_pages="pagination.total_pages",
        )
        if style == "page"
        else pagination.Pagination(
            style="cursor",
            items="items",
            cursor_param="cursor",
            next_cursor="next_cursor",
            has_more="has_more",
        )
    )
    first_kwargs = {
        "method": "get",
        "url": "/x",
        "params": {"per_page": size} if style == "page" else {},
    }
    page = pagination.SyncPage(
        response=answer(first_kwargs),
        kwargs=first_kwargs,
        parse=lambda r: r.json(),
        items=lambda body: body["items"],
        pagination=info,
        fetch=answer,
    )
    assert list(page) == items
    expected_requests = max(1, (total + size - 1) // size)
    assert len(requests) == expected_requests, "no request past the documented end"


# -- clients: keys, injected transports, raw responses, errors ---------------------------------


@pytest.mark.parametrize("api", APIS)
def test_api_key_from_the_environment_and_never_shown(
    api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = client_package(api)
    settings_ = settings_of(api)
    cls = getattr(pkg, settings_.client)
    monkeypatch.delenv(settings_.api_key_env, raising=False)
    with pytest.raises(pkg.APIError, match=settings_.api_key_env):
        cls()
    secret = demo_keys(api)["default"]
    monkeypatch.setenv(settings_.api_key_env, secret)
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(401, json={}))
    client = cls(base_url="http://example.test/base", http_client=httpx.Client(transport=transport))
    assert secret not in repr(client)
    op = next(  # an operation that needs at most path parameters
        op
        for op in spec_of(api).operations
        if op.request_body is None
        and not any(p.get("required") for p in op.parameters if p["in"] != "path")
    )
    method = op.sdk_method
    assert method is not None
    function = resolve(client, f"{method.resource}.{method.method}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(pkg.AuthenticationError) as caught:
            _call_with_minimal_arguments(function)
    assert secret not in str(caught.value) + repr(caught.value)
    request = seen[0]
    assert str(request.url).startswith("http://example.test/base/"), request.url
    basic = "Basic " + base64.b64encode(secret.encode()).decode()  # HTTP Basic: user:password
    sent = request.headers.values()
    assert any(secret in value or value == basic for value in sent), "the key is sent"


def _call_with_minimal_arguments(function: Any) -> Any:
    """Call a method with placeholder values for its required (path) arguments."""
    signature = inspect.signature(getattr(function, "__wrapped__", function))
    positional, keywords = [], {}
    for name, parameter in signature.parameters.items():
        if name == "self" or parameter.default is not inspect.Parameter.empty:
            continue
        value = _placeholder(parameter.annotation)
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            positional.append(value)
        else:
            keywords[name] = value
    return function(*positional, **keywords)


def _placeholder(annotation: Any) -> Any:
    text = str(annotation)
    if text.startswith("int"):
        return 1
    if text.startswith("UUID"):
        return uuid.UUID(int=0)
    return "+14155551234"


def test_async_client_uses_an_injected_async_transport() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"lists": []})

    async def call() -> Any:
        transport = httpx.MockTransport(handler)
        async with httpx.AsyncClient(transport=transport) as http:
            client = sdk("trackly-v2", asynchronous=True, base_url="http://x/api", http_client=http)
            return await client.lists.list()

    result = asyncio.run(call())
    assert result.lists == []
    assert str(seen[0].url) == "http://x/api/v2/lists"
    assert seen[0].headers["x-api-key"] == demo_keys("trackly-v2")["default"]


def test_raw_response_gives_status_headers_and_the_model() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"lists": []}, headers={"x-request-id": "req_42"})

    client = sdk("trackly-v2", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    raw = client.lists.with_raw_response.list()
    assert (raw.status_code, raw.request_id, raw.headers["x-request-id"]) == (
        200,
        "req_42",
        "req_42",
    )
    assert raw.parse().lists == []
    assert type(raw.parse()).__name__ == "SendingListList"


def test_error_text_has_the_status_and_connection_errors_their_reason() -> None:
    pkg = client_package("trackly-v2")
    body = {"error": "Invalid recipient phone number format", "code": "invalid_phone"}
    failing = httpx.MockTransport(lambda r: httpx.Response(400, json=body))
    client = sdk("trackly-v2", http_client=httpx.Client(transport=failing))
    with pytest.raises(pkg.BadRequestError) as caught:
        client.messages.send(to="1", list_number="+18005551000", body="x")
    assert str(caught.value) == "HTTP 400 [invalid_phone]: Invalid recipient phone number format"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    closed = sdk("trackly-v2", base_url=f"http://127.0.0.1:{port}/api", max_retries=0)
    with pytest.raises(pkg.APIConnectionError) as refused:
        closed.lists.list()
    assert "ConnectError" in str(refused.value)
    assert "refused" in str(refused.value).lower()


def test_with_options_shares_the_pool_and_keeps_the_client() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(500, json={"error": "boom"})

    pkg = client_package("trackly-v2")
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = sdk("trackly-v2", http_client=http, max_retries=3)
    client._client.sleep = lambda _s: None
    with pytest.raises(pkg.InternalServerError):
        client.with_options(max_retries=0).lists.list()
    assert len(calls) == 1
    assert client.max_retries == 3
    assert client.with_options(max_retries=0)._client.get_httpx_client() is http


# -- deprecation --------------------------------------------------------------------------------


@pytest.mark.skipif("trackly-v1" not in APIS, reason="trackly-v1 not selected")
def test_deprecated_calls_warn_once_at_the_callers_line() -> None:
    answer = {"message_id": "m1", "status": "queued", "deprecated": True}
    headers = {"Deprecation": "true", "X-API-Deprecated": "v1 is deprecated"}
    transport = httpx.MockTransport(lambda r: httpx.Response(201, json=answer, headers=headers))
    client = sdk("trackly-v1", http_client=httpx.Client(transport=transport))
    arguments = {"to_msisdn": "+14155551234", "body": "x", "from_phone_number_id": "pn_1"}
    for call in (client.messages.send, client.messages.with_raw_response.send):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call(**arguments)  # the line the warning must name
        line = next(
            n
            for n, text in enumerate(Path(__file__).read_text().splitlines(), 1)
            if text.endswith("# the line the warning must name")
        )
        assert [(w.category, w.filename, w.lineno) for w in caught] == [
            (DeprecationWarning, __file__, line)
        ]
        assert "TracklyV2().messages.send" in str(caught[0].message)

    async def call_async() -> list[warnings.WarningMessage]:
        async with sdk(
            "trackly-v1", asynchronous=True, http_client=httpx.AsyncClient(transport=transport)
        ) as c:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                await c.messages.send(**arguments)
            return caught

    caught = asyncio.run(call_async())
    assert [(w.category, w.filename) for w in caught] == [(DeprecationWarning, __file__)]


# -- webhooks -----------------------------------------------------------------------------------

SIGNING = [
    api for api in APIS if bundled(api).get("x-webhook-signature") and bundled(api).get("webhooks")
]


@pytest.mark.parametrize("api", SIGNING)
def test_construct_event_returns_the_typed_event_of_every_documented_delivery(api: str) -> None:
    hooks = client_module(api, "webhooks")
    spec = Spec(bundled(api))
    checked = 0
    for name, item in spec.doc["webhooks"].items():
        operation = next(iter(item.values()))
        media = operation["requestBody"]["content"]["application/json"]
        for example in (media.get("examples") or {}).values():
            payload = json.dumps(spec.resolve(example)["value"]).encode()
            headers = hooks.sign(payload, "whsec_test")
            event = hooks.construct_event(payload, headers, "whsec_test")
            assert type(event) is hooks.EVENT_MODELS[name], name
            checked += 1
    assert checked
    unknown = json.dumps({"event": "brand.new", "x": 1}).encode()
    event = hooks.construct_event(unknown, hooks.sign(unknown, "k"), "k")
    assert isinstance(event, hooks.UnknownEvent)
    assert (event.event, event.body) == ("brand.new", {"event": "brand.new", "x": 1})
    for broken in (b"not json", b"[1, 2]"):
        with pytest.raises(hooks.WebhookVerificationError) as caught:
            hooks.construct_event(broken, hooks.sign(broken, "k"), "k")
        assert caught.value.reason == "malformed_payload"
    with pytest.raises(hooks.WebhookVerificationError) as forged:
        hooks.construct_event(unknown, hooks.sign(unknown, "other"), "k")
    assert forged.value.reason == "signature_mismatch"


@pytest.mark.parametrize("api", SIGNING)
def test_sign_takes_its_arguments_in_the_verifiers_order(api: str) -> None:
    hooks = client_module(api, "webhooks")
    sign = list(inspect.signature(hooks.sign).parameters)
    verify = list(inspect.signature(hooks.verify).parameters)
    construct = list(inspect.signature(hooks.construct_event).parameters)
    assert sign[:2] == ["payload", "secret"]
    assert verify[:3] == construct[:3] == ["payload", "headers", "secret"]


# -- bulk ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_bulk_modules_export_only_their_api(api: str) -> None:
    bulk = client_module(api, "bulk")
    helpers = {snake for op in spec_of(api).operations if op.bulk for snake in _helper_names(op)}
    assert set(bulk.__all__) == helpers | {"BulkItemResult", "BulkResult"}
    assert set(client_module(api, "_bulk").__all__) == {"BulkItemResult", "BulkResult"}


def _helper_names(op: Any) -> list[str]:
    from openapi_python_client.strings import snake_case

    name = snake_case(op.operation_id)
    return [name, f"async_{name}"]


def test_async_bulk_helper_matches_the_sync_one() -> None:
    bulk = client_module("trackly-v2", "bulk")
    failing = {3, 1500, 2999}

    def handler(request: httpx.Request) -> httpx.Response:
        messages = json.loads(request.content)["messages"]
        errors = [
            {"index": i, "to": m["to"], "code": "invalid_phone", "error": "bad"}
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

    items = [
        {"to": "+14155551234", "list_number": "+18005551000", "body": str(i)} for i in range(3000)
    ]
    sync_result = bulk.send_bulk_messages(
        sdk("trackly-v2", http_client=httpx.Client(transport=httpx.MockTransport(handler))), items
    )

    async def run() -> Any:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = sdk("trackly-v2", asynchronous=True, http_client=http)
            return await bulk.async_send_bulk_messages(client, items)

    async_result = asyncio.run(run())
    for result in (sync_result, async_result):
        assert {item.index for item in result.rejected} == failing
        assert len(result.accepted) == 3000 - len(failing)
    assert [i.outcome for i in sync_result.items] == [i.outcome for i in async_result.items]


def test_capacity_refusal_is_split_at_once_and_never_resent_as_is() -> None:
    """A 429 whose body shows the request larger than the capacity: the client's request loop
    does not retry it as is; the bulk planner sends what fits at once, cuts every later batch
    to the capacity and waits only for the room each batch needs."""
    bulk = client_module("transformify", "bulk")
    capacity, advised = 1000, 30.0
    state = {"pending": 0}
    sizes: list[tuple[int, int]] = []
    waits: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        count = len(json.loads(request.content)["recipients"])
        if state["pending"] + count > capacity:
            sizes.append((count, 429))
            available = capacity - state["pending"]
            body = {
                "error": "Rate limit exceeded",
                "message": "Too many pending messages.",
                "currentPending": state["pending"],
                "requestedCount": count,
                "maxAllowed": capacity,
                "availableCapacity": available,
                "retryAfterSeconds": 30,
            }
            return httpx.Response(429, json=body, headers={"Retry-After": "30"})
        sizes.append((count, 202))
        state["pending"] += count
        return httpx.Response(
            202, json={"campaignId": "c", "messageCount": count, "status": "Queuing"}
        )

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        state["pending"] = max(0, state["pending"] - round(seconds * capacity / advised))

    client = sdk("transformify", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client._client.sleep = sleep
    people = [{"phoneNumber": f"3897{n:07d}"} for n in range(4500)]
    template = uuid.UUID("550e8400-e29b-41d4-a716-446655440000")
    result = bulk.send_viber_bulk(client, people, template_id=template)
    assert len(result.accepted) == 4500
    assert sizes[0] == (4500, 429), "the first batch is the documented 50,000 cap or less"
    assert sizes[1] == (1000, 202), "what fits is sent at once, without a wait"
    refused_sizes = [count for count, status in sizes if status == 429]
    assert refused_sizes.count(4500) == 1, "a request that can never fit is not resent as is"
    assert all(count <= capacity for count, _status in sizes[1:])
    minimum = (4500 - capacity) / (capacity / advised)
    assert sum(waits) <= 1.1 * minimum, (waits, minimum)
