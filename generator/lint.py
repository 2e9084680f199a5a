"""Spec linting: smsspec's house rules, openapi-spec-validator, Redocly and Spectral.

Two profiles. The four curated specs get the house rules strictly: every finding is an
error. An imported spec (``smsspec add``) is the vendor's document, which smsspec does not
edit: it is checked for validity (openapi-spec-validator, smsspec's own extensions in the
overlay) and for what would break generation (:mod:`.preflight`), as errors; house-style
findings (summaries, tags, examples, Redocly and Spectral rules) are warnings, and the
vendor's own ``x-`` extensions (``x-twilio``…) are allowed.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import extensions
from .bundle import bundle
from .lint_rules import rule_findings
from .lint_sdk import check_sdk
from .paths import NODE_BIN, REPO_ROOT, is_imported, spec_root
from .schemas import compile_validator
from .sourcemap import Locator
from .specmodel import Operation, Spec
from .versioning import VersionError, parse_version
from .yamlio import dump_json

_KEYWORDS_WITHOUT_SCHEMA_KEY = {"required", "type", "*"}


@dataclass(frozen=True)
class Finding:
    """One lint result."""

    tool: str
    level: str  # "error" | "warning"
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.level:7} {self.tool:10} {self.where}: {self.message}"


def extension_findings(
    doc: dict[str, Any], root: Path | None = None, *, allow_unknown: bool = False
) -> list[Finding]:
    """Every extension is known (unless ``allow_unknown``: a vendor's document), placed where
    it may appear, and matches its schema; each problem names its file and line (``root``: the
    spec's root document) and pointer."""
    problems = extensions.validate(doc, allow_unknown=allow_unknown)
    locator = Locator(root) if problems and root is not None else None
    findings = []
    for problem in problems:
        where = problem.pointer or "/"
        if locator is not None:
            where = f"{locator.locate(problem.pointer).relative_to(REPO_ROOT)} ({where})"
        findings.append(Finding("smsspec", "error", where, problem.message))
    return findings


def house_rules(
    doc: dict[str, Any], root: Path | None = None, api: str | None = None, *, strict: bool = True
) -> list[Finding]:
    """Rules the generic linters cannot express; each protects a pipeline assumption. Not
    ``strict`` (an imported spec): unknown extensions are allowed and house-style findings
    are warnings; what breaks generation or smsspec's own extensions stays an error."""
    findings = extension_findings(doc, root, allow_unknown=not strict)
    if findings:
        return findings  # the checks below read the extensions as typed values
    spec = Spec(doc)
    style_level = "error" if strict else "warning"

    def style(items: Iterator[Finding]) -> Iterator[Finding]:
        for finding in items:
            yield Finding(finding.tool, style_level, finding.where, finding.message)

    findings.extend(rule_findings(spec, api))
    try:
        parse_version((doc.get("info") or {}).get("version"))
    except VersionError as exc:
        message = f"{exc} (smsspec bump and the client version need one)"
        findings.append(Finding("smsspec", style_level, "/info/version", message))
    findings.extend(preflight_findings(doc, root))
    for op in spec.operations:
        where = f"{op.method.upper()} {op.path}"
        for key in ("summary", "tags"):
            if not op.raw.get(key):
                findings.append(Finding("smsspec", style_level, where, f"operation has no {key}"))
        findings.extend(style(_check_error_responses(spec, op, where)))
        findings.extend(_check_error_mappings(spec, op, where))
        findings.extend(style(_check_examples(spec, op, where)))
    findings.extend(
        Finding("smsspec", style_level, w, m) for w, m in check_sdk(doc, require_declared=strict)
    )
    return findings


def preflight_findings(doc: dict[str, Any], root: Path | None = None) -> list[Finding]:
    """What would break generation (:mod:`.preflight`), located at file and line."""
    from .preflight import blockers

    found = blockers(doc)
    locator = Locator(root) if found and root is not None else None
    findings = []
    for blocker in found:
        where = blocker.pointer
        if locator is not None:
            where = f"{locator.locate(blocker.pointer).relative_to(REPO_ROOT)} ({where})"
        findings.append(Finding("smsspec", "error", where, f"{blocker.message}; {blocker.hint}"))
    return findings


def _check_error_responses(spec: Spec, op: Operation, where: str) -> Iterator[Finding]:
    """Each error response's code enum equals the codes of its examples."""
    code_field = spec.envelope.code
    for status, response in op.responses.items():
        if not status.isdigit() or int(status) < 400:
            continue
        for media_type, media in (response.get("content") or {}).items():
            schema = spec.resolve(media.get("schema") or {})
            examples = media.get("examples") or {}
            if not examples:
                yield Finding(
                    "smsspec", "error", f"{where} {status}", "error response has no examples"
                )
            if not code_field:
                continue
            code_schema = _property_at(spec, schema, code_field)
            declared = declared_codes(spec, code_schema)
            shown = set()
            for example in examples.values():
                body = spec.resolve(example).get("value")
                code = spec.error_code(body)
                if code is not None:
                    shown.add(code)
            if declared != shown:
                yield Finding(
                    "smsspec",
                    "error",
                    f"{where} {status} {media_type}",
                    f"code enum {sorted(declared)} != example codes {sorted(shown)}",
                )


def _property_at(spec: Spec, schema: dict[str, Any], path: str) -> dict[str, Any]:
    """The (resolved) schema of the property at a dotted ``path``."""
    node: Any = schema
    for part in path.split("."):
        node = spec.resolve((spec.resolve(node).get("properties") or {}).get(part) or {})
    return dict(node)


def declared_codes(spec: Spec, code_schema: dict[str, Any]) -> set[str]:
    """Codes a code schema lists: ``enum``/``const``, or the enum members of an open
    ``anyOf: [{enum: [...]}, {type: string}]``."""
    if "enum" in code_schema:
        return {str(code) for code in code_schema["enum"] if code is not None}
    if "const" in code_schema:
        return {str(code_schema["const"])}
    found: set[str] = set()
    for member in code_schema.get("anyOf") or code_schema.get("oneOf") or []:
        found |= declared_codes(spec, spec.resolve(member))
    return found


def _required_anywhere(spec: Spec, schema: dict[str, Any], depth: int = 0) -> set[str]:
    """Property names required by ``schema`` directly or in its conditional branches."""
    names = set(schema.get("required") or [])
    if depth > 6:
        return names
    for key in ("if", "then", "else"):
        if isinstance(schema.get(key), dict):
            names |= _required_anywhere(spec, spec.resolve(schema[key]), depth + 1)
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or []:
            names |= _required_anywhere(spec, spec.resolve(member), depth + 1)
    for dependent in (schema.get("dependentRequired") or {}).values():
        names |= set(dependent)
    return names


def _check_error_mappings(spec: Spec, op: Operation, where: str) -> Iterator[Finding]:
    """``x-error-codes`` name existing examples, the operation documents them, keywords exist."""
    if op.request_schema is None:
        return
    examples = spec.examples
    bulk_items = op.in_band_items
    for site in spec.sites(op.request_schema):
        if not site.mapping:
            continue
        resolved = spec.resolve(site.schema)
        name = site.location.rsplit(".", 1)[-1]
        in_band = (
            site.in_items and bulk_items is not None and site.location.startswith(f"{bulk_items}[]")
        )
        for keyword, example_name in site.mapping.items():
            here = f"{where} body.{site.location} x-error-codes.{keyword}"
            if example_name not in examples:
                yield Finding(
                    "smsspec", "error", here, f"{example_name!r} is not a components example"
                )
                continue
            if keyword == "required":
                # On a property: the property is required by its parent. On an object: it
                # names the error for any of its own required properties.
                required_here = site.parent is not None and name in _required_anywhere(
                    spec, site.parent
                )
                if not required_here and not _required_anywhere(spec, resolved):
                    yield Finding("smsspec", "error", here, f"{name} is not required by its parent")
            elif keyword not in _KEYWORDS_WITHOUT_SCHEMA_KEY and keyword not in resolved:
                yield Finding("smsspec", "error", here, f"the property's schema has no {keyword}")
            if not in_band and example_name not in op.error_examples:
                yield Finding(
                    "smsspec",
                    "error",
                    here,
                    f"{example_name!r} is not among this operation's error examples",
                )


def _check_examples(spec: Spec, op: Operation, where: str) -> Iterator[Finding]:
    """Every request and response example validates against its own schema."""
    doc = spec.doc
    pairs: list[tuple[str, Any, Any]] = []
    if op.request_body:
        for media_type, media in (op.request_body.get("content") or {}).items():
            for name, example in (media.get("examples") or {}).items():
                pairs.append(
                    (
                        f"request {media_type} example {name}",
                        media.get("schema"),
                        spec.resolve(example).get("value"),
                    )
                )
    for status, response in op.responses.items():
        for media_type, media in (response.get("content") or {}).items():
            for name, example in (media.get("examples") or {}).items():
                pairs.append(
                    (
                        f"{status} {media_type} example {name}",
                        media.get("schema"),
                        spec.resolve(example).get("value"),
                    )
                )
    for label, schema, value in pairs:
        if schema is None:
            continue
        validator = compile_validator(schema, doc)
        for problem in validator.iter_errors(value):
            yield Finding(
                "smsspec",
                "error",
                f"{where} {label}",
                f"{problem.message} at {list(problem.instance_path)}",
            )
            break


def schema_examples(doc: dict[str, Any]) -> list[Finding]:
    """Schema-level ``examples`` of components validate against their schema."""
    findings = []
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        for index, value in enumerate(schema.get("examples") or []):
            validator = compile_validator({"$ref": f"#/components/schemas/{name}"}, doc)
            for problem in validator.iter_errors(value):
                findings.append(
                    Finding(
                        "smsspec",
                        "error",
                        f"components/schemas/{name} examples[{index}]",
                        problem.message,
                    )
                )
                break
    return findings


def openapi_validator(doc: dict[str, Any]) -> list[Finding]:
    """Structural validation against the OpenAPI 3.1 meta-schema."""
    # Imported here: it takes longer to import than a cached lint takes to run.
    from openapi_spec_validator import OpenAPIV31SpecValidator

    return [
        Finding(
            "openapi-spec-validator",
            "error",
            "/".join(str(p) for p in err.absolute_path) or "/",
            err.message,
        )
        for err in OpenAPIV31SpecValidator(doc).iter_errors()
    ]


def _node_tool(name: str) -> Path:
    tool = NODE_BIN / name
    if not tool.exists():
        raise FileNotFoundError(f"{tool} is missing; run `make setup` to install the npm tools")
    return tool


def redocly(api: str, document: Path | None = None) -> list[Finding]:
    """Redocly lint on the multi-file root document (or ``document``), with the repo's
    redocly.yaml."""
    proc = subprocess.run(
        [
            str(_node_tool("redocly")),
            "lint",
            str(document or spec_root(api)),
            "--format",
            "json",
            "--config",
            str(REPO_ROOT / "redocly.yaml"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
    )
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        return [Finding("redocly", "error", api, (proc.stderr or proc.stdout).strip()[-2000:])]
    findings = []
    for problem in report.get("problems", []):
        location = problem.get("location") or [{}]
        pointer = location[0].get("pointer", "")
        source = Path(location[0].get("source", {}).get("ref", "")).name
        level = "error" if problem.get("severity") == "error" else "warning"
        findings.append(
            Finding(
                "redocly",
                level,
                f"{source}{pointer}",
                f"[{problem.get('ruleId')}] {problem.get('message')}",
            )
        )
    return findings


def spectral(bundled_json: Path) -> list[Finding]:
    """Spectral (spectral:oas + curated OWASP rules) on the bundled document."""
    proc = subprocess.run(
        [
            str(_node_tool("spectral")),
            "lint",
            str(bundled_json),
            "--format",
            "json",
            "--ruleset",
            str(REPO_ROOT / ".spectral.yaml"),
            "--quiet",
        ],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
    )
    text = proc.stdout.strip()
    try:
        results = json.loads(text) if text else []
    except json.JSONDecodeError:
        return [Finding("spectral", "error", str(bundled_json), (proc.stderr or text)[-2000:])]
    findings = []
    for result in results:
        level = "error" if result.get("severity") == 0 else "warning"
        if result.get("severity", 0) > 1:
            continue
        where = "/".join(str(p) for p in result.get("path", []))
        findings.append(
            Finding("spectral", level, where, f"[{result.get('code')}] {result.get('message')}")
        )
    return findings


def import_findings(api: str) -> list[Finding]:
    """An imported spec's vendor document is still the one recorded at import, and the
    overlay says it extends that document."""
    from .manifest import file_sha256, read_manifest
    from .overlay import load_overlay
    from .paths import SPEC_DIR

    manifest = read_manifest(SPEC_DIR / api)
    assert manifest is not None
    findings = []
    where = str(manifest.path.relative_to(REPO_ROOT))
    recorded = manifest.source.get("sha256")
    if recorded and recorded != file_sha256(manifest.document_path):
        findings.append(
            Finding(
                "smsspec",
                "warning",
                where,
                f"{manifest.document} is not the document imported (sha256 differs): the vendor "
                f"file is never edited by hand; replace it with `smsspec add {api} <file>`",
            )
        )
    if manifest.overlay_path is not None:
        extends = load_overlay(manifest.overlay_path).extends
        if extends is not None and Path(extends).name != manifest.document:
            findings.append(
                Finding(
                    "smsspec",
                    "warning",
                    f"{where}",
                    f"the overlay extends {extends}, the manifest names {manifest.document}",
                )
            )
    return findings


def _as_warnings(findings: list[Finding]) -> list[Finding]:
    return [Finding(f.tool, "warning", f.where, f.message) for f in findings]


def lint(api: str, *, npm: bool = True) -> list[Finding]:
    """Run every linter on ``api`` and return all findings (profile: curated or imported)."""
    doc = bundle(api)
    imported = is_imported(api)
    findings = openapi_validator(doc) + house_rules(doc, spec_root(api), api, strict=not imported)
    findings += _as_warnings(schema_examples(doc)) if imported else schema_examples(doc)
    if imported:
        findings += import_findings(api)
    if npm:
        with tempfile.TemporaryDirectory() as tmp:
            bundled = Path(tmp) / f"{api}.json"
            bundled.write_text(dump_json(doc), encoding="utf-8")
            if imported:  # the document as smsspec reads it: upgraded, overlay applied
                findings += _as_warnings(redocly(api, bundled) + spectral(bundled))
            else:
                findings += redocly(api) + spectral(bundled)
    return findings
