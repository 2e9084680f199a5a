"""Webhook signature verification: ``<pkg>/webhooks.py`` from ``x-webhook-signature``.

The module is rendered (``generator.codegen.webhooks``) for every API whose spec documents
signing and imported on its own (it needs only the standard library); once the client
generator writes it into ``generated/<api>/python/<pkg>/``, the generated file is checked to
be exactly that rendering and is tested the same way. Properties: a correctly signed
delivery verifies; unsigned, tampered (any byte of body, signature or timestamp), wrongly
keyed or stale deliveries are rejected; the comparison is ``hmac.compare_digest``; no error
text or repr contains the secret or a signature.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib.util
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.codegen.webhooks import (
    UNDOCUMENTED_DEFAULTS,
    WebhookSignatureError,
    render_webhooks_module,
)
from generator.extensions import validate
from generator.paths import generated_dir, package_name
from generator.specmodel import Spec
from tests.conftest import APIS, bundled

SIGNED = [api for api in APIS if bundled(api).get("x-webhook-signature")]
TIMESTAMPED = [api for api in SIGNED if bundled(api)["x-webhook-signature"].get("timestamp-header")]
SECRET = "whsec_test"
NOW = 1_700_000_000.0
TRACKLY_LIKE = {"header": "X-Trackly-Signature", "algorithm": "HMAC-SHA256"}
_MODULES: dict[str, ModuleType] = {}


def _import(name: str, source: str, directory: Path) -> ModuleType:
    path = directory / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    found = importlib.util.spec_from_file_location(name, path)
    assert found is not None
    assert found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules[name] = module
    found.loader.exec_module(module)
    return module


def rendered(api: str, tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    if api not in _MODULES:
        source = render_webhooks_module(Spec(bundled(api)), package_name(api))
        assert source is not None
        name = f"_smsspec_webhooks_{api.replace('-', '_')}"
        _MODULES[api] = _import(name, source, tmp_path_factory.mktemp("webhooks"))
    return _MODULES[api]


def synthetic(extension: dict[str, Any], directory: Path, name: str) -> ModuleType:
    spec = Spec({"info": {"title": "Example"}, "x-webhook-signature": extension})
    source = render_webhooks_module(spec, "example_client")
    assert source is not None
    return _import(name, source, directory)


@pytest.fixture(scope="module", params=SIGNED)
def hooks(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    return rendered(str(request.param), tmp_path_factory)


def verifier(hooks: Any, **options: Any) -> Any:
    return hooks.WebhookVerifier(SECRET, clock=lambda: NOW, **options)


def signed(hooks: Any, body: bytes, **options: Any) -> dict[str, str]:
    timestamp = str(int(NOW * 1000 if hooks.TIMESTAMP_UNIT == "milliseconds" else NOW))
    return verifier(hooks, **options).sign(body, timestamp=timestamp)  # type: ignore[no-any-return]


def independent_signature(hooks: Any, body: bytes, timestamp: str | None) -> str:
    """The MAC computed here from the module's documented constants, not by the module."""
    content = hooks.SIGNED_CONTENT.encode()
    content = content.replace(b"{timestamp}", (timestamp or "").encode())
    content = content.replace(b"{body}", body)
    mac = hmac.new(SECRET.encode(), content, hashlib.sha256).digest()
    return base64.b64encode(mac).decode() if hooks.ENCODING == "base64" else mac.hex()


# -- rendering --------------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_a_module_exactly_for_apis_that_document_signing(api: str) -> None:
    source = render_webhooks_module(Spec(bundled(api)), package_name(api))
    assert (source is not None) == (api in SIGNED)


@pytest.mark.parametrize("api", SIGNED)
def test_generated_module_is_the_rendering(api: str, tmp_path: Path) -> None:
    """Once the client generator writes ``webhooks.py``, it must be this rendering (ruff
    formatted, as every generated module)."""
    generated = generated_dir(api) / "python" / package_name(api) / "webhooks.py"
    assert generated.is_file(), f"{generated} missing: run `make generate`"
    source = render_webhooks_module(Spec(bundled(api)), package_name(api))
    assert source is not None
    project = generated_dir(api) / "python"
    scratch = tmp_path / "webhooks.py"
    scratch.write_text(source, encoding="utf-8")
    ruff = str(Path(sys.executable).parent / "ruff")
    config = ["--config", str(project / "pyproject.toml"), "--no-cache"]
    subprocess.run([ruff, "check", "--fix-only", *config, str(scratch)], check=True)
    subprocess.run([ruff, "format", *config, str(scratch)], check=True, capture_output=True)
    assert generated.read_text(encoding="utf-8") == scratch.read_text(encoding="utf-8")


