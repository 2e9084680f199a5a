"""Property tests of the generated bulk runtime (``_bulk.run_bulk``) with a scripted server.

Whatever the batch size, the server's per-item failures, whole-batch failures and capacity
answers, every input item gets exactly one result, with its own index, in input order.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.clients import client_module

API = "trackly-v2"
bulk = client_module(API, "_bulk")
base = client_module(API, "_base_client")
exceptions = client_module(API, "_exceptions")

INFO = base.BulkInfo(
    items="messages",
    errors="errors",
    index="index",
    max_items=7,
    code="code",
    message="message",
    capacity=base.CapacityInfo(available="availableCapacity"),
)

# What the scripted server does with one batch.
Answer = st.one_of(
    st.tuples(st.just("partial"), st.sets(st.integers(0, 6), max_size=7)),
    st.tuples(st.just("fail"), st.just(frozenset())),
    st.tuples(st.just("capacity"), st.integers(1, 6)),
)


@given(
    count=st.integers(0, 60),
    batch_size=st.one_of(st.none(), st.integers(1, 10)),
    answers=st.lists(Answer, max_size=40),
)
@settings(max_examples=300, deadline=None)
def test_every_item_has_exactly_one_result(
    count: int, batch_size: int | None, answers: list[tuple[str, Any]]
) -> None:
    script = iter(answers)
    sent: list[list[int]] = []
    expected: dict[int, str] = {}

    def send_batch(batch: list[dict[str, int]]) -> dict[str, Any]:
        kind, arg = next(script, ("partial", frozenset()))
        if kind == "capacity":
            if arg < len(batch):
                body = {"availableCapacity": arg}
                raise exceptions.RateLimitError("busy", status_code=429, body=body)
            kind, arg = "partial", frozenset()  # room for the whole batch: it goes through
        ids = [item["id"] for item in batch]
        if kind == "fail":
            expected.update(dict.fromkeys(ids, "failed"))
            raise exceptions.InternalServerError("down", status_code=500, body={})
        sent.append(ids)
        failing = {at for at in arg if at < len(batch)}
        for position, item_id in enumerate(ids):
            expected[item_id] = "rejected" if position in failing else "accepted"
        return {"errors": [{"index": at, "code": "invalid_phone"} for at in sorted(failing)]}

    items = [{"id": i} for i in range(count)]
    result = bulk.run_bulk(send_batch, items, INFO, batch_size=batch_size)

    assert len(result) == count
    assert [item.index for item in result.items] == list(range(count))
    assert {item.index: item.outcome for item in result.items} == expected
    assert all(len(batch) <= min(batch_size or 7, 7) for batch in sent)
    # The views agree with the items.
    for outcome in ("accepted", "rejected", "failed", "unknown"):
        view = getattr(result, outcome)
        assert [item.index for item in view] == [i for i in range(count) if expected[i] == outcome]
        assert len(view) == sum(1 for value in expected.values() if value == outcome)
    assert all(item.code == "invalid_phone" for item in result.rejected)
    assert all(item.error is not None for item in result.failed)


def test_items_view_supports_indexing_slicing_and_repr() -> None:
    def send_batch(batch: list[dict[str, int]]) -> dict[str, Any]:
        return {"errors": [{"index": 1, "code": "invalid_phone", "message": "bad"}]}

    result = bulk.run_bulk(send_batch, [{"n": i} for i in range(10)], INFO)
    assert result.items[-1].index == 9
    assert [item.index for item in result.items[2:5]] == [2, 3, 4]
    rejected = result.rejected
    assert [(item.index, item.code, item.message, item.batch) for item in rejected] == [
        (1, "invalid_phone", "bad", 0),
        (8, "invalid_phone", "bad", 1),
    ]
    assert not rejected[0].ok
    assert result.items[0].ok
    assert repr(result) == (
        "BulkResult(accepted=8, rejected=2, failed=0, unknown=0, capacity_waits=0)"
    )
    with pytest.raises(IndexError):
        result.items[10]
