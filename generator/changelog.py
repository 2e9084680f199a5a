"""``spec/<api>/CHANGELOG.md``: the contract's changes in words, one section per version.

``smsspec bump`` writes a section from the changes ``smsspec diff`` found (breaking first,
then additive, then the rest), each line naming its rule. Sections are newest first; a
section for a version that is already there is replaced, so running ``bump`` again after
more edits rewrites the same section. Nothing depends on the clock: no dates but the spec's
own. The Python client ships the file (``<package>/CHANGELOG.md``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .diff.rules import RULES, Change
from .versioning import Bump, bump_of

FILE_NAME = "CHANGELOG.md"
_SECTION = re.compile(r"^## (?P<version>\S+)[ \t]*$", re.MULTILINE)
_KINDS: tuple[tuple[Bump, str], ...] = (
    ("major", "Breaking changes"),
    ("minor", "Additions and deprecations"),
    ("patch", "Other changes"),
)
_RELEASE = {"major": "Major", "minor": "Minor", "patch": "Patch"}


def new_changelog(api: str, title: str, version: str, *, imported: bool = False) -> str:
    """The file as first written: its header and the first version's section."""
    first = (
        f"The vendor's document as first imported by `smsspec add` (`spec/{api}/`)."
        if imported
        else f"The contract as first published by smsspec (`spec/{api}/`)."
    )
    return header(api, title) + f"## {version}\n\n{first}\n"


def header(api: str, title: str) -> str:
    return (
        f"# Changelog: {title}\n\n"
        f"Changes of the contract in `spec/{api}/`, one section per `info.version`, newest\n"
        f"first. `smsspec bump {api}` writes each section from `smsspec diff`; every line\n"
        "names the diff rule (`examples/README.md` lists them all).\n\n"
    )


def _line(change: Change) -> str:
    if change.operation is None:
        where = "document"
    elif change.endpoint:
        where = f"{change.operation} `{change.endpoint}`"
    else:
        where = change.operation
    rule = RULES[change.rule]
    return f"- {where}: {change.message} — rule `{rule.id}`: {rule.summary}"


def section(version: str, previous: str, bump: Bump, changes: Sequence[Change]) -> str:
    """The section of ``version``: the release kind and every change, grouped by the bump
    each needs."""
    lines = [f"## {version}", "", f"{_RELEASE[bump]} release, compared with {previous}."]
    for kind, heading in _KINDS:
        group = [_line(c) for c in changes if bump_of(c) == kind]
        if group:
            lines += ["", f"### {heading}", "", *group]
    return "\n".join(lines) + "\n"


def with_section(text: str, version: str, body: str) -> str:
    """``text`` with ``body`` as the section of ``version``: replacing it when present,
    otherwise inserted above the newest section."""
    matches = list(_SECTION.finditer(text))
    for index, match in enumerate(matches):
        if match["version"] == version:
            end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            return text[: match.start()] + body + ("\n" if end < len(text) else "") + text[end:]
    if matches:
        start = matches[0].start()
        return text[:start] + body + "\n" + text[start:]
    return text.rstrip("\n") + "\n\n" + body
