"""Proxy overhead: the Trackly v2 mock called directly vs through ``smsspec proxy``.

The upstream is ``smsspec mock trackly-v2`` (uvicorn, httptools, uvloop, no rate limits); the
proxy is ``smsspec proxy trackly-v2 --upstream http://127.0.0.1:<port>/api`` in front of it,
checking every exchange (request, status, schema, undeclared fields, error catalogue). Both
get the same wrk request mix as ``mock_throughput.py`` (valid sends, invalid sends answered
``missing_to``, list reads): latency with one connection (each request waits for the
previous one, so p50 and p99 are per-request costs, not queueing), throughput with many.
The added latency is the proxied figure minus the direct one, measured in the same run.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _common import DEMO_KEY, VENV_BIN, free_port, process, ratio_line, table, wait_http
from mock_throughput import LUA, run_wrk

from generator.proxy.findings import KINDS

TARGET_ADDED_P50_MS = 1.0


def measure(url: str, script: Path, connections: int, seconds: int) -> dict[str, object]:
    run_wrk(url, "/api", script, connections, 2)  # warm-up: connection pools, caches
    return run_wrk(url, "/api", script, connections, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=32, help="connections for throughput")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="smsspec-bench-") as tmp:
        tmp_path = Path(tmp)
        script = tmp_path / "mix.lua"
        script.write_text(LUA % {"key": DEMO_KEY})
        mock_port, proxy_port = free_port(), free_port()
        mock_cmd = [str(VENV_BIN / "smsspec"), "mock", "trackly-v2", "--port", str(mock_port)]
        proxy_cmd = [
            str(VENV_BIN / "smsspec"),
            "proxy",
            "trackly-v2",
            "--upstream",
            f"http://127.0.0.1:{mock_port}/api",
            "--port",
            str(proxy_port),
        ]
        direct_url = f"http://127.0.0.1:{mock_port}"
        proxied_url = f"http://127.0.0.1:{proxy_port}"
        with (
            process([*mock_cmd, "--no-rate-limits"], log=tmp_path / "mock.log"),
            process(proxy_cmd, log=tmp_path / "proxy.log"),
        ):
            wait_http(f"{direct_url}/api/v2/lists", timeout=120)
            wait_http(f"{proxied_url}/api/v2/lists", timeout=120)
            results = {}
            for name, url in (("direct", direct_url), ("through proxy", proxied_url)):
                results[name] = (
                    measure(url, script, 1, args.seconds),
                    measure(url, script, args.connections, args.seconds),
                )
        findings = [
            line
            for line in (tmp_path / "proxy.log").read_text(encoding="utf-8").splitlines()
            if line.split(":", 1)[0] in KINDS
        ]
    rows = []
    for name, (one, many) in results.items():
        rows.append(
            [
                name,
                f"{one['p50']:.3f}",
                f"{one['p99']:.3f}",
                f"{one['rps']:,.0f}",
                f"{many['rps']:,.0f}",
                f"{many['p50']:.2f}",
                f"{many['p99']:.2f}",
                f"{100 * int(many['non_2xx']) / max(int(many['requests']), 1):.0f}%",  # type: ignore[call-overload]
                many["errors"],
            ]
        )
    table(
        f"Proxy overhead: wrk -t1, {args.seconds}s per run after a 2 s warm-up, mix 50% valid "
        "sends / 25% invalid sends / 25% reads, upstream = smsspec mock trackly-v2",
        [
            "path",
            "p50 ms (1 conn)",
            "p99 ms (1 conn)",
            "req/s (1 conn)",
            f"req/s ({args.connections} conn)",
            f"p50 ms ({args.connections})",
            f"p99 ms ({args.connections})",
            "non-2xx",
            "socket errors",
        ],
        rows,
    )
    if findings:
        print(f"\nthe proxy reported {len(findings)} findings on the mix (expected none):")
        print("\n".join(f"  {line}" for line in findings[:5]))
    direct, proxied = results["direct"], results["through proxy"]
    added_p50 = float(proxied[0]["p50"]) - float(direct[0]["p50"])  # type: ignore[arg-type]
    added_p99 = float(proxied[0]["p99"]) - float(direct[0]["p99"])  # type: ignore[arg-type]
    throughput = float(proxied[1]["rps"]) / float(direct[1]["rps"])  # type: ignore[arg-type]
    verdict = "met" if added_p50 <= TARGET_ADDED_P50_MS else "missed"
    ratio_line(
        "proxy-overhead",
        f"added p50 {added_p50:+.3f} ms, p99 {added_p99:+.3f} ms at 1 connection "
        f"(target <= {TARGET_ADDED_P50_MS:g} ms p50: {verdict}); "
        f"throughput proxy/direct = {throughput:.2f} at {args.connections} connections",
    )


if __name__ == "__main__":
    main()
