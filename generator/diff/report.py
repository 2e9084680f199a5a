"""Render a list of changes: ``text`` (terminal), ``json``, ``markdown`` (PR comments, job
summaries) and ``github`` (workflow-command annotations)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from itertools import groupby

from .rules import RULES, Change

FORMATS = ("text", "json", "markdown", "github")


def _counts(changes: Sequence[Change]) -> tuple[int, int]:
    breaking = sum(1 for c in changes if c.breaking)
    return breaking, len(changes) - breaking


def summary_line(changes: Sequence[Change]) -> str:
    if not changes:
        return "No changes."
    breaking, other = _counts(changes)
    plural = "s" if len(changes) != 1 else ""
    return f"{len(changes)} change{plural}: {breaking} breaking, {other} non-breaking."


def _groups(changes: Sequence[Change]) -> list[tuple[str, list[Change]]]:
    result = []
    for _, items in groupby(changes, key=lambda c: (c.operation, c.endpoint)):
        group = list(items)
        first = group[0]
        title = "(document)" if first.operation is None else f"{first.operation}  {first.endpoint}"
        result.append((title, group))
    return result


def render_text(changes: Sequence[Change], old: str, new: str) -> str:
    lines = [f"smsspec diff {old} → {new}", summary_line(changes)]
    for title, group in _groups(changes):
        lines.append("")
        lines.append(title)
        for change in group:
            tag = "BREAKING" if change.breaking else "non-breaking"
            lines.append(f"  {tag:<12}  {change.rule}  [{change.field}]")
            lines.append(f"  {'':<12}  {change.message}")
            lines.append(f"  {'':<12}  at {change.location}")
    return "\n".join(lines) + "\n"


def render_json(changes: Sequence[Change], old: str, new: str) -> str:
    breaking, other = _counts(changes)
    data = {
        "old": old,
        "new": new,
        "summary": {"breaking": breaking, "non-breaking": other},
        "changes": [c.as_dict() for c in changes],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(changes: Sequence[Change], old: str, new: str) -> str:
    lines = [f"### API changes: `{old}` → `{new}`", "", summary_line(changes)]
    for title, group in _groups(changes):
        lines += [
            "",
            f"#### {_md(title)}",
            "",
            "| level | rule | where | change |",
            "|---|---|---|---|",
        ]
        for c in group:
            level = "**breaking**" if c.breaking else "non-breaking"
            lines.append(f"| {level} | `{c.rule}` | {_md(c.field)} | {_md(c.message)} |")
    return "\n".join(lines) + "\n\n"


def _escape_command(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_command(text).replace(":", "%3A").replace(",", "%2C")


# Where a change is written: (file, line or None), or None when unknown.
Locator = Callable[[Change], "tuple[str, int | None] | None"]


def render_github(
    changes: Sequence[Change], old: str, new: str, locate: Locator | None = None
) -> str:
    """GitHub Actions workflow commands: one annotation per change, at the changed element's
    file and line in the new spec when ``locate`` knows them."""
    lines = []
    for c in changes:
        command = "error" if c.breaking else "notice"
        where = f"{c.operation} " if c.operation else ""
        props = []
        found = locate(c) if locate is not None else None
        if found is not None:
            props.append(f"file={_escape_property(found[0])}")
            if found[1] is not None:
                props.append(f"line={found[1]}")
        props.append(f"title={_escape_property(f'{c.rule} ({RULES[c.rule].level})')}")
        lines.append(f"::{command} {','.join(props)}::{_escape_command(where + c.message)}")
    lines.append(f"smsspec diff {old} → {new}: {summary_line(changes)}")
    return "\n".join(lines) + "\n"


RENDERERS: dict[str, Callable[[Sequence[Change], str, str], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "github": render_github,
}


def render(
    changes: Sequence[Change],
    old: str,
    new: str,
    fmt: str = "text",
    locate: Locator | None = None,
) -> str:
    """Render ``changes`` in format ``fmt``; ``locate`` places github annotations."""
    if fmt == "github":
        return render_github(changes, old, new, locate)
    return RENDERERS[fmt](changes, old, new)
