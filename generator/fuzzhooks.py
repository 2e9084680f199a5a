"""schemathesis hooks of ``smsspec fuzz``: a line per API call, for the coverage verdict.

``smsspec fuzz`` runs ``st`` with ``SCHEMATHESIS_HOOKS=generator.fuzzhooks`` and
``SMSSPEC_FUZZ_RECORD=<file>``; every call a test case makes appends one JSON line to the
file: the operation, the status, whether the case was meant to be accepted (``positive``) or
rejected (``negative``), whether it only probed the server's routing (an undeclared method or
media type) and, for a status of 400 or more, the start of the body (to name the error).
Request headers, and so the API key, are never recorded.
"""

from __future__ import annotations

import json
import os
import threading
from typing import Any

import schemathesis

RECORD_ENV = "SMSSPEC_FUZZ_RECORD"
BODY_LIMIT = 4096
_LOCK = threading.Lock()


def call_record(case: Any, response: Any) -> dict[str, Any]:
    """What is kept of one call."""
    raw = getattr(case.operation.definition, "raw", None)
    generation = getattr(case.meta, "generation", None)
    mode = getattr(generation, "mode", None)
    record: dict[str, Any] = {
        "operation": raw.get("operationId") if isinstance(raw, dict) else None,
        "label": case.operation.label,
        "status": int(response.status_code),
        "mode": getattr(mode, "value", None),
    }
    if _is_request_shape_probe(case):
        record["probe"] = True
    if response.status_code >= 400:
        record["body"] = bytes(response.content[:BODY_LIMIT]).decode("utf-8", "replace")
    return record


def _is_request_shape_probe(case: Any) -> bool:
    """A coverage-phase request with a method or media type the operation does not declare:
    it tests the server's routing, not the operation (schemathesis leaves these out of its
    own statistics too)."""
    try:
        from schemathesis.generation.meta import REQUEST_SHAPE_PROBES, coverage_scenario
    except ImportError:  # the pinned schemathesis has both
        return bool(str(getattr(case, "method", "")).upper() != case.operation.method.upper())
    return bool(coverage_scenario(case) in REQUEST_SHAPE_PROBES)


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    path = os.environ.get(RECORD_ENV)
    if not path:
        return
    line = json.dumps(call_record(case, response), ensure_ascii=False) + "\n"
    with _LOCK, open(path, "a", encoding="utf-8") as handle:
        handle.write(line)
