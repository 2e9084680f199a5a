"""The generated TypeScript compiles under ``tsc --noEmit --strict``, and wrong usage does not.

The TypeScript of every API is generated afresh into a temporary directory (so the test checks
the generator and its templates; ``smsspec check`` checks that generated/ matches). Then:

* ``tests/ts/<api>.ts``, the hand-written usage of each API (a path type, a request body, a
  response and the error union, with ``@ts-expect-error`` lines for wrong usage), and a usage
  file derived from the spec for every API (so an API added under spec/ is covered before
  anyone writes its usage file) must compile with no error;
* ``tests/ts/invalid/<api>.ts`` and a derived counterpart hold deliberate type errors, each
  marked ``// expect-error TS<code>``: tsc must fail with exactly those errors on exactly those
  lines, which proves the compile step can fail at all and fails for the right reason;
* every ``x-sdk-method`` is a method of the generated ``client.ts`` (in the derived usage);
* ``tests/ts/sdk/<api>.ts`` with the fresh ``client.ts`` compiles to ES modules under
  ``tsc --strict`` and runs under Node against the mock served over HTTP.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from generator.catalogue import build_catalogue
from generator.codegen.typescript import (
    generate_typescript,
    node_env,
    openapi_dts,
    render_errors_ts,
    typescript_view,
)
from generator.codegen.typescript_client import camel_case
from generator.mock import create_app, demo_keys
from generator.mock.app import MockConfig
from generator.paths import NODE_BIN, REPO_ROOT
from generator.sdk_extensions import sdk_settings
from generator.specmodel import Spec

from .conftest import APIS, bundled, spec_of
from .test_mock_transformify import Served

pytestmark = pytest.mark.npm

TS_DIR = REPO_ROOT / "tests" / "ts"
TSC = NODE_BIN / "tsc"
_DIAGNOSTIC = re.compile(r"^(?P<file>.+?)\((?P<line>\d+),(?P<col>\d+)\): error (?P<code>TS\d+): ")
_MARKER = re.compile(r"//\s*expect-error\s+(?P<code>TS\d+)\s*$")
_JSON_MEDIA = re.compile(r"^application/([\w.+-]+\+)?json$")


@dataclass
class TscRun:
    returncode: int
    output: str
    errors: dict[Path, list[tuple[int, str]]] = field(default_factory=dict)


def _require_tools() -> None:
    for tool in (TSC, NODE_BIN / "openapi-typescript"):
        if not tool.exists():
            pytest.fail(f"{tool} is missing: run `make setup` (npm ci) to install the npm tools")


def run_tsc(files: list[Path], generated_root: Path, workdir: Path, name: str) -> TscRun:
    """``tsc --noEmit --strict`` over ``files`` with tests/ts/tsconfig.json's options."""
    config = workdir / f"tsconfig.{name}.json"
    config.write_text(
        json.dumps(
            {
                "extends": str(TS_DIR / "tsconfig.json"),
                "compilerOptions": {
                    "paths": {
                        "@generated/*": [f"{generated_root}/*"],
                        # The generated clients import openapi-fetch; the files under test
                        # live outside the checkout, so point at its node_modules.
                        "openapi-fetch": [str(REPO_ROOT / "node_modules" / "openapi-fetch")],
                    }
                },
                "files": [str(f) for f in files],
                "include": [],
            },
            indent=2,
        )
    )
    proc = subprocess.run(
        [str(TSC), "-p", str(config), "--noEmit", "--strict", "--pretty", "false"],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
        env=node_env(),
        timeout=300,
    )
    run = TscRun(proc.returncode, proc.stdout + proc.stderr)
    for line in run.output.splitlines():
        match = _DIAGNOSTIC.match(line)
        if match:
            path = (workdir / match["file"]).resolve()  # tsc prints paths relative to cwd
            run.errors.setdefault(path, []).append((int(match["line"]), match["code"]))
    return run