def test_undocumented_keys_are_named_in_the_docstring(tmp_path: Path) -> None:
    """Trackly documents only the header and HMAC-SHA256: the module says what it assumes."""
    hooks = synthetic(TRACKLY_LIKE, tmp_path, "_hooks_trackly_like")
    doc = hooks.__doc__ or ""
    assert "does not document" in doc
    for key in ("signed-content", "encoding", "timestamp-header", "secret"):
        assert f"``{key}``" in doc, key
    assert "X-Trackly-Signature" in doc
    assert UNDOCUMENTED_DEFAULTS["signed-content"][0] == hooks.SIGNED_CONTENT
    assert hooks.ENCODING == "auto"
    assert hooks.TIMESTAMP_HEADER is None


def test_trackly_v2_reading_matches_its_spec(tmp_path_factory: pytest.TempPathFactory) -> None:
    extension = bundled("trackly-v2").get("x-webhook-signature") if "trackly-v2" in APIS else None
    if extension is None:
        pytest.skip("the Trackly v2 spec documents no x-webhook-signature")
    hooks = rendered("trackly-v2", tmp_path_factory)
    assert hooks.SIGNATURE_HEADER == extension["header"] == "X-Trackly-Signature"
    for key in UNDOCUMENTED_DEFAULTS:
        if key not in extension and key not in ("tolerance-seconds", "timestamp-unit"):
            assert f"``{key}``" in (hooks.__doc__ or ""), key


@pytest.mark.parametrize(
    ("extension", "problem"),
    [
        ({"header": "X-Sig"}, '"algorithm" is a required property'),
        ({**TRACKLY_LIKE, "algorithm": "MD5"}, "is not one of"),
        ({**TRACKLY_LIKE, "encoding": "rot13"}, "is not one of"),
        ({**TRACKLY_LIKE, "signed-content": "{timestamp}"}, "does not match"),
        ({**TRACKLY_LIKE, "new-key": 1}, "Additional properties are not allowed"),
    ],
)
def test_lint_refuses_a_signature_it_cannot_verify(extension: dict[str, Any], problem: str) -> None:
    problems = validate({"x-webhook-signature": extension})
    assert problems, extension
    assert problem in problems[0].message, problems


def test_renderer_refuses_a_timestamp_without_its_header() -> None:
    extension = {**TRACKLY_LIKE, "signed-content": "{timestamp}.{body}"}
    assert not validate({"x-webhook-signature": extension})
    with pytest.raises(WebhookSignatureError, match="no timestamp-header"):
        render_webhooks_module(Spec({"x-webhook-signature": extension}), "x")


# -- verification -----------------------------------------------------------------------------


def test_known_answer_messages_dev(tmp_path_factory: pytest.TempPathFactory) -> None:
    """messages.dev: HMAC-SHA256 over ``{timestamp}.{body}``, lowercase hex (a fixed vector)."""
    if "messages-dev" not in SIGNED:
        pytest.skip("messages-dev documents no signing")
    hooks = rendered("messages-dev", tmp_path_factory)
    body = b'{"event":"message.received","data":{"id":"msg_1"}}'
    expected = "d121d50bdd32e7b0fc495f65cd86a46d0b20b146510d5d020c09423cf5292732"
    headers = {
        "X-Webhook-Signature": expected,
        "X-Webhook-Timestamp": "1700000000000",
        "X-Webhook-Delivery-Id": "dlv_1",
    }
    delivery = hooks.WebhookVerifier(SECRET, clock=lambda: NOW).verify(body, headers)
    assert delivery.delivery_id == "dlv_1"
    assert delivery.timestamp == NOW
    assert delivery.json()["data"]["id"] == "msg_1"


