"""The generated clients as users get them: built as wheels, installed into a fresh venv,
imported from there and used against the mock served over HTTP.

One module-scoped set-up does the slow parts concurrently: it starts ``smsspec mock`` for
every API, builds every client's wheel (from a copy of ``generated/<api>/python``, so that
no ``build/`` or ``*.egg-info`` lands in ``generated/``), creates one venv and installs all
wheels with their dependencies (httpx, attrs, python-dateutil from the package index, or its
cache). Select these tests alone with ``pytest -m packaging``.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import venv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.mock import demo_keys
from generator.mock.admin import PREFIX as ADMIN_PREFIX
from generator.paths import REPO_ROOT, generated_dir, package_name
from generator.sdk_extensions import sdk_settings
from generator.specmodel import Operation, Spec
from generator.versioning import client_version
from tests.conftest import APIS, bundled
from tests.test_sdk_programs import EXPECTED, program


def _packaging_marker() -> list[pytest.MarkDecorator]:
    """``pytest -m packaging`` selects this module once pyproject.toml registers the marker;
    until then it is left unmarked, since ``--strict-markers`` refuses an unknown marker."""
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    markers = config.get("tool", {}).get("pytest", {}).get("ini_options", {}).get("markers", [])
    if any(str(line).split(":", 1)[0].strip() == "packaging" for line in markers):
        return [pytest.mark.packaging]
    return []


pytestmark = _packaging_marker()

STARTUP_TIMEOUT = 60.0
COMMAND_TIMEOUT = 300.0
# Statuses an operation that needs server state may answer instead of success; the client
# must raise the typed exception of that status.
STATEFUL_STATUSES = {404: "NotFoundError"}


def _version(dist: str) -> tuple[int, ...]:
    try:
        raw = importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return ()
    return tuple(int(part) for part in re.findall(r"\d+", raw)[:3])


def can_build_without_isolation() -> bool:
    """The generated pyproject.toml needs setuptools>=69 (and ``wheel`` before 70.1)."""
    setuptools = _version("setuptools")
    if setuptools < (69,):
        return False
    return setuptools >= (70, 1) or bool(_version("wheel"))


def _run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        cmd, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=False, **kwargs
    )
    if done.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _smsspec() -> list[str]:
    script = Path(sys.executable).parent / "smsspec"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "generator.cli"]


# -- which call to make --------------------------------------------------------------------


@dataclass(frozen=True)
class SmokeCall:
    """One operation of an API, callable without a request body, and its arguments."""

    operation_id: str
    module: str  # dotted module of the generated function
    arguments: dict[str, Any]  # spec parameter name → value
    stateful: bool  # it names a resource, so a 404 is an acceptable answer


def _example(param: dict[str, Any]) -> Any:
    schema = param.get("schema") or {}
    if "example" in param:
        return param["example"]
    for example in (param.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    return None


def _module_of(api: str, op: Operation) -> str | None:
    package = package_name(api)
    wanted = op.operation_id.replace("_", "").lower()
    for path in sorted((generated_dir(api) / "python" / package / "api").glob("*/*.py")):
        if path.stem.replace("_", "").lower() == wanted:
            return f"{package}.api.{path.parent.name}.{path.stem}"
    return None


def smoke_call(api: str) -> SmokeCall:
    """The simplest operation to call: no body, a 2xx answer (not only a redirect), fewest
    required parameters, GET first."""
    spec = Spec(bundled(api))
    candidates = []
    for op in spec.operations:
        if op.request_body is not None and op.request_body.get("required"):
            continue
        required = [p for p in op.parameters if p.get("required")]
        arguments = {p["name"]: _example(p) for p in required}
        if any(value is None for value in arguments.values()):
            continue
        module = _module_of(api, op)
        if module is None:
            continue
        redirect_only = not any(status.startswith("2") for status in op.responses)
        rank = (redirect_only, op.method != "get", len(required), op.deprecated, op.path)
        stateful = any(p["in"] == "path" for p in required)
        candidates.append((rank, SmokeCall(op.operation_id, module, arguments, stateful)))
    assert candidates, f"{api}: no operation can be called without a request body"
    return min(candidates, key=lambda item: item[0])[1]


SMOKE_SCRIPT = r"""
import importlib, inspect, json, sys, warnings

