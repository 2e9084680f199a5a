"""TypeScript outputs: ``openapi.d.ts`` (openapi-typescript) and ``errors.ts`` (the catalogue).

Both land in ``generated/<api>/typescript/``:

* ``openapi.d.ts`` is written by the pinned ``openapi-typescript`` from ``node_modules/.bin``
  with the flags in :data:`OPENAPI_TYPESCRIPT_FLAGS` and an explicit Redocly config, run in an
  empty temporary directory so that no ``redocly.yaml`` of the checkout is picked up. Its
  output has no timestamp or path in it; smsspec prepends a one-line provenance header.
  The input is :func:`typescript_view` of the bundled document: the same document, except that
  requirement-only ``anyOf``/``oneOf`` branches (``anyOf: [{required: [to]}, {required:
  [to_msisdn]}]`` beside ``properties``) are given the properties they require. As written,
  openapi-typescript turns such a schema into ``{...} | unknown | unknown``, which is
  ``unknown``: the request body of the main send operations would accept anything.
* ``errors.ts`` is rendered from ``templates/typescript/errors.ts.jinja``: the documented codes
  as a string-literal union ``ErrorCode`` (the ids where the provider has no codes), an open
  ``AnyErrorCode = ErrorCode | (string & {})`` for codes the server adds later, a ``const``
  record per code and the type guard ``isKnownErrorCode``.
"""

from __future__ import annotations

import atexit
import copy
import json
import os
import re
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import IO, Any

from ..catalogue import Catalogue
from ..paths import NODE_BIN, REPO_ROOT, npm_version
from ..specmodel import Spec
from ..yamlio import dump_json, write_if_changed
from .branches import typed_branches
from .errors import enum_members
from .jinja import render
from .problems import ToolProblem, failed_tool
from .typescript_client import render_client_ts

# Pinned generator behaviour (flags: https://openapi-ts.dev/cli). ``--root-types`` adds
# ``export type SchemaX = components["schemas"]["X"]`` aliases (name clashes get a ``_2``
# suffix from openapi-typescript itself). ``--empty-objects-unknown``: an object schema without
# properties (free-form placeholders, webhook payloads, ``if``/``then`` rules in an ``allOf``)
# accepts any keys, as JSON Schema says; the default, ``Record<string, never>``, accepts only
# ``{}`` and turns every property of an ``allOf`` it is part of into ``never``.
# ``--default-non-nullable=false``: a property is required only when its schema's `required`
# lists it. By default openapi-typescript also requires every property with a `default`,
# except directly under a requestBody, so request schemas reached through `$ref` (all of
# ours) would force callers to send every defaulted field.
OPENAPI_TYPESCRIPT_FLAGS: tuple[str, ...] = (
    "--root-types",
    "--empty-objects-unknown",
    "--default-non-nullable=false",
)

# openapi-typescript validates with the CLI's default Redocly config (`extends: [minimal]`),
# set in openapi_typescript_worker.mjs, so a redocly.yaml nearby never changes the output.

TS_DIR = "typescript"


def node_env() -> dict[str, str]:
    """Environment for the npm tools: no colours, no telemetry, no update checks."""
    env = dict(os.environ)
    env.update(
        NO_COLOR="1",
        FORCE_COLOR="0",
        REDOCLY_TELEMETRY="off",
        REDOCLY_SUPPRESS_UPDATE_NOTICE="true",
    )
    return env


def _tool(name: str) -> Path:
    tool = NODE_BIN / name
    if not tool.exists():
        raise FileNotFoundError(f"{tool} is missing; run `make setup` to install the npm tools")
    return tool


def _type_requirement_branches(node: dict[str, Any]) -> None:
    properties = node.get("properties")
    if not isinstance(properties, dict):
        return
    # oneOf beside properties is already an intersection in openapi-typescript: {…} & (A | B).
    typed = typed_branches(node.get("oneOf"), properties)
    if typed is not None:
        node["oneOf"] = typed
    # anyOf beside properties becomes a union with the object ({…} | A | B): move it under
    # allOf, which openapi-typescript intersects, so that it reads {…} & (A | B).
    typed = typed_branches(node.get("anyOf"), properties)
    if typed is not None:
        del node["anyOf"]
        node["allOf"] = [*(node.get("allOf") or []), {"anyOf": typed}]
    for part in node.get("allOf") or []:
        if not isinstance(part, dict) or set(part) - {"anyOf", "oneOf"}:
            continue
        for key in ("anyOf", "oneOf"):
            typed = typed_branches(part.get(key), properties)
            if typed is not None:
                part[key] = typed


