"""Typed Python client: openapi-python-client plus smsspec's templates and runtime.

The generator runs on a *client view* of the bundled spec in which error responses carry no
body schema: the runtime raises typed exceptions for every status of 400 or more (decoding
the body with the error catalogue), so per-status error models would only add hundreds of
classes nobody receives. Everything else in the spec is passed through unchanged.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from jinja2.bccache import Bucket, BytecodeCache
from openapi_python_client.strings import snake_case

from ..catalogue import Catalogue
from ..changelog import FILE_NAME as CHANGELOG
from ..constraints import __file__ as constraints_source
from ..errormatch import __file__ as errormatch_source
from ..paths import SPEC_DIR, TEMPLATES_DIR, is_imported, package_name
from ..sdk_extensions import sdk_settings
from ..specmodel import Operation, Spec
from ..versioning import client_version
from ..yamlio import dump_json
from .branches import drop_requirement_branches
from .errors import render_enum_module
from .jinja import render
from .problems import ToolProblem, opc_problems
from .sdk_common import STATUS_EXCEPTIONS, generated_path, operation_raises
from .sdk_python import return_type, write_sdk
from .webhooks import render_webhooks_module

OVERRIDES = TEMPLATES_DIR / "openapi-python-client"
RUNTIME = TEMPLATES_DIR / "client-runtime"
_BIN = Path(sys.executable).parent


def client_view(document: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client should see it: error responses without bodies, and
    requirement-only ``anyOf``/``oneOf`` branches (``anyOf: [{required: [to]}, {required:
    [to_msisdn]}]`` beside ``properties``) dropped. openapi-python-client types such a schema
    as ``Any``; without the branches it is the model of its properties, and which of them
    must be present is checked by client-side validation and the server."""
    view = copy.deepcopy(document)
    view.pop("webhooks", None)
    for schema in ((view.get("components") or {}).get("schemas") or {}).values():
        drop_requirement_branches(schema)
    for item in (view.get("paths") or {}).values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            operation["responses"] = {
                status: response
                for status, response in operation["responses"].items()
                if str(status)[0] in "123"
            } or {"200": {"description": "Success."}}
            _binary_bodies(operation)
    return view


_STRUCTURED = ("application/x-www-form-urlencoded", "multipart/form-data")


def _binary_bodies(operation: dict[str, Any]) -> None:
    """Raw-byte request bodies become one ``application/octet-stream`` binary body (the
    generator types them as ``File``); JSON and form bodies (Twilio's) are left alone: the
    generator types their fields."""
    body = operation.get("requestBody")
    if not isinstance(body, dict) or "$ref" in body:
        return
    content = body.get("content") or {}
    if not content or any(
        media == "application/json" or media.endswith("+json") or media in _STRUCTURED
        for media in content
    ):
        return
    body["content"] = {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }


def credential_settings(spec: Spec) -> dict[str, Any]:
    """How a generated client sends its key, from the spec's (first) security scheme: an
    API key in a header, the query or a cookie; HTTP bearer; HTTP basic (the key is
    ``user:password``, e.g. Twilio's Account SID and auth token). Other schemes (OAuth 2,
    OpenID Connect) take a bearer token."""
    scheme = spec.auth
    header, prefix, location = "Authorization", "Bearer", "header"
    if scheme is not None and scheme.kind == "api-key":
        header, prefix, location = scheme.param, "", scheme.location
    elif scheme is not None and scheme.kind == "basic":
        prefix = "Basic"
    pattern = scheme.key_pattern if scheme is not None else None
    return {"header": header, "prefix": prefix, "key_pattern": pattern, "location": location}


def _bulk_info(op: Operation) -> dict[str, Any] | None:
    bulk = op.bulk
    if bulk is None:
        return None
    fields = {value: key for key, value in bulk.layout.items()}
    prop = op.spec.resolve((op.spec.resolve(op.request_schema).get("properties") or {})[bulk.items])
    info: dict[str, Any] = {
        "items": bulk.items,
        "errors": bulk.errors,
        "index": fields.get("$index"),
        "match": bulk.match_field,
        "max_items": prop.get("maxItems"),
        "max_errors": bulk.max_errors,
        "code": fields.get("$code"),
        "message": fields.get("$message"),
    }
    capacity: Any = bulk.capacity
    root = op.spec.capacity if op.capacity is not None else None
    if capacity is None and root is not None:
        capacity = root.fields
    if root is not None:
        info["max_pending"] = root.max_pending
    if capacity is not None:
        info["capacity"] = {
            "available": capacity.available,
            "limit": capacity.limit,
            "retry_after": capacity.retry_after,
            "requested": getattr(capacity, "requested", None),
        }
    return info


def _replaced_by(op: Operation) -> str | None:
    link = op.replaced_by
    if link is None or not link.operation_id:
        return None
    return f"{link.api} {link.operation_id}".strip()