def test_known_answer_body_only_reading(tmp_path: Path) -> None:
    hooks = synthetic(TRACKLY_LIKE, tmp_path, "_hooks_known_answer")
    body = b'{"event":"delivery","message_id":"AbC12345","status":"delivered"}'
    mac = "f18ddeb4bf76b65822a3db3ba37d073d7037427457388f619d63db8f3818b9a7"
    raw = bytes.fromhex(mac)
    spellings = [
        mac,
        mac.upper(),
        f"sha256={mac}",
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
    ]
    check = hooks.WebhookVerifier("trk_whsec")
    for spelling in spellings:
        check.verify(body, {"x-trackly-signature": spelling})
    strict = hooks.WebhookVerifier("trk_whsec", encoding="hex")
    with pytest.raises(hooks.WebhookVerificationError) as caught:
        strict.verify(body, {"X-Trackly-Signature": spellings[3]})
    assert caught.value.reason == "malformed_signature"


@settings(max_examples=60, deadline=None)
@given(body=st.binary(max_size=2048), secret=st.text(min_size=1, max_size=40), data=st.data())
def test_signed_verifies_and_any_tampering_is_rejected(
    hooks: Any, body: bytes, secret: str, data: st.DataObject
) -> None:
    check = hooks.WebhookVerifier(secret, clock=lambda: NOW)
    timestamp = str(int(NOW * 1000 if hooks.TIMESTAMP_UNIT == "milliseconds" else NOW))
    headers = check.sign(body, timestamp=timestamp)
    assert check.verify(body, headers).body == body
    if body:
        index = data.draw(st.integers(0, len(body) - 1))
        flipped = body[:index] + bytes([body[index] ^ 0x01]) + body[index + 1 :]
        with pytest.raises(hooks.WebhookVerificationError) as caught:
            check.verify(flipped, headers)
        assert caught.value.reason == "signature_mismatch"
    signature = headers[hooks.SIGNATURE_HEADER]
    position = data.draw(st.integers(0, len(signature) - 1))
    replacement = "0" if signature[position] != "0" else "1"
    forged = {
        **headers,
        hooks.SIGNATURE_HEADER: signature[:position] + replacement + signature[position + 1 :],
    }
    with pytest.raises(hooks.WebhookVerificationError) as caught:
        check.verify(body, forged)
    assert caught.value.reason in ("signature_mismatch", "malformed_signature")
    other = hooks.WebhookVerifier(secret + "x", clock=lambda: NOW)
    with pytest.raises(hooks.WebhookVerificationError):
        other.verify(body, headers)
    unsigned = {k: v for k, v in headers.items() if k != hooks.SIGNATURE_HEADER}
    with pytest.raises(hooks.WebhookVerificationError) as caught:
        check.verify(body, unsigned)
    assert caught.value.reason == "missing_signature"


def test_signature_is_computed_as_documented(hooks: Any) -> None:
    body = b'{"event":"x"}'
    headers = signed(hooks, body)
    timestamp = headers.get(hooks.TIMESTAMP_HEADER) if hooks.TIMESTAMP_HEADER else None
    assert headers[hooks.SIGNATURE_HEADER] == independent_signature(hooks, body, timestamp)


