"""``smsspec diff OLD NEW``: report changes between two versions of a spec.

Wired into the ``smsspec`` command by :func:`configure_parser` (a subparser) or run
standalone with :func:`main_diff` / ``python -m generator.diff``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from .compare import diff_documents
from .load import DiffInputError, Source, load_source
from .locate import locate
from .report import FORMATS, Locator, render
from .rules import BREAKING, Change

EXIT_OK = 0
EXIT_FAILED = 1  # --fail-on matched
EXIT_USAGE = 2  # an argument names no readable spec

DESCRIPTION = """\
Compare two versions of an OpenAPI spec and classify every change as breaking or not.
OLD and NEW are each a root document, a spec directory, a bundled .json/.yaml file, an API
name (spec/<api>/ of the working tree) or <api>@<git-rev> (spec/<api>/ at that revision)."""


def configure_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``diff`` arguments to ``parser`` and set its handler (``args.func``)."""
    parser.description = DESCRIPTION
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("old", help="the base version, e.g. trackly-v2@origin/main")
    parser.add_argument("new", help="the changed version, e.g. spec/trackly-v2/openapi.yaml")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument(
        "--fail-on",
        choices=("breaking", "any", "unversioned"),
        default=None,
        help=(
            "exit 1 when a breaking change (or any change) is found; 'unversioned': when "
            "NEW's info.version moved less than the changes need (major for a breaking "
            "change, minor for an additive one, patch for any other)"
        ),
    )
    parser.add_argument("--breaking-only", action="store_true", help="list breaking changes only")
    parser.add_argument("-o", "--output", help="write the report to this file instead of stdout")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Handler of ``smsspec diff`` (returns the exit status)."""
    lines = args.format == "github"
    try:
        old = load_source(args.old)
        new = load_source(args.new, lines=lines)
    except DiffInputError as exc:
        print(f"smsspec diff: {exc}", file=sys.stderr)
        return EXIT_USAGE
    changes = diff_documents(old.document, new.document)
    shown = [c for c in changes if c.level == BREAKING] if args.breaking_only else changes
    text = render(shown, old.label, new.label, args.format, locator(new) if lines else None)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    if args.fail_on == "any" and changes:
        return EXIT_FAILED
    if args.fail_on == "breaking" and any(c.breaking for c in changes):
        return EXIT_FAILED
    if args.fail_on == "unversioned":
        return _check_versioned(changes, old.document, new.document)
    return EXIT_OK


def locator(source: Source) -> Locator:
    """Place a change at its element's file and line in ``source`` (the new spec), else at
    the root document without a line."""

    def place(change: Change) -> tuple[str, int | None] | None:
        if source.source_map is not None:
            found = locate(source.document, source.source_map, change.location)
            if found is not None:
                return source.display(found[0]), found[1]
        return (source.root, None) if source.root else None

    return place


def _check_versioned(changes: list[Change], old: dict[str, Any], new: dict[str, Any]) -> int:
    """``--fail-on unversioned``: NEW's version must have moved as far as the changes need."""
    from ..versioning import VersionError, rank, required_bump, version_bump

    before = (old.get("info") or {}).get("version")
    after = (new.get("info") or {}).get("version")
    needed = required_bump(changes)
    try:
        moved = version_bump(str(before), str(after)) if needed else None
    except VersionError as exc:
        print(f"smsspec diff: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if rank(moved) >= rank(needed):
        return EXIT_OK
    print(
        f"smsspec diff: info.version {before} -> {after} is {moved or 'no'} bump, but the "
        f"changes need a {needed} one (run `smsspec bump <api>`)",
        file=sys.stderr,
    )
    return EXIT_FAILED


def main_diff(argv: Sequence[str] | None = None) -> int:
    """Run ``smsspec diff`` with ``argv`` (the arguments after ``diff``)."""
    parser = configure_parser(argparse.ArgumentParser(prog="smsspec diff"))
    args = parser.parse_args(argv)
    return int(args.func(args))
