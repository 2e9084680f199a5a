"""Write the bundled forms of a spec (the input of every generator)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .bundle import bundle, dereference
from .paths import GENERATED_DIR
from .yamlio import dump_json, dump_yaml, write_if_changed


def bundle_outputs(api: str, document: dict[str, Any] | None = None) -> dict[str, str]:
    """Return ``{file name: text}`` of the bundled spec in YAML, JSON and dereferenced JSON
    (``document`` is the already bundled spec, when the caller has it)."""
    doc = document if document is not None else bundle(api)
    return {
        "openapi.yaml": dump_yaml(doc),
        "openapi.json": dump_json(doc),
        "openapi.deref.json": dump_json(dereference(doc)),
    }


def write_bundle(api: str, output_root: str | Path | None = None) -> list[Path]:
    """Write the bundle files of ``api``; return the paths whose content changed."""
    out_dir = Path(output_root or GENERATED_DIR) / api
    changed = []
    for name, text in bundle_outputs(api).items():
        path = out_dir / name
        if write_if_changed(path, text):
            changed.append(path)
    return changed
