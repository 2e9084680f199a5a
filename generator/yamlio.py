"""Strict YAML/JSON reading and canonical writing.

PyYAML implements YAML 1.1, where plain ``on``/``off``/``yes``/``no`` are booleans and plain
dates are timestamps, while the npm linters (js-yaml) follow YAML 1.2. A spec that relies on
either reading would mean different things to different tools, so the loader here refuses
those plain scalars and asks for quotes instead.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import UserError

_YAML11_ONLY_BOOL = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
_TIMESTAMP = re.compile(r"^\d{4}-\d\d?-\d\d?(?:[Tt ].*)?$")


class SpecSyntaxError(UserError):
    """A spec file is not valid, unambiguous YAML or JSON."""


class _StrictLoader(yaml.CSafeLoader):
    """SafeLoader that resolves only YAML 1.2 booleans and never builds timestamps. libyaml
    parses (PyYAML's wheels bundle it; several times faster than the Python parser); the
    strict rules live in resolving and constructing, which stay in Python.

    ``strict``: refuse the plain scalars YAML 1.1 and 1.2 read differently (smsspec's own
    files); a vendor document, which smsspec never edits, is read the YAML 1.2 way instead
    (``yes`` and ``2024-01-01`` are strings)."""

    strict = True


# Drop the YAML 1.1 bool and timestamp resolvers, then re-add a 1.2-style bool resolver.
_StrictLoader.yaml_implicit_resolvers = {
    first: [
        (tag, rx)
        for tag, rx in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver(  # type: ignore[no-untyped-call]
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_plain_str(loader: _StrictLoader, node: yaml.ScalarNode) -> str:
    value = loader.construct_scalar(node)
    assert isinstance(value, str)
    # A plain scalar has no style: None from PyYAML's parser, "" from libyaml's.
    if (
        loader.strict
        and not node.style
        and (_YAML11_ONLY_BOOL.match(value) or _TIMESTAMP.match(value))
    ):
        mark = node.start_mark
        raise SpecSyntaxError(
            f"plain scalar {value!r} (column {mark.column + 1}) is read differently by "
            "YAML 1.1 and 1.2 tools",
            file=mark.name,
            line=mark.line + 1,
            hint="quote it",
        )
    return value


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)  # type: ignore[no-untyped-call]
        if key in result:
            mark = key_node.start_mark
            raise SpecSyntaxError(
                f"duplicate key {key!r}",
                file=mark.name,
                line=mark.line + 1,
                hint="a mapping may name a key once; remove or rename one of them",
            )
        result[key] = loader.construct_object(value_node, deep=True)  # type: ignore[no-untyped-call]
    return result


_StrictLoader.add_constructor("tag:yaml.org,2002:str", _construct_plain_str)
_StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


class Located(dict[Any, Any]):
    """A mapping read by ``load_file(path, lines=True)``: ``line`` is where it starts and
    ``key_lines`` where each of its keys is (1-based). Equal to the plain dict it holds."""

    __slots__ = ("key_lines", "line")

    line: int
    key_lines: dict[Any, int]


class _LineLoader(_StrictLoader):
    """The strict loader, building :class:`Located` mappings."""


def _construct_located(loader: _LineLoader, node: yaml.MappingNode) -> Located:
    result = Located(_construct_mapping(loader, node))
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            result.key_lines[key_node.value] = key_node.start_mark.line + 1
    return result


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_located)


class _VendorLoader(_StrictLoader):
    """The YAML 1.2 reading without the refusals (documents smsspec does not own)."""

    strict = False


class _VendorLineLoader(_LineLoader):
    strict = False


_LOADERS = {
    (True, False): _StrictLoader,
    (True, True): _LineLoader,
    (False, False): _VendorLoader,
    (False, True): _VendorLineLoader,
}


def load_file(path: Path, *, lines: bool = False, strict: bool = True) -> Any:
    """Load a YAML or JSON file (duplicate keys are errors; with ``strict``, so are the plain
    scalars YAML 1.1 and 1.2 read differently). A file that cannot be read or parsed raises
    :class:`SpecSyntaxError` naming the file and line.

    With ``lines``, YAML mappings come back as :class:`Located` (JSON files are unchanged)."""
    try:
        if path.suffix == ".json":
            text = path.read_text(encoding="utf-8")
            try:
                return json.loads(text, object_pairs_hook=_no_duplicate_pairs(path))
            except json.JSONDecodeError as exc:
                raise SpecSyntaxError(
                    f"not valid JSON: {exc.msg} (column {exc.colno})",
                    file=path,
                    line=exc.lineno,
                    hint="fix the JSON syntax",
                ) from exc
        loader = _LOADERS[(strict, lines)]
        with path.open(encoding="utf-8") as stream:  # marks then name the file
            return yaml.load(stream, Loader=loader)  # noqa: S506 - strict SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(filter(None, [exc.context, exc.problem]))
        raise SpecSyntaxError(
            f"not valid YAML: {problem or 'syntax error'}"
            + (f" (column {mark.column + 1})" if mark is not None else ""),
            file=path,
            line=mark.line + 1 if mark is not None else None,
            hint="fix the YAML syntax (indentation, quotes, a ':' after each key)",
        ) from exc
    except yaml.YAMLError as exc:
        raise SpecSyntaxError(
            f"not valid YAML: {exc}", file=path, hint="fix the YAML syntax"
        ) from exc
    except UnicodeDecodeError as exc:
        raise SpecSyntaxError(
            f"not UTF-8 text (byte {exc.start})", file=path, hint="save the file as UTF-8"
        ) from exc
    except FileNotFoundError as exc:
        raise SpecSyntaxError("no such file", file=path, hint="check the path") from exc
    except IsADirectoryError as exc:
        raise SpecSyntaxError("is a directory, not a file", file=path) from exc


def _no_duplicate_pairs(path: Path) -> Any:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise SpecSyntaxError(
                    f"duplicate key {key!r}",
                    file=path,
                    hint="an object may name a key once; remove or rename one of them",
                )
            result[key] = value
        return result

    return hook


_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _CanonicalDumper(_BaseDumper):  # type: ignore[valid-type,misc]
    """Block-style dumper whose output every YAML 1.2 reader reads back identically."""


def _represent_str(dumper: _CanonicalDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    if style is None and (_YAML11_ONLY_BOOL.match(data) or _TIMESTAMP.match(data)):
        style = "'"
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)
    return node


_CanonicalDumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """Render ``data`` as block YAML, keys in their given order (deterministic)."""
    return yaml.dump(
        data, Dumper=_CanonicalDumper, sort_keys=False, allow_unicode=True, width=100_000
    )


def dump_json(data: Any, *, sort_keys: bool = False) -> str:
    """Render ``data`` as indented JSON with a trailing newline (deterministic)."""
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=sort_keys) + "\n"


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` unless it already holds exactly that; return whether it wrote."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True
