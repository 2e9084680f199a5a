"""Mock throughput: smsspec's mock vs Stoplight Prism on the same bundled Trackly v2 spec.

Both servers run over loopback with their production settings (ours: uvicorn, httptools,
uvloop, no access log; Prism: ``prism mock`` defaults) and get the same wrk load: one thread,
the same connections and duration, a mix of valid sends, invalid sends (missing ``to``) and
reads (``GET /v2/lists``). Prism serves the spec's paths at the root; ours under the server
URL's path (``/api``), exactly like the vendor.

Both servers stay up for the whole run and wrk alternates between them in short rounds: on a
shared machine throughput drifts by tens of percent from minute to minute, and a single run of
each, one after the other, measured that drift as much as the servers. The ratio is the median
of the per-round ratios; every round's ratio is printed.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import statistics
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import (
    DEMO_KEY,
    NODE_BIN,
    REPO,
    VENV_BIN,
    free_port,
    process,
    ratio_line,
    require,
    rss_kib,
    table,
    wait_http,
)

LUA = """
local prefix = os.getenv("BENCH_PREFIX") or ""
local headers = {["X-Api-Key"] = "%(key)s", ["Content-Type"] = "application/json"}
local valid = '{"to":"+14155551234","list_number":"+18005551000","body":"Hello from the benchmark"}'
local invalid = '{"list_number":"+18005551000","body":"Hello"}'
local n = 0
request = function()
  n = n + 1
  local m = n %% 4
  if m == 0 or m == 1 then
    return wrk.format("POST", prefix .. "/v2/send", headers, valid)
  elseif m == 2 then
    return wrk.format("POST", prefix .. "/v2/send", headers, invalid)
  end
  return wrk.format("GET", prefix .. "/v2/lists", headers)
end
"""


@dataclass
class Server:
    """One server under test and what each of its rounds measured."""

    name: str
    cmd: list[str]
    port: int
    prefix: str
    rounds: list[dict[str, Any]] = field(default_factory=list)
    rss_kib: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def median(self, key: str) -> float:
        return statistics.median(float(r[key]) for r in self.rounds)

    def total(self, key: str) -> int:
        return sum(int(r[key]) for r in self.rounds)


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url: str, prefix: str, script: Path, connections: int, seconds: int) -> dict[str, Any]:
    out = subprocess.run(
        [
            require("wrk"),
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        env={"BENCH_PREFIX": prefix, "PATH": "/usr/bin:/bin"},
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.MULTILINE))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),  # type: ignore[union-attr]
        "p50": _ms(latency["50"]),
        "p99": _ms(latency["99"]),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "errors": errors.group(1).strip() if errors else "none",
    }


def measure(servers: list[Server], script: Path, args: argparse.Namespace, logs: Path) -> None:
    """Both servers up for the whole run; wrk alternates between them round by round (the
    order swapped every round), so a slow spell of a shared machine falls on both sides."""
    with contextlib.ExitStack() as stack:
        procs = [stack.enter_context(process(s.cmd, log=logs / f"{s.port}.log")) for s in servers]
        for server in servers:
            wait_http(f"{server.url}{server.prefix}/v2/lists", timeout=120)
            run_wrk(server.url, server.prefix, script, args.connections, args.warmup)
        for number in range(args.rounds):
            for server in servers if number % 2 == 0 else servers[::-1]:
                stats = run_wrk(server.url, server.prefix, script, args.connections, args.seconds)
                server.rounds.append(stats)
        for server, proc in zip(servers, procs, strict=True):
            server.rss_kib = rss_kib(proc.pid)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7, help="wrk runs per server")
    parser.add_argument("--seconds", type=int, default=5, help="length of one wrk run")
    parser.add_argument("--warmup", type=int, default=3, help="untimed wrk run per server")
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="smsspec-bench-") as tmp:
        tmp_path = Path(tmp)
        script = tmp_path / "mix.lua"
        script.write_text(LUA % {"key": DEMO_KEY})
        spec = REPO / "generated" / "trackly-v2" / "openapi.json"
        ours_port, prism_port = free_port(), free_port()
        ours = Server(
            "smsspec mock",
            [
                str(VENV_BIN / "smsspec"),
                "mock",
                "trackly-v2",
                "--port",
                str(ours_port),
                "--no-rate-limits",
            ],
            ours_port,
            "/api",
        )
        prism = Server(
            "Prism 5.14.2",
            [str(NODE_BIN / "prism"), "mock", str(spec), "-p", str(prism_port), "-h", "127.0.0.1"],
            prism_port,
            "",
        )
        measure([ours, prism], script, args, tmp_path)
    rows = [
        [
            s.name,
            f"{s.median('rps'):,.0f}",
            f"{s.median('p50'):.2f}",
            f"{s.median('p99'):.2f}",
            s.total("requests"),
            f"{100 * s.total('non_2xx') / max(s.total('requests'), 1):.0f}%",
            ", ".join(sorted({str(r["errors"]) for r in s.rounds})),
            f"{s.rss_kib / 1024:.0f}",
        ]
        for s in (ours, prism)
    ]
    table(
        f"Mock throughput: wrk -t1 -c{args.connections}, {args.rounds} rounds of {args.seconds} s "
        "per server, alternating; mix 50% valid sends / 25% invalid sends / 25% reads "
        "(medians over the rounds)",
        ["server", "req/s", "p50 ms", "p99 ms", "requests", "non-2xx", "socket errors", "RSS MiB"],
        rows,
    )
    ratios = [a["rps"] / b["rps"] for a, b in zip(ours.rounds, prism.rounds, strict=True)]
    tails = [a["p99"] / b["p99"] for a, b in zip(ours.rounds, prism.rounds, strict=True)]
    print("ours/prism per round: " + ", ".join(f"{r:.1f}x" for r in ratios))
    ratio_line(
        "mock-throughput",
        f"ours/prism = {statistics.median(ratios):.1f}x req/s, median of {len(ratios)} rounds "
        f"(target >= 8x); p99 ours/prism = {statistics.median(tails):.3f} (target <= 0.2)",
    )


if __name__ == "__main__":
    main()