@pytest.mark.parametrize("api", TIMESTAMPED)
def test_timestamps_are_signed_and_bounded(
    api: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    hooks = rendered(api, tmp_path_factory)
    assert hooks.TIMESTAMP_HEADER is not None
    body = b"{}"
    check = verifier(hooks)
    scale = 1000 if hooks.TIMESTAMP_UNIT == "milliseconds" else 1
    tolerance = hooks.TOLERANCE_SECONDS
    cases = {
        "stale": (str(int((NOW - tolerance - 1) * scale)), "timestamp_out_of_tolerance"),
        "future": (str(int((NOW + tolerance + 1) * scale)), "timestamp_out_of_tolerance"),
        "not a number": ("yesterday", "malformed_timestamp"),
    }
    for label, (stamp, reason) in cases.items():
        headers = check.sign(body, timestamp=stamp)
        with pytest.raises(hooks.WebhookVerificationError) as caught:
            check.verify(body, headers)
        assert caught.value.reason == reason, label
    headers = check.sign(body, timestamp=str(int(NOW * scale)))
    moved = {**headers, hooks.TIMESTAMP_HEADER: str(int(NOW * scale) + 1)}
    with pytest.raises(hooks.WebhookVerificationError) as caught:
        check.verify(body, moved)
    assert caught.value.reason == "signature_mismatch"
    missing = {k: v for k, v in headers.items() if k != hooks.TIMESTAMP_HEADER}
    with pytest.raises(hooks.WebhookVerificationError) as caught:
        check.verify(body, missing)
    assert caught.value.reason == "missing_timestamp"


def test_comparison_is_constant_time(hooks: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    body = b'{"a":1}'
    headers = signed(hooks, body)
    verifier(hooks).verify(body, headers)
    with pytest.raises(hooks.WebhookVerificationError):
        verifier(hooks).verify(body + b" ", headers)
    assert len(calls) == 2
    assert all(isinstance(a, bytes) and isinstance(b, bytes) for a, b in calls)


def test_no_secret_or_signature_in_errors_or_reprs(hooks: Any) -> None:
    body = b'{"event":"x"}'
    headers = signed(hooks, body)
    expected = headers[hooks.SIGNATURE_HEADER]
    received = "ab" * 32
    check = verifier(hooks)
    texts = [repr(check), str(check)]
    for attempt in (
        {
            hooks.SIGNATURE_HEADER: received,
            **{k: v for k, v in headers.items() if k != hooks.SIGNATURE_HEADER},
        },
        {},
        {hooks.SIGNATURE_HEADER: "garbage!!"},
        headers,
    ):
        try:
            check.verify(body + b"!", attempt)
        except hooks.WebhookVerificationError as exc:
            texts += [str(exc), repr(exc)]
    assert len(texts) > 4
    for text in texts:
        for secret in (SECRET, expected, received, "garbage!!"):
            assert secret not in text, text


def test_header_forms(hooks: Any) -> None:
    body = b"{}"
    headers = signed(hooks, body)
    check = verifier(hooks)
    check.verify(body, {k.upper(): v for k, v in headers.items()})
    check.verify(body, list(headers.items()))
    check.verify(body, [(k.lower().encode(), v.encode()) for k, v in headers.items()])
    check.verify(body, httpx.Headers(headers))
    name = hooks.SIGNATURE_HEADER
    duplicated = [*headers.items(), (name.lower(), "00" * 32)]
    with pytest.raises(hooks.WebhookVerificationError) as caught:
        check.verify(body, duplicated)
    assert caught.value.reason == "ambiguous_header"


def test_body_forms(hooks: Any) -> None:
    body = '{"text":"héllo"}'
    headers = signed(hooks, body.encode())
    check = verifier(hooks)
    for form in (body, body.encode(), bytearray(body.encode()), memoryview(body.encode())):
        check.verify(form, headers)
    with pytest.raises(TypeError):
        check.verify({"text": "héllo"}, headers)


def test_secret_rotation_accepts_any_current_secret(hooks: Any) -> None:
    body = b"{}"
    headers = signed(hooks, body)
    both = hooks.WebhookVerifier(["old_secret", SECRET], clock=lambda: NOW)
    both.verify(body, headers)
    assert "old_secret" not in repr(both)
    with pytest.raises(ValueError, match="empty"):
        hooks.WebhookVerifier("")


def test_receiver_rejects_unsigned_and_tampered_deliveries(hooks: Any) -> None:
    """A webhook receiver (an ASGI app) built on the helper, end to end."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    check = hooks.WebhookVerifier(SECRET, clock=time.time)
    accepted: list[Any] = []

    async def receive(request: Request) -> Response:
        raw = await request.body()
        try:
            delivery = check.verify(raw, request.headers)
        except hooks.WebhookVerificationError as exc:
            return Response(exc.reason, status_code=400)
        accepted.append(delivery.json())
        return Response(status_code=204)

    app = Starlette(routes=[Route("/hook", receive, methods=["POST"])])
    transport = httpx.ASGITransport(app=app)

    async def scenario() -> list[int]:
        body = b'{"event":"delivery","id":1}'
        good = check.sign(body)
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
            return [
                (await client.post("/hook", content=body, headers=good)).status_code,
                (await client.post("/hook", content=body)).status_code,
                (
                    await client.post("/hook", content=body.replace(b"1", b"2"), headers=good)
                ).status_code,
            ]

    import asyncio

    assert asyncio.run(scenario()) == [204, 400, 400]
    assert accepted == [{"event": "delivery", "id": 1}]