def operation_rows(spec: Spec) -> list[dict[str, Any]]:
    rows = []
    for op in spec.operations:
        rows.append(
            {
                "operation_id": op.operation_id,
                "method": op.method,
                "path": op.path,
                "key": generated_path(op.path),
                "idempotent": op.idempotent,
                "deprecated": op.deprecated,
                "replaced_by": _replaced_by(op),
                "bulk": _bulk_info(op),
            }
        )
    return rows


def contract_data(spec: Spec, catalogue: Catalogue) -> dict[str, Any]:
    """The data client-side validation needs: request schemas and documented error bodies."""
    operations: dict[str, Any] = {}
    for op in spec.operations:
        if op.request_schema is None:
            continue
        bulk = op.bulk_schemas
        operations[op.operation_id] = {
            "request": bulk[0] if bulk else op.request_schema,
            "item": op.bulk_item_schema,
            # Items of an all-or-nothing bulk call fail the request as a whole: an item
            # checked alone gets the request-level error, not an in-band one.
            "item_in_band": bulk is not None,
            "errors": {
                name: {"status": ex.status, "body": ex.value}
                for name, ex in sorted(op.error_examples.items())
            },
        }
    item_errors = {}
    for name, example in sorted(spec.examples.items()):
        if isinstance(example, dict) and "value" in example:
            statuses = [e.status for e in catalogue.entries if name in e.examples and e.status]
            item_errors[name] = {
                "status": statuses[0] if statuses else 400,
                "body": example["value"],
            }
    return {
        "components": {"schemas": (spec.doc.get("components") or {}).get("schemas") or {}},
        "operations": operations,
        "item_errors": item_errors,
    }


def _readme_example(spec: Spec) -> str:
    """A call for the README: the first list operation without required arguments."""
    for op in spec.operations:
        method = op.sdk_method
        required = [p for p in op.parameters if p.get("required")]
        if method is not None and op.method == "get" and not required:
            return f"{method}()"
    method = spec.operations[0].sdk_method
    return f"{method}(...)" if method is not None else "..."


def _run(cmd: list[str], cwd: Path) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])} failed:\n{proc.stdout}\n{proc.stderr}")


def generate_python_client(
    api: str, document: dict[str, Any], catalogue: Catalogue, out_dir: Path
) -> list[ToolProblem]:
    """Write the installable client project of ``api`` to ``out_dir/python``; return what
    openapi-python-client could not handle (the client is generated without it)."""
    spec = Spec(document)
    package = package_name(api)
    project = out_dir / "python"
    with tempfile.TemporaryDirectory(prefix=f"smsspec-client-{api}-") as tmp:
        tmp_path = Path(tmp)
        view_path = tmp_path / "openapi.json"
        view_path.write_text(dump_json(client_view(document)), encoding="utf-8")
        config = tmp_path / "config.json"
        config.write_text(
            json.dumps(
                {
                    "project_name_override": api.replace("_", "-") + "-client",
                    "package_name_override": package,
                    "package_version_override": client_version(
                        str((document.get("info") or {}).get("version", ""))
                    ),
                    "post_hooks": [],
                    "docstrings_on_attributes": True,
                    "content_type_overrides": {"*/*": "application/octet-stream"},
                }
            )
        )
        generated = tmp_path / "out"
        parsed, problems = _openapi_python_client(
            view_path, config, generated, _template_globals(api, spec, catalogue)
        )
        if parsed is None:  # nothing it could build on: no client, the problem says why
            return problems
        if project.exists():
            shutil.rmtree(project)
        shutil.copytree(generated, project / package)
    _write_runtime(api, spec, catalogue, project, package)
    write_sdk(api, spec, catalogue, parsed, project / package)
    _format(project)
    return problems


def _template_globals(api: str, spec: Spec, catalogue: Catalogue) -> dict[str, Any]:
    """The ``smsspec`` global of smsspec's openapi-python-client templates."""
    by_route = {(op.method, generated_path(op.path)): op for op in spec.operations}

    def raises(endpoint: Any) -> list[tuple[str, str]]:
        path = endpoint.path.get_untrusted_value()
        return operation_raises(by_route[(str(endpoint.method), path)], catalogue)

    return {
        "client": sdk_settings(spec, api).client,
        "raises": raises,
        "return_type": return_type,
    }


_OPC_LOCK = threading.Lock()


