"""The manifest of an imported API: ``spec/<api>/smsspec.yaml``.

A curated API's root is ``spec/<api>/openapi.yaml``. An API imported with ``smsspec add``
keeps the vendor's document byte-for-byte under its published name and says so here::

    document: twilio_messaging_v1.yaml   # the vendor's file, never edited
    overlay: overlay.yaml                # smsspec's additions (OpenAPI Overlay 1.0)
    source:                              # where the document came from (informative)
      file: twilio_messaging_v1.yaml
      sha256: eba4…                      # of the document as imported

``sha256`` is the document's digest when it was imported (or last replaced with ``smsspec
add``): lint warns when the file no longer matches it, so an edit by hand is noticed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UserError
from .yamlio import dump_yaml, load_file

MANIFEST_FILE = "smsspec.yaml"
_KEYS = {"document", "overlay", "source"}


@dataclass(frozen=True)
class Manifest:
    """An imported API's manifest (see the module docstring)."""

    directory: Path
    document: str
    overlay: str | None = None
    source: Mapping[str, str] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.directory / MANIFEST_FILE

    @property
    def document_path(self) -> Path:
        return self.directory / self.document

    @property
    def overlay_path(self) -> Path | None:
        return self.directory / self.overlay if self.overlay else None

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"document": self.document}
        if self.overlay:
            data["overlay"] = self.overlay
        if self.source:
            data["source"] = dict(self.source)
        return data


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plain_name(value: Any, key: str, path: Path) -> str:
    if not isinstance(value, str) or not value or "/" in value or "\\" in value or value[0] == ".":
        raise UserError(
            f"{key} must be the name of a file beside the manifest, got {value!r}",
            file=path,
            hint=f"write `{key}: <file name>`",
        )
    return value


def read_manifest(directory: Path) -> Manifest | None:
    """The manifest of ``directory`` (``None`` for a curated spec directory)."""
    path = directory / MANIFEST_FILE
    if not path.is_file():
        return None
    raw = load_file(path)
    if not isinstance(raw, dict) or "document" not in raw:
        raise UserError(
            "not an import manifest (no `document:` naming the vendor file)",
            file=path,
            hint="`smsspec add <api> <file>` writes one",
        )
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise UserError(
            f"unknown manifest key {unknown[0]!r}",
            file=path,
            hint=f"a manifest has {', '.join(sorted(_KEYS))}",
        )
    document = _plain_name(raw["document"], "document", path)
    overlay = _plain_name(raw["overlay"], "overlay", path) if raw.get("overlay") else None
    source = raw.get("source") or {}
    if not isinstance(source, dict) or not all(isinstance(v, str) for v in source.values()):
        raise UserError(
            "source must map names to strings", file=path, hint="e.g. `source: {file: x.yaml}`"
        )
    manifest = Manifest(directory, document, overlay, dict(source))
    if not manifest.document_path.is_file():
        raise UserError(
            f"the document {document} does not exist",
            file=path,
            hint=f"put the vendor file at {manifest.document_path} or fix `document:`",
        )
    if manifest.overlay_path is not None and not manifest.overlay_path.is_file():
        raise UserError(
            f"the overlay {overlay} does not exist",
            file=path,
            hint="create it or drop the `overlay:` line",
        )
    return manifest


def write_manifest(manifest: Manifest) -> None:
    """Write ``manifest`` to its directory (a short comment, then the keys)."""
    header = (
        "# Import manifest, written by `smsspec add`: the vendor document stays byte-for-byte\n"
        "# as published; smsspec's additions live in the overlay (OpenAPI Overlay 1.0).\n"
    )
    manifest.path.write_text(header + dump_yaml(manifest.as_dict()), encoding="utf-8")
