"""Links between APIs of one vendor: the migration table and error-status differences.

Both are derived from ``x-replaced-by`` on the older API's operations: a migration table
(old operation → new operation, field renames, notes) and, in the older API's ERRORS.md, the
codes whose documented status differs between the two APIs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..catalogue import Catalogue, build_catalogue
from ..specmodel import Spec
from ..yamlio import write_if_changed
from .jinja import render


@dataclass(frozen=True)
class MigrationRow:
    operation_id: str
    method: str
    path: str
    target_api: str
    target_operation_id: str | None
    target_method: str | None
    target_path: str | None
    renames: list[tuple[str, str]]
    note: str
    deprecated: bool = True


def successor_apis(document: dict[str, Any]) -> list[str]:
    """APIs named by ``x-replaced-by`` on the operations of ``document``."""
    found = {link.api for op in Spec(document).operations if (link := op.replaced_by)}
    return sorted(found)


def migration_rows(
    document: dict[str, Any], successors: dict[str, dict[str, Any]]
) -> list[MigrationRow]:
    rows = []
    for op in Spec(document).operations:
        link = op.replaced_by
        if link is None:
            # Listed too, so the table accounts for every operation of the older API.
            rows.append(
                MigrationRow(
                    op.operation_id,
                    op.method.upper(),
                    op.path,
                    "",
                    None,
                    None,
                    None,
                    [],
                    "",
                    deprecated=op.deprecated,
                )
            )
            continue
        target_api = link.api
        target_id = link.operation_id
        target = None
        if target_id and target_api in successors:
            target = Spec(successors[target_api]).operation(str(target_id))
        rows.append(
            MigrationRow(
                operation_id=op.operation_id,
                method=op.method.upper(),
                path=op.path,
                target_api=target_api,
                target_operation_id=str(target_id) if target_id else None,
                target_method=target.method.upper() if target else None,
                target_path=target.path if target else None,
                renames=sorted(link.field_renames.items()),
                note=(link.note or "").strip(),
            )
        )
    return rows


def status_differences(catalogue: Catalogue, others: dict[str, Catalogue]) -> list[dict[str, Any]]:
    """Codes documented by both APIs with different statuses."""
    differences = []
    mine: dict[str, set[int]] = {}
    for entry in catalogue.entries:
        if entry.code and entry.status is not None:
            mine.setdefault(entry.code, set()).add(entry.status)
    for other_api, other in sorted(others.items()):
        theirs: dict[str, set[int]] = {}
        for entry in other.entries:
            if entry.code and entry.status is not None:
                theirs.setdefault(entry.code, set()).add(entry.status)
        for code in sorted(set(mine) & set(theirs)):
            if mine[code] != theirs[code]:
                differences.append(
                    {
                        "code": code,
                        "here": sorted(mine[code]),
                        "api": other_api,
                        "there": sorted(theirs[code]),
                    }
                )
    return differences


def write_migration(
    api: str, document: dict[str, Any], successors: dict[str, dict[str, Any]], out_dir: Path
) -> None:
    """Write ``MIGRATION.md`` when operations of ``api`` link to a successor API."""
    if not successor_apis(document):
        return
    rows = migration_rows(document, successors)
    title = str((document.get("info") or {}).get("title", api))
    write_if_changed(
        out_dir / "MIGRATION.md",
        render("migration/MIGRATION.md.jinja", api=api, title=title, rows=rows),
    )


def successor_catalogues(successors: dict[str, dict[str, Any]]) -> dict[str, Catalogue]:
    return {name: build_catalogue(name, doc) for name, doc in successors.items()}
