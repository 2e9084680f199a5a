"""``smsspec add``: import a vendor-published OpenAPI document as an API.

The document is copied byte-for-byte to ``spec/<api>/<its file name>`` and never edited;
smsspec's additions go into ``spec/<api>/overlay.yaml``, an OpenAPI Overlay 1.0 document
applied at bundle time, and ``spec/<api>/smsspec.yaml`` (the manifest) ties the two together.
A vendor update is another ``smsspec add`` with the new file: the document is replaced, the
overlay kept (and checked against the new document), and ``smsspec diff`` shows what changed.

Where the overlay says nothing, smsspec infers: the error envelope (which body fields carry
the message, the code, the request id) from the error schemas the document declares, or
smsspec's conventional ``{"message": …}`` when it declares none.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .changelog import FILE_NAME as CHANGELOG
from .changelog import new_changelog
from .errors import UserError, display_path, line_of
from .manifest import MANIFEST_FILE, Manifest, file_sha256, read_manifest, write_manifest
from .paths import ROOT_FILE, SPEC_DIR
from .specmodel import Spec
from .yamlio import dump_yaml

OVERLAY_FILE = "overlay.yaml"
API_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_SUFFIXES = (".yaml", ".yml", ".json")
_RESERVED = {MANIFEST_FILE, OVERLAY_FILE, ROOT_FILE}

# Body fields, by envelope role, in order of preference (dotted: a nested error object).
_ROLES: dict[str, tuple[str, ...]] = {
    "message": ("message", "error_description", "detail", "error_message", "errorMessage",
                "description", "title", "error"),
    "code": ("code", "error_code", "errorCode", "error"),
    "type": ("type",),
    "request_id": ("request_id", "requestId", "trace_id", "traceId", "correlation_id"),
    "param": ("param", "parameter", "field"),
}  # fmt: skip


@dataclass(frozen=True)
class Imported:
    """What ``smsspec add`` did."""

    api: str
    document: Path
    overlay: Path
    updated: bool
    operations: int
    version: str
    envelope: dict[str, str] | None


def _read_source(source: str) -> tuple[str, bytes]:
    """(file name, bytes) of a local path or an http(s)/file URL."""
    parsed = urllib.parse.urlparse(source)
    if parsed.scheme in ("http", "https", "file"):
        name = Path(urllib.parse.unquote(parsed.path)).name
        try:
            with urllib.request.urlopen(source, timeout=60) as answer:  # noqa: S310 - user's URL
                return name, bytes(answer.read())
        except OSError as exc:
            raise UserError(
                f"cannot download it: {exc}", file=source, hint="check the URL, or give a file"
            ) from exc
    path = Path(source)
    if not path.is_file():
        raise UserError(
            "no such file" if not path.exists() else "not a file",
            file=path,
            hint="give the path of the vendor's OpenAPI document (or an http(s) URL)",
        )
    return path.name, path.read_bytes()


_REF = re.compile(rb"""["']?\$ref["']?\s*:\s*["']?([^"'\s#][^"'\s,}]*)""")
_VERSION = re.compile(rb"""(?m)^\s*["']?openapi["']?\s*:\s*["']?([0-9][0-9A-Za-z.-]*)""")


def _external_ref(data: bytes) -> str | None:
    """A ``$ref`` of the document's text that names another file, if any."""
    found = _REF.search(data)
    return found.group(1).decode("utf-8", "replace") if found else None


def _written_version(data: bytes) -> str:
    """The ``openapi:`` version the document is written in (as the text says)."""
    found = _VERSION.search(data) or re.search(rb'"openapi"\s*:\s*"([^"]+)"', data)
    return found.group(1).decode("utf-8", "replace") if found else ""


def infer_envelope(document: dict[str, Any]) -> dict[str, str] | None:
    """The error envelope the document's error schemas share (most common field per role),
    or ``None`` when it declares no error body with properties."""
    spec = Spec(document)
    votes: dict[str, Counter[str]] = {role: Counter() for role in _ROLES}
    seen = 0
    for op in spec.operations:
        for status, response in op.responses.items():
            if not (status.isdigit() and int(status) >= 400) and status != "default":
                continue
            for media_type, media in (response.get("content") or {}).items():
                if "json" not in media_type:
                    continue
                schema = _object_schema(spec, media.get("schema"))
                if not schema:
                    continue
                seen += 1
                for role, field in _fields(spec, schema).items():
                    votes[role][field] += 1
    if not seen or not votes["message"]:
        return None
    envelope = {role: counts.most_common(1)[0][0] for role, counts in votes.items() if counts}
    if envelope.get("code") == envelope.get("message"):
        envelope.pop("code")
    return envelope


def _object_schema(spec: Spec, schema: Any) -> dict[str, Any]:
    node = spec.resolve(schema or {})
    if not isinstance(node, dict):
        return {}
    properties = dict(node.get("properties") or {})
    for member in node.get("allOf") or []:
        properties.update(spec.resolve(member).get("properties") or {})
    return properties


def _fields(spec: Spec, properties: dict[str, Any], prefix: str = "") -> dict[str, str]:
    found: dict[str, str] = {}
    for role, names in _ROLES.items():
        for name in names:
            prop = spec.resolve(properties.get(name) or {})
            kinds = prop.get("type") if isinstance(prop, dict) else None
            kinds = set(kinds if isinstance(kinds, list) else [kinds])
            wanted = {"string", "integer"} if role == "code" else {"string"}
            if name in properties and (kinds & wanted or not kinds - {None}):
                if name == "error" and "properties" in prop:
                    continue  # a nested error object: looked into below
                found[role] = prefix + name
                break
    nested = spec.resolve(properties.get("error") or {})
    if not prefix and isinstance(nested, dict) and nested.get("properties"):
        for role, field in _fields(spec, dict(nested["properties"]), "error.").items():
            found.setdefault(role, field)
            if role in ("message", "code"):
                found[role] = field
    return found


def _overlay_text(title: str, document: str, envelope: dict[str, str] | None) -> str:
    if envelope is not None:
        note = "inferred from the document's error schemas"
        value: dict[str, str] = envelope
    else:
        note = "the document declares no error bodies: smsspec's conventional one"
        value = {"message": "message"}
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": f"smsspec additions to {title}", "version": "1.0.0"},
        "extends": document,
        "actions": [
            {
                "target": "$",
                "description": f"Error envelope ({note}; edit to match the provider).",
                "update": {"x-error-envelope": value},
            }
        ],
    }
    header = (
        f"# smsspec's additions to {document} (OpenAPI Overlay 1.0), applied at bundle time.\n"
        "# The vendor document is never edited: add error responses, x- extensions (see\n"
        "# spec/extensions.md), demo accounts or resources here, each as an action.\n"
    )
    return header + dump_yaml(overlay)


def _relocated(
    exc: UserError, staging: Path, directory: Path, name: str, original: str
) -> UserError:
    """``exc`` about a staged file, naming the file the user knows instead."""
    if exc.file is None:
        return exc
    path = Path(exc.file).resolve()
    if path == (staging / name).resolve():
        file: Path | str = original
    elif path.is_relative_to(staging.resolve()):
        file = directory / path.relative_to(staging.resolve())
    else:
        return exc
    line = exc.line if file != original or Path(original).is_file() else None
    return UserError(exc.message, file=file, line=line, pointer=exc.pointer, hint=exc.hint)


def _check_document(path: Path) -> tuple[dict[str, Any], str]:
    """Load a staged vendor document on its own, as ``smsspec`` will (no overlay yet);
    return it and the OpenAPI version it was written in."""
    from .sources import load_spec

    data = path.read_bytes()
    ref = _external_ref(data)
    if ref is not None:
        raise UserError(
            f"$ref {ref!r} points to another file; `smsspec add` imports one self-contained "
            "document",
            file=path,
            line=line_of(path, ref),
            hint="bundle it into one file first, e.g. `npx @redocly/cli bundle <root> -o one.yaml`",
        )
    return load_spec(path, vendor=True), _written_version(data)


def _retarget_extends(overlay: Path, old: str, new: str) -> None:
    """Point the kept overlay's ``extends`` at the new document's file name."""
    text = overlay.read_text(encoding="utf-8")
    pattern = re.compile(rf"^extends:\s*['\"]?{re.escape(old)}['\"]?\s*$", re.MULTILINE)
    overlay.write_text(pattern.sub(f"extends: {new}", text, count=1), encoding="utf-8")


def add_api(api: str, source: str, *, spec_dir: Path = SPEC_DIR) -> Imported:
    """Import ``source`` (a file path or URL) as ``spec_dir/<api>/``, or replace the document
    of an API imported before (its overlay kept). Nothing is written if the document, or the
    kept overlay on the new document, does not load."""
    from .sources import load_spec

    if not API_NAME.match(api):
        raise UserError(
            f"API name {api!r} is not lower-case words joined by '-'",
            hint="e.g. `smsspec add twilio-messaging-v1 twilio_messaging_v1.yaml`",
        )
    directory = spec_dir / api
    existing = read_manifest(directory) if directory.is_dir() else None
    if directory.is_dir() and existing is None and any(directory.iterdir()):
        raise UserError(
            "a curated spec already lives here (no import manifest)",
            file=directory,
            hint="choose another API name; `smsspec add` replaces only imported documents",
        )
    name, data = _read_source(source)
    if not name.endswith(_SUFFIXES) or name in _RESERVED:
        raise UserError(
            f"the document's file name {name!r} must end in .yaml, .yml or .json and not be "
            f"one of {', '.join(sorted(_RESERVED))}",
            file=source,
            hint="rename the file",
        )
    original = source if "://" in source else display_path(source)
    with tempfile.TemporaryDirectory(prefix="smsspec-add-") as tmp:
        staging = Path(tmp) / api
        if existing is not None:
            shutil.copytree(directory, staging)
            (staging / existing.document).unlink()
            (staging / MANIFEST_FILE).unlink()
        else:
            staging.mkdir()
        (staging / name).write_bytes(data)
        try:
            raw, version = _check_document(staging / name)  # one parse of a large document
            envelope = None
            overlay = existing.overlay if existing is not None else None
            if overlay is None:
                envelope = infer_envelope(raw)
                title = str((raw.get("info") or {}).get("title", api))
                overlay = OVERLAY_FILE
                (staging / overlay).write_text(
                    _overlay_text(title, name, envelope), encoding="utf-8"
                )
                if existing is None:  # the client ships it; `smsspec bump` adds sections
                    first = str((raw.get("info") or {}).get("version", "1.0.0"))
                    (staging / CHANGELOG).write_text(
                        new_changelog(api, title, first, imported=True), encoding="utf-8"
                    )
            source_info = dict(existing.source) if existing is not None else {}
            source_info.pop("commit", None)  # a replaced document is another revision
            source_info.update(file=original if "://" in source else name)
            source_info["sha256"] = file_sha256(staging / name)
            write_manifest(Manifest(staging, name, overlay, source_info))
            # The kept overlay must still apply to the new document; a fresh one only sets
            # the envelope on the document already loaded.
            document = load_spec(staging) if existing is not None else raw
        except UserError as exc:
            raise _relocated(exc, staging, directory, name, original) from None
        if existing is not None and existing.document != name:
            _retarget_extends(staging / overlay, existing.document, name)
        directory.mkdir(parents=True, exist_ok=True)
        if existing is not None and existing.document != name:
            (directory / existing.document).unlink(missing_ok=True)
        for path in sorted(staging.iterdir()):
            if path.is_file():
                shutil.copyfile(path, directory / path.name)
    return Imported(
        api=api,
        document=directory / name,
        overlay=directory / overlay,
        updated=existing is not None,
        operations=len(Spec(document).operations),
        version=version,
        envelope=envelope,
    )