def typescript_view(document: dict[str, Any]) -> dict[str, Any]:
    """The document openapi-typescript is given (see the module docstring); a deep copy."""
    view = copy.deepcopy(document)
    stack: list[Any] = [view]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            _type_requirement_branches(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return view


class _Worker:
    """One ``openapi_typescript_worker.mjs`` process for every spec of a run (see there):
    Node, TypeScript and Redocly load once instead of once per spec. Requests are serialised;
    the process ends with ours (its stdin closes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self._stderr: IO[bytes] | None = None
        atexit.register(self.close)

    def _start(self) -> subprocess.Popen[str]:
        if self._proc is None or self._proc.poll() is not None:
            _tool("openapi-typescript")  # a clear error when the npm tools are missing
            self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the worker
            self._proc = subprocess.Popen(
                ["node", str(_WORKER)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                text=True,
                encoding="utf-8",
                env=node_env(),
                cwd=REPO_ROOT,
            )
        return self._proc

    def convert(self, source: Path) -> str:
        request = json.dumps({"source": str(source), "options": _OPTIONS})
        with self._lock:
            proc = self._start()
            assert proc.stdin is not None
            assert proc.stdout is not None
            proc.stdin.write(request + "\n")
            proc.stdin.flush()
            line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"openapi-typescript worker exited:\n{self._stderr_tail()}")
        answer = json.loads(line)
        if not answer.get("ok"):
            raise RuntimeError(f"openapi-typescript failed:\n{answer.get('error')}")
        return str(answer["text"])

    def _stderr_tail(self) -> str:
        if self._stderr is None:
            return ""
        self._stderr.seek(0)
        return self._stderr.read()[-4000:].decode("utf-8", "replace")

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.stdin is not None:
            proc.stdin.close()
            proc.wait(timeout=30)


_WORKER = Path(__file__).with_name("openapi_typescript_worker.mjs")
_OPTIONS = {
    # --root-types -> rootTypes: the CLI's own flag-to-option mapping; "=false" turns one off.
    re.sub(r"-([a-z])", lambda m: m.group(1).upper(), flag.removeprefix("--").split("=")[0]): (
        not flag.endswith("=false")
    )
    for flag in OPENAPI_TYPESCRIPT_FLAGS
}
_worker = _Worker()


def openapi_dts(api: str, document: dict[str, Any]) -> str:
    """The text of ``openapi.d.ts`` for ``document`` (what the CLI would write)."""
    with tempfile.TemporaryDirectory(prefix=f"smsspec-ts-{api}-") as tmp:
        source = Path(tmp) / "openapi.json"
        source.write_text(dump_json(typescript_view(document)), encoding="utf-8")
        try:
            body = _worker.convert(source)
        except RuntimeError as exc:
            raise RuntimeError(f"{api}: {exc}") from None
    flags = " ".join(OPENAPI_TYPESCRIPT_FLAGS)
    version = (document.get("info") or {}).get("version")
    header = (
        f"// Generated by smsspec from spec/{api}/ at version {version} with openapi-typescript "
        f"{npm_version('openapi-typescript')} {flags} — do not edit.\n"
    )
    return header + body.replace("\r\n", "\n")


def _jsdoc(text: str) -> list[str]:
    """Lines of ``text`` safe inside a ``/** … */`` comment."""
    cleaned = text.replace("*/", "*\u2215").strip()
    return [line.rstrip() for line in cleaned.splitlines()] if cleaned else []


def error_members(catalogue: Catalogue) -> list[dict[str, Any]]:
    """One record per error id: the Python enum's data plus code and operations."""
    members = []
    by_id = catalogue.by_id()
    for member in enum_members(catalogue):
        entries = by_id[member["id"]]
        code = next((e.code for e in entries if e.code is not None), None)
        operations: list[str] = []
        in_band: list[str] = []
        for entry in entries:
            operations += [op for op in entry.operations if op not in operations]
            in_band += [op for op in entry.in_band_operations if op not in in_band]
        is_code = code is not None if catalogue.has_codes else True
        members.append(
            {
                **member,
                "code": code,
                "is_code": is_code,
                "operations": operations,
                "in_band_operations": in_band,
                "doc": _jsdoc(member["description"]),
                "message_doc": _jsdoc(member["message"]),
            }
        )
    return members


def numeric_codes(document: dict[str, Any]) -> bool:
    """Whether the provider's error bodies carry their code as a number (Twilio's ``20404``)."""
    from ..specmodel import Spec, get_field

    spec = Spec(document)
    field = spec.envelope.code
    return field is not None and any(
        isinstance(value, int) and not isinstance(value, bool)
        for op in spec.operations
        for example in op.iter_error_examples()
        for value in [get_field(example.value, field)]
    )


def render_errors_ts(
    catalogue: Catalogue, version: str | None = None, *, numeric: bool = False
) -> str:
    """``errors.ts`` of ``catalogue``; ``version``: the spec's ``info.version``; with
    ``numeric``, the codes the bodies carry as numbers are listed as their decimal text and
    ``errorCodeOf`` reads a body's code that way."""
    members = error_members(catalogue)
    return render(
        "typescript/errors.ts.jinja",
        catalogue=catalogue,
        version=version,
        members=members,
        codes=[m for m in members if m["is_code"]],
        title_doc=_jsdoc(catalogue.title),
        numeric=numeric,
    )


def generate_typescript(
    api: str, document: dict[str, Any], catalogue: Catalogue, out_dir: Path
) -> list[ToolProblem]:
    """Write ``out_dir/typescript/{openapi.d.ts,errors.ts,client.ts}``; return the problem
    that kept openapi-typescript from writing ``openapi.d.ts``, if any (the rest is
    written)."""
    ts_dir = out_dir / TS_DIR
    ts_dir.mkdir(parents=True, exist_ok=True)
    problems: list[ToolProblem] = []
    version = str((document.get("info") or {}).get("version"))
    outputs = {
        ts_dir / "errors.ts": render_errors_ts(catalogue, version, numeric=numeric_codes(document)),
        ts_dir / "client.ts": render_client_ts(api, Spec(document), catalogue),
    }
    try:
        outputs[ts_dir / "openapi.d.ts"] = openapi_dts(api, document)
    except RuntimeError as exc:
        problems.append(failed_tool("openapi-typescript", str(exc), "typescript/openapi.d.ts"))
    for path, text in outputs.items():
        write_if_changed(path, text)
    return problems
