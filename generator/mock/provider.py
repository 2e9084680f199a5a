"""The provider hook of the mock: accounts, business rules and state.

The generic server (``app.py``) does routing, auth, limits and validation from the spec. A
provider module adds what the spec states only in prose or ``x-rules``: which demo keys exist
and what account state each has, and per-operation handlers that keep state and raise the
documented errors by example name. Handlers are looked up by operationId in snake_case
(``send_message`` for ``sendMessage``); an operation without a handler answers with its
documented success example.
"""

from __future__ import annotations

import copy
import random
import re
import string
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NoReturn

from .compiled import CompiledOperation, CompiledSpec

_IDS = random.Random()  # noqa: S311 - mock identifiers are not secrets


class MockError(Exception):
    """Answer the request with the documented error example ``example``.

    ``message`` replaces the example's message (e.g. to fill in a documented ``…``), ``fields``
    are merged into the body, ``headers`` added to the response.
    """

    def __init__(
        self,
        example: str,
        *,
        message: str | None = None,
        fields: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(example)
        self.example = example
        self.message = message
        self.fields = fields or {}
        self.headers = headers or {}
        self.status = status


@dataclass
class Reply:
    """A success answer (the status defaults to the operation's documented success status)."""

    body: Any
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Account:
    """An account reachable through a demo key."""

    role: str
    key: str
    state: dict[str, Any] = field(default_factory=dict)


@dataclass
class MockConfig:
    """Settings of a mock instance; ``options`` holds provider-specific knobs."""

    rate_limits: bool = True
    rate_limit_override: dict[str, Any] | None = None
    default_rate_limit: int = 1000
    """Requests per window for an ``x-rate-limit`` whose number the vendor does not publish."""
    clock: Callable[[], float] = time.time
    options: dict[str, Any] = field(default_factory=dict)
    seed: int | None = None


@dataclass
class Request:
    """What a handler sees."""

    op: CompiledOperation
    account: Account | None
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    request_id: str

    @property
    def operation_id(self) -> str:
        return self.op.operation_id

    def error(self, example: str, **kwargs: Any) -> NoReturn:
        raise MockError(example, **kwargs)


@cache
def snake(name: str) -> str:
    """``sendMessage`` -> ``send_message`` (remembered: called on every request)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()


def demo_key(
    prefix: str, role: str, length: int = 32, alphabet: str = string.ascii_letters + string.digits
) -> str:
    """A deterministic, well-formed demo key for ``role`` (role letters, padded with zeros)."""
    body = "".join(ch for ch in f"demo{role.title().replace('_', '')}" if ch in alphabet)
    return prefix + (body + "0" * length)[:length]


class Collection:
    """An ordered in-memory store of one resource type with paging."""

    def __init__(self) -> None:
        self._items: dict[str, dict[str, Any]] = {}

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(list(self._items.values()))

    def get(self, key: str) -> dict[str, Any] | None:
        return self._items.get(key)

    def put(self, key: str, item: dict[str, Any]) -> dict[str, Any]:
        self._items[key] = item
        return item

    def delete(self, key: str) -> dict[str, Any] | None:
        return self._items.pop(key, None)

    def values(self) -> list[dict[str, Any]]:
        return list(self._items.values())

    @staticmethod
    def page(items: list[Any], page: int, per_page: int) -> tuple[list[Any], dict[str, int]]:
        """Slice ``items`` for 1-based ``page``; return the slice and a pagination block."""
        total = len(items)
        start = (page - 1) * per_page
        total_pages = (total + per_page - 1) // per_page if per_page else 0
        block = {"page": page, "per_page": per_page, "total": total, "total_pages": total_pages}
        return items[start : start + per_page], block


class Provider:
    """Base provider: documented success examples, no accounts beyond the demo keys."""

    key_prefix = ""
    key_length = 32

    def __init__(self, compiled: CompiledSpec, config: MockConfig) -> None:
        self.compiled = compiled
        self.config = config
        self.accounts: dict[str, Account] = {}
        self.reset()

    # -- accounts -------------------------------------------------------------------------

    def roles(self) -> dict[str, dict[str, Any]]:
        """Role → initial account state. Override per provider."""
        return {"default": {}}

    def key_for(self, role: str) -> str:
        return demo_key(self.key_prefix, role, self.key_length)

    def demo_keys(self) -> dict[str, str]:
        return {role: account.key for role, account in self._accounts_by_role().items()}

    def _accounts_by_role(self) -> dict[str, Account]:
        return {account.role: account for account in self.accounts.values()}

    def account(self, key: str) -> Account | None:
        return self.accounts.get(key)

    def reset(self) -> None:
        """Drop all state and seed fixtures again."""
        self.pending: dict[str, tuple[float, float]] = {}
        """``x-capacity``: pending messages per scope, as (count, time of that count)."""
        self.accounts = {}
        for role, state in self.roles().items():
            key = self.key_for(role)
            self.accounts[key] = Account(role=role, key=key, state=copy.deepcopy(state))
        self.seed()

    def seed(self) -> None:
        """Create fixtures (from the docs' examples). Override per provider."""

    # -- hooks ----------------------------------------------------------------------------

    def authorize(self, request: Request) -> None:
        """Raise ``MockError`` when the account may not call this operation."""

    def handle(self, request: Request) -> Reply:
        handler = getattr(self, snake(request.operation_id), None)
        if handler is None:
            return self.default_reply(request)
        result = handler(request)
        return result if isinstance(result, Reply) else Reply(result)

    def default_reply(self, request: Request) -> Reply:
        return Reply(copy.deepcopy(request.op.success_example))

    def fallback_error(self, op: CompiledOperation, kind: str) -> str | None:
        """Example name for a malformed request (``kind``: json, content-type, body, param)
        that the spec maps to no specific error: the operation's ``x-convention`` 400, else
        its first 400 example."""
        for name, example in op.errors.items():
            if example.status == 400 and example.convention:
                return name
        return op.first_error(400)

    def now(self) -> float:
        return self.config.clock()

    # -- bulk -----------------------------------------------------------------------------

    def check_items(self, request: Request) -> list[tuple[int, Any, str | None, str | None]]:
        """Validate each item of an ``x-bulk`` request against the item schema.

        Returns ``(index, item, error example name or None, message or None)`` per item; a
        ``None`` example name with a message means an unmapped violation.
        """
        op = request.op
        bulk = op.op.ext("x-bulk") or {}
        items = request.body.get(bulk.get("items")) if isinstance(request.body, dict) else None
        results: list[tuple[int, Any, str | None, str | None]] = []
        for index, item in enumerate(items if isinstance(items, list) else []):
            if op.item_validator is None or op.item_validator.is_valid(item):
                results.append((index, item, None, None))
                continue
            violation = self.compiled.checker.first_violation(op.item_schema, item)
            if violation is None:
                results.append((index, item, None, None))
            else:
                results.append((index, item, violation.error, violation.message))
        return results

    def bulk_error(
        self,
        request: Request,
        index: int,
        item: Any,
        example: str | None,
        message: str | None = None,
    ) -> dict[str, Any]:
        """One in-band failure, laid out as the operation's ``x-bulk.error-item`` says."""
        spec = self.compiled.spec
        body = (spec.examples.get(example) or {}).get("value") if example else None
        code = spec.error_code(body)
        text = message if message is not None else spec.error_message(body)
        if text is None:
            text = "invalid item"
        layout = (request.op.op.ext("x-bulk") or {}).get("error-item") or {}
        entry: dict[str, Any] = {}
        for key, source in layout.items():
            if source == "$index":
                entry[key] = index
            elif source == "$code":
                entry[key] = code
            elif source == "$message":
                entry[key] = text
            elif isinstance(source, str) and source.startswith("$item."):
                value = item.get(source[6:]) if isinstance(item, dict) else None
                entry[key] = value if isinstance(value, str) else None
            else:
                entry[key] = source
        return entry

    @staticmethod
    def new_id(length: int = 24, alphabet: str = "0123456789abcdef") -> str:
        """A random identifier (one PRNG call: ids are on the request path, and not secrets)."""
        return "".join(_IDS.choices(alphabet, k=length))
