"""Where things live in a smsspec checkout."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

REPO_ROOT = Path(os.environ.get("SMSSPEC_ROOT", Path(__file__).resolve().parents[1]))
SPEC_DIR = REPO_ROOT / "spec"
GENERATED_DIR = REPO_ROOT / "generated"
TEMPLATES_DIR = REPO_ROOT / "templates"
NODE_BIN = REPO_ROOT / "node_modules" / ".bin"


def list_apis() -> list[str]:
    """Return the API names that have a root document under ``spec/``, sorted."""
    return sorted(p.parent.name for p in SPEC_DIR.glob("*/openapi.yaml"))


def spec_root(api: str) -> Path:
    """Return the root OpenAPI document of ``api``, raising ``KeyError`` if it does not exist."""
    root = SPEC_DIR / api / "openapi.yaml"
    if not root.is_file():
        known = ", ".join(list_apis()) or "none"
        raise KeyError(f"unknown API {api!r} (known: {known})")
    return root


def generated_dir(api: str) -> Path:
    """Return the output directory of ``api`` under ``generated/``."""
    return GENERATED_DIR / api


def package_name(api: str) -> str:
    """Return the import name of the generated Python client of ``api``."""
    return api.replace("-", "_") + "_client"


@cache
def npm_version(package: str, parent: str | None = None) -> str:
    """Version of an installed npm package as node resolves it (from ``parent``'s own
    ``node_modules`` first, when given)."""
    modules = REPO_ROOT / "node_modules"
    candidates = [modules / parent / "node_modules" / package] if parent else []
    for manifest in (c / "package.json" for c in [*candidates, modules / package]):
        if manifest.is_file():
            return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])
    raise FileNotFoundError(
        f"node_modules/{package} is missing; run `make setup` to install the npm tools"
    )