warnings.simplefilter("ignore", DeprecationWarning)
plan = json.loads(sys.argv[1])
pkg = importlib.import_module(plan["package"])
module = importlib.import_module(plan["module"])
signature = inspect.signature(module.sync_detailed)
by_key = {name.replace("_", "").lower(): name for name in signature.parameters}
kwargs = {by_key[k.replace("_", "").lower()]: v for k, v in plan["arguments"].items()}
client = pkg.AuthenticatedClient(base_url=plan["base_url"], token=plan["key"])
result = {"package_file": pkg.__file__}
try:
    with client:
        response = module.sync_detailed(client=client, **kwargs)
    result.update(status=int(response.status_code), parsed=type(response.parsed).__name__)
except pkg.APIStatusError as exc:
    result.update(status=exc.status_code, error=type(exc).__name__, code=str(exc.error_id))
print(json.dumps(result))
"""


# -- set-up --------------------------------------------------------------------------------


@dataclass
class Harness:
    wheels: dict[str, Path]
    python: Path  # the fresh venv's interpreter
    venv_dir: Path
    base_urls: dict[str, str]
    timings: dict[str, float]


@dataclass
class Mock:
    api: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def _start_mocks(apis: list[str], work: Path) -> list[Mock]:
    mocks = []
    for api in apis:
        port = _free_port()
        log = work / f"mock-{api}.log"
        with log.open("wb") as sink:
            process = subprocess.Popen(
                [*_smsspec(), "mock", api, "--port", str(port)],
                stdout=sink,
                stderr=subprocess.STDOUT,
                cwd=REPO_ROOT,
            )
        mocks.append(Mock(api, port, process, log))
    return mocks


def _wait_healthy(mock: Mock) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    url = f"http://127.0.0.1:{mock.port}{ADMIN_PREFIX}/health"
    while time.monotonic() < deadline:
        if mock.process.poll() is not None:
            pytest.fail(
                f"smsspec mock {mock.api} exited with {mock.process.returncode}:\n{mock.output()}"
            )
        try:
            if httpx.get(url, timeout=1.0).json().get("api") == mock.api:
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.1)
    pytest.fail(
        f"smsspec mock {mock.api} did not answer {url} in {STARTUP_TIMEOUT}s:\n{mock.output()}"
    )


def _build_wheels(apis: list[str], work: Path) -> dict[str, Path]:
    """Build every client's wheel concurrently, each from a clean copy of its sources."""
    flags = ["--no-isolation"] if can_build_without_isolation() else []
    builds = {}
    for api in apis:
        source = work / "src" / api
        shutil.copytree(
            generated_dir(api) / "python",
            source,
            ignore=shutil.ignore_patterns("__pycache__", "build", "dist", "*.egg-info"),
        )
        out = work / "dist" / api
        cmd = [sys.executable, "-m", "build", "--wheel", *flags, "--outdir", str(out), str(source)]
        process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        builds[api] = (cmd, process, out)
    wheels = {}
    for api, (cmd, process, out) in builds.items():
        output, _ = process.communicate(timeout=COMMAND_TIMEOUT)
        if process.returncode != 0:
            pytest.fail(f"{' '.join(cmd)} failed:\n{output}")
        (wheel,) = out.glob("*.whl")
        wheels[api] = wheel
    return wheels


