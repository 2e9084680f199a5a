"""HTTP clients for trackly-v1-client (smsspec override of the stock template).

``Client`` and ``AuthenticatedClient`` keep the stock constructor keywords and add retries
(``max_retries``, ``retry_policy``), client-side validation (``validate_requests``) and
``with_options`` for per-call overrides. The API key is never part of a repr.
"""

import asyncio
import base64
import ssl
import time
from collections.abc import Awaitable, Callable
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._base_client import Context, RetryPolicy, SendMixin, evolve_policy
from ._operations import AUTH, ENVELOPE, SIGNATURES

__all__ = ["AuthenticatedClient", "Client"]


@define(repr=False)
class Client(SendMixin):
    """A client for the API without credentials.

    Keyword arguments (as in the stock generator): ``base_url``, ``cookies``, ``headers``,
    ``timeout``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``; and ``max_retries``,
    ``retry_policy``, ``validate_requests``, ``sleep``/``async_sleep`` (injectable clocks for
    tests). Every status of 400 or more raises an ``APIStatusError`` subclass.
    """

    raise_on_unexpected_status: bool = field(default=True, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int | None = field(default=None, kw_only=True)
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    validate_requests: bool = field(default=False, kw_only=True)
    sleep: Callable[[float], None] = field(default=time.sleep, kw_only=True)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, kw_only=True)
    _call_timeout: httpx.Timeout | float | None = field(
        default=None, kw_only=True, alias="call_timeout"
    )
    _per_request: bool = field(default=False, kw_only=True, alias="per_request")
    """The httpx client is the caller's: send the base URL and credentials with each request."""
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _cached_context: tuple[tuple[Any, ...], Context] | None = field(default=None, init=False)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, retries={self._policy().max_retries})"

    def _policy(self) -> RetryPolicy:
        return evolve_policy(self.retry_policy, max_retries=self.max_retries)

    def _context(self) -> Context:
        """Settings of the request loop, rebuilt only when one of them changed."""
        key = (
            self.retry_policy,
            self.max_retries,
            self.validate_requests,
            self._call_timeout,
            self.sleep,
            self.async_sleep,
            self._per_request,
        )
        if self._cached_context is None or self._cached_context[0] != key:
            context = Context(
                policy=self._policy(),
                envelope=ENVELOPE,
                signatures=SIGNATURES,
                validate=self.validate_requests,
                timeout=self._call_timeout,
                sleep=self.sleep,
                async_sleep=self.async_sleep,
                base_url=self._base_url if self._per_request else None,
                headers={**self._headers, **self._auth_headers()} if self._per_request else None,
            )
            self._cached_context = (key, context)
        return self._cached_context[1]

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def _auth_params(self) -> dict[str, str]:
        return {}

    def _auth_cookies(self) -> dict[str, str]:
        return {}

    def _transport_args(self) -> dict[str, Any]:
        """``httpx`` arguments: the configured ones, with the credential where the spec puts it."""
        args = dict(self._httpx_args)
        if self._auth_params():
            args["params"] = {**dict(args.get("params") or {}), **self._auth_params()}
        return args

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        retry_non_idempotent: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        validate_requests: bool | None = None,
    ) -> Self:
        """A view of this client with other settings for the next calls; it shares the
        connection pool, so it is cheap to create per call."""
        policy = evolve_policy(
            self._policy(), max_retries=max_retries, retry_non_idempotent=retry_non_idempotent
        )
        view = evolve(
            self,
            retry_policy=policy,
            max_retries=None,
            validate_requests=self.validate_requests
            if validate_requests is None
            else validate_requests,
            call_timeout=timeout if timeout is not None else self._call_timeout,
        )
        view._client = self.get_httpx_client()
        view._async_client = self._async_client
        return view

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client (overrides base_url, headers, timeout…)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies={**self._cookies, **self._auth_cookies()},
                headers={**self._headers, **self._auth_headers()},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._transport_args(),
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies={**self._cookies, **self._auth_cookies()},
                headers={**self._headers, **self._auth_headers()},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._transport_args(),
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define(repr=False)
class AuthenticatedClient(Client):
    """A client that sends the API key with every request.

    ``token`` is the API key. It is sent where the spec's security scheme says: in the header
    it names (``auth_header_name``, with ``prefix`` if the scheme has one), or as a query or
    cookie parameter. For HTTP Basic (``prefix="Basic"``) the token is ``user:password`` (for
    Twilio, ``"<Account SID>:<auth token>"``) and is sent base64-encoded. It never appears in
    a repr or an exception.
    """

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default=AUTH.prefix, kw_only=True)
    auth_header_name: str = field(default=AUTH.header, kw_only=True)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, token='<redacted>', "
            f"retries={self._policy().max_retries})"
        )

    def _auth_headers(self) -> dict[str, str]:
        if AUTH.location != "header":
            return {}
        token = self.token
        if self.prefix == "Basic":
            token = base64.b64encode(token.encode()).decode()
        value = f"{self.prefix} {token}" if self.prefix else token
        return {self.auth_header_name: value}

    def _auth_params(self) -> dict[str, str]:
        return {self.auth_header_name: self.token} if AUTH.location == "query" else {}

    def _auth_cookies(self) -> dict[str, str]:
        return {self.auth_header_name: self.token} if AUTH.location == "cookie" else {}
