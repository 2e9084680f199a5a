"""``smsspec bump <api> [--base REV]``: move ``info.version`` by what changed, and log it.

The spec of the working tree is diffed against ``spec/<api>/`` at ``REV`` (default ``HEAD``:
the committed spec). The version moves from the base's by the verdict of
:func:`generator.versioning.required_bump` — major for a breaking change, minor for an
additive one, patch otherwise — unless the working tree already moved it at least that far.
Only the ``version:`` line of ``spec/<api>/openapi.yaml`` changes; the changes are written,
rule by rule, to ``spec/<api>/CHANGELOG.md``. Running it again after more edits rewrites
the same version's section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .changelog import FILE_NAME, header, section, with_section
from .diff import Change, diff_specs, load_source
from .paths import SPEC_DIR, spec_root
from .versioning import (
    Bump,
    VersionError,
    bump_version,
    rank,
    replace_info_version,
    required_bump,
    version_bump,
)
from .yamlio import load_file


@dataclass
class BumpPlan:
    """What ``bump`` found and decided (``written``: files it changed)."""

    api: str
    base: str
    base_version: str
    current_version: str
    version: str
    bump: Bump | None
    changes: list[Change]
    written: list[Path] = field(default_factory=list)

    def counts(self) -> str:
        breaking = sum(1 for c in self.changes if c.breaking)
        return f"{breaking} breaking, {len(self.changes) - breaking} non-breaking"


def plan_bump(api: str, base: str = "HEAD") -> BumpPlan:
    """Diff ``api`` against ``base`` and choose the new version (nothing is written)."""
    old = load_source(f"{api}@{base}")
    new = load_source(api)
    changes = diff_specs(old.document, new.document)
    base_version = str((old.document.get("info") or {}).get("version", ""))
    current = str((new.document.get("info") or {}).get("version", ""))
    needed = required_bump(changes)
    version = current
    if needed is not None and rank(version_bump(base_version, current)) < rank(needed):
        version = bump_version(base_version, needed)
    return BumpPlan(api, base, base_version, current, version, needed, changes)


def apply_bump(plan: BumpPlan) -> BumpPlan:
    """Write the version line and the CHANGELOG section of ``plan``."""
    if plan.bump is None:
        return plan
    root = spec_root(plan.api)
    text = root.read_text(encoding="utf-8")
    if plan.version != plan.current_version:
        root.write_text(replace_info_version(text, plan.version), encoding="utf-8")
        written = (load_file(root).get("info") or {}).get("version")
        if written != plan.version:
            root.write_text(text, encoding="utf-8")
            raise VersionError(f"{root}: rewriting the version line gave {written!r}; unchanged")
        plan.written.append(root)
    changelog = SPEC_DIR / plan.api / FILE_NAME
    if changelog.is_file():
        before = changelog.read_text(encoding="utf-8")
    else:
        title = str((load_file(root).get("info") or {}).get("title", plan.api))
        before = header(plan.api, title)
    moved = version_bump(plan.base_version, plan.version) or plan.bump
    after = with_section(
        before, plan.version, section(plan.version, plan.base_version, moved, plan.changes)
    )
    if after != before or not changelog.is_file():
        changelog.write_text(after, encoding="utf-8")
        plan.written.append(changelog)
    return plan
