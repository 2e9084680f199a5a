"""Lint results cached by the inputs that decide them, so an unchanged spec is not re-linted.

The key of a spec's result is its generation fingerprint (``generate.input_fingerprint``:
the spec files, ``spec/extensions.md``, templates, generator sources, generator tool
versions) plus what only the linters read: their own source (``generator/lint.py`` and the
modules it imports), their configuration (``redocly.yaml``, ``.spectral.yaml``,
``.redocly.lint-ignore.yaml``), the npm lockfile (Redocly and Spectral versions), the Python
validators' versions and whether the npm linters ran. Only results without errors are
stored (``.smsspec-cache/lint/<api>.json``), so a failing spec is linted afresh every time.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from .generate import input_fingerprint
from .paths import REPO_ROOT

if TYPE_CHECKING:
    from .lint import Finding

CACHE_DIR = REPO_ROOT / ".smsspec-cache" / "lint"
_PACKAGE = Path(__file__).resolve().parent
_CONFIG_FILES = ("redocly.yaml", ".spectral.yaml", ".redocly.lint-ignore.yaml", "package-lock.json")
_DISTRIBUTIONS = ("openapi-spec-validator", "jsonschema-rs")


def _local_imports(module: Path) -> set[Path]:
    """Source files of the ``generator`` modules ``module`` imports, transitively."""
    seen: set[Path] = set()
    pending = [module]
    while pending:
        path = pending.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        package = path.parent
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package
                for _ in range(node.level - 1):
                    base = base.parent
                names = [node.module] if node.module else [a.name for a in node.names]
                for name in names:
                    target = base.joinpath(*name.split("."))
                    pending += [target.with_suffix(".py"), target / "__init__.py"]
    return seen


def lint_key(api: str, *, npm: bool) -> str:
    """Digest of everything that decides ``smsspec lint``'s findings for ``api``."""
    digest = hashlib.sha256(f"{input_fingerprint(api)}\nnpm={npm}\n".encode())
    sources = sorted(_local_imports(_PACKAGE / "lint.py"))
    for path in [*sources, *(REPO_ROOT / name for name in _CONFIG_FILES)]:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for dist in _DISTRIBUTIONS:
        digest.update(f"{dist}=={importlib.metadata.version(dist)}\n".encode())
    return digest.hexdigest()


def _cache_file(api: str) -> Path:
    return CACHE_DIR / f"{api}.json"


def load(api: str, key: str) -> list[Finding] | None:
    """The stored findings of ``api`` when they were stored under ``key``."""
    from .lint import Finding

    try:
        data = json.loads(_cache_file(api).read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        return [Finding(**item) for item in data["findings"]]
    except (OSError, ValueError, TypeError, KeyError):
        return None


def store(api: str, key: str, findings: list[Finding]) -> None:
    """Remember ``findings`` under ``key`` (only results without errors are kept)."""
    path = _cache_file(api)
    if any(f.level == "error" for f in findings):
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"key": key, "findings": [asdict(f) for f in findings]}
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def lint_cached(api: str, *, npm: bool = True, refresh: bool = False) -> tuple[list[Finding], bool]:
    """Findings of ``api`` and whether they came from the cache (``refresh``: lint anyway)."""
    key = lint_key(api, npm=npm)
    if not refresh:
        cached = load(api, key)
        if cached is not None:
            return cached, True
    from .lint import lint

    findings = lint(api, npm=npm)
    store(api, key, findings)
    return findings, False
