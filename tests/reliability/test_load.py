"""A bounded load test of the mock on loopback: no 5xx, bounded memory, consistent state.

The mock (Trackly v2 at least; every API with ``SMSSPEC_LOAD_APIS``) runs as its own process
with the ``smsspec mock`` server settings. 64 connections keep requests in flight for the
duration, mixing reads, creates, bulk sends, updates and invalid writes (``load.py``). Then:

* no 5xx and no transport error was seen;
* memory: the mock's RSS is sampled before and after, and after a read-only phase that may
  not grow it (a leak per request would show there);
* state: every collection grew by exactly the records the 2xx creates reported, every such
  record carries its marker exactly once, and every created resource with a reader is
  readable over HTTP.

The short run (``LOAD_SECONDS``, about 12 s) is part of ``make test``; the 60-second soak
runs under ``make soak`` (marker ``soak``, deselected by default).
"""

from __future__ import annotations

import asyncio
import json
import os
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import APIS
from tests.reliability.harness import MockServer
from tests.reliability.load import discover_mix, read_back, run_load
from tests.reliability.summary import record

CONNECTIONS = 64
SHORT_SECONDS = float(os.environ.get("SMSSPEC_LOAD_SECONDS", "12"))
SOAK_SECONDS = 60.0
READ_ONLY_FRACTION = 0.25
"""The read-only phase lasts this fraction of the mixed one."""
READ_ONLY_GROWTH_KIB = 16 * 1024
MIXED_GROWTH_KIB = 64 * 1024
PER_RECORD_KIB = 4
LOAD_APIS = [a for a in os.environ.get("SMSSPEC_LOAD_APIS", "trackly-v2").split(",") if a in APIS]


def _load(api: str, seconds: float, tmp_path: Path, label: str) -> None:
    log = tmp_path / f"{api}.log"
    with MockServer(api, log, rate_limits=True) as server:
        actions = discover_mix(server)
        kinds = Counter(a.kind for a in actions)
        assert kinds["read"], f"{api}: no read in the mix: {kinds}"
        assert kinds["create"], f"{api}: no create in the mix: {kinds}"
        baseline = server.state()["collections"]
        rss_start = server.rss_kib()
        mixed = asyncio.run(run_load(server, actions, duration=seconds, connections=CONNECTIONS))
        server.wait_idle()
        rss_mixed = server.rss_kib()
        reads = asyncio.run(
            run_load(
                server,
                actions,
                duration=seconds * READ_ONLY_FRACTION,
                connections=CONNECTIONS,
                kinds=("read",),
            )
        )
        server.wait_idle()
        rss_reads = server.rss_kib()
        state = server.state()["collections"]
        expected = dict(baseline)
        for created in mixed.created:
            expected[created.collection] = expected.get(created.collection, 0) + created.count
        count_mismatch = {
            name: (state.get(name), expected[name])
            for name in expected
            if state.get(name) != expected[name]
        }
        marks_problems = []
        for collection in {c.collection for c in mixed.created}:
            texts = [json.dumps(item) for item in server.items(collection)]
            joined = "\n".join(texts)
            for created in (c for c in mixed.created if c.collection == collection):
                found = joined.count(created.mark)
                if found != created.count:
                    marks_problems.append(f"{created.action} {created.mark}: {found}")
        unreadable = asyncio.run(read_back(server, actions, mixed.created, CONNECTIONS))
        alive = server.alive()
    output = log.read_text(errors="replace")
    total = mixed.requests + reads.requests
    summary = {
        "seconds": seconds,
        "connections": CONNECTIONS,
        "requests": total,
        "requests_per_second": round(mixed.requests / mixed.elapsed),
        "p50_ms": round(mixed.percentile(50) * 1000, 1),
        "p99_ms": round(mixed.percentile(99) * 1000, 1),
        "5xx_seen": len(mixed.five_xx) + len(reads.five_xx),
        "transport_errors": sum((mixed.transport_errors + reads.transport_errors).values()),
        "records_created": sum(c.count for c in mixed.created),
        "resources_read_back": sum(
            1 for c in mixed.created if c.action in {a.name for a in actions if a.read_back}
        ),
        "count_mismatches": len(count_mismatch),
        "marker_problems": len(marks_problems),
        "unreadable_creates": len(unreadable),
        "rss_kib_start": rss_start,
        "rss_kib_after_mixed": rss_mixed,
        "rss_kib_after_reads": rss_reads,
        "statuses": dict(sorted((mixed.statuses + reads.statuses).items())),
        "mix": dict(mixed.by_action),
    }
    record("load", f"{api} ({label})", summary)
    print(f"\nload {api} ({label}): " + json.dumps(summary))
    records = sum(c.count for c in mixed.created)
    allowed_growth = MIXED_GROWTH_KIB + PER_RECORD_KIB * records
    failures = [
        *(f"5xx: {x}" for x in (mixed.five_xx + reads.five_xx)[:20]),
        *(
            f"transport error {k} x{v}"
            for k, v in (mixed.transport_errors + reads.transport_errors).items()
        ),
        *(f"count {k}: stored {v[0]}, 2xx creates say {v[1]}" for k, v in count_mismatch.items()),
        *(f"marker {x}" for x in marks_problems[:20]),
        *(f"unreadable {x}" for x in unreadable[:20]),
    ]
    if not alive:
        failures.append("the mock died:\n" + output[-3000:])
    if rss_mixed - rss_start > allowed_growth:
        failures.append(f"RSS grew {rss_mixed - rss_start} KiB (allowed {allowed_growth})")
    if rss_reads - rss_mixed > READ_ONLY_GROWTH_KIB:
        failures.append(f"RSS grew {rss_reads - rss_mixed} KiB during reads only")
    if "Traceback" in output:
        failures.append("the mock logged an internal error:\n" + output[-3000:])
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("api", LOAD_APIS)
def test_load_short(api: str, tmp_path: Path) -> None:
    _load(api, SHORT_SECONDS, tmp_path, f"{SHORT_SECONDS:g} s")


@pytest.mark.soak
@pytest.mark.parametrize("api", LOAD_APIS)
def test_load_soak(api: str, tmp_path: Path) -> None:
    _load(api, SOAK_SECONDS, tmp_path, f"soak {SOAK_SECONDS:g} s")
