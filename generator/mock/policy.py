"""Policy: who is calling and whether they may — credentials, accounts, limits.

Everything here is read from the spec: the security schemes (API key in a header, query or
cookie; HTTP bearer; HTTP basic; several schemes, alternatives or together), the key format
(``x-key-pattern``) and auth errors (``x-auth-errors``), the demo accounts
(``x-demo-accounts``: roles, tenants, scopes, refusals, account state), entitlements
(``x-required-product``), request rate limits (``x-rate-limit``) and the pending-message
capacity (``x-capacity``).
"""

from __future__ import annotations

import base64
import binascii
import fnmatch
import math
import re
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from ..extensions import DemoAccount, SecurityScheme
from ..specmodel import Spec
from .answers import Answer, Answers, MockError
from .compiled import CompiledOperation
from .config import MockConfig
from .patterns import PatternError, example, role_text

Requirements = tuple[tuple[tuple[SecurityScheme | None, re.Pattern[str] | None], ...], ...]
"""An operation's security requirements: per requirement, (scheme, key pattern) pairs."""


@dataclass
class Account:
    """An account reachable through a demo key."""

    role: str
    key: str
    tenant: str | None = "default"
    state: dict[str, Any] = field(default_factory=dict)
    scopes: tuple[str, ...] = ("*",)
    refuse: str | None = None
    description: str | None = None

    def __repr__(self) -> str:  # the key is a secret, even a demo one
        return f"Account(role={self.role!r}, tenant={self.tenant!r})"

    def has_scope(self, scope: str) -> bool:
        """Whether the account's scope globs grant ``scope`` (``!pattern`` drops one)."""
        granted = False
        for pattern in self.scopes:
            if pattern.startswith("!"):
                if fnmatch.fnmatchcase(scope, pattern[1:]):
                    granted = False
            elif fnmatch.fnmatchcase(scope, pattern):
                granted = True
        return granted


def demo_key(scheme: SecurityScheme | None, role: str) -> str:
    """The demo credential of ``role``: a key matching the scheme's ``x-key-pattern`` that
    spells the role, ``demo:<role>`` for HTTP basic (user:password)."""
    text = role_text(role)
    if scheme is not None and scheme.kind == "basic":
        return f"demo:{text}"
    if scheme is not None and scheme.key_pattern:
        try:
            return example(scheme.key_pattern, text)
        except PatternError:
            pass
    return f"{text}{'0' * 8}"


def build_accounts(spec: Spec) -> dict[str, Account]:
    """Accounts by key, from ``x-demo-accounts`` (or one ``default`` account)."""
    declared = spec.demo_accounts or {"default": DemoAccount(role="default")}
    base = dict(declared["default"].state) if "default" in declared else {}
    accounts: dict[str, Account] = {}
    for role, entry in declared.items():
        key = entry.key or demo_key(spec.auth, role)
        accounts[key] = Account(
            role=role,
            key=key,
            tenant=entry.tenant,
            state=_state({**base, **entry.state}) if role != "default" else _state(base),
            scopes=entry.scopes,
            refuse=entry.refuse,
            description=entry.description,
        )
    return accounts


