"""Client overhead: the generated Trackly v2 client vs raw httpx over the same transport.

The transport is in-process (``httpx.MockTransport`` answering canned bytes), so the server
is not measured: only what each side does around the exchange. Two workloads:

* single sends: ``send_message.sync`` (model in, model out, retry loop, error decoding) vs
  ``httpx.Client.post`` + ``response.json()``;
* a 100,000-recipient bulk send: ``bulk.send_bulk_messages`` (batches of 1,000, one result
  per item) vs a hand-written loop posting batches of 1,000 and reading ``errors``.

Each variant runs in its own process so peak RSS (``ru_maxrss``) is measured per variant.
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


def best(variant: str, count: int, repeat: int) -> dict[str, float]:
    runs = [run(variant, count) for _ in range(repeat)]
    return min(runs, key=lambda r: r["seconds"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--singles", type=int, default=5000)
    parser.add_argument("--recipients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    results = {
        variant: best(
            variant, args.singles if variant.endswith("single") else args.recipients, args.repeat
        )
        for variant in ("raw-single", "client-single", "raw-bulk", "client-bulk")
    }
    single = results["client-single"]["seconds"] / results["raw-single"]["seconds"]
    bulk = results["client-bulk"]["seconds"] / results["raw-bulk"]["seconds"]
    rows = []
    for workload, raw, ours, ratio in (
        (f"{args.singles} single sends", "raw-single", "client-single", single),
        (f"{args.recipients:,}-recipient bulk", "raw-bulk", "client-bulk", bulk),
    ):
        rows.append(
            [
                workload,
                f"{results[raw]['seconds'] * 1000:.0f}",
                f"{results[ours]['seconds'] * 1000:.0f}",
                f"{ratio:.2f}x",
                f"{results[raw]['maxrss_kib'] / 1024:.0f}",
                f"{results[ours]['maxrss_kib'] / 1024:.0f}",
            ]
        )
    table(
        f"Client overhead (in-process transport; best of {args.repeat}; "
        f"{time.perf_counter() - started:.0f} s)",
        [
            "workload",
            "raw httpx ms",
            "generated client ms",
            "ratio",
            "raw peak RSS MiB",
            "client peak RSS MiB",
        ],
        rows,
    )
    ratio_line(
        "client-overhead",
        f"client/raw = {single:.2f}x single sends, {bulk:.2f}x bulk (target <= 1.2x)",
    )


if __name__ == "__main__":
    main()
