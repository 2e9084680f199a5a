"""Where a spec comes from, and the one document every stage reads.

A spec directory is either *curated* (``openapi.yaml`` as root, ``components/`` and
``paths/`` beside it; see :mod:`.bundle`) or *imported* with ``smsspec add`` (``smsspec.yaml``
names the vendor's document, kept byte-for-byte, and the overlay with smsspec's additions;
see :mod:`.manifest`). :func:`load_spec` turns either into one bundled document: references
inlined or hoisted, OpenAPI 3.0 upgraded to 3.1 (:mod:`.upgrade`), the overlay applied
(:mod:`.overlay`), and every local reference checked — a reference to nothing or a cycle of
bare references is an error naming the file and line that wrote it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .bundle import SourceMap, bundle_file, resolve_pointer
from .errors import UserError
from .manifest import Manifest, read_manifest
from .overlay import apply_overlay, load_overlay
from .paths import ROOT_FILE
from .upgrade import upgrade

_DATA_KEYS = frozenset({"example", "value", "default", "enum", "const"})
"""Keys whose values are data (examples, defaults), where a ``$ref`` key is not a reference."""


def locate(path: Path) -> tuple[Path, Manifest | None]:
    """The root document ``path`` stands for and the manifest when it is an imported spec:
    ``path`` is a spec directory, a curated root document or an imported vendor document."""
    directory = path if path.is_dir() else path.parent
    manifest = read_manifest(directory)
    if path.is_dir():
        if manifest is not None:
            return manifest.document_path, manifest
        root = path / ROOT_FILE
        if not root.is_file():
            raise UserError(
                f"no {ROOT_FILE} and no import manifest",
                file=path,
                hint="a spec directory has a root openapi.yaml; `smsspec add` imports a document",
            )
        return root, None
    if manifest is not None and path.resolve() == manifest.document_path.resolve():
        return path, manifest
    return path, None


def load_spec(
    path: Path,
    *,
    source_map: SourceMap | None = None,
    vendor: bool | None = None,
    check: bool = True,
) -> dict[str, Any]:
    """The document of the spec at ``path`` (a spec directory or a root document) as every
    stage sees it (see the module docstring). With ``source_map``, where each mapping comes
    from (the vendor file, a spec file or the overlay). ``vendor`` reads the root the YAML 1.2
    way, as a document smsspec does not own (default: when it is an imported one); ``check``
    verifies the local references."""
    root, manifest = locate(path)
    lenient = manifest is not None if vendor is None else vendor
    document = bundle_file(root, source_map=source_map, strict=not lenient)
    upgrade(document, root)
    if manifest is not None and manifest.overlay_path is not None:
        overlay = load_overlay(manifest.overlay_path)
        apply_overlay(document, overlay, document_name=manifest.document, source_map=source_map)
    if check:
        try:
            check_references(document)
        except UserError as exc:
            if exc.pointer is None or exc.file is not None:
                raise
            from .sourcemap import Locator

            where = Locator(path, vendor=lenient).locate(exc.pointer)
            raise UserError(exc.message, file=where.path, line=where.line, hint=exc.hint) from None
    return document


def _references(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """(pointer of the node holding it, reference) for every local ``$ref`` of the document."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield pointer, ref
        for key, value in node.items():
            if not isinstance(key, str) or key in _DATA_KEYS or key.startswith("x-"):
                continue
            if key == "examples" and isinstance(value, list):
                continue
            yield from _references(value, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _references(item, f"{pointer}/{index}")


def check_references(document: dict[str, Any]) -> None:
    """Every local reference resolves, and no chain of bare references loops; a problem is
    raised with the JSON pointer of the ``$ref`` that shows it."""
    targets: dict[str, Any] = {}
    for pointer, ref in _references(document):
        if not ref.startswith("#") or ref in targets:
            continue
        try:
            targets[ref] = resolve_pointer(document, ref[1:])
        except (KeyError, IndexError, ValueError):
            raise UserError(
                f"$ref {ref!r} points to nothing",
                pointer=f"{pointer}/$ref",
                hint="fix the reference or add the definition it names",
            ) from None
    for start in targets:
        seen = [start]
        target = targets[start]
        while isinstance(target, dict) and isinstance(target.get("$ref"), str):
            ref = target["$ref"]
            if ref in seen:
                raise UserError(
                    "$ref cycle: " + " -> ".join([*seen[seen.index(ref) :], ref]),
                    pointer=f"{seen[-1][1:]}/$ref",
                    hint="one of these must be a schema, not only a reference",
                )
            seen.append(ref)
            target = targets.get(ref)
