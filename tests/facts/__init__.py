"""Facts transcribed by hand from the vendor documentation; each module cites the pages it uses.

Each module ``facts/<api>_<group>.py`` defines ``API`` and the lists ``ERRORS`` and
``LIMITS``. They are an independent transcription of the docs, checked against the bundled
spec by ``tests/test_spec_facts.py``: a fact missing from the spec fails the suite.

Locations name a value inside an operation's request:
``body.<field>`` (dots for nesting, ``[]`` for array items, e.g. ``body.messages[].to``),
``query.<name>``, ``path.<name>`` or ``header.<name>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ErrorFact:
    """Operation ``operation_id`` documents ``status`` with error ``code``.

    ``code`` is the machine-readable code, or the stable example name for providers without
    codes. ``message`` is the exact documented message when the docs publish one.
    """

    operation_id: str
    status: int
    code: str
    message: str | None = None


@dataclass(frozen=True)
class LimitFact:
    """The schema at ``location`` of ``operation_id`` has ``keyword`` equal to ``value``.

    ``keyword`` is a JSON Schema keyword (``maxLength``, ``maxItems``, ``pattern``, ``enum``,
    ``default``, ``maximum``, ``minimum``, ``minItems``, ``minLength``, ``required``), or
    ``"required"`` with ``value=True`` meaning the field is required by its parent.
    """

    operation_id: str
    location: str
    keyword: str
    value: Any
