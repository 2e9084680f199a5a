"""One request and its response, as the checks see it (from the proxy, a recording or HAR)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .findings import Finding

Headers = list[tuple[str, str]]


@dataclass
class Exchange:
    """An HTTP exchange with the API.

    ``path`` is the raw request path under the spec's server prefix (``/api/v2/send``, as the
    proxy and the mock serve it) and ``query`` the raw query string. Header names are lower
    case. Bodies are the bytes after any ``Content-Encoding`` was undone; ``None`` means not
    captured (too large, or absent from a HAR entry), and the checks that need it are
    skipped. ``answered_by`` is ``upstream`` for the vendor's answers, ``proxy`` for answers
    the proxy gave itself (``--strict`` rejections, an unreachable upstream).
    """

    method: str
    path: str
    query: str
    request_headers: Headers
    request_body: bytes | None
    status: int
    response_headers: Headers
    response_body: bytes | None
    duration_ms: float = 0.0
    started: str | None = None
    answered_by: str = "upstream"
    note: str | None = None
    findings: list[Finding] = field(default_factory=list)
    source: str = ""
    """Where the exchange was read from (``file:line``, ``file#entry``), for reports."""

    def request_header(self, name: str) -> str | None:
        """The last value of a request header (``name`` in lower case)."""
        return _last(self.request_headers, name)

    def response_header(self, name: str) -> str | None:
        """The last value of a response header (``name`` in lower case)."""
        return _last(self.response_headers, name)

    @property
    def media_type(self) -> str | None:
        """The response's media type, without parameters, lower case."""
        value = self.response_header("content-type")
        return value.split(";", 1)[0].strip().lower() if value else None


def _last(headers: Headers, name: str) -> str | None:
    found = None
    for key, value in headers:
        if key == name:
            found = value
    return found
