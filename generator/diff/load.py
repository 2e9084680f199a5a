"""Turn a ``smsspec diff`` argument into one bundled document.

Accepted forms, tried in this order:

* a path to a root document (``spec/trackly-v2/openapi.yaml``), a spec directory
  (``spec/trackly-v2``) or an already bundled ``.json``/``.yaml`` file
  (``generated/trackly-v2/openapi.json``);
* ``<api>@<git-rev>``: ``spec/<api>/`` as it is at that revision (``trackly-v2@origin/main``),
  read with ``git archive`` into a temporary directory, the working tree untouched;
  ``<path>@<git-rev>`` does the same for any root document or bundle in the repository;
* ``<api>``: ``spec/<api>/`` of the working tree.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..bundle import SourceMap
from ..errors import UserError
from ..paths import MANIFEST_FILE, REPO_ROOT, SPEC_DIR, list_apis
from ..sources import load_spec, locate

_API_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class DiffInputError(ValueError):
    """An argument names no readable spec."""


@dataclass(frozen=True)
class Source:
    """A loaded side of a diff: what the user passed and the bundled document.

    With ``lines``, ``source_map`` tells where the document's mappings come from, and
    ``files`` maps each real source path to the name annotations use (repository-relative
    for files of the repository or read at a git revision); ``root`` is the root document's
    name, used when an element has no known origin."""

    label: str
    document: dict[str, Any]
    source_map: SourceMap | None = None
    root: str | None = None
    base: Path | None = None  # real directory that ``display`` names are relative to
    prefix: PurePosixPath | None = None

    def display(self, path: Path) -> str:
        """The name annotations use for source file ``path``."""
        return _display(path, self.base, self.prefix)


def _display(path: Path, base: Path | None, prefix: PurePosixPath | None) -> str:
    if base is not None and path.is_relative_to(base):
        return str((prefix or PurePosixPath()) / path.relative_to(base).as_posix())
    return str(path)


def _root_of(path: Path) -> Path:
    if path.is_dir():
        for name in ("openapi.yaml", "openapi.yml", "openapi.json", MANIFEST_FILE):
            if (path / name).is_file():
                return path if name == MANIFEST_FILE else path / name
        raise DiffInputError(f"{path}: directory has no openapi.yaml and no {MANIFEST_FILE}")
    return path


def _load_path(
    path: Path,
    label: str,
    *,
    lines: bool = False,
    base: Path | None = None,
    prefix: PurePosixPath | None = None,
) -> Source:
    root = _root_of(path)
    source_map = SourceMap() if lines else None
    try:
        document = load_spec(root, source_map=source_map)  # an imported spec: its directory
    except (UserError, OSError) as exc:
        raise DiffInputError(f"{label}: {exc}") from exc
    if root.is_dir():
        root = locate(root)[0]
    if "openapi" not in document:
        raise DiffInputError(f"{label}: not an OpenAPI document (no 'openapi' key)")
    if base is None:  # a file of the working tree: named relative to the repository
        base = REPO_ROOT.resolve()
    shown = _display(root.resolve(), base, prefix)
    return Source(label, document, source_map, shown, base, prefix)


def _git(repo: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, check=False, timeout=120
        )
    except FileNotFoundError as exc:
        raise DiffInputError("git is not installed; <api>@<rev> needs it") from exc
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise DiffInputError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return done.stdout


def _load_revision(name: str, rev: str, repo: Path, label: str, *, lines: bool = False) -> Source:
    """Bundle ``spec/<name>/`` (or the document at repository path ``name``) at ``rev``."""
    if _API_NAME.match(name) and not name.endswith((".yaml", ".yml", ".json")):
        directory = PurePosixPath("spec") / name
        root_rel = directory / "openapi.yaml"
        if (SPEC_DIR / name / MANIFEST_FILE).is_file():
            root_rel = directory / MANIFEST_FILE  # an imported spec: its manifest names the root
    else:
        root_rel = PurePosixPath(name)
        directory = root_rel.parent
    try:
        commit = _git(repo, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    except DiffInputError as exc:
        raise DiffInputError(f"{label}: unknown git revision {rev!r} in {repo}") from exc
    listed = _git(repo, "ls-tree", "--name-only", commit.decode().strip(), "--", str(root_rel))
    if not listed.strip():
        raise DiffInputError(f"{label}: {root_rel} does not exist at {rev}")
    archive = _git(repo, "archive", "--format=tar", commit.decode().strip(), "--", str(directory))
    with tempfile.TemporaryDirectory(prefix="smsspec-diff-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        root = Path(tmp) / root_rel
        if not root.is_file():
            raise DiffInputError(f"{label}: {root_rel} does not exist at {rev}")
        if root.name == MANIFEST_FILE:
            root = root.parent
        return _load_path(
            root, label, lines=lines, base=Path(tmp).resolve(), prefix=PurePosixPath()
        )


def load_source(text: str, *, repo: Path = REPO_ROOT, lines: bool = False) -> Source:
    """Load one ``smsspec diff`` argument (see the module docstring for the forms); with
    ``lines``, also where each element comes from (file and line)."""
    path = Path(text)
    if path.exists():
        return _load_path(path, text, lines=lines)
    if "@" in text:
        name, _, rev = text.rpartition("@")
        if not name or not rev:
            raise DiffInputError(f"{text}: expected <api>@<git-rev>")
        return _load_revision(name, rev, repo, text, lines=lines)
    if text in list_apis():
        return _load_path(SPEC_DIR / text, text, lines=lines)
    known = ", ".join(list_apis()) or "none"
    raise DiffInputError(
        f"{text}: no such file, and not an API name (known: {known}) or <api>@<git-rev>"
    )
