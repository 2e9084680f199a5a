"""The generated clients under injected faults, against the mock over real HTTP.

Fault schedules (connection reset before and after processing, stalls past the client's
timeout and within it, 5xx, 429, malformed bodies) are queued on the mock
(``POST /__smsspec/faults``); each attempt that reaches the server takes the next one. The
generated client is then held to its documented contract (``faults.predict``):

* every call succeeds through retries or raises a typed ``APIError`` — the category the
  contract predicts for that schedule — within its timeout budget, never later;
* exactly the predicted number of attempts reaches the server (the fault queue tells);
* a request that may already have been processed is never sent again: the mock stores each
  request's unique marker at most once, and exactly as often as the schedule processed it;
* a bulk helper reports every item exactly once, in input order, and its report agrees with
  the mock's state: accepted items are stored once, rejected and not-processed ones never,
  items of a batch whose fate is unknown at most once.

Hypothesis draws the schedules; ``SMSSPEC_FAULT_EXAMPLES`` sets how many (``make soak`` runs
more). Summaries count calls, faults injected and items lost or duplicated (both must be 0).
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.paths import generated_dir, package_name
from tests.clients import client_package
from tests.conftest import APIS, spec_of
from tests.reliability.faults import (
    CLIENT_TIMEOUT,
    FAULTS,
    BulkTarget,
    Target,
    categorize,
    discover,
    discover_bulk,
    make_client,
    predict,
    stored_marks,
)
from tests.reliability.harness import MockServer
from tests.reliability.rawhttp import exchange
from tests.reliability.summary import record
from tests.triggers import sample_path

EXAMPLES = int(os.environ.get("SMSSPEC_FAULT_EXAMPLES", "12"))
ATTEMPT_BUDGET = CLIENT_TIMEOUT + 0.25
"""Longest an attempt may take: the client's timeout plus scheduling slack."""

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
schedules = st.lists(st.sampled_from(FAULTS), max_size=4)
retries = st.integers(min_value=0, max_value=3)


@dataclass
class Env:
    api: str
    server: MockServer
    send: Target | None
    read: Target | None
    bulks: list[BulkTarget]
    tally: Counter[str] = field(default_factory=Counter)


