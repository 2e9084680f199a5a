"""Client overhead: the generated Trackly v2 SDK vs raw httpx over the same transport.

The transport is in-process (``httpx.MockTransport`` answering canned bytes), so the server
is not measured: only what each side does around the exchange. Two workloads, each through
the resource client (``TracklyV2``, the SDK), the stock openapi-python-client surface
(``AuthenticatedClient`` + ``send_message.sync``) and raw httpx:

* single sends: ``client.messages.send(to=…, list_number=…, body=…)`` (keyword arguments to a
  model, retry loop, typed errors, model out) vs ``httpx.Client.post`` + ``response.json()``;
* a 100,000-recipient bulk send: ``bulk.send_bulk_messages`` (batches of 1,000, one result
  per item) vs a hand-written loop posting batches of 1,000 and reading ``errors``.

Each variant runs in its own process so peak RSS (``ru_maxrss``) is measured per variant, in
interleaved rounds. The work is all CPU (the transport answers in-process), so the ratios
compare each variant's CPU time (``time.process_time``), which other processes on a shared
machine do not inflate as they inflate wall time; wall times are shown beside them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _common import REPO, ratio_line, run_worker, table

WORKER = Path(__file__).with_name("_client_worker.py")


def run(variant: str, count: int) -> dict[str, float]:
    root = str(REPO / "generated" / "trackly-v2" / "python")
    return run_worker([sys.executable, str(WORKER), root, variant, str(count)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--singles", type=int, default=5000)
    parser.add_argument("--recipients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    variants = ("raw-single", "sdk-single", "client-single", "raw-bulk", "sdk-bulk", "client-bulk")
    # Interleaved rounds (every variant once per round), best of the rounds: load from other
    # processes then weighs on every variant alike instead of on whichever ran last.
    rounds: dict[str, list[dict[str, float]]] = {variant: [] for variant in variants}
    for _ in range(args.repeat):
        for variant in variants:
            count = args.singles if variant.endswith("single") else args.recipients
            rounds[variant].append(run(variant, count))
    results = {
        variant: min(runs, key=lambda r: r["cpu_seconds"]) for variant, runs in rounds.items()
    }
    ratios = {
        variant: results[variant]["cpu_seconds"]
        / results[f"raw-{variant.split('-')[1]}"]["cpu_seconds"]
        for variant in variants
        if not variant.startswith("raw")
    }
    rows = []
    for workload, kind in (
        (f"{args.singles} single sends", "single"),
        (f"{args.recipients:,}-recipient bulk", "bulk"),
    ):
        raw = results[f"raw-{kind}"]
        for surface in ("sdk", "client"):
            ours = results[f"{surface}-{kind}"]
            rows.append(
                [
                    workload,
                    "TracklyV2 (resource client)"
                    if surface == "sdk"
                    else "stock AuthenticatedClient",
                    f"{raw['cpu_seconds'] * 1000:.0f} ({raw['seconds'] * 1000:.0f})",
                    f"{ours['cpu_seconds'] * 1000:.0f} ({ours['seconds'] * 1000:.0f})",
                    f"{ratios[f'{surface}-{kind}']:.2f}x",
                    f"{raw['maxrss_kib'] / 1024:.0f}",
                    f"{ours['maxrss_kib'] / 1024:.0f}",
                ]
            )
    table(
        f"Client overhead (in-process transport; best of {args.repeat}; "
        f"{time.perf_counter() - started:.0f} s)",
        [
            "workload",
            "surface",
            "raw httpx CPU ms (wall)",
            "generated client CPU ms (wall)",
            "ratio",
            "raw peak RSS MiB",
            "client peak RSS MiB",
        ],
        rows,
    )
    ratio_line(
        "client-overhead",
        f"resource client/raw = {ratios['sdk-single']:.2f}x single sends, "
        f"{ratios['sdk-bulk']:.2f}x bulk; stock client {ratios['client-single']:.2f}x, "
        f"{ratios['client-bulk']:.2f}x (target <= 1.2x)",
    )


if __name__ == "__main__":
    main()
