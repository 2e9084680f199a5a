"""A deliberately dumb HTTP/1.1 client: exact bytes out, one response in, a hard deadline.

httpx (rightly) refuses to send most of what the corpus is made of — control characters in
headers, unnormalised ``..`` segments, conflicting framing headers — so hostile requests are
written to a fresh socket byte for byte. The response is read by ``Content-Length``, chunked
framing or end of stream; anything slower than the deadline is reported as a hang.
"""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass, field


class Hang(Exception):
    """No complete response before the deadline."""


@dataclass
class RawResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    elapsed: float
    closed_early: bool = False
    """The server answered before the whole request was written (and stopped reading)."""
    extra: dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)


def _recv(sock: socket.socket, deadline: float) -> bytes:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise Hang("deadline passed")
    sock.settimeout(remaining)
    try:
        return sock.recv(65536)
    except TimeoutError as exc:
        raise Hang("no response before the deadline") from exc


def read_response(sock: socket.socket, deadline: float, started: float) -> RawResponse:
    buffer = b""
    while b"\r\n\r\n" not in buffer:
        chunk = _recv(sock, deadline)
        if not chunk:
            raise ConnectionError(f"connection closed after {len(buffer)} bytes of response")
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    status = int(parts[1])
    headers = []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.append((name.strip(), value.strip()))
    lookup = {k.lower(): v for k, v in headers}
    body = rest
    if lookup.get("transfer-encoding", "").lower() == "chunked":
        body = _read_chunked(sock, rest, deadline)
    elif "content-length" in lookup:
        length = int(lookup["content-length"])
        while len(body) < length:
            chunk = _recv(sock, deadline)
            if not chunk:
                raise ConnectionError("connection closed inside the response body")
            body += chunk
        body = body[:length]
    elif status >= 200 and status not in (204, 304):
        while True:
            chunk = _recv(sock, deadline)
            if not chunk:
                break
            body += chunk
    return RawResponse(status, headers, body, time.monotonic() - started)


def _read_chunked(sock: socket.socket, data: bytes, deadline: float) -> bytes:
    body = b""
    while True:
        while b"\r\n" not in data:
            data += _recv(sock, deadline)
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        while len(data) < size + 2:
            data += _recv(sock, deadline)
        body, data = body + data[:size], data[size + 2 :]
        if size == 0:
            return body


def exchange(port: int, request: bytes, *, timeout: float) -> RawResponse:
    """Send ``request`` on a new connection to 127.0.0.1:``port`` and read one response."""
    started = time.monotonic()
    deadline = started + timeout
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        closed_early = False
        try:
            sock.sendall(request)
        except (BrokenPipeError, ConnectionResetError):
            closed_early = True
        response = read_response(sock, deadline, started)
        response.closed_early = closed_early
        return response
