"""Bulk sending that accounts for every item.

:func:`run_bulk` splits any number of items into batches no larger than the documented
maximum, sends each batch once through the client's request loop (so a batch that may have
been processed is never resent), and returns exactly one :class:`BulkItemResult` per input
item, in input order, carrying the item's original index:

* ``accepted`` — the server took the item (it is not among the batch's reported failures);
* ``rejected`` — the server (or client-side validation) refused this item, with its code;
* ``failed`` — the whole batch failed (the batch error is attached); the item was not taken,
  or, when ``error.may_have_been_processed`` is true, its fate is unknown and it was
  deliberately not resent;
* ``unknown`` — the server truncated its failure list, so acceptance cannot be told.

A capacity answer (HTTP 429 with the fields named by ``x-bulk.capacity``) is not a failure.
Batches never exceed the documented pending capacity (``x-capacity.max-pending``) nor the
capacity a server reports (``limit``). On a capacity answer the batch is split at once: the
part that fits the advertised ``available`` capacity is sent immediately, a batch larger than
the capacity itself (it can never fit) is cut to the capacity instead of being retried as
is, and the rest waits only as long as the capacity needs to free room for it — the advised
``Retry-After`` frees the whole capacity, so a rest of ``n`` items waits
``retry_after * n / limit``; if the server is slower, its next answer says so and the
remainder waits again.
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, overload

from ._base_client import BulkInfo, OperationInfo
from ._exceptions import APIError, APIResponseValidationError, APIStatusError, RateLimitError

__all__ = ["BulkItemResult", "BulkResult"]

Outcome = Literal["accepted", "rejected", "failed", "unknown"]


class BulkItemResult:
    """The outcome of one input item (slotted: cheap to create by the hundred thousand)."""

    __slots__ = ("batch", "client_side", "code", "error", "index", "message", "outcome")

    def __init__(
        self,
        index: int,
        outcome: Outcome,
        code: str | None = None,
        message: str | None = None,
        error: APIError | None = None,
        batch: int | None = None,
        client_side: bool = False,
    ) -> None:
        self.index = index
        self.outcome: Outcome = outcome
        self.code = code
        self.message = message
        self.error = error
        self.batch = batch
        self.client_side = client_side

    @property
    def ok(self) -> bool:
        return self.outcome == "accepted"

    def __repr__(self) -> str:
        return (
            f"BulkItemResult(index={self.index}, outcome={self.outcome!r}, code={self.code!r}, "
            f"message={self.message!r}, batch={self.batch})"
        )


# Outcome codes of the compact per-item store (0 means "no result yet").
_CODES: dict[Outcome, int] = {"accepted": 1, "rejected": 2, "failed": 3, "unknown": 4}
_OUTCOMES: tuple[Outcome, ...] = ("accepted", "accepted", "rejected", "failed", "unknown")
Detail = tuple[str | None, str | None, APIError | None, bool]
"""(code, message, error, client_side) of an item that did not go through."""
_NO_DETAIL: Detail = (None, None, None, False)


class BulkResult:
    """One result per input item, in input order, plus the raw batch responses.

    Outcomes are stored compactly (a byte and a batch number per item, details only for the
    items that did not go through), and :class:`BulkItemResult` objects are made when read:
    a 100,000-item send costs a few hundred kilobytes, not 100,000 objects.
    """

    def __init__(self, size: int) -> None:
        self._outcomes = bytearray(size)
        self._batches = array("l", [-1]) * size
        self._details: dict[int, Detail] = {}
        self.responses: list[dict[str, Any]] = []
        self.capacity_waits = 0

    def __len__(self) -> int:
        return len(self._outcomes)

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(self._with(name))}" for name in _CODES)
        return f"BulkResult({counts}, capacity_waits={self.capacity_waits})"

    def item(self, index: int) -> BulkItemResult:
        """The result of input item ``index``."""
        code = self._outcomes[index]
        if code == 0:
            raise LookupError(f"item {index} has no result")
        batch = self._batches[index]
        text, message, error, client_side = self._details.get(index, _NO_DETAIL)
        return BulkItemResult(
            index,
            _OUTCOMES[code],
            text,
            message,
            error,
            batch if batch >= 0 else None,
            client_side,
        )

    @property
    def items(self) -> Sequence[BulkItemResult]:
        return _Items(self, range(len(self._outcomes)))

    def _with(self, outcome: Outcome) -> Sequence[BulkItemResult]:
        return _Items(self, None, _CODES[outcome])

    @property
    def accepted(self) -> Sequence[BulkItemResult]:
        return self._with("accepted")

    @property
    def rejected(self) -> Sequence[BulkItemResult]:
        return self._with("rejected")

    @property
    def failed(self) -> Sequence[BulkItemResult]:
        return self._with("failed")

    @property
    def unknown(self) -> Sequence[BulkItemResult]:
        return self._with("unknown")

    # -- recording (run_bulk) ------------------------------------------------------------------

    def _set(
        self,
        indexes: list[int],
        outcome: Outcome,
        batch: int | None,
        detail: Detail | None = None,
    ) -> None:
        code, number = _CODES[outcome], -1 if batch is None else batch
        first, count = indexes[0] if indexes else 0, len(indexes)
        if count and indexes[-1] - first + 1 == count:  # contiguous: one slice assignment
            self._outcomes[first : first + count] = bytes((code,)) * count
            self._batches[first : first + count] = array("l", [number]) * count
        else:
            for index in indexes:
                self._outcomes[index] = code
                self._batches[index] = number
        if detail is not None:
            for index in indexes:
                self._details[index] = detail


class _Items(Sequence[BulkItemResult]):
    """A read-only view of some items of a :class:`BulkResult`, made on access."""

    def __init__(self, result: BulkResult, indexes: Sequence[int] | None, code: int = 0) -> None:
        self._result = result
        self._indexes = indexes
        self._code = code

    def _resolved(self) -> Sequence[int]:
        if self._indexes is None:
            outcomes, code = self._result._outcomes, self._code
            if outcomes.count(code) == len(outcomes):
                self._indexes = range(len(outcomes))
            else:
                self._indexes = [i for i, value in enumerate(outcomes) if value == code]
        return self._indexes

    def __len__(self) -> int:
        if self._indexes is None:
            return self._result._outcomes.count(self._code)
        return len(self._indexes)

    @overload
    def __getitem__(self, at: int) -> BulkItemResult: ...
    @overload
    def __getitem__(self, at: slice) -> Sequence[BulkItemResult]: ...
    def __getitem__(self, at: int | slice) -> BulkItemResult | Sequence[BulkItemResult]:
        if isinstance(at, slice):
            return _Items(self._result, self._resolved()[at])
        return self._result.item(self._resolved()[at])

    def __iter__(self) -> Iterator[BulkItemResult]:
        item = self._result.item
        return (item(index) for index in self._resolved())

    def __repr__(self) -> str:
        return f"<{len(self)} bulk item results>"


def _item_to_json(item: Any) -> Any:
    if type(item) is dict:
        return item
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return dict(item) if isinstance(item, Mapping) else item


@dataclass(frozen=True)
class _CapacityAnswer:
    """What a capacity refusal says: room now, the capacity itself, the advised wait."""

    available: int | None
    limit: int | None
    wait: float


def _capacity(error: APIError, info: BulkInfo) -> _CapacityAnswer | None:
    """The capacity figures of ``error`` when it is a capacity answer, else ``None``."""
    cap = info.capacity
    if cap is None or not isinstance(error, RateLimitError) or not isinstance(error.body, dict):
        return None
    body = error.body
    available = body.get(cap.available) if cap.available else None
    limit = body.get(cap.limit) if cap.limit else None
    available = (
        available if isinstance(available, int) and not isinstance(available, bool) else None
    )
    limit = limit if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0 else None
    if available is None and limit is None:
        return None
    wait = error.retry_after
    if wait is None and cap.retry_after:
        advised = body.get(cap.retry_after)
        wait = float(advised) if isinstance(advised, (int, float)) else None
    return _CapacityAnswer(
        max(available, 0) if available is not None else None,
        limit,
        wait if wait is not None else 1.0,
    )


class _Plan:
    """The batching decisions of one bulk send, shared by the sync and async loops: which
    items go next and how long to wait before sending them."""

    def __init__(
        self,
        items: Sequence[Any] | Iterable[Any],
        info: BulkInfo,
        batch_size: int | None,
        precheck: Callable[[Any], APIStatusError | None] | None,
        max_capacity_waits: int,
    ) -> None:
        self.info = info
        self.payloads = [item if type(item) is dict else _item_to_json(item) for item in items]
        limits = [n for n in (info.max_items, info.max_pending, batch_size) if n]
        self.size = max(1, min(limits)) if limits else max(1, len(self.payloads))
        self.capacity = info.max_pending
        self.max_capacity_waits = max_capacity_waits
        self.result = BulkResult(len(self.payloads))
        pending: list[int] = []
        for index, payload in enumerate(self.payloads):
            problem = precheck(payload) if precheck else None
            if problem is not None:
                detail: Detail = (_text(problem.error_id), problem.message, problem, True)
                self.result._set([index], "rejected", None, detail)
            else:
                pending.append(index)
        size = self.size
        self.queue: deque[tuple[list[int], float]] = deque(
            (pending[i : i + size], 0.0) for i in range(0, len(pending), size)
        )
        self.batch_no = 0

    def next(self) -> tuple[list[int], float] | None:
        """The next batch (input indexes) and the seconds to wait before sending it; a batch
        planned before the server reported a smaller capacity is cut to that capacity."""
        if not self.queue:
            return None
        indexes, wait = self.queue.popleft()
        capacity = self.capacity
        if capacity and len(indexes) > capacity:
            chunks = [indexes[i : i + capacity] for i in range(0, len(indexes), capacity)]
            for chunk in reversed(chunks[1:]):
                self.queue.appendleft((chunk, 0.0))
            indexes = chunks[0]
        return indexes, wait

    def batch(self, indexes: list[int]) -> list[Any]:
        return [self.payloads[i] for i in indexes]

    def sent(self, indexes: list[int], body: dict[str, Any]) -> None:
        self.result.responses.append(body)
        _record_batch(body, indexes, self.batch_no, self.info, self.result, self.payloads)
        self.batch_no += 1

    def failed(self, indexes: list[int], error: APIError) -> None:
        answer = _capacity(error, self.info)
        if answer is not None and self.result.capacity_waits < self.max_capacity_waits:
            self._refused(indexes, answer)
            return
        detail = (_text(error.error_id), error.message, error, False)
        self.result._set(indexes, "failed", self.batch_no, detail)
        self.batch_no += 1

    def _refused(self, indexes: list[int], answer: _CapacityAnswer) -> None:
        """Re-plan a batch the server refused for capacity (see the module docstring)."""
        limit = answer.limit
        if limit is not None:
            self.capacity = min(self.capacity or limit, limit)
        capacity = self.capacity or len(indexes)
        room = answer.available
        if room is not None and room >= len(indexes):
            room = 0  # refused although it would fit: wait as for the whole batch
        if room is None:
            room = 0 if limit is None or len(indexes) <= limit else None
        ahead: list[tuple[list[int], float]] = []
        rest = indexes
        if room:
            ahead.append((rest[:room], 0.0))  # fits now: send it at once
            rest = rest[room:]
        if rest:
            # Room frees at `capacity` items per advised wait: each chunk waits for its own.
            for start in range(0, len(rest), capacity):
                chunk = rest[start : start + capacity]
                ahead.append((chunk, answer.wait * min(1.0, len(chunk) / capacity)))
            self.result.capacity_waits += 1
        for step in reversed(ahead):
            self.queue.appendleft(step)

    def finish(self) -> BulkResult:
        if self.result._outcomes.find(0) != -1:  # pragma: no cover - a bug, not an input
            raise RuntimeError("a bulk item was left without a result")
        return self.result


def run_bulk(
    send_batch: Callable[[list[Any]], dict[str, Any]],
    items: Sequence[Any] | Iterable[Any],
    info: BulkInfo,
    *,
    batch_size: int | None = None,
    precheck: Callable[[Any], APIStatusError | None] | None = None,
    sleep: Callable[[float], None] | None = None,
    max_capacity_waits: int = 1000,
) -> BulkResult:
    """Send ``items`` in batches through ``send_batch`` and account for every one."""
    plan = _Plan(items, info, batch_size, precheck, max_capacity_waits)
    while (step := plan.next()) is not None:
        indexes, wait = step
        if wait > 0 and sleep is not None:
            sleep(wait)
        try:
            body = send_batch(plan.batch(indexes))
        except APIError as error:
            plan.failed(indexes, error)
        else:
            plan.sent(indexes, body)
    return plan.finish()


async def async_run_bulk(
    send_batch: Callable[[list[Any]], Awaitable[dict[str, Any]]],
    items: Sequence[Any] | Iterable[Any],
    info: BulkInfo,
    *,
    batch_size: int | None = None,
    precheck: Callable[[Any], APIStatusError | None] | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    max_capacity_waits: int = 1000,
) -> BulkResult:
    """Async twin of :func:`run_bulk`."""
    plan = _Plan(items, info, batch_size, precheck, max_capacity_waits)
    while (step := plan.next()) is not None:
        indexes, wait = step
        if wait > 0 and sleep is not None:
            await sleep(wait)
        try:
            body = await send_batch(plan.batch(indexes))
        except APIError as error:
            plan.failed(indexes, error)
        else:
            plan.sent(indexes, body)
    return plan.finish()


def _record_batch(
    body: dict[str, Any],
    batch: list[int],
    batch_no: int,
    info: BulkInfo,
    outcome: BulkResult,
    payloads: list[Any],
) -> None:
    reported = body.get(info.errors) if isinstance(body, dict) else None
    entries = reported if isinstance(reported, list) else []
    failures: dict[int, dict[str, Any]] = {}
    if info.match is not None and entries:
        # Failures listed by value (e.g. skipped phone numbers): every item with that value.
        listed = {entry for entry in entries if isinstance(entry, str)}
        for position, index in enumerate(batch):
            item = payloads[index]
            if isinstance(item, dict) and item.get(info.match) in listed:
                failures[position] = {}
    for entry in entries if info.index is not None else []:
        at = entry.get(info.index) if isinstance(entry, dict) else None
        if isinstance(at, int) and not isinstance(at, bool) and 0 <= at < len(batch):
            failures.setdefault(at, entry)
    truncated = info.max_errors is not None and len(failures) >= info.max_errors
    # Everything not reported first, then each reported failure over it.
    outcome._set(batch, "unknown" if truncated else "accepted", batch_no)
    for position, entry in failures.items():
        code = entry.get(info.code) if info.code else None
        message = entry.get(info.message) if info.message else None
        detail: Detail = (
            code if isinstance(code, str) else None,
            message if isinstance(message, str) else None,
            None,
            False,
        )
        outcome._set([batch[position]], "rejected", batch_no, detail)


def _text(value: object) -> str | None:
    return str(value) if value is not None else None


class _Sender(Protocol):
    validate_requests: bool
    sleep: Callable[[float], None]
    async_sleep: Callable[[float], Awaitable[None]]

    def _send(
        self,
        op: OperationInfo,
        kwargs: dict[str, Any],
        *,
        warned: bool = ...,
        retry_capacity: bool = ...,
    ) -> Any: ...

    async def _send_async(
        self,
        op: OperationInfo,
        kwargs: dict[str, Any],
        *,
        warned: bool = ...,
        retry_capacity: bool = ...,
    ) -> Any: ...


def _decode(operation: OperationInfo, response: Any) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError as exc:
        raise APIResponseValidationError(
            f"{operation.operation_id}: response is not JSON",
            response=response,
            body=response.content,
        ) from exc
    if not isinstance(body, dict):
        raise APIResponseValidationError(
            f"{operation.operation_id}: response is not an object", response=response, body=body
        )
    return body


def _precheck(operation: OperationInfo) -> Callable[[Any], APIStatusError | None]:
    def precheck(item: Any) -> APIStatusError | None:
        from ._validation import check_item

        return check_item(operation.operation_id, item)

    return precheck


def _bulk_info(operation: OperationInfo) -> BulkInfo:
    if operation.bulk is None:
        raise ValueError(f"{operation.operation_id} is not a bulk operation")
    return operation.bulk


def send_bulk(
    client: _Sender,
    operation: OperationInfo,
    items: Iterable[Any],
    *,
    batch_size: int | None = None,
    fields: dict[str, Any] | None = None,
) -> BulkResult:
    """Send ``items`` through the bulk ``operation`` with ``client`` (its retries, validation
    and clock); ``fields`` are the other request body fields, sent with every batch."""
    info = _bulk_info(operation)
    extra = dict(fields or {})

    def send_batch(batch: list[Any]) -> dict[str, Any]:
        kwargs = {
            "method": operation.method,
            "url": operation.path,
            "json": {**extra, info.items: batch},
        }
        return _decode(
            operation, client._send(operation, kwargs, warned=True, retry_capacity=False)
        )

    return run_bulk(
        send_batch,
        items,
        info,
        batch_size=batch_size,
        precheck=_precheck(operation) if client.validate_requests else None,
        sleep=client.sleep,
    )


async def async_send_bulk(
    client: _Sender,
    operation: OperationInfo,
    items: Iterable[Any],
    *,
    batch_size: int | None = None,
    fields: dict[str, Any] | None = None,
) -> BulkResult:
    """Async twin of :func:`send_bulk`."""
    info = _bulk_info(operation)
    extra = dict(fields or {})

    async def send_batch(batch: list[Any]) -> dict[str, Any]:
        kwargs = {
            "method": operation.method,
            "url": operation.path,
            "json": {**extra, info.items: batch},
        }
        return _decode(
            operation,
            await client._send_async(operation, kwargs, warned=True, retry_capacity=False),
        )

    return await async_run_bulk(
        send_batch,
        items,
        info,
        batch_size=batch_size,
        precheck=_precheck(operation) if client.validate_requests else None,
        sleep=client.async_sleep,
    )