def _make_venv(path: Path, wheels: list[Path]) -> Path:
    """A fresh venv with the wheels installed; pip runs from this environment (fast)."""
    venv.create(path, with_pip=False, clear=True)
    python = path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    if _version("pip") >= (22, 3):
        _run([*pip, "--python", str(python), "install", "--quiet", *map(str, wheels)])
    else:  # pip too old for --python: bootstrap pip inside the venv instead
        _run([str(python), "-m", "ensurepip", "--upgrade"])
        _run([str(python), "-m", "pip", "install", "--quiet", *map(str, wheels)])
    return python


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    work = tmp_path_factory.mktemp("packaging")
    timings: dict[str, float] = {}
    start = time.monotonic()
    mocks = _start_mocks(APIS, work)
    try:
        wheels = _build_wheels(APIS, work)
        timings["build"] = time.monotonic() - start
        python = _make_venv(work / "venv", list(wheels.values()))
        timings["venv"] = time.monotonic() - start - timings["build"]
        base_urls = {}
        for mock in mocks:
            _wait_healthy(mock)
            server_path = Spec(bundled(mock.api)).server_path
            base_urls[mock.api] = f"http://127.0.0.1:{mock.port}{server_path}"
        timings["ready"] = time.monotonic() - start
        yield Harness(wheels, python, work / "venv", base_urls, timings)
    finally:
        for mock in mocks:
            mock.process.terminate()
        for mock in mocks:
            try:
                mock.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                mock.process.kill()
                mock.process.wait()


# -- tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_wheel_contents(api: str, harness: Harness) -> None:
    package = package_name(api)
    with zipfile.ZipFile(harness.wheels[api]) as wheel:
        names = set(wheel.namelist())
        (metadata_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        metadata = wheel.read(metadata_name).decode()
    assert f"{package}/__init__.py" in names
    assert f"{package}/py.typed" in names, "PEP 561 marker missing: type checkers ignore it"
    assert f"{package}/_contract.json" in names, "package data missing"
    assert f"{package}/CHANGELOG.md" in names, "the changelog does not ship"
    version = client_version(str(bundled(api)["info"]["version"]))
    assert f"\nVersion: {version}\n" in metadata, "the client's version is not its spec's"
    assert all(n.startswith((f"{package}/", metadata_name.split("/")[0])) for n in names), sorted(
        n for n in names if not n.startswith(package)
    )
    requires = {
        re.split(r"[^A-Za-z0-9._-]", line.removeprefix("Requires-Dist:").strip(), maxsplit=1)[
            0
        ].lower()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:")
    }
    assert {"httpx", "attrs", "python-dateutil"} <= requires


@pytest.mark.parametrize("api", APIS)
def test_installed_client_calls_the_mock(api: str, harness: Harness, tmp_path: Path) -> None:
    call = smoke_call(api)
    plan = {
        "package": package_name(api),
        "module": call.module,
        "arguments": call.arguments,
        "base_url": harness.base_urls[api],
        "key": demo_keys(api)["default"],
    }
    script = tmp_path / "smoke.py"
    script.write_text(SMOKE_SCRIPT, encoding="utf-8")
    # -I: isolated mode, so nothing from this checkout (cwd, PYTHONPATH) can be imported.
    done = _run([str(harness.python), "-I", str(script), json.dumps(plan)], cwd=tmp_path)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{api}: {call.operation_id} {call.arguments} -> {result}")
    assert Path(result["package_file"]).is_relative_to(harness.venv_dir), result
    status = result["status"]
    if call.stateful and status in STATEFUL_STATUSES:
        assert result.get("error") == STATEFUL_STATUSES[status], result
    else:
        assert 200 <= status < 300, f"{api} {call.operation_id}: {result}"
        assert "error" not in result


@pytest.mark.parametrize("api", APIS)
def test_user_program_runs_with_the_installed_wheel(api: str, harness: Harness) -> None:
    """The README's user program of ``api`` (tests/programs/) in isolated mode, so it imports
    the installed wheel and nothing from this checkout."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    env[sdk_settings(Spec(bundled(api)), api).api_key_env] = demo_keys(api)["default"]
    done = subprocess.run(
        [str(harness.python), "-I", str(program(api)), harness.base_urls[api]],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=COMMAND_TIMEOUT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for pattern in EXPECTED[api]:
        assert any(re.search(pattern, line) for line in lines), (pattern, lines)