@pytest.fixture(scope="module", params=APIS)
def env(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    api = str(request.param)
    package = generated_dir(api) / "python" / package_name(api)
    assert package.is_dir(), f"{api}: no generated client (run `make generate`)"
    log = tmp_path_factory.mktemp("faults") / f"{api}.log"
    with MockServer(api, log) as server:
        send, read = discover(server)
        found = Env(api, server, send, read, discover_bulk(server))
        yield found
    tally = found.tally
    record(
        "faults",
        api,
        {
            "calls": tally["calls"],
            "faults_injected": tally["faults"],
            "requests_reaching_server": tally["attempts"],
            "typed_errors": tally["typed_errors"],
            "successes": tally["successes"],
            "messages_lost": tally["lost"],
            "messages_duplicated": tally["duplicated"],
            "bulk_items": tally["bulk_items"],
            "bulk_items_lost": tally["bulk_lost"],
            "bulk_items_duplicated": tally["bulk_duplicated"],
            "bulk_items_misreported": tally["bulk_misreported"],
            "send_operation": send.op.operation_id if send else None,
            "read_operation": read.op.operation_id if read else None,
            "bulk_operations": [b.op.operation_id for b in found.bulks],
        },
    )


def _call(
    env: Env,
    target: Target,
    schedule: list[str],
    max_retries: int,
    use_async: bool = False,
    **options: Any,
) -> Any:
    """Run one call under ``schedule``; return (category, error, elapsed, marker, attempts)."""
    server = env.server
    server.reset()
    if schedule:
        server.push_faults(schedule)
    mark = uuid.uuid4().hex
    client = make_client(server, max_retries=max_retries, **options)
    error: BaseException | None = None
    started = time.monotonic()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            if use_async:
                asyncio.run(target.call_async(client, mark))
            else:
                target.call(client, mark)
    except Exception as exc:
        error = exc
    elapsed = time.monotonic() - started
    client.get_httpx_client().close()
    server.wait_idle()
    state = server.state()
    attempts = len(schedule) - state["faults_queued"] if schedule else None
    category = categorize(client_package(env.api), error)
    env.tally["calls"] += 1
    env.tally["faults"] += sum(f != "ok" for f in schedule)
    env.tally["typed_errors" if error is not None else "successes"] += 1
    return category, error, elapsed, mark, attempts


def _check_call(
    env: Env,
    target: Target,
    schedule: list[str],
    max_retries: int,
    *,
    stored: bool,
    use_async: bool = False,
) -> None:
    expected = predict(schedule, idempotent=target.op.idempotent, max_retries=max_retries)
    category, error, elapsed, mark, attempts = _call(env, target, schedule, max_retries, use_async)
    mode = "async" if use_async else "sync"
    where = f"{env.api} {target.op.operation_id} ({mode}) schedule={schedule} retries={max_retries}"
    assert not category.startswith("untyped"), f"{where}: {category}"
    budget = expected.consumed * ATTEMPT_BUDGET + 0.5
    assert elapsed <= budget, f"{where}: took {elapsed:.2f} s (budget {budget:.2f} s)"
    env.tally["attempts"] += expected.consumed
    if stored:
        assert target.collection is not None
        count = stored_marks(env.server, target.collection, [mark])[mark]
        env.tally["duplicated"] += max(count - 1, 0)
        env.tally["lost"] += int(category == "ok" and count == 0)
        assert count <= 1, (
            f"{where}: stored {count} times (resent after it may have been processed)"
        )
        assert count == expected.processed, (
            f"{where}: stored {count}, expected {expected.processed}"
        )
    assert category == expected.outcome, f"{where}: got {category} ({error!r}), expected {expected}"
    if attempts is not None and expected.consumed <= len(schedule):
        assert attempts == expected.consumed, f"{where}: {attempts} attempts reached the server"


# -- the fault injection itself ---------------------------------------------------------------


def test_reset_fault_drops_the_connection_without_a_response(env: Env) -> None:
    """``reset`` must look like a dropped connection over real HTTP, not like an answer
    (faults apply right after routing, so any documented path will do)."""
    spec = spec_of(env.api)
    op = sorted(spec.operations, key=lambda o: o.method != "get")[0]
    server = env.server
    path = server.prefix + (sample_path(spec, op) or op.path)
    auth = "".join(f"{k}: {v}\r\n" for k, v in server.auth().items())
    request = (
        f"{op.method.upper()} {path} HTTP/1.1\r\nHost: mock\r\n{auth}"
        "X-Smsspec-Fault: reset\r\nContent-Length: 0\r\n\r\n"
    ).encode()
    try:
        answer = exchange(server.port, request, timeout=5.0)
    except ConnectionError:
        pass
    else:
        pytest.fail(f"a complete HTTP {answer.status} came back: {answer.body[:100]!r}")
    assert server.health()["status"] == "ok"


# -- single sends: every fault once, then random schedules -------------------------------------


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("fault", FAULTS)
def test_send_under_each_fault(env: Env, fault: str, use_async: bool) -> None:
    if env.send is None:
        pytest.skip(f"{env.api}: no operation stores one record per request")
    _check_call(env, env.send, [fault], 0, stored=True, use_async=use_async)
    _check_call(env, env.send, [fault, fault, "ok"], 2, stored=True, use_async=use_async)


@SETTINGS
@given(schedule=schedules, max_retries=retries, use_async=st.booleans())
def test_send_is_never_duplicated(
    env: Env, schedule: list[str], max_retries: int, use_async: bool
) -> None:
    if env.send is None:
        pytest.skip(f"{env.api}: no operation stores one record per request")
    _check_call(env, env.send, schedule, max_retries, stored=True, use_async=use_async)


@SETTINGS
@given(schedule=schedules, max_retries=retries, use_async=st.booleans())
def test_reads_retry_or_raise_typed_errors(
    env: Env, schedule: list[str], max_retries: int, use_async: bool
) -> None:
    if env.read is None:
        pytest.skip(f"{env.api}: no idempotent operation to read with")
    _check_call(env, env.read, schedule, max_retries, stored=False, use_async=use_async)


def test_opted_in_resend_is_detected_as_a_duplicate(env: Env) -> None:
    """The duplicate detector works: with ``retry_non_idempotent=True`` a send whose answer
    was lost after processing is sent again and stored twice (the documented risk)."""
    if env.send is None:
        pytest.skip(f"{env.api}: no operation stores one record per request")
    category, error, _, mark, _ = _call(
        env, env.send, ["reset-after"], 1, retry_policy=_opt_in_policy(env.api)
    )
    assert category == "ok", error
    assert env.send.collection is not None
    assert stored_marks(env.server, env.send.collection, [mark])[mark] == 2


def _opt_in_policy(api: str) -> Any:
    return client_package(api)._base_client.RetryPolicy(retry_non_idempotent=True)


# -- bulk helpers -----------------------------------------------------------------------------

BULK_APIS = [api for api in APIS if any(op.bulk for op in spec_of(api).operations)]

BULK_FAULTS = tuple(f for f in FAULTS if f != "status:429")
"""429 is a capacity answer for bulk helpers (re-split and resent): not a fault here."""


@pytest.mark.parametrize("env", BULK_APIS, indirect=True)
@SETTINGS
@given(
    data=st.data(),
    count=st.integers(min_value=1, max_value=7),
    batch=st.integers(min_value=1, max_value=3),
    max_retries=retries,
)
def test_bulk_reports_every_item_exactly_once(
    env: Env, data: st.DataObject, count: int, batch: int, max_retries: int
) -> None:
    assert env.bulks, f"{env.api}: its bulk operations have no generated helper"
    target = data.draw(st.sampled_from(env.bulks))
    valid = data.draw(st.lists(st.booleans(), min_size=count, max_size=count))
    if target.invalid_item is None:
        valid = [True] * count
    batches = (count + batch - 1) // batch
    schedule = data.draw(st.lists(st.sampled_from(BULK_FAULTS), max_size=batches + 1))
    server = env.server
    server.reset()
    if schedule:
        server.push_faults(schedule)
    marks = [uuid.uuid4().hex for _ in range(count)]
    items = []
    for mark, ok in zip(marks, valid, strict=True):
        base = target.item if ok else dict(target.invalid_item or {})
        items.append({**base, target.marker: f"{target.item[target.marker]} {mark}"})
    client = make_client(server, max_retries=max_retries)
    started = time.monotonic()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        result = target.function(client, items, batch_size=batch, **target.fields)
    elapsed = time.monotonic() - started
    client.get_httpx_client().close()
    server.wait_idle()
    stored = stored_marks(server, target.collection, marks)
    where = f"{env.api} {target.op.operation_id} n={count} batch={batch} schedule={schedule}"

    # The contract, batch by batch (each batch is one non-idempotent request).
    expected: list[tuple[str, int]] = []
    remaining = list(schedule)
    consumed_total = 0
    for start in range(0, count, batch):
        outcome = predict(remaining, idempotent=False, max_retries=max_retries)
        remaining = remaining[outcome.consumed :]
        consumed_total += outcome.consumed
        for ok in valid[start : start + batch]:
            if outcome.outcome == "ok":
                expected.append(("accepted" if ok else "rejected", int(ok)))
            else:
                expected.append(("failed", int(ok) * outcome.processed))

    env.tally["bulk_items"] += count
    assert [item.index for item in result.items] == list(range(count)), f"{where}: indexes"
    duplicated = sum(max(n - 1, 0) for n in stored.values())
    lost = sum(
        1 for item, mark in zip(result.items, marks, strict=True) if item.ok and stored[mark] != 1
    )
    misreported = sum(
        1
        for item, (outcome, _) in zip(result.items, expected, strict=True)
        if item.outcome != outcome
    )
    env.tally["bulk_duplicated"] += duplicated
    env.tally["bulk_lost"] += lost
    env.tally["bulk_misreported"] += misreported
    env.tally["calls"] += 1
    env.tally["attempts"] += consumed_total
    env.tally["faults"] += sum(f != "ok" for f in schedule)
    assert duplicated == 0, f"{where}: items stored twice: {stored}"
    assert lost == 0, f"{where}: accepted items missing from the mock: {stored}"
    for item, mark, (wanted, count_expected) in zip(result.items, marks, expected, strict=True):
        assert item.outcome == wanted, f"{where}: item {item.index} {item} expected {wanted}"
        assert stored[mark] == count_expected, f"{where}: item {item.index} stored {stored[mark]}"
        if item.outcome == "failed":
            assert item.error is not None
            assert not categorize(client_package(env.api), item.error).startswith("untyped")
    budget = consumed_total * ATTEMPT_BUDGET + 0.5 * batches + 0.5
    assert elapsed <= budget, f"{where}: took {elapsed:.2f} s (budget {budget:.2f} s)"


def test_summary_counts_nothing_lost(env: Env) -> None:
    """Runs last in the module's order for this API: the tallies of every test above."""
    assert env.tally["lost"] == 0
    assert env.tally["duplicated"] == 0
    assert env.tally["bulk_lost"] == 0
    assert env.tally["bulk_duplicated"] == 0
