"""Secrets in traffic: what carries them, and their redaction everywhere an exchange goes.

Credentials travel where the spec's security schemes say (an API-key header, query parameter
or cookie; ``Authorization`` for HTTP bearer and basic); ``Authorization``,
``Proxy-Authorization``, ``Cookie`` and ``Set-Cookie`` are always treated as secret, and so
are the usual API-key query parameters. A response field the spec names as a secret (the
webhook signing secret of ``x-webhook-signature``) is one too. Every value found in those
places is then replaced wherever else it appears (bodies, other headers, the query), so an
echoed key is not leaked either.
"""

from __future__ import annotations

import dataclasses
from urllib.parse import unquote_plus

import orjson

from ..extensions import SecretSource
from ..specmodel import Spec, get_field
from .exchange import Exchange, Headers

REDACTED = "<redacted>"
REDACTED_QUERY = "%3Credacted%3E"  # REDACTED, percent-encoded for a query string
ALWAYS_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
SECRET_QUERY_PARAMS = frozenset({"api_key", "apikey", "api-key", "access_token"})
MIN_SECRET_LENGTH = 6
"""Shorter values are not searched for elsewhere (they would match ordinary text)."""


class Redactor:
    """Finds and redacts the secrets of one spec's traffic."""

    def __init__(self, spec: Spec) -> None:
        headers = set(ALWAYS_SECRET_HEADERS)
        query = set(SECRET_QUERY_PARAMS)
        for scheme in spec.security_schemes.values():
            if scheme.kind != "api-key":
                continue
            if scheme.location == "header":
                headers.add(scheme.param.lower())
            elif scheme.location == "query":
                query.add(scheme.param.lower())
        self.headers = frozenset(headers)
        self.query = frozenset(query)
        signature = spec.webhook_signature
        source = signature.secret if signature is not None else None
        self.body_secrets: dict[str, str] = (
            {source.operation: source.field} if isinstance(source, SecretSource) else {}
        )
        """Operation id → dotted response field holding a secret."""

    # -- finding secrets ----------------------------------------------------------------------

    def secrets(self, exchange: Exchange, operation: str | None = None) -> set[str]:
        """Every secret value of ``exchange`` (``operation``: its operation id, if known)."""
        found: set[str] = set()
        for name, value in [*exchange.request_headers, *exchange.response_headers]:
            if name in self.headers:
                found.update(_header_secrets(name, value))
        for name, value in _query_pairs(exchange.query):
            if name.lower() in self.query and value:
                found.add(value)
        field = self.body_secrets.get(operation or "")
        if field and exchange.response_body:
            try:
                secret = get_field(orjson.loads(exchange.response_body), field)
            except orjson.JSONDecodeError:
                secret = None
            if isinstance(secret, str):
                found.add(secret)
        return {value for value in found if len(value) >= MIN_SECRET_LENGTH and value != REDACTED}

    # -- redacting ----------------------------------------------------------------------------

    def redact(self, exchange: Exchange, operation: str | None = None) -> Exchange:
        """A copy of ``exchange`` with every secret replaced by ``<redacted>``."""
        secrets = self.secrets(exchange, operation)
        return dataclasses.replace(
            exchange,
            request_headers=self._headers(exchange.request_headers, secrets),
            response_headers=self._headers(exchange.response_headers, secrets),
            query=self._query(exchange.query, secrets),
            request_body=scrub_bytes(exchange.request_body, secrets),
            response_body=scrub_bytes(exchange.response_body, secrets),
            note=scrub(exchange.note, secrets) if exchange.note else exchange.note,
        )

    def _headers(self, headers: Headers, secrets: set[str]) -> Headers:
        out = []
        for name, value in headers:
            if name in self.headers:
                value = _redact_header(name, value)
            out.append((name, scrub(value, secrets)))
        return out

    def _query(self, query: str, secrets: set[str]) -> str:
        if not query:
            return query
        parts = []
        for part in query.split("&"):
            name, sep, value = part.partition("=")
            if sep and unquote_plus(name).lower() in self.query:
                value = REDACTED_QUERY
            parts.append(f"{name}{sep}{value}")
        text = "&".join(parts)
        for secret in secrets:
            text = text.replace(secret, REDACTED_QUERY)
        return text


def scrub(text: str, secrets: set[str]) -> str:
    """``text`` with every secret value replaced."""
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def scrub_bytes(data: bytes | None, secrets: set[str]) -> bytes | None:
    if not data or not secrets:
        return data
    for secret in secrets:
        encoded = secret.encode("utf-8", "replace")
        if encoded in data:
            data = data.replace(encoded, REDACTED.encode())
    return data


def _query_pairs(query: str) -> list[tuple[str, str]]:
    pairs = []
    for part in query.split("&") if query else ():
        name, _, value = part.partition("=")
        pairs.append((unquote_plus(name), unquote_plus(value)))
    return pairs


def _header_secrets(name: str, value: str) -> set[str]:
    """The secret parts of a secret header's value."""
    if name == "cookie":
        return {v for _, v in _cookie_pairs(value)}
    if name == "set-cookie":
        first = value.split(";", 1)[0]
        return {first.partition("=")[2].strip()}
    found = {value.strip()}
    scheme, _, token = value.strip().partition(" ")
    if token and scheme.isalpha():
        found.add(token.strip())  # Bearer <token>, Basic <base64>
    return found


def _cookie_pairs(value: str) -> list[tuple[str, str]]:
    pairs = []
    for part in value.split(";"):
        name, sep, text = part.strip().partition("=")
        if sep:
            pairs.append((name, text))
    return pairs


def _redact_header(name: str, value: str) -> str:
    if name == "cookie":
        return "; ".join(f"{n}={REDACTED}" for n, _ in _cookie_pairs(value)) or REDACTED
    if name == "set-cookie":
        first, sep, attributes = value.partition(";")
        cookie = first.partition("=")[0].strip()
        return f"{cookie}={REDACTED}{sep}{attributes}"
    scheme, _, token = value.strip().partition(" ")
    if token and scheme.isalpha():
        return f"{scheme} {REDACTED}"
    return REDACTED
