"""The mock's HTTP server: uvicorn with one socket write per response (generator/mock/server.py).

The transport wrapper is checked write by write; the protocol on a real socket, with the
exchanges where a held header block could go wrong: HEAD (no body write), ``Expect:
100-continue`` (an interim answer that must not wait), keep-alive, a streamed body, and a
response the application abandons midway.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn

from generator.mock.server import OneWriteProtocol, _HeldHeaders, uvicorn_settings

HEADERS = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n"


class Recording:
    """A transport that records each write and whether it was closed."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.writes.append(data)

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed


def test_header_block_and_body_go_out_in_one_write() -> None:
    real = Recording()
    held = _HeldHeaders(real)
    held.write(HEADERS)
    assert real.writes == []
    held.write(b"ok")
    assert real.writes == [HEADERS + b"ok"]


def test_writes_after_the_first_body_write_pass_through() -> None:
    real = Recording()
    held = _HeldHeaders(real)
    for chunk in (HEADERS, b"a", b"b\r\n\r\n", b"c"):
        held.write(chunk)
    assert real.writes == [HEADERS + b"a", b"b\r\n\r\n", b"c"]


def test_an_interim_answer_is_written_at_once() -> None:
    real = Recording()
    held = _HeldHeaders(real)
    held.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    assert real.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]
    held.write(HEADERS)
    held.write(b"ok")
    assert real.writes[1:] == [HEADERS + b"ok"]


def test_closing_writes_a_held_header_block_first() -> None:
    real = Recording()
    held = _HeldHeaders(real)
    held.write(HEADERS)
    held.close()
    assert real.writes == [HEADERS]
    assert real.closed


def test_everything_else_is_the_real_transport() -> None:
    real = Recording()
    assert _HeldHeaders(real).is_closing() is False
    real.closed = True
    assert _HeldHeaders(real).is_closing() is True


# -- on a real socket -------------------------------------------------------------------------


async def _app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    path = scope["path"]
    if path == "/stream":
        await send({"type": "http.response.start", "status": 200, "headers": []})
        for part in (b"one,", b"two,", b"three"):
            await send({"type": "http.response.body", "body": part, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
        return
    if path == "/abandon":
        headers = [(b"content-length", b"64")]
        await send({"type": "http.response.start", "status": 503, "headers": headers})
        return  # uvicorn closes the connection: the client must still see the status line
    answer = b"echo:" + body if body else b"hello"
    headers = [(b"content-length", str(len(answer)).encode()), (b"x-path", path.encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": answer})


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, int]]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    config = uvicorn.Config(_app, **uvicorn_settings(lifespan="off", log_level="critical"))
    assert config.http is OneWriteProtocol
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.01)
    yield sock.getsockname()
    running.should_exit = True
    thread.join(10)


def _read_response(
    conn: socket.socket, *, head: bool = False
) -> tuple[bytes, dict[str, str], bytes]:
    """(status line, headers, body) of one response read from ``conn``."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        assert chunk, f"connection closed mid-response: {data!r}"
        data += chunk
    block, _, rest = data.partition(b"\r\n\r\n")
    status, *lines = block.split(b"\r\n")
    headers = {
        k.decode().lower(): v.decode().strip() for k, _, v in (h.partition(b":") for h in lines)
    }
    if head:
        return status, headers, rest
    if headers.get("transfer-encoding") == "chunked":
        while not rest.endswith(b"0\r\n\r\n"):
            rest += conn.recv(65536)
        return status, headers, rest
    length = int(headers["content-length"])
    while len(rest) < length:
        chunk = conn.recv(65536)
        assert chunk, "connection closed mid-body"
        rest += chunk
    return status, headers, rest


def _connect(address: tuple[str, int]) -> socket.socket:
    conn = socket.create_connection(address, timeout=10)
    return conn


def test_get_answers_whole_and_keeps_the_connection(server: tuple[str, int]) -> None:
    with _connect(server) as conn:
        for path in ("/first", "/second"):
            conn.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            status, headers, body = _read_response(conn)
            assert status == b"HTTP/1.1 200 OK"
            assert headers["x-path"] == path
            assert body == b"hello"


def test_head_sends_its_header_block(server: tuple[str, int]) -> None:
    with _connect(server) as conn:
        conn.sendall(b"HEAD /h HTTP/1.1\r\nHost: x\r\n\r\n")
        status, headers, rest = _read_response(conn, head=True)
        assert status == b"HTTP/1.1 200 OK"
        assert headers["content-length"] == "5"
        assert rest == b""
        conn.sendall(b"GET /after-head HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _read_response(conn)[2] == b"hello"


def test_expect_continue_is_answered_before_the_body_is_sent(server: tuple[str, int]) -> None:
    with _connect(server) as conn:
        conn.sendall(
            b"POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n"
        )
        interim = b""
        while b"\r\n\r\n" not in interim:
            chunk = conn.recv(65536)
            assert chunk, "no interim answer"
            interim += chunk
        assert interim.startswith(b"HTTP/1.1 100 Continue\r\n\r\n")
        conn.sendall(b"data")
        status, _headers, body = _read_response(conn)
        assert status == b"HTTP/1.1 200 OK"
        assert body == b"echo:data"


def test_a_streamed_body_arrives_in_order(server: tuple[str, int]) -> None:
    with _connect(server) as conn:
        conn.sendall(b"GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        _status, headers, body = _read_response(conn)
        assert headers["transfer-encoding"] == "chunked"
        assert body == b"4\r\none,\r\n4\r\ntwo,\r\n5\r\nthree\r\n0\r\n\r\n"


def test_an_abandoned_response_still_shows_its_status_then_closes(
    server: tuple[str, int],
) -> None:
    with _connect(server) as conn:
        conn.sendall(b"GET /abandon HTTP/1.1\r\nHost: x\r\n\r\n")
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
        assert received.startswith(b"HTTP/1.1 503 Service Unavailable\r\n")
        assert received.endswith(b"\r\n\r\n")  # the header block, no body, then closed