class _CompiledTemplates(BytecodeCache):
    """openapi-python-client builds a Jinja environment per project; its templates compile
    once per process here instead of once per API."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_TEMPLATE_CACHE = _CompiledTemplates()


def _openapi_python_client(
    document: Path, config_file: Path, output: Path, template_globals: dict[str, Any]
) -> tuple[Any, list[ToolProblem]]:
    """``openapi-python-client generate --meta none`` with our templates, run in this
    process: the same code path as the CLI without a Python start-up and its imports per
    spec. Runs are serialised (the generator is CPU-bound and not documented as thread-safe).
    Returns the generator's project (its parsed endpoints feed the resource clients) and
    every problem it reported (warnings too: the job decides whether they stop it);
    ``template_globals`` become the templates' ``smsspec`` global."""
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile.load_from_path(config_file),
        MetaType.NONE,
        document,
        "utf-8",
        overwrite=False,
        output_path=output,
    )
    # Its one progress line ("Generating <dir>") is a print(); keep our output clean. The
    # project is built as openapi_python_client.generate() builds it, with one more global.
    with _OPC_LOCK, contextlib.redirect_stdout(io.StringIO()):
        project = _get_project_for_url_or_path(custom_template_path=OVERRIDES, config=config)
        if isinstance(project, GeneratorError):
            return None, opc_problems([project])
        project.env.globals["smsspec"] = template_globals
        project.env.bytecode_cache = _TEMPLATE_CACHE
        problems = project.build()
    return project, opc_problems(list(problems or []))


def _write_runtime(api: str, spec: Spec, catalogue: Catalogue, project: Path, package: str) -> None:
    pkg = project / package
    for path in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(path, pkg / path.name)
    shutil.copyfile(constraints_source, pkg / "_constraints.py")
    shutil.copyfile(errormatch_source, pkg / "_errormatch.py")
    (pkg / "py.typed").write_text("")
    (pkg / "error_codes.py").write_text(render_enum_module(catalogue), encoding="utf-8")
    envelope = {k: v for k, v in spec.envelope.__dict__.items() if v is not None}
    # One signature per documented message: variants of an id differ by message.
    signatures = [
        {"id": e.id, "status": e.status, "title": e.title, "message": message}
        for e in catalogue.entries
        if e.status is not None
        for message in (e.messages or [e.message])
    ]
    statuses_by_type: dict[str, set[int]] = {}
    for entry in catalogue.entries:
        if entry.type and entry.status:
            statuses_by_type.setdefault(entry.type, set()).add(entry.status)
    # A type routes to an exception class only when it has one status; a type documented
    # with several statuses (invalid_request_error: 400 and 403) routes by status.
    error_types = sorted((t, next(iter(s))) for t, s in statuses_by_type.items() if len(s) == 1)
    rows = operation_rows(spec)
    bulk_ops = [
        {**row, **row["bulk"], "function": snake_case(row["operation_id"])}
        for row in rows
        if row["bulk"]
    ]
    (pkg / "_operations.py").write_text(
        render(
            "client-runtime/_operations.py.jinja",
            auth=credential_settings(spec),
            envelope=envelope,
            signatures=signatures,
            operations=rows,
        ),
        encoding="utf-8",
    )
    (pkg / "_exceptions.py").write_text(
        render(
            "client-runtime/_exceptions.py.jinja",
            error_types=error_types,
            status_classes=STATUS_EXCEPTIONS,
        ),
        encoding="utf-8",
    )
    webhooks = render_webhooks_module(spec, package)
    if webhooks is not None:
        (pkg / "webhooks.py").write_text(webhooks, encoding="utf-8")
    (pkg / "_contract.json").write_text(
        json.dumps(contract_data(spec, catalogue), sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    changelog = (SPEC_DIR / api / CHANGELOG).is_file()
    if changelog:
        shutil.copyfile(SPEC_DIR / api / CHANGELOG, pkg / CHANGELOG)
    info = spec.doc.get("info") or {}
    servers = spec.doc.get("servers") or [{"url": "http://localhost"}]
    context = {
        "api": api,
        "package": package,
        "project_name": api + "-client",
        "version": client_version(str(info.get("version", ""))),
        "info_version": str(info.get("version", "")),
        "changelog": changelog,
        "description": f"Typed client for {info.get('title', api)} (generated by smsspec).",
        "title": info.get("title", api),
        "base_url": servers[0]["url"],
        "bulk_ops": bulk_ops,
        "example": _readme_example(spec),
        "client": sdk_settings(spec, api).client,
        "api_key_env": sdk_settings(spec, api).api_key_env,
        "imported": is_imported(api),
        "basic": spec.auth is not None and spec.auth.kind == "basic",
    }
    (project / "pyproject.toml").write_text(
        render("client-runtime/pyproject.toml.jinja", **context)
    )
    (project / "README.md").write_text(render("client-runtime/README.md.jinja", **context))


def _format(project: Path) -> None:
    ruff = str(_BIN / "ruff")
    config = str(project / "pyproject.toml")
    _run([ruff, "check", "--fix-only", "--no-cache", "--config", config, "."], cwd=project)
    _run([ruff, "format", "--no-cache", "--config", config, "."], cwd=project)