def _state(raw: dict[str, Any]) -> dict[str, Any]:
    """A mutable deep copy of declared account state (lists stay lists)."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        out[key] = list(value) if isinstance(value, (list, tuple)) else value
    return out


class Policy:
    """Authentication, authorisation and limits of one spec's mock."""

    def __init__(self, spec: Spec, answers: Answers, config: MockConfig) -> None:
        self.spec = spec
        self.answers = answers
        self.config = config
        self.accounts: dict[str, Account] = {}
        self._patterns = {
            name: re.compile(scheme.key_pattern)
            for name, scheme in spec.security_schemes.items()
            if scheme.key_pattern
        }
        self._requirements: dict[str, Requirements] = {}
        self.reset()

    def reset(self) -> None:
        self.accounts = build_accounts(self.spec)
        self._windows: dict[tuple[str, str], tuple[float, int]] = {}
        self.pending: dict[str, tuple[float, float]] = {}
        """``x-capacity``: pending messages per scope, as (count, time of that count)."""

    def demo_keys(self) -> dict[str, str]:
        """Role → key of every demo account."""
        return {account.role: account.key for account in self.accounts.values()}

    def account_for(self, role: str) -> Account:
        return next(a for a in self.accounts.values() if a.role == role)

    def authenticate(
        self,
        op: CompiledOperation,
        headers: dict[str, str],
        query: dict[str, list[str]],
    ) -> Account | None:
        """The calling account; raises the documented (or a conventional) 401."""
        requirements = self._requirements.get(op.operation_id)
        if requirements is None:
            requirements = self._requirements[op.operation_id] = self._requirements_of(op)
        if not requirements:
            return None  # public, or authentication optional
        if len(requirements) == 1 and len(requirements[0]) == 1:
            # One scheme, the usual case: a known credential is the answer (anything else
            # goes the long way, which names the error).
            scheme, pattern = requirements[0][0]
            if scheme is not None and scheme.kind != "other":
                credential = read_credential(scheme, headers, query)
                found = self.accounts.get(credential) if credential else None
                if found is not None and (pattern is None or pattern.match(found.key)):
                    return found
        presented = False
        first: SecurityScheme | None = None
        for requirement in requirements:
            account: Account | None = None
            satisfied = True
            for scheme, pattern in requirement:
                if scheme is None:
                    satisfied = False
                    break
                first = first or scheme
                if scheme.kind == "other":
                    continue  # OAuth 2 / OpenID Connect / mutual TLS: not simulated
                credential = read_credential(scheme, headers, query)
                if not is_presented(credential, scheme):
                    satisfied = False
                    continue
                presented = True
                found = self.accounts.get(credential)
                if found is None or (pattern is not None and not pattern.match(credential)):
                    satisfied = False
                    continue
                if account is not None and found is not account:
                    satisfied = False
                account = found
            if satisfied:
                return account or next(iter(self.accounts.values()))
        raise self._auth_error(op, first, "invalid" if presented else "missing")

    def _requirements_of(self, op: CompiledOperation) -> Requirements:
        """The operation's security requirements as (scheme, key pattern) pairs (``None`` for
        a scheme the spec does not define); empty when the operation is public or
        authentication is optional."""
        requirements = op.op.security
        if not requirements or any(not requirement for requirement in requirements):
            return ()
        return tuple(
            tuple(
                (self.spec.security_schemes.get(name), self._patterns.get(name))
                for name in requirement
            )
            for requirement in requirements
        )

    def _auth_error(
        self, op: CompiledOperation, scheme: SecurityScheme | None, problem: str
    ) -> Exception:
        errors = scheme.auth_errors if scheme is not None else None
        name = getattr(errors, problem, None) if errors is not None else None
        if name and name in op.errors:
            return MockError(name)
        if name is None:
            name = op.first_error(401)
        if name is not None:
            return MockError(name)
        text = "Missing credentials" if problem == "missing" else "Invalid credentials"
        headers = [(b"www-authenticate", _challenge(scheme).encode())]
        return self.answers.conventional(401, f"{text} (the spec documents no 401)", headers)

    # -- authorisation ------------------------------------------------------------------------

    def authorize(self, op: CompiledOperation, account: Account | None) -> None:
        """Account refusals, scopes and entitlements."""
        if account is None:
            return
        if account.refuse is not None:
            raise MockError(account.refuse)
        scopes = op.op.scopes
        missing = [scope for scope in scopes if not account.has_scope(scope)] if scopes else None
        if missing:
            scheme = self.spec.auth
            name = scheme.auth_errors.insufficient_scope if scheme and scheme.auth_errors else None
            if name is None:
                raise self.answers.conventional(403, f"The key lacks the scope {missing[0]}")
            raise MockError(name)
        required = op.op.required_product
        if required is not None and required.product not in (account.state.get("products") or ()):
            raise MockError(required.error)

    # -- rate limits --------------------------------------------------------------------------

    def rate_limit(self, op: CompiledOperation, account: Account | None) -> None:
        """Refuse a request over ``x-rate-limit`` (a window per key and budget)."""
        limit = op.op.rate_limit
        if not self.config.rate_limits or limit is None or account is None:
            return
        if limit.superseded and not self.config.superseded_rate_limits:
            return
        override = self.config.rate_limit_override or {}
        window = float(override.get("per-seconds", limit.per_seconds))
        documented = override.get("requests", limit.requests)
        allowed = int(documented) if documented is not None else self.config.default_rate_limit
        bucket = "*" if limit.shared else op.operation_id
        now = self.config.clock()
        start, count = self._windows.get((account.key, bucket), (now, 0))
        if now - start >= window:
            start, count = now, 0
        if count >= allowed:
            retry = max(1, math.ceil(start + window - now))
            raise MockError(limit.error, headers={"Retry-After": str(retry)})
        self._windows[(account.key, bucket)] = (start, count + 1)

    # -- x-capacity ---------------------------------------------------------------------------

    def _capacity_settings(self) -> tuple[float, float, float]:
        """(max pending, retry-after seconds, drain per second) from the spec and options."""
        root = self.spec.capacity
        options = self.config.options
        limit = float(options.get("max_pending", root.max_pending if root else 0))
        retry = float(root.retry_after_seconds if root else 1)
        drain = float(options.get("capacity_drain_per_second", limit / retry if retry else limit))
        return limit, retry, drain

    def _pending(self, scope: str) -> float:
        """Pending messages of ``scope`` now (the queue drains at the configured rate)."""
        now = self.config.clock()
        count, since = self.pending.get(scope, (0.0, now))
        _limit, _retry, drain = self._capacity_settings()
        count = max(0.0, count - drain * max(0.0, now - since))
        self.pending[scope] = (count, now)
        return count

    def capacity_check(self, op: CompiledOperation, account: Account | None, body: Any) -> int:
        """Refuse a request that would exceed ``x-capacity``; return its message count."""
        counted = op.op.capacity
        root = self.spec.capacity
        if counted is None or root is None or account is None:
            return 0
        if isinstance(counted.counts, int):
            requested = counted.counts
        else:
            items = body.get(counted.counts) if isinstance(body, dict) else None
            requested = len(items) if isinstance(items, list) else 0
        limit, retry, _drain = self._capacity_settings()
        pending = round(self._pending(self._capacity_scope(account)))
        if pending + requested <= limit:
            return requested
        names = root.fields
        figures = {
            names.current: pending,
            names.requested: requested,
            names.limit: int(limit),
            names.available: max(0, int(limit) - pending),
            names.retry_after: int(retry),
        }
        values = {name: value for name, value in figures.items() if name}
        message = root.message.format(**values) if root.message else None
        raise MockError(
            root.error,
            message=message,
            fields=values,
            headers={"Retry-After": str(int(retry))},
        )

    def capacity_add(self, account: Account | None, requested: int) -> None:
        if account is not None and requested:
            scope = self._capacity_scope(account)
            self.pending[scope] = (self._pending(scope) + requested, self.config.clock())

    def pending_count(self, account: Account) -> float:
        """Pending messages the account's capacity scope holds now."""
        return self._pending(self._capacity_scope(account))

    def _capacity_scope(self, account: Account) -> str:
        root = self.spec.capacity
        if root is not None and root.scope == "account":
            return f"tenant:{account.tenant}"
        return account.key


