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
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from ..catalogue import Catalogue
from ..constraints import __file__ as constraints_source
from ..paths import TEMPLATES_DIR, is_imported, package_name
from ..specmodel import Operation, Spec
from ..yamlio import dump_json
from .errors import render_enum_module
from .jinja import render
from .problems import ToolProblem, opc_problems
from .webhooks import render_webhooks_module

OVERRIDES = TEMPLATES_DIR / "openapi-python-client"
RUNTIME = TEMPLATES_DIR / "client-runtime"
_BIN = Path(sys.executable).parent


def client_view(document: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client should see it (error responses without bodies)."""
    view = copy.deepcopy(document)
    view.pop("webhooks", None)
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


def _auth(spec: Spec) -> dict[str, Any]:
    """How the generated client sends its key, from the spec's (first) security scheme: an
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
    if capacity is None and op.capacity is not None and op.spec.capacity is not None:
        capacity = op.spec.capacity.fields
    if capacity is not None:
        info["capacity"] = {
            "available": capacity.available,
            "limit": capacity.limit,
            "retry_after": capacity.retry_after,
        }
    return info


def _replaced_by(op: Operation) -> str | None:
    link = op.replaced_by
    if link is None or not link.operation_id:
        return None
    return f"{link.api} {link.operation_id}".strip()


def generated_path(path: str) -> str:
    """``path`` as openapi-python-client writes it in an endpoint module, each parameter by
    its Python name (Twilio's ``/v1/Services/{Sid}`` is ``/v1/Services/{sid}``): the key
    endpoint modules look their operation up by."""
    from openapi_python_client.strings import PythonIdentifier

    return re.sub(r"\{([^}]+)\}", lambda m: "{" + PythonIdentifier(m[1], "field_") + "}", path)


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


def _readme_example(spec: Spec) -> dict[str, str]:
    for op in spec.operations:
        if op.method == "get" and not any(p["in"] == "path" for p in op.parameters):
            tag = (op.raw.get("tags") or ["default"])[0]
            return {"tag": snake_case(tag), "module": snake_case(op.operation_id), "args": ""}
    op = spec.operations[0]
    tag = (op.raw.get("tags") or ["default"])[0]
    return {"tag": snake_case(tag), "module": snake_case(op.operation_id), "args": ", body=..."}


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
                    "post_hooks": [],
                    "docstrings_on_attributes": True,
                    "content_type_overrides": {"*/*": "application/octet-stream"},
                }
            )
        )
        generated = tmp_path / "out"
        problems = _openapi_python_client(view_path, config, generated)
        if project.exists():
            shutil.rmtree(project)
        shutil.copytree(generated, project / package)
    _write_runtime(api, spec, catalogue, project, package)
    _format(project)
    return problems


_OPC_LOCK = threading.Lock()


def _openapi_python_client(document: Path, config_file: Path, output: Path) -> list[ToolProblem]:
    """``openapi-python-client generate --meta none`` with our templates, run in this
    process: the same code path as the CLI without a Python start-up and its imports per
    spec. Runs are serialised (the generator is CPU-bound and not documented as thread-safe).
    Every problem it reports (warnings too) is returned: the job decides whether it stops."""
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    config = Config.from_sources(
        ConfigFile.load_from_path(config_file),
        MetaType.NONE,
        document,
        "utf-8",
        overwrite=False,
        output_path=output,
    )
    # Its one progress line ("Generating <dir>") is a print(); keep our output clean.
    with _OPC_LOCK, contextlib.redirect_stdout(io.StringIO()):
        problems = generate(config=config, custom_template_path=OVERRIDES)
    return opc_problems(list(problems or []))


def _write_runtime(api: str, spec: Spec, catalogue: Catalogue, project: Path, package: str) -> None:
    pkg = project / package
    for path in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(path, pkg / path.name)
    shutil.copyfile(constraints_source, pkg / "_constraints.py")
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
            auth=_auth(spec),
            envelope=envelope,
            signatures=signatures,
            operations=rows,
        ),
        encoding="utf-8",
    )
    (pkg / "_exceptions.py").write_text(
        render("client-runtime/_exceptions.py.jinja", error_types=error_types), encoding="utf-8"
    )
    (pkg / "bulk.py").write_text(
        render("client-runtime/bulk.py.jinja", bulk_ops=bulk_ops), encoding="utf-8"
    )
    webhooks = render_webhooks_module(spec, package)
    if webhooks is not None:
        (pkg / "webhooks.py").write_text(webhooks, encoding="utf-8")
    (pkg / "_contract.json").write_text(
        json.dumps(contract_data(spec, catalogue), sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    info = spec.doc.get("info") or {}
    servers = spec.doc.get("servers") or [{"url": "http://localhost"}]
    context = {
        "api": api,
        "package": package,
        "project_name": api + "-client",
        "version": _version(str(info.get("version", "0"))),
        "description": f"Typed client for {info.get('title', api)} (generated by smsspec).",
        "title": info.get("title", api),
        "base_url": servers[0]["url"],
        "bulk_ops": bulk_ops,
        "example": _readme_example(spec),
        "imported": is_imported(api),
        "basic": spec.auth is not None and spec.auth.kind == "basic",
    }
    (project / "pyproject.toml").write_text(
        render("client-runtime/pyproject.toml.jinja", **context)
    )
    (project / "README.md").write_text(render("client-runtime/README.md.jinja", **context))


def _version(raw: str) -> str:
    parts = [p for p in raw.replace("v", "").split(".") if p.isdigit()]
    return ".".join([*parts, "0", "0", "0"][:3])


def _format(project: Path) -> None:
    ruff = str(_BIN / "ruff")
    config = str(project / "pyproject.toml")
    _run([ruff, "check", "--fix-only", "--no-cache", "--config", config, "."], cwd=project)
    _run([ruff, "format", "--no-cache", "--config", config, "."], cwd=project)