def _ts(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _json_media(content: Any) -> str | None:
    for media in content or {}:
        if _JSON_MEDIA.match(media):
            return str(media)
    return None


def _status_key(status: str) -> str:
    return status if status.isdigit() else _ts(status)


def derived_usage(api: str, spec: Spec, error_ids: list[str]) -> str:
    """A usage file that touches every operation of ``api`` (path, body, 2xx responses)."""
    mod = f"@generated/{api}/typescript"
    lines = [
        f"// Derived by tests/test_typescript.py from the bundled spec of {api}.",
        f'import type {{ operations, paths }} from "{mod}/openapi";',
        "import {",
        "  ERROR_CODES,",
        "  ERROR_CODE_VALUES,",
        "  ERRORS,",
        "  errorInfo,",
        "  isKnownErrorCode,",
        "  type AnyErrorCode,",
        "  type ErrorCode,",
        "  type ErrorId,",
        f'}} from "{mod}/errors";',
        f'import {{ expectType, type Equal, type Extends }} from "{TS_DIR / "assert"}";',
        "",
    ]
    client = sdk_settings(spec, api).client
    lines.insert(1, f'import {{ {client} }} from "{mod}/client";')
    for index, op in enumerate(spec.operations):
        method = op.sdk_method
        if method is not None:  # every operation is client.<resource>.<method> in camelCase
            chain = "".join(f"[{_ts(camel_case(part))}]" for part in str(method).split("."))
            lines.append(f"export type Method{index} = {client}{chain};")
            callable_ = "(...args: never[]) => Promise<unknown>"
            lines.append(f"expectType<Extends<Method{index}, {callable_}>>();")
        if "operationId" not in op.raw:
            continue
        operation = f"operations[{_ts(op.operation_id)}]"
        lines.append(f"expectType<Equal<paths[{_ts(op.path)}][{_ts(op.method)}], {operation}>>();")
        body = op.request_body
        media = _json_media((body or {}).get("content"))
        if body and media:
            lines.append(
                f'export type Body{index} = NonNullable<{operation}["requestBody"]>'
                f'["content"][{_ts(media)}];'
            )
        for status, response in op.responses.items():
            media = _json_media(response.get("content"))
            if media and status[0] in "2":
                lines.append(
                    f'export type Response{index}_{status} = {operation}["responses"]'
                    f'[{_status_key(status)}]["content"][{_ts(media)}];'
                )
    lines += [
        "",
        "expectType<Extends<ErrorCode, ErrorId>>();",
        "expectType<Extends<(typeof ERROR_CODE_VALUES)[number], ErrorCode>>();",
        'export const open: AnyErrorCode = "__smsspec_code_added_later__";',
        "export function lookup(raw: unknown): string | undefined {",
        "  if (isKnownErrorCode(raw)) {",
        "    return ERROR_CODES[raw].message;",
        "  }",
        '  return typeof raw === "string" ? errorInfo(raw)?.description : undefined;',
        "}",
    ]
    lines += [
        f"export const id{i}: ErrorId = ERRORS[{_ts(e)}].id;" for i, e in enumerate(error_ids)
    ]
    return "\n".join(lines) + "\n"


def derived_invalid(api: str) -> str:
    mod = f"@generated/{api}/typescript"
    return "\n".join(
        [
            f"// Derived by tests/test_typescript.py: deliberate type errors against {api}.",
            f'import type {{ operations, paths }} from "{mod}/openapi";',
            f'import type {{ ErrorCode }} from "{mod}/errors";',
            'export const code: ErrorCode = "__smsspec_not_a_code__"; // expect-error TS2322',
            'export type NoPath = paths["/__smsspec_no_such_path__"]; // expect-error TS2339',
            'export type NoOp = operations["__smsspec_no_such_op__"]; // expect-error TS2339',
            "",
        ]
    )


def expected_errors(path: Path) -> list[tuple[int, str]]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = _MARKER.search(line)
        if match:
            found.append((number, match["code"]))
    return found


@dataclass
class Workspace:
    root: Path
    generated: Path
    valid: dict[str, list[Path]]
    invalid: dict[str, list[Path]]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    _require_tools()
    root = tmp_path_factory.mktemp("typescript")
    generated = root / "generated"
    derived = root / "derived"
    derived.mkdir()
    valid: dict[str, list[Path]] = {}
    invalid: dict[str, list[Path]] = {}
    for api in APIS:
        document = bundled(api)
        catalogue = build_catalogue(api, document)
        generate_typescript(api, document, catalogue, generated / api)
        usage = derived / f"{api}.ts"
        ids = sorted(catalogue.by_id())
        usage.write_text(derived_usage(api, spec_of(api), ids), encoding="utf-8")
        wrong = derived / f"{api}.invalid.ts"
        wrong.write_text(derived_invalid(api), encoding="utf-8")
        valid[api] = [p for p in [TS_DIR / f"{api}.ts"] if p.is_file()] + [usage]
        invalid[api] = [p for p in [TS_DIR / "invalid" / f"{api}.ts"] if p.is_file()] + [wrong]
    return Workspace(root, generated, valid, invalid)


@pytest.fixture(scope="module")
def valid_run(workspace: Workspace) -> TscRun:
    files = [f for api in APIS for f in workspace.valid[api]]
    return run_tsc(files, workspace.generated, workspace.root, "valid")


@pytest.fixture(scope="module")
def invalid_run(workspace: Workspace) -> TscRun:
    files = [f for api in APIS for f in workspace.invalid[api]]
    return run_tsc(files, workspace.generated, workspace.root, "invalid")


def test_generated_files(workspace: Workspace, api: str) -> None:
    out = workspace.generated / api / "typescript"
    assert sorted(p.name for p in out.iterdir()) == ["client.ts", "errors.ts", "openapi.d.ts"]
    dts = (out / "openapi.d.ts").read_text(encoding="utf-8")
    version = bundled(api)["info"]["version"]
    header = f"// Generated by smsspec from spec/{api}/ at version {version} with openapi-"
    assert dts.startswith(header)
    assert "export interface paths" in dts
    assert "export interface operations" in dts
    # A schema type that accepts only {} (openapi-typescript's default for a free-form object).
    closed = [line for line in dts.splitlines() if "Record<string, never>" in line]
    assert all(line.startswith("export type ") for line in closed), closed


def test_usage_compiles(workspace: Workspace, valid_run: TscRun, api: str) -> None:
    assert (TS_DIR / f"{api}.ts").is_file(), f"write tests/ts/{api}.ts: the usage of {api}"
    assert (TS_DIR / "invalid" / f"{api}.ts").is_file(), f"write tests/ts/invalid/{api}.ts"
    checked = [*workspace.valid[api], *(workspace.generated / api).rglob("*.ts")]
    problems = {p: e for p in checked if (e := valid_run.errors.get(p.resolve()))}
    assert not problems, valid_run.output


def test_valid_usage_compiles_cleanly(valid_run: TscRun) -> None:
    """No error anywhere else either (tests/ts/assert.ts, the config, errors without a file)."""
    assert valid_run.returncode == 0, valid_run.output


def test_wrong_usage_fails(workspace: Workspace, invalid_run: TscRun, api: str) -> None:
    assert invalid_run.returncode != 0, "tsc accepted deliberately wrong code"
    for path in workspace.invalid[api]:
        expected = expected_errors(path)
        assert expected, f"{path} marks no expected error"
        got = invalid_run.errors.get(path.resolve(), [])
        unexpected = [(line, code) for line, code in got if line not in dict(expected)]
        missing = [(line, code) for line, code in expected if (line, code) not in got]
        assert not unexpected, f"{path}: unexpected {unexpected}\n{invalid_run.output}"
        assert not missing, f"{path}: missing {missing}\n{invalid_run.output}"


def test_errors_ts_lists_the_catalogue(api: str) -> None:
    document = bundled(api)
    catalogue = build_catalogue(api, document)
    text = render_errors_ts(catalogue)
    union = re.search(r"export type ErrorCode =\n((?:  \| \".*\"\n?;?)+)", text)
    ids = sorted(catalogue.by_id())
    codes = sorted(
        i
        for i, entries in catalogue.by_id().items()
        if not catalogue.has_codes or any(e.code is not None for e in entries)
    )
    listed = re.findall(r'\| "([^"]+)"', union.group(1)) if union else []
    assert listed == codes
    for error_id in ids:
        assert f'  "{error_id}": {{\n    id: "{error_id}",' in text
    assert "export type AnyErrorCode = ErrorCode | (string & {});" in text
    assert "export function isKnownErrorCode(x: unknown): x is ErrorCode {" in text


def test_openapi_dts_is_deterministic(workspace: Workspace, api: str) -> None:
    again = openapi_dts(api, bundled(api))
    first = (workspace.generated / api / "typescript" / "openapi.d.ts").read_text(encoding="utf-8")
    assert again == first


def test_requirement_only_branches_are_typed() -> None:
    doc = {
        "components": {
            "schemas": {
                "Send": {
                    "type": "object",
                    "required": ["body"],
                    "anyOf": [{"required": ["to"]}, {"required": ["to_msisdn"]}],
                    "properties": {
                        "to": {"type": "string"},
                        "to_msisdn": {"type": "string"},
                        "body": {"type": "string"},
                    },
                },
                "Untouched": {"anyOf": [{"required": ["x"]}, {"type": "string"}]},
            }
        }
    }
    view = typescript_view(doc)
    send = view["components"]["schemas"]["Send"]
    assert "anyOf" not in send
    assert send["allOf"] == [
        {
            "anyOf": [
                {"type": "object", "required": ["to"], "properties": {"to": {"type": "string"}}},
                {
                    "type": "object",
                    "required": ["to_msisdn"],
                    "properties": {"to_msisdn": {"type": "string"}},
                },
            ]
        }
    ]
    assert view["components"]["schemas"]["Untouched"] == doc["components"]["schemas"]["Untouched"]
    assert "allOf" not in doc["components"]["schemas"]["Send"], "the input must not change"


# -- the client under Node, against the mock ------------------------------------------------

SDK_PROGRAMS = TS_DIR / "sdk"
NODE_EXPECTED = {
    "trackly-v2": [
        r"^sent \w{8} queued$",
        r"^contacts \d+ pages \d+$",
        r"^lists \d+$",
        r"^refused 400 invalid_phone$",
    ],
    "trackly-v1": [r"^sent \S+ queued$", r"^validated \+14155551234 (true|false)$"],
    "transformify": [r"^campaigns ([2-9]|\d\d+)$", r"^not found 404 template_not_found$"],
    "messages-dev": [r"^messages \d+ pages \d+$", r"^refused 403 insufficient_scope$"],
    "twilio-messaging-v1": [r"^created 3$", r"^services [4-9]$", r"^not found 404 20404$"],
}


def test_client_runs_against_the_mock_under_node(
    workspace: Workspace, api: str, tmp_path: Path
) -> None:
    """``tests/ts/sdk/<api>.ts`` with the freshly generated client: compiled by ``tsc
    --strict`` to ES modules, run by Node against the mock over real HTTP."""
    program = SDK_PROGRAMS / f"{api}.ts"
    assert program.is_file(), f"write {program.relative_to(REPO_ROOT)}"
    for path in (workspace.generated / api / "typescript").iterdir():
        shutil.copyfile(path, tmp_path / path.name)
    shutil.copyfile(SDK_PROGRAMS / "_env.ts", tmp_path / "_env.ts")
    shutil.copyfile(program, tmp_path / "program.ts")
    (tmp_path / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    (tmp_path / "node_modules").symlink_to(REPO_ROOT / "node_modules")
    config = {
        "extends": str(TS_DIR / "tsconfig.json"),
        "compilerOptions": {
            "module": "nodenext",
            "moduleResolution": "nodenext",
            "noEmit": False,
            "outDir": str(tmp_path / "out"),
            "rootDir": str(tmp_path),
            "paths": {},
        },
        "files": [str(tmp_path / "program.ts")],
        "include": [],
    }
    (tmp_path / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    compiled = subprocess.run(
        [str(TSC), "-p", str(tmp_path / "tsconfig.json"), "--strict", "--pretty", "false"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env=node_env(),
        timeout=300,
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    spec = Spec(bundled(api))
    env = {k: v for k, v in node_env().items() if not k.endswith("_API_KEY")}
    env[sdk_settings(spec, api).api_key_env] = demo_keys(api)["default"]
    with Served(create_app(api, MockConfig())) as server:
        env["SMSSPEC_BASE_URL"] = server.base_url + spec.server_path
        ran = subprocess.run(
            ["node", str(tmp_path / "out" / "program.js")],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
            env=env,
            timeout=300,
        )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    lines = ran.stdout.splitlines()
    for pattern in NODE_EXPECTED[api]:
        assert any(re.search(pattern, line) for line in lines), (pattern, lines)
