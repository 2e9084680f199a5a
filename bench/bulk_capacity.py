"""Capacity-aware bulk: Transformify's pending-message capacity against the bulk helper.

120,000 Viber recipients go through ``transformify_client.bulk.send_viber_bulk`` to the
Transformify mock over real HTTP (uvicorn, in a thread of this process so that the mock's
queue can be read afterwards), in real time. The mock keeps the spec's ``x-capacity``: at most
``max-pending`` (50,000) pending messages per account, draining at ``capacity_drain_per_second``
(by default the whole capacity per ``retry-after-seconds``, 30 s: 1,666.7 messages/s). A 429
with the figures answers any request that would exceed it.

The minimum wall time the capacity allows: the first ``max-pending`` recipients can be queued
at once, and every later one must wait for the queue to drain, so the last one is accepted no
sooner than ``(recipients - max_pending) / drain`` seconds after the start (42.0 s for the
defaults). The bench prints the wall time, that minimum and their ratio (target <= 1.1x), and
checks that every recipient was accounted for exactly once, on both sides.
"""

from __future__ import annotations

import argparse
import collections
import socket
import sys
import threading
import time
from typing import Any
from uuid import UUID

from _common import REPO, ratio_line, table

sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "generated" / "transformify" / "python"))

import uvicorn

from generator.bundle import bundle
from generator.mock import create_app, demo_keys
from generator.mock.app import MockConfig
from generator.mock.server import uvicorn_settings

VIBER_TEMPLATE = UUID("550e8400-e29b-41d4-a716-446655440000")


def serve(app: Any) -> tuple[uvicorn.Server, threading.Thread, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    config = uvicorn.Config(app, **uvicorn_settings())
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return server, thread, url


def main() -> None:
    capacity = bundle("transformify")["x-capacity"]
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=120_000)
    parser.add_argument("--max-pending", type=int, default=int(capacity["max-pending"]))
    parser.add_argument(
        "--drain",
        type=float,
        default=None,
        help="mock drain in messages/s (default: max-pending per retry-after-seconds)",
    )
    args = parser.parse_args()
    retry_after = float(capacity["retry-after-seconds"])
    drain = args.drain if args.drain is not None else args.max_pending / retry_after
    options = {"max_pending": args.max_pending, "capacity_drain_per_second": drain}
    app = create_app("transformify", MockConfig(options=options))

    from transformify_client import Transformify
    from transformify_client.bulk import send_viber_bulk

    people = [{"phoneNumber": f"3897{n:07d}"} for n in range(args.recipients)]
    statuses: collections.Counter[int] = collections.Counter()
    server, thread, url = serve(app)
    try:
        client = Transformify(api_key=demo_keys("transformify")["default"], base_url=url)
        client._client.get_httpx_client().event_hooks["response"].append(
            lambda response: statuses.update([response.status_code])
        )
        started = time.perf_counter()
        result = send_viber_bulk(client, people, template_id=VIBER_TEMPLATE)
        elapsed = time.perf_counter() - started
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    queued = collections.Counter(m["phoneNumber"] for m in app.engine.store["messages"])
    every_once = (
        len(result) == args.recipients
        and len(result.accepted) == args.recipients
        and set(queued.values()) == {1}
        and set(queued) == {p["phoneNumber"] for p in people}
    )
    minimum = max(0.0, args.recipients - args.max_pending) / drain
    ratio = elapsed / minimum if minimum else float("nan")
    table(
        "Capacity-aware bulk send (Transformify mock over HTTP, real time)",
        [
            "recipients",
            "max pending",
            "drain /s",
            "batches",
            "429s",
            "capacity waits",
            "minimum s",
            "wall s",
            "ratio",
            "each once",
        ],
        [
            [
                f"{args.recipients:,}",
                f"{args.max_pending:,}",
                f"{drain:,.1f}",
                len(result.responses),
                statuses[429],
                result.capacity_waits,
                f"{minimum:.1f}",
                f"{elapsed:.1f}",
                f"{ratio:.3f}x",
                "yes" if every_once else "NO",
            ]
        ],
    )
    ratio_line(
        "bulk-capacity",
        f"wall/minimum = {ratio:.3f}x for {args.recipients:,} recipients at capacity "
        f"{args.max_pending:,} (target <= 1.1x); every recipient once: "
        f"{'yes' if every_once else 'NO'}",
    )
    if not every_once:
        raise SystemExit("some recipient was lost or sent twice")


if __name__ == "__main__":
    main()
