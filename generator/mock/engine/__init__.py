"""The declarative mock engine: resources, rules and actions served from the spec."""

from __future__ import annotations

from .core import Engine, Request
from .store import Collection, Store

__all__ = ["Collection", "Engine", "Request", "Store"]
