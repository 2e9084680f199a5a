"""HAR 1.2 files (browsers' developer tools, mitmproxy, schemathesis) as exchanges.

An entry belongs to the API when its URL is under one of the API's base URLs: the spec's
``servers`` by default, or the ones given (``--server``, e.g. the proxy's or a staging
host). Its path is then rewritten under the spec's server path, as the proxy and the mock
serve it. Other entries (other hosts and paths, requests without a response) are skipped
and counted by reason.
"""

from __future__ import annotations

import base64
import binascii
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson

from .exchange import Exchange, Headers
from .recording import RecordingError

DEFAULT_PORTS = {"http": 80, "https": 443}
SKIP_OTHER = "URL outside the API's base URLs"
SKIP_NO_RESPONSE = "no response (failed or blocked request)"


@dataclass(frozen=True)
class BaseUrl:
    """Where the API is served: host, port and path prefix."""

    host: str
    port: int
    path: str

    @classmethod
    def parse(cls, url: str) -> BaseUrl:
        parts = urlsplit(url)
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            raise ValueError(f"{url!r} is not an absolute http(s) URL")
        port = parts.port or DEFAULT_PORTS[parts.scheme]
        return cls(parts.hostname.lower(), port, parts.path.rstrip("/"))

    def sub_path(self, host: str, port: int, path: str) -> str | None:
        """The path under this base (``""`` for the base itself), or ``None``."""
        if host != self.host or port != self.port:
            return None
        if not self.path:
            return path
        if path == self.path or path.startswith(self.path + "/"):
            return path[len(self.path) :]
        return None


@dataclass
class HarContents:
    exchanges: list[Exchange]
    skipped: Counter[str]


def read_har(path: Path, bases: list[BaseUrl], prefix: str) -> HarContents:
    """The API's exchanges of a HAR file (``prefix``: the spec's server path)."""
    try:
        document = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise RecordingError(f"{path}: not JSON ({exc})") from exc
    log = document.get("log") if isinstance(document, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise RecordingError(f"{path}: not a HAR file (no log.entries)")
    exchanges: list[Exchange] = []
    skipped: Counter[str] = Counter()
    for index, entry in enumerate(entries, 1):
        where = f"{path}#entry{index}"
        if not isinstance(entry, dict):
            raise RecordingError(f"{where}: an entry must be an object")
        found = _entry(entry, where, bases, prefix)
        if isinstance(found, str):
            skipped[found] += 1
        else:
            exchanges.append(found)
    return HarContents(exchanges, skipped)


def looks_like_har(path: Path) -> bool:
    """A ``.har`` file, or JSON whose first key is ``log`` (HAR written under another name)."""
    if path.suffix.lower() == ".har":
        return True
    with path.open("rb") as handle:
        start = handle.read(64).lstrip()
    return start.startswith(b"{") and b'"log"' in start


def _entry(entry: dict[str, Any], where: str, bases: list[BaseUrl], prefix: str) -> Exchange | str:
    request = entry.get("request")
    response = entry.get("response")
    if not isinstance(request, dict) or not isinstance(request.get("url"), str):
        raise RecordingError(f"{where}: request.url is missing")
    if not isinstance(response, dict) or not response.get("status"):
        return SKIP_NO_RESPONSE
    status = response["status"]
    if not isinstance(status, int) or isinstance(status, bool):
        raise RecordingError(f"{where}: response.status must be an integer")
    parts = urlsplit(request["url"])
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        return SKIP_OTHER
    host, port = parts.hostname.lower(), parts.port or DEFAULT_PORTS[parts.scheme]
    sub = next(
        (s for s in (b.sub_path(host, port, parts.path) for b in bases) if s is not None), None
    )
    if sub is None:
        return SKIP_OTHER
    method = request.get("method")
    if not isinstance(method, str):
        raise RecordingError(f"{where}: request.method is missing")
    time = entry.get("time")
    started = entry.get("startedDateTime")
    return Exchange(
        method=method.upper(),
        path=(prefix + sub) or "/",
        query=parts.query,
        request_headers=_headers(request.get("headers"), where),
        request_body=_post_data(request.get("postData"), where),
        status=status,
        response_headers=_headers(response.get("headers"), where),
        response_body=_content(response.get("content"), where),
        duration_ms=float(time) if isinstance(time, (int, float)) else 0.0,
        started=started if isinstance(started, str) else None,
        source=where,
    )


def _headers(raw: Any, where: str) -> Headers:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise RecordingError(f"{where}: headers must be a list")
    headers = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise RecordingError(f"{where}: a header must be an object with a name")
        name = item["name"].lower()
        if name.startswith(":"):
            continue  # HTTP/2 pseudo-headers
        headers.append((name, str(item.get("value", ""))))
    return headers


def _post_data(raw: Any, where: str) -> bytes:
    if raw is None:
        return b""
    if not isinstance(raw, dict):
        raise RecordingError(f"{where}: request.postData must be an object")
    return _text(raw, where) or b""


def _content(raw: Any, where: str) -> bytes | None:
    if not isinstance(raw, dict):
        return None
    body = _text(raw, where)
    if body is None and raw.get("size") == 0:
        return b""
    return body


def _text(raw: dict[str, Any], where: str) -> bytes | None:
    text = raw.get("text")
    if text is None:
        return None
    if not isinstance(text, str):
        raise RecordingError(f"{where}: a body text must be a string")
    if raw.get("encoding") == "base64":
        try:
            return base64.b64decode(text, validate=True)
        except binascii.Error as exc:
            raise RecordingError(f"{where}: body encoding is base64 but the text is not") from exc
    return text.encode("utf-8")
