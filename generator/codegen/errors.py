"""Error catalogue outputs: errors.json, ERRORS.md and the Python error-code enum."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..catalogue import Catalogue, Entry, build_catalogue
from ..yamlio import dump_json, write_if_changed
from .jinja import render


def enum_members(catalogue: Catalogue) -> list[dict[str, Any]]:
    """One enum member per error id (statuses merged), in catalogue order."""
    members = []
    for error_id, entries in catalogue.by_id().items():
        vendor = [e for e in entries if not e.convention] or entries
        first = vendor[0]
        statuses = sorted({e.status for e in entries if e.status is not None})
        description = next((e.description for e in vendor if e.description), "")
        members.append(
            {
                "id": error_id,
                "statuses": statuses,
                "message": first.message,
                "message_documented": first.message_documented,
                "description": description,
                "type": first.type,
                "title": first.title,
            }
        )
    return members


def status_groups(catalogue: Catalogue) -> list[tuple[str, list[Entry]]]:
    """Catalogue entries grouped for ERRORS.md: by status, per-item-only last."""
    groups: dict[str, list[Entry]] = {}
    for entry in sorted(catalogue.entries, key=lambda e: (e.status or 1000, e.id)):
        label = f"HTTP {entry.status}" if entry.status is not None else "Reported per item only"
        groups.setdefault(label, []).append(entry)
    return list(groups.items())


def write_catalogue_outputs(
    api: str,
    document: dict[str, Any],
    out_dir: Path,
    successors: dict[str, Catalogue] | None = None,
) -> Catalogue:
    """Write errors.json and ERRORS.md (with status differences to ``successors``)."""
    from .migration import status_differences

    catalogue = build_catalogue(api, document)
    write_if_changed(out_dir / "errors.json", dump_json(catalogue.as_dict()))
    differences = status_differences(catalogue, successors or {})
    write_if_changed(
        out_dir / "ERRORS.md",
        render(
            "errors/ERRORS.md.jinja",
            catalogue=catalogue,
            groups=status_groups(catalogue),
            differences=differences,
        ),
    )
    return catalogue


def render_enum_module(catalogue: Catalogue) -> str:
    return render(
        "errors/error_codes.py.jinja", catalogue=catalogue, members=enum_members(catalogue)
    )
