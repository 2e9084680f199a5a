"""Worker of bench/validation_cost.py, run in the bench venv (openapi-core 0.23.1).

Usage: python _openapi_core_worker.py <openapi.json> <cases as JSON> <requests per case>
Prints ``{case name: microseconds per request}`` as JSON.
"""

import json
import sys
import time
from pathlib import Path

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    cases = json.loads(sys.argv[2])
    count = int(sys.argv[3])
    openapi = OpenAPI.from_dict(spec)
    result = {}
    for name, method, path, query, body, key in cases:
        args = dict(part.split("=", 1) for part in query.split("&")) if query else {}
        request = MockRequest(
            "https://app.tracklysms.com",
            method,
            path,
            headers={"X-Api-Key": key, "Content-Type": "application/json"},
            data=json.dumps(body) if body is not None else None,
            args=args,
            content_type="application/json",
        )
        for _ in range(20):
            validate(openapi, request)
        start = time.perf_counter()
        for _ in range(count):
            validate(openapi, request)
        result[name] = (time.perf_counter() - start) / count * 1e6
    print(json.dumps(result))


def validate(openapi: OpenAPI, request: MockRequest) -> bool:
    """Validate one request; invalid requests raise, which is part of the measured cost."""
    try:
        openapi.validate_request(request)
    except Exception:  # every validation failure is an expected outcome here
        return False
    return True


if __name__ == "__main__":
    main()
