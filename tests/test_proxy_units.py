"""The proxy's building blocks: phone masking, secret redaction, recordings, HAR reading."""

from __future__ import annotations

import asyncio
import base64
import re
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.proxy.exchange import Exchange
from generator.proxy.har import SKIP_OTHER, BaseUrl, read_har
from generator.proxy.masking import PhoneMasker, published_numbers
from generator.proxy.recording import RecordingError, dumps, from_record, to_record
from generator.proxy.secrets import REDACTED, Redactor
from generator.proxy.upstream import UpstreamPool
from tests.conftest import bundled, spec_of

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
numbers = st.from_regex(r"\A\+[1-9][0-9]{6,14}\Z", fullmatch=True)


# -- masking ----------------------------------------------------------------------------------


@given(st.lists(numbers, min_size=1, max_size=30))
def test_masked_numbers_are_valid_stable_and_distinct(found: list[str]) -> None:
    masker = PhoneMasker(keep=set())
    masked = [masker.text(n) for n in found]
    for original, pseudonym in zip(found, masked, strict=True):
        assert E164.match(pseudonym)
        assert len(pseudonym) == len(original)
        assert pseudonym[-2:] == original[-2:]
        assert masker.text(original) == pseudonym  # stable
    pairs = dict(zip(found, masked, strict=True))
    assert len(set(pairs.values())) == len(pairs)  # distinct numbers stay distinct


@given(numbers)
def test_masking_is_reproducible_and_applies_to_encoded_forms(number: str) -> None:
    text = f"/v2/contacts/{number.replace('+', '%2B')}?to={number.replace('+', '%2b')}"
    first, second = PhoneMasker(set()), PhoneMasker(set())
    masked = first.text(text)
    assert masked == second.text(text)
    assert first.value({"to": number, "nested": [number]}) == {
        "to": first.text(number),
        "nested": [first.text(number)],
    }


def test_numbers_the_spec_publishes_are_kept() -> None:
    keep = published_numbers(bundled("trackly-v2"))
    assert "+18005551000" in keep  # the seeded sending list
    masker = PhoneMasker(keep)
    assert masker.text("+18005551000 and +13125550143") == "+18005551000 and +10000000143"


# -- redaction --------------------------------------------------------------------------------

# A prefix like real keys have: the record's own words ("answered", "headers") are not secrets.
secrets = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
    min_size=8,
    max_size=40,
).map(lambda text: "sk_" + text)


@settings(max_examples=60)
@given(key=secrets, token=secrets, cookie=secrets, query_key=secrets)
def test_no_secret_survives_redaction(key: str, token: str, cookie: str, query_key: str) -> None:
    redactor = Redactor(spec_of("trackly-v2"))
    echo = orjson.dumps({"echo": [key, token, cookie, query_key]})
    exchange = Exchange(
        method="POST",
        path="/api/v2/send",
        query=f"api_key={query_key}&page=2",
        request_headers=[
            ("x-api-key", key),
            ("authorization", f"Bearer {token}"),
            ("cookie", f"sid={cookie}; theme=dark1234"),
            ("referer", f"https://example.com/?k={key}"),
        ],
        request_body=echo,
        status=200,
        response_headers=[("set-cookie", f"sid={cookie}; Path=/; HttpOnly")],
        response_body=echo,
    )
    line = dumps(to_record(redactor.redact(exchange)))
    for secret in (key, token, cookie, query_key):
        assert secret.encode() not in line
    record = orjson.loads(line)
    headers = dict(record["request"]["headers"])
    assert headers["x-api-key"] == REDACTED
    assert headers["authorization"] == f"Bearer {REDACTED}"
    assert headers["cookie"] == f"sid={REDACTED}; theme={REDACTED}"
    assert dict(record["response"]["headers"])["set-cookie"] == f"sid={REDACTED}; Path=/; HttpOnly"
    assert record["query"].endswith("&page=2")


def test_webhook_signing_secrets_in_answers_are_redacted() -> None:
    redactor = Redactor(spec_of("messages-dev"))
    answer = orjson.dumps({"id": "wh_1", "secret": "whsec_0123456789abcdef"})
    exchange = Exchange("POST", "/v1/webhooks", "", [], b"{}", 201, [], answer)
    redacted = redactor.redact(exchange, "createWebhook")
    assert redacted.response_body is not None
    assert orjson.loads(redacted.response_body) == {"id": "wh_1", "secret": REDACTED}
    assert redactor.redact(exchange, "listWebhooks").response_body == answer


# -- recordings -------------------------------------------------------------------------------

headers = st.lists(
    st.tuples(st.from_regex(r"\A[a-z][a-z0-9-]{0,20}\Z", fullmatch=True), st.text(max_size=30)),
    max_size=5,
)
bodies = st.one_of(st.none(), st.binary(max_size=200), st.text(max_size=200).map(str.encode))