def read_credential(
    scheme: SecurityScheme, headers: dict[str, str], query: dict[str, list[str]]
) -> str | None:
    """The credential ``scheme`` reads from a request (``headers`` by lower-case name,
    ``query`` parsed): ``None`` when none is presented, ``""`` for an empty API key or an
    ``Authorization`` of another scheme."""
    if scheme.kind == "api-key":
        if scheme.location == "query":
            values = query.get(scheme.param)
            return values[-1] if values else None
        if scheme.location == "cookie":
            return _cookie(headers.get("cookie", ""), scheme.param)
        return headers.get(scheme.param.lower())
    raw = headers.get("authorization")
    if raw is None:
        return None
    kind, _, token = raw.partition(" ")
    token = token.strip()
    if scheme.kind == "bearer":
        return token if kind.lower() == "bearer" else ""
    if scheme.kind == "basic":
        if kind.lower() != "basic":
            return ""
        try:
            return base64.b64decode(token, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return ""
    return raw


def is_presented(credential: str | None, scheme: SecurityScheme) -> TypeGuard[str]:
    """Whether a request presented a credential for ``scheme`` (an empty API key is none; an
    ``Authorization`` header is one, even of another scheme: it is then invalid)."""
    return credential is not None and not (credential == "" and scheme.kind == "api-key")


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def _challenge(scheme: SecurityScheme | None) -> str:
    if scheme is None or scheme.kind == "api-key":
        return 'ApiKey realm="smsspec"'
    return f'{scheme.prefix or "Bearer"} realm="smsspec"'


__all__ = [
    "Account",
    "Answer",
    "Policy",
    "build_accounts",
    "demo_key",
    "is_presented",
    "read_credential",
]
