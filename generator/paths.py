"""Where things live in a smsspec checkout."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from .errors import UserError

REPO_ROOT = Path(os.environ.get("SMSSPEC_ROOT", Path(__file__).resolve().parents[1]))
SPEC_DIR = REPO_ROOT / "spec"
GENERATED_DIR = REPO_ROOT / "generated"
TEMPLATES_DIR = REPO_ROOT / "templates"
NODE_BIN = REPO_ROOT / "node_modules" / ".bin"


ROOT_FILE = "openapi.yaml"
"""The root document of a curated spec (``spec/<api>/openapi.yaml``)."""
MANIFEST_FILE = "smsspec.yaml"
"""The manifest of an imported spec (``spec/<api>/smsspec.yaml``, see :mod:`.manifest`)."""


class UnknownAPIError(UserError, KeyError):
    """No API of that name under ``spec/``."""

    def __str__(self) -> str:  # KeyError would quote the message
        return UserError.__str__(self)


def list_apis() -> list[str]:
    """Return the API names under ``spec/``, sorted: curated specs (``openapi.yaml``) and
    imported ones (``smsspec.yaml``)."""
    names = {p.parent.name for p in SPEC_DIR.glob(f"*/{ROOT_FILE}")}
    names |= {p.parent.name for p in SPEC_DIR.glob(f"*/{MANIFEST_FILE}")}
    return sorted(names)


def is_imported(api: str) -> bool:
    """Whether ``api`` was imported with ``smsspec add`` (a vendor document and an overlay)
    rather than curated by hand."""
    return (SPEC_DIR / api / MANIFEST_FILE).is_file()


def spec_root(api: str) -> Path:
    """Return the root OpenAPI document of ``api`` (for an imported API, the vendor's file),
    raising :class:`UnknownAPIError` if there is none."""
    if is_imported(api):
        from .manifest import read_manifest

        manifest = read_manifest(SPEC_DIR / api)
        assert manifest is not None
        return manifest.document_path
    root = SPEC_DIR / api / ROOT_FILE
    if not root.is_file():
        known = ", ".join(list_apis()) or "none"
        raise UnknownAPIError(
            f"unknown API {api!r} (known: {known})",
            hint="`smsspec add <api> <file>` imports a vendor document",
        )
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
