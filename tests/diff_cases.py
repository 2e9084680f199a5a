"""The ``smsspec diff`` fixture cases: one base spec plus a JSON Patch per case.

``tests/fixtures/diff/base.yaml`` is a small spec; ``cases/<rule>[--<variant>].yaml`` holds
``old:`` and/or ``new:``, each a JSON Patch (RFC 6902: ``add``, ``remove``, ``replace``)
applied to the base to make that version (a side without a patch is the base itself). A case
named after a rule must fire exactly that rule; ``same-*`` cases are rewrites that must fire
nothing.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from generator.yamlio import dump_yaml, load_file

FIXTURES = Path(__file__).parent / "fixtures" / "diff"
BASE = FIXTURES / "base.yaml"
CASES = FIXTURES / "cases"


class PatchError(ValueError):
    """A patch operation does not apply to the document."""


def _tokens(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PatchError(f"JSON pointer {pointer!r} must start with '/'")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def _index(container: list[Any], token: str, pointer: str, *, end_ok: bool) -> int:
    if token == "-" and end_ok:
        return len(container)
    if not token.isdigit() or int(token) > len(container) - (0 if end_ok else 1):
        raise PatchError(f"{pointer}: no list index {token!r}")
    return int(token)


def _parent(doc: Any, pointer: str) -> tuple[Any, str]:
    tokens = _tokens(pointer)
    if not tokens:
        raise PatchError("the whole document cannot be patched")
    node = doc
    for token in tokens[:-1]:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list):
            node = node[_index(node, token, pointer, end_ok=False)]
        else:
            raise PatchError(f"{pointer}: no {token!r} on the way")
    return node, tokens[-1]


def apply_patch(document: Any, operations: list[dict[str, Any]]) -> Any:
    """A copy of ``document`` with the JSON Patch ``operations`` applied in order."""
    doc = copy.deepcopy(document)
    for op in operations:
        kind, pointer = op.get("op"), str(op.get("path"))
        parent, key = _parent(doc, pointer)
        if kind not in ("add", "remove", "replace"):
            raise PatchError(f"{pointer}: unsupported op {kind!r}")
        if isinstance(parent, dict):
            if kind != "add" and key not in parent:
                raise PatchError(f"{pointer}: nothing to {kind}")
            if kind == "remove":
                del parent[key]
            else:
                parent[key] = copy.deepcopy(op["value"])
        elif isinstance(parent, list):
            index = _index(parent, key, pointer, end_ok=kind == "add")
            if kind == "add":
                parent.insert(index, copy.deepcopy(op["value"]))
            elif kind == "remove":
                del parent[index]
            else:
                parent[index] = copy.deepcopy(op["value"])
        else:
            raise PatchError(f"{pointer}: parent is not an object or a list")
    return doc


def case_names() -> list[str]:
    return sorted(p.stem for p in CASES.glob("*.yaml"))


def case_rule(name: str) -> str:
    """The rule a case is about: its name up to ``--``."""
    return name.split("--", 1)[0]


def case_documents(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The old and the new document of case ``name``."""
    case = load_file(CASES / f"{name}.yaml") or {}
    unknown = set(case) - {"old", "new"}
    if unknown or not (case.get("old") or case.get("new")):
        raise PatchError(f"{name}: a case holds 'old' and/or 'new' patches only ({unknown})")
    base = load_file(BASE)
    old = apply_patch(base, list(case.get("old") or []))
    new = apply_patch(base, list(case.get("new") or []))
    return old, new


def write_case(name: str, directory: Path) -> tuple[Path, Path]:
    """Write case ``name`` as ``old.yaml`` and ``new.yaml`` under ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for side, document in zip(("old", "new"), case_documents(name), strict=True):
        path = directory / f"{side}.yaml"
        path.write_text(dump_yaml(document), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]
