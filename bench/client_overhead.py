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
import json
import subprocess
import sys
import time

from _common import REPO, ratio_line, table

WORKER = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
import httpx
variant, count = sys.argv[2], int(sys.argv[3])
SINGLE = json.dumps({"success": True, "message_id": "a1b2c3d4", "status": "queued"}).encode()
BULK = json.dumps({"queued_count": 1000, "error_count": 0, "errors": []}).encode()
def handler(request):
    return httpx.Response(200, content=BULK if request.url.path.endswith("/bulk") else SINGLE,
                          headers={"content-type": "application/json"})
transport = httpx.MockTransport(handler)
KEY = "trk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"
message = {"to": "+14155551234", "list_number": "+18005551000", "body": "Hello from the benchmark"}
# Imports and client construction happen before the clock starts, for both variants.
from trackly_v2_client import AuthenticatedClient
from trackly_v2_client.api.send import send_message
from trackly_v2_client.models import SendMessageRequest
from trackly_v2_client.bulk import send_bulk_messages
client = AuthenticatedClient(base_url="http://bench/api", token=KEY, httpx_args={"transport": transport})
raw = httpx.Client(base_url="http://bench/api", transport=transport, headers={"X-Api-Key": KEY})
for _ in range(50):  # warm both paths
    send_message.sync(client=client, body=SendMessageRequest(to=message["to"], list_number=message["list_number"], body=message["body"]))
    raw.post("/v2/send", json=message).json()
start = time.perf_counter()
if variant.startswith("client"):
    if variant == "client-single":
        for _ in range(count):
            body = SendMessageRequest(to=message["to"], list_number=message["list_number"], body=message["body"])
            result = send_message.sync(client=client, body=body)
            assert result.message_id == "a1b2c3d4"
    else:
        result = send_bulk_messages(client, (dict(message) for _ in range(count)))
        assert len(result.accepted) == count
else:
    if variant == "raw-single":
        for _ in range(count):
            body = raw.post("/v2/send", json=message).json()
            assert body["message_id"] == "a1b2c3d4"
    else:
        items = [dict(message) for _ in range(count)]
        accepted = 0
        for offset in range(0, count, 1000):
            batch = items[offset:offset + 1000]
            body = raw.post("/v2/send/bulk", json={"messages": batch}).json()
            failed = {e["index"] for e in body["errors"]}
            accepted += sum(1 for i in range(len(batch)) if i not in failed)
        assert accepted == count
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def run(variant: str, count: int) -> dict[str, float]:
    root = str(REPO / "generated" / "trackly-v2" / "python")
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", WORKER, root, variant, str(count)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


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
        f"Client overhead (in-process transport; best of {args.repeat}; {time.perf_counter() - started:.0f} s)",
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
