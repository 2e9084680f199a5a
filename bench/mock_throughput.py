"""Mock throughput: smsspec's mock vs Stoplight Prism on the same bundled Trackly v2 spec.

Both servers run over loopback with their production settings (ours: uvicorn, httptools,
uvloop, no access log; Prism: ``prism mock`` defaults) and get the same wrk load: one thread,
the same connections and duration, a mix of valid sends, invalid sends (missing ``to``) and
reads (``GET /v2/lists``). Prism serves the spec's paths at the root; ours under the server
URL's path (``/api``), exactly like the vendor.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

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
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    requests: int
    errors: str
    rss_kib: int


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(
    url: str, prefix: str, script: Path, connections: int, seconds: int
) -> dict[str, object]:
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


def bench_server(
    name: str,
    cmd: list[str],
    port: int,
    prefix: str,
    script: Path,
    args: argparse.Namespace,
    log: Path,
) -> Result:
    with process(cmd, log=log) as proc:
        wait_http(f"http://127.0.0.1:{port}{prefix}/v2/lists", timeout=120)
        run_wrk(f"http://127.0.0.1:{port}", prefix, script, args.connections, 2)  # warm-up
        stats = run_wrk(f"http://127.0.0.1:{port}", prefix, script, args.connections, args.seconds)
        memory = rss_kib(proc.pid)
    return Result(
        name,
        stats["rps"],
        stats["p50"],
        stats["p99"],
        stats["non_2xx"],
        stats["requests"],
        stats["errors"],
        memory,
    )  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="smsspec-bench-") as tmp:
        tmp_path = Path(tmp)
        script = tmp_path / "mix.lua"
        script.write_text(LUA % {"key": DEMO_KEY})
        spec = REPO / "generated" / "trackly-v2" / "openapi.json"
        ours_port, prism_port = free_port(), free_port()
        ours = bench_server(
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
            script,
            args,
            tmp_path / "ours.log",
        )
        prism = bench_server(
            "Prism 5.14.2",
            [str(NODE_BIN / "prism"), "mock", str(spec), "-p", str(prism_port), "-h", "127.0.0.1"],
            prism_port,
            "",
            script,
            args,
            tmp_path / "prism.log",
        )
    rows = [
        [
            r.name,
            f"{r.rps:,.0f}",
            f"{r.p50_ms:.2f}",
            f"{r.p99_ms:.2f}",
            r.requests,
            f"{100 * r.non_2xx / max(r.requests, 1):.0f}%",
            r.errors,
            f"{r.rss_kib / 1024:.0f}",
        ]
        for r in (ours, prism)
    ]
    table(
        f"Mock throughput: wrk -t1 -c{args.connections} -d{args.seconds}s, "
        "mix 50% valid sends / 25% invalid sends / 25% reads",
        ["server", "req/s", "p50 ms", "p99 ms", "requests", "non-2xx", "socket errors", "RSS MiB"],
        rows,
    )
    ratio_line(
        "mock-throughput",
        f"ours/prism = {ours.rps / prism.rps:.1f}x req/s (target >= 8x); "
        f"p99 ours/prism = {ours.p99_ms / prism.p99_ms:.3f} (target <= 0.2)",
    )


if __name__ == "__main__":
    main()
