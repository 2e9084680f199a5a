"""Suite summaries: kept for the end-of-run report and written to artifacts/reliability/."""

from __future__ import annotations

import json
from typing import Any

from generator.paths import REPO_ROOT

ARTIFACTS = REPO_ROOT / "artifacts" / "reliability"
_SUMMARIES: dict[str, dict[str, Any]] = {}


def record(suite: str, key: str, data: dict[str, Any]) -> None:
    """Add ``data`` under ``key`` to ``suite``'s summary (and rewrite its JSON file)."""
    _SUMMARIES.setdefault(suite, {})[key] = data
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{suite}.json"
    path.write_text(json.dumps(_SUMMARIES[suite], indent=2, sort_keys=True, default=str) + "\n")


def summaries() -> dict[str, dict[str, Any]]:
    return _SUMMARIES


def line(key: str, data: dict[str, Any]) -> str:
    return f"{key}: " + ", ".join(
        f"{k}={v}" for k, v in data.items() if not isinstance(v, (dict, list))
    )
