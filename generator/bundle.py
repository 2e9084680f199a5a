"""Bundle a multi-file spec into one document, and dereference it.

Layout rule (``spec/<api>/``): ``openapi.yaml`` is the root; every YAML file under
``components/<section>/`` holds named definitions of that OpenAPI components section
(``schemas``, ``responses``, ``examples``, ...), one top-level key per definition; any other
file (``paths/*.yaml``) holds fragments that are inlined where they are referenced.

Bundling hoists every definition of every components file into ``#/components/<section>/``
(names must be unique per section), rewrites references to point there, and inlines the
other fragments. Output is deterministic: source key order is kept, component names are
sorted.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UserError, line_of
from .paths import SPEC_DIR
from .yamlio import Located, load_file

COMPONENT_SECTIONS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


class BundleError(UserError):
    """The multi-file spec cannot be bundled (broken, cyclic or ambiguous reference)."""


@dataclass
class SourceMap:
    """Where the mappings of a bundled document come from: pass one to
    ``bundle_file(root, source_map=...)`` and ask :meth:`origin` about any mapping of the
    result. Only YAML sources have lines; bundling without a map records nothing."""

    _origins: dict[int, tuple[Any, Path, Located]] = field(default_factory=dict)

    def record(self, result: Any, path: Path, source: Any) -> None:
        if isinstance(source, Located) and isinstance(result, dict):
            self._origins[id(result)] = (result, path, source)

    def alias(self, result: Any, target: Any) -> None:
        """``result`` was built from ``target`` (an inlined reference with siblings)."""
        found = self._origins.get(id(target))
        if found is not None and isinstance(result, dict):
            self._origins[id(result)] = (result, found[1], found[2])

    def origin(self, node: Any) -> tuple[Path, Located] | None:
        """The file and the source mapping a mapping of the bundle was built from."""
        found = self._origins.get(id(node))
        if found is None or found[0] is not node:
            return None
        return found[1], found[2]


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Return the node at JSON pointer ``pointer`` (``""`` or ``"/a/b"``) in ``document``."""
    node = document
    if pointer in ("", "/"):
        return node
    for raw in pointer.lstrip("/").split("/"):
        token = _unescape(raw)
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise KeyError(pointer)
    return node


