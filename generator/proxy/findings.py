"""Findings: one disagreement between observed traffic and the spec, and where to fix it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

KINDS: dict[str, str] = {
    "unknown-route": "no operation of the spec has this path (404) or this method (405)",
    "request-invalid": (
        "the spec says the request is invalid, and the vendor did not answer the documented "
        "error (it accepted the request or answered another status or code)"
    ),
    "undocumented-status": "the status is not documented for the operation",
    "undocumented-content-type": "the response's media type is not documented for the status",
    "undocumented-error-code": "the error code is not documented for the operation and status",
    "undocumented-error-message": "the error message is none of the documented messages",
    "response-schema": "the response body does not match the documented schema",
    "undocumented-field": "the response has a field the documented schema does not declare",
    "missing-header": "a required response header is absent",
    "header-invalid": "a documented response header does not match its schema",
}
"""Every finding kind and what it means."""


@dataclass(frozen=True)
class Finding:
    """One disagreement: its kind, the operation (``None`` for an unknown route), the spec
    place to change (JSON pointer into the bundled spec and the source file:line), what
    disagrees and the observed evidence (secrets already redacted)."""

    kind: str
    operation: str | None
    method: str
    route: str
    pointer: str
    location: str
    message: str
    evidence: str = ""

    @property
    def key(self) -> tuple[str, str | None, str, str]:
        """Identity of a finding across exchanges (the same drift seen again)."""
        return (self.kind, self.operation, self.pointer, self.message)

    def line(self) -> str:
        """The one-line form printed by the proxy and the text report."""
        where = f"{self.operation or '-'} ({self.method} {self.route})"
        text = f"{self.kind}: {where}: {self.message} [spec: {self.location} #{self.pointer}]"
        return f"{text} evidence: {self.evidence}" if self.evidence else text

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Finding:
        """A finding as written in a recording (unknown keys are ignored)."""
        operation = raw.get("operation")
        return cls(
            kind=str(raw["kind"]),
            operation=str(operation) if operation is not None else None,
            method=str(raw.get("method", "")),
            route=str(raw.get("route", "")),
            pointer=str(raw.get("pointer", "")),
            location=str(raw.get("location", "")),
            message=str(raw.get("message", "")),
            evidence=str(raw.get("evidence", "")),
        )