@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]),
    path=st.text(min_size=1, max_size=40),
    query=st.text(max_size=40),
    request_headers=headers,
    request_body=bodies,
    status=st.integers(100, 599),
    response_headers=headers,
    response_body=bodies,
    duration=st.floats(0, 10_000, allow_nan=False),
)
def test_recordings_round_trip(
    method: str,
    path: str,
    query: str,
    request_headers: list[tuple[str, str]],
    request_body: bytes | None,
    status: int,
    response_headers: list[tuple[str, str]],
    response_body: bytes | None,
    duration: float,
) -> None:
    exchange = Exchange(
        method,
        path,
        query,
        request_headers,
        request_body,
        status,
        response_headers,
        response_body,
        duration_ms=duration,
    )
    back = from_record(orjson.loads(dumps(to_record(exchange))), "x:1")
    assert (back.method, back.path, back.query, back.status) == (method, path, query, status)
    assert back.request_headers == request_headers
    assert back.response_headers == response_headers
    assert back.request_body == request_body
    assert back.response_body == response_body
    assert back.duration_ms == round(duration, 3)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("[1, 2]", "not a JSON object"),
        ('{"method": "GET", "path": "/x"}', "request and response must be objects"),
        (
            '{"method": "GET", "path": "/x", "response": {"status": "200"}}',
            "status must be an integer",
        ),
        ('{"method": 1, "path": "/x", "response": {"status": 200}}', "must be strings"),
        (
            '{"method": "GET", "path": "/x", "response": {"status": 200, "headers": [["a"]]}}',
            "[name, value] string pairs",
        ),
        (
            '{"method": "GET", "path": "/x", "response": {"status": 200, "body": "!", '
            '"body_encoding": "base64"}}',
            "is not",
        ),
    ],
)
def test_malformed_recording_lines_are_named(line: str, problem: str) -> None:
    with pytest.raises(RecordingError, match=re.escape(problem)) as raised:
        from_record(orjson.loads(line), "rec.jsonl:7")
    assert str(raised.value).startswith("rec.jsonl:7: ")


# -- HAR --------------------------------------------------------------------------------------


def _har(path: Path, entries: list[dict[str, Any]]) -> Path:
    path.write_bytes(orjson.dumps({"log": {"version": "1.2", "entries": entries}}))
    return path


def test_har_entries_are_read_under_the_server_path(tmp_path: Path) -> None:
    answer = base64.b64encode(b'{"lists": []}').decode()
    entries = [
        {
            "startedDateTime": "2026-01-01T00:00:00Z",
            "time": 12.5,
            "request": {
                "method": "get",
                "url": "https://app.tracklysms.com/api/v2/lists?page=2",
                "headers": [
                    {"name": ":authority", "value": "x"},
                    {"name": "X-Api-Key", "value": "k"},
                ],
            },
            "response": {
                "status": 200,
                "headers": [{"name": "Content-Type", "value": "application/json"}],
                "content": {
                    "size": 13,
                    "mimeType": "application/json",
                    "text": answer,
                    "encoding": "base64",
                },
            },
        },
        {
            "request": {"method": "GET", "url": "https://app.tracklysms.com/other/v2/lists"},
            "response": {"status": 200, "content": {"size": 0}},
        },
        {
            "request": {"method": "GET", "url": "https://app.tracklysms.com:8443/api/v2/lists"},
            "response": {"status": 200, "content": {"size": 0}},
        },
    ]
    bases = [BaseUrl.parse("https://app.tracklysms.com/api")]
    contents = read_har(_har(tmp_path / "t.har", entries), bases, "/api")
    (exchange,) = contents.exchanges
    assert (exchange.method, exchange.path, exchange.query) == ("GET", "/api/v2/lists", "page=2")
    assert exchange.request_headers == [("x-api-key", "k")]
    assert exchange.request_body == b""
    assert exchange.response_body == b'{"lists": []}'
    assert exchange.duration_ms == 12.5
    assert exchange.source == f"{tmp_path / 't.har'}#entry1"
    assert contents.skipped == {SKIP_OTHER: 2}


def test_har_bodies_a_browser_left_out_are_not_checked(tmp_path: Path) -> None:
    entry = {
        "request": {"method": "GET", "url": "http://127.0.0.1:4011/api/v2/lists"},
        "response": {"status": 200, "content": {"size": 512, "mimeType": "application/json"}},
    }
    contents = read_har(
        _har(tmp_path / "t.har", [entry]), [BaseUrl.parse("http://127.0.0.1:4011/api")], "/api"
    )
    assert contents.exchanges[0].response_body is None


def test_har_reading_errors_name_the_entry(tmp_path: Path) -> None:
    bad = _har(tmp_path / "bad.har", [{"request": {}, "response": {"status": 200}}])
    with pytest.raises(RecordingError, match=r"bad\.har#entry1: request\.url is missing"):
        read_har(bad, [], "/api")


# -- upstream pool ----------------------------------------------------------------------------


def test_the_upstream_pool_lends_each_connection_to_one_request_at_a_time() -> None:
    async def scenario() -> None:
        pool = UpstreamPool(size=2)
        first, second = await pool.acquire(), await pool.acquire()
        assert first is not second
        third = asyncio.ensure_future(pool.acquire())
        gone = asyncio.ensure_future(pool.acquire())
        fourth = asyncio.ensure_future(pool.acquire())
        await asyncio.sleep(0)
        assert not third.done()  # both connections are lent: requests wait, in order
        gone.cancel()
        await asyncio.sleep(0)
        pool.release(first)
        assert await third is first
        pool.release(second)
        assert await fourth is second  # the cancelled waiter was skipped
        pool.release(first)
        pool.release(second)
        assert await pool.acquire() is second  # the most recently used first
        await pool.aclose()

    asyncio.run(scenario())