@dataclass
class _Bundler:
    root_path: Path
    files: dict[Path, Any] = field(default_factory=dict)
    hoisted: dict[str, dict[str, Any]] = field(default_factory=dict)
    origin: dict[tuple[str, str], Path] = field(default_factory=dict)
    complete: set[tuple[Path, str]] = field(default_factory=set)
    """Components files whose every definition is hoisted."""
    real_paths: dict[Path, Path] = field(default_factory=dict)
    source_map: SourceMap | None = None
    strict: bool = True
    """Refuse ambiguous YAML 1.1 scalars (smsspec's own files; not a vendor's document)."""
    inlining: list[tuple[Path, str]] = field(default_factory=list)
    """Fragments being inlined, outermost first (a repeat is a reference cycle)."""

    def real(self, path: Path) -> Path:
        """``path.resolve()``, remembered (a spec resolves the same few files thousands of
        times, and every resolve is a chain of system calls)."""
        found = self.real_paths.get(path)
        if found is None:
            found = self.real_paths[path] = path.resolve()
        return found

    def load(self, path: Path) -> Any:
        path = self.real(path)
        if path not in self.files:
            if not path.is_file():
                raise BundleError("no such file", file=path, hint="check the path")
            self.files[path] = load_file(
                path, lines=self.source_map is not None, strict=self.strict
            )
        return self.files[path]

    def ref_error(self, base: Path, ref: str, message: str, hint: str) -> BundleError:
        """An error about reference ``ref`` written in ``base``, at the line that has it."""
        return BundleError(message, file=base, line=line_of(base, ref), hint=hint)

    def section_of(self, path: Path) -> str | None:
        try:
            rel = self.real(path).relative_to(self.real(self.root_path.parent))
        except ValueError:
            return None
        parts = rel.parts
        if len(parts) >= 3 and parts[0] == "components" and parts[1] in COMPONENT_SECTIONS:
            return parts[1]
        return None

    def hoist_file(self, path: Path, section: str) -> None:
        real = self.real(path)
        if (real, section) in self.complete:
            return
        content = self.load(path)
        if not isinstance(content, dict):
            raise BundleError(
                "a components file must be a mapping of named definitions",
                file=path,
                line=1,
                hint=f"write one `<Name>:` key per {section} entry",
            )
        bucket = self.hoisted.setdefault(section, {})
        for name, definition in content.items():
            key = (section, name)
            if key in self.origin:
                if self.origin[key] != real:
                    raise BundleError(
                        f"components/{section}/{name} is also defined in {self.origin[key]}",
                        file=path,
                        line=line_of(path, f"{name}:"),
                        hint="component names are unique per section: rename one of them",
                    )
                continue
            self.origin[key] = real
            bucket[name] = None  # placeholder: guards against cycles while rewriting
            bucket[name] = self.rewrite(definition, path)
        self.complete.add((real, section))

    def rewrite(self, node: Any, base: Path) -> Any:
        if isinstance(node, list):
            return [self.rewrite(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            siblings = {k: self.rewrite(v, base) for k, v in node.items() if k != "$ref"}
            target = self.rewrite_ref(ref, base)
            if isinstance(target, str):
                result: dict[str, Any] = {"$ref": target, **siblings}
                if self.source_map is not None:
                    self.source_map.record(result, base, node)
                return result
            if siblings and isinstance(target, dict):
                merged = {**target, **siblings}
                if self.source_map is not None:
                    self.source_map.alias(merged, target)
                return merged
            return target
        rewritten = {key: self.rewrite(value, base) for key, value in node.items()}
        if self.source_map is not None:
            self.source_map.record(rewritten, base, node)
        return rewritten

    def rewrite_ref(self, ref: str, base: Path) -> Any:
        """Return a new ``$ref`` string, or the inlined content for fragment references."""
        file_part, _, pointer = ref.partition("#")
        if "://" in file_part:
            raise self.ref_error(
                base, ref, f"$ref {ref!r} points to a URL", "copy the document next to the spec"
            )
        target_file = self.real(base.parent / file_part) if file_part else self.real(base)
        is_root = target_file == self.real(self.root_path)
        if is_root:
            if file_part:
                raise self.ref_error(
                    base,
                    ref,
                    f"$ref {ref!r} names the root document by file",
                    "refer to the root document with a local '#/...' reference",
                )
            return ref
        if not target_file.is_file():
            raise self.ref_error(
                base,
                ref,
                f"$ref {ref!r}: {file_part} does not exist",
                "fix the file name in the reference or create the file",
            )
        section = self.section_of(target_file)
        if section is not None:
            tokens = [_unescape(t) for t in pointer.lstrip("/").split("/") if t]
            if len(tokens) < 1:
                raise self.ref_error(
                    base,
                    ref,
                    f"$ref {ref!r} must name a definition",
                    f"write {file_part}#/<Name>",
                )
            self.hoist_file(target_file, section)
            if tokens[0] not in self.hoisted[section]:
                raise self.ref_error(
                    base,
                    ref,
                    f"$ref {ref!r}: {file_part} defines no {tokens[0]!r}",
                    "fix the name in the reference or add the definition",
                )
            rest = "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens[1:])
            return f"#/components/{section}/{tokens[0]}{rest}"
        fragment_doc = self.load(target_file)
        try:
            fragment = resolve_pointer(fragment_doc, pointer)
        except (KeyError, IndexError, ValueError) as exc:
            raise self.ref_error(
                base,
                ref,
                f"$ref {ref!r}: nothing at #{pointer} in {file_part or base.name}",
                "fix the JSON pointer after '#'",
            ) from exc
        key = (target_file, pointer)
        if key in self.inlining:
            chain = [f"{p.name}#{ptr}" for p, ptr in self.inlining[self.inlining.index(key) :]]
            raise self.ref_error(
                base,
                ref,
                "$ref cycle: " + " -> ".join([*chain, f"{target_file.name}#{pointer}"]),
                "a recursive structure must go through a named component "
                "(components/schemas/…), which is referenced instead of inlined",
            )
        self.inlining.append(key)
        try:
            return self.rewrite(copy.deepcopy(fragment), target_file)
        finally:
            self.inlining.pop()


def bundle_file(
    root_path: Path, *, source_map: SourceMap | None = None, strict: bool = True
) -> dict[str, Any]:
    """Return the single-document form of the spec whose root document is ``root_path``
    (any location: ``spec/<api>/``, a temporary checkout, a test fixture). A file that is
    already a bundle comes back unchanged, since it has only local references. With
    ``source_map``, also record where each mapping of the result comes from (same output).
    ``strict=False`` reads a vendor's document the YAML 1.2 way instead of refusing the
    scalars YAML 1.1 reads differently."""
    bundler = _Bundler(root_path=root_path, source_map=source_map, strict=strict)
    root = bundler.load(root_path)
    if not isinstance(root, dict):
        raise BundleError(
            "not an OpenAPI document (the top level is not a mapping)",
            file=root_path,
            line=1,
            hint="give the root document of an OpenAPI 3.0 or 3.1 description",
        )
    # Every components file is part of the library, referenced or not (per-item error
    # examples are addressed by their code, not by $ref).
    components_dir = root_path.parent / "components"
    for section in COMPONENT_SECTIONS:
        for path in sorted((components_dir / section).glob("*.yaml")):
            bundler.hoist_file(path, section)
    result = {key: bundler.rewrite(value, root_path) for key, value in root.items()}
    components: dict[str, Any] = dict(result.get("components") or {})
    for section in COMPONENT_SECTIONS:
        merged = dict(components.get(section) or {})
        for name, definition in bundler.hoisted.get(section, {}).items():
            if name in merged:
                raise BundleError(
                    f"components/{section}/{name} is defined both here and in "
                    f"{bundler.origin[(section, name)]}",
                    file=root_path,
                    line=line_of(root_path, f"{name}:"),
                    hint="component names are unique per section: rename one of them",
                )
            merged[name] = definition
        if merged:
            components[section] = dict(sorted(merged.items()))
    ordered = {
        section: components[section] for section in COMPONENT_SECTIONS if section in components
    }
    ordered.update({k: v for k, v in components.items() if k not in ordered})
    if ordered:
        result["components"] = ordered
    if source_map is not None:
        source_map.record(result, bundler.real(root_path), root)
        if isinstance(root.get("components"), Located) and "components" in result:
            source_map.record(result["components"], bundler.real(root_path), root["components"])
    return result


def bundle(api: str) -> dict[str, Any]:
    """Return the single-document form of ``spec/<api>/`` as every stage sees it: bundled,
    upgraded to OpenAPI 3.1 and, for an imported API, with its overlay applied
    (:func:`generator.sources.load_spec`)."""
    from .sources import load_spec

    return load_spec(SPEC_DIR / api)


def dereference(document: dict[str, Any]) -> dict[str, Any]:
    """Inline every local ``$ref``. A reference that would recurse into itself is kept as is."""

    def walk(node: Any, stack: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [walk(item, stack) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            siblings = {k: walk(v, stack) for k, v in node.items() if k != "$ref"}
            if ref in stack:
                return {"$ref": ref, **siblings}
            target = walk(resolve_pointer(document, ref[1:]), (*stack, ref))
            if isinstance(target, dict):
                return {**target, **siblings}
            return target
        return {key: walk(value, stack) for key, value in node.items()}

    result: dict[str, Any] = walk(document, ())
    return result
