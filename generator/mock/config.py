"""Settings of a mock instance."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class MockConfig:
    """Settings of a mock instance; ``options`` holds plugin-specific knobs (README)."""

    rate_limits: bool = True
    rate_limit_override: dict[str, Any] | None = None
    """``{"requests": n, "per-seconds": s}`` replacing every documented limit's numbers."""
    default_rate_limit: int = 1000
    """Requests per window for an ``x-rate-limit`` whose number the vendor does not publish."""
    superseded_rate_limits: bool = False
    """Also enforce limits that newer vendor pages dropped (``x-rate-limit.superseded``)."""
    clock: Callable[[], float] = time.time
    options: dict[str, Any] = field(default_factory=dict)
    seed: int | None = None
