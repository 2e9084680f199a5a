"""Breaking-change detection between two versions of a spec (``smsspec diff``).

``diff_specs(old, new)`` compares two bundled documents and returns :class:`Change` records
(stable rule id, level, operation, JSON-path location, message); ``RULES`` lists every rule.
The rules and the reasoning behind each level are documented in ``examples/README.md``.
"""

from __future__ import annotations

from typing import Any

from ..bundle import bundle_file
from .cli import configure_parser, main_diff, run
from .compare import diff_documents, sort_changes
from .load import DiffInputError, Source, load_source
from .locate import locate
from .report import FORMATS, render
from .rules import BREAKING, NON_BREAKING, RULES, Change, Level, Rule


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from bundled document ``old`` to ``new``, breaking groups first."""
    return diff_documents(old, new)


__all__ = [
    "BREAKING",
    "FORMATS",
    "NON_BREAKING",
    "RULES",
    "Change",
    "DiffInputError",
    "Level",
    "Rule",
    "Source",
    "bundle_file",
    "configure_parser",
    "diff_documents",
    "diff_specs",
    "load_source",
    "locate",
    "main_diff",
    "render",
    "run",
    "sort_changes",
]
