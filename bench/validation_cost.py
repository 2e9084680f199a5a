"""Request validation cost: the mock's validation path vs openapi-core's request validator.

Same bundled Trackly v2 spec, same requests: a valid send, an invalid send (missing ``to``;
ours also maps it to the vendor's ``missing_to`` body) and a list read with query parameters.
Ours is timed through the mock's own pipeline functions (route match, credential, parameter
parsing and coercion, JSON parsing, body validation and, for the invalid request, the
constraint walk and error mapping). openapi-core 0.23 needs openapi-spec-validator 0.8, which
conflicts with the project's pins, so it runs in its own venv (``.venv-bench``, created by
``make bench``) as a subprocess and reports µs per request on stdout.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from _common import DEMO_KEY, REPO, ratio_line, run_worker, table

BENCH_VENV = REPO / ".venv-bench"
SEND_OK = {"to": "+14155551234", "list_number": "+18005551000", "body": "Hello from the benchmark"}
SEND_BAD = {"list_number": "+18005551000", "body": "Hello"}
CASES = [
    ("valid send", "post", "/api/v2/send", "", SEND_OK),
    ("invalid send", "post", "/api/v2/send", "", SEND_BAD),
    ("list read", "get", "/api/v2/contacts", "page=2&per_page=100&active=true", None),
]

OPENAPI_CORE_WORKER = Path(__file__).with_name("_openapi_core_worker.py")


def ours(n: int) -> dict[str, float]:
    from generator.mock import MockConfig, create_app
    from generator.mock.routing import NoRoute
    from generator.mock.validation import Rejection

    app = create_app("trackly-v2", MockConfig(rate_limits=False))
    headers = {"x-api-key": DEMO_KEY, "content-type": "application/json"}

    def validate(method: str, path: str, query: str, raw: bytes) -> Rejection | None:
        """The mock's public validation entry point for one request (routing, credential,
        parameters, body), as the server runs it."""
        found = app.router.resolve(path, method)
        assert not isinstance(found, NoRoute), found
        op, params = found
        app.policy.authenticate(op, headers, {})
        return app.validator.check(op, params, query, headers, raw)

    results = {}
    for name, method, path, query, body in CASES:
        raw = json.dumps(body).encode() if body is not None else b""
        outcome = validate(method, path, query, raw)
        if name == "invalid send":
            assert outcome is not None, name
            assert outcome.example == "missing_to", outcome
        else:
            assert outcome is None, outcome
        for _ in range(200):
            validate(method, path, query, raw)
        start = time.perf_counter()
        for _ in range(n):
            validate(method, path, query, raw)
        results[name] = (time.perf_counter() - start) / n * 1e6
    return results


def openapi_core(n: int) -> dict[str, float]:
    python = BENCH_VENV / "bin" / "python"
    if not python.exists():
        raise SystemExit(
            f"{python} is missing; run `make bench` (it creates the bench venv with openapi-core)"
        )
    cases = [
        [name, method, path, query, body, DEMO_KEY] for name, method, path, query, body in CASES
    ]
    return run_worker(
        [
            str(python),
            str(OPENAPI_CORE_WORKER),
            str(REPO / "generated" / "trackly-v2" / "openapi.json"),
            json.dumps(cases),
            str(n),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--requests", type=int, default=20000, help="timed requests per case for ours"
    )
    parser.add_argument(
        "--baseline-requests",
        type=int,
        default=500,
        help="timed requests per case for openapi-core",
    )
    args = parser.parse_args()
    mine = ours(args.requests)
    theirs = openapi_core(args.baseline_requests)
    rows = [
        [name, f"{mine[name]:.2f}", f"{theirs[name]:.1f}", f"{theirs[name] / mine[name]:.0f}x"]
        for name, *_ in CASES
    ]
    table(
        "Request validation cost (µs per request, same spec and requests)",
        ["request", "smsspec mock", "openapi-core 0.23.1", "speed-up"],
        rows,
    )
    mean_ours = sum(mine.values()) / len(mine)
    mean_theirs = sum(theirs.values()) / len(theirs)
    ratio_line(
        "validation-cost",
        f"openapi-core/ours = {mean_theirs / mean_ours:.0f}x faster on average (target >= 100x)",
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(REPO))
    main()
