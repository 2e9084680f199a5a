"""The user programs of ``tests/programs/`` (one per API, written from the README only).

Each one type-checks under ``mypy --strict`` against the generated packages with no
``assert``, ``cast`` or ``# type: ignore``, and runs against its mock over real HTTP (uvicorn,
as ``smsspec mock`` serves it) with the API key in the environment variable the README
names. The Trackly v1 program, all of whose calls are deprecated, warns at its own lines and
fails at the first one under ``python -W error::DeprecationWarning``, before any request.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.mock import create_app, demo_keys
from generator.mock.app import MockConfig
from generator.paths import REPO_ROOT, generated_dir
from generator.sdk_extensions import sdk_settings
from generator.specmodel import Spec
from tests.conftest import APIS, bundled
from tests.test_mock_transformify import Served

PROGRAMS = REPO_ROOT / "tests" / "programs"
BIN = Path(sys.executable).parent


def program(api: str) -> Path:
    return PROGRAMS / f"{api.replace('-', '_')}.py"


def _environment(api: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    env["PYTHONPATH"] = str(generated_dir(api) / "python")
    env[sdk_settings(Spec(bundled(api)), api).api_key_env] = demo_keys(api)["default"]
    return env


@pytest.fixture(scope="module", params=APIS)
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    api = str(request.param)
    with Served(create_app(api, MockConfig())) as server:
        yield api, server.base_url + Spec(bundled(api)).server_path


def run_program(api: str, base_url: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *flags, str(program(api)), base_url],
        capture_output=True,
        text=True,
        check=False,
        env=_environment(api),
        cwd=PROGRAMS,
        timeout=300,
    )


def test_every_api_has_a_program() -> None:
    for api in APIS:
        assert program(api).is_file(), f"write {program(api).relative_to(REPO_ROOT)}"


def test_programs_need_no_assert_cast_or_ignore() -> None:
    for api in APIS:
        text = program(api).read_text(encoding="utf-8")
        tree = ast.parse(text)
        assert not [n for n in ast.walk(tree) if isinstance(n, ast.Assert)], api
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        attributes = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        assert "cast" not in names | attributes, api
        assert not re.search(r"#\s*type:\s*ignore", text), api


def test_programs_type_check_under_mypy_strict(tmp_path: Path) -> None:
    paths = os.pathsep.join(str(generated_dir(api) / "python") for api in APIS)
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\npython_version = 3.11\n", encoding="utf-8")
    proc = subprocess.run(
        [
            str(BIN / "mypy"),
            "--config-file",
            str(config),
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            *(str(program(api)) for api in APIS),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MYPYPATH": paths},
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


EXPECTED = {
    "trackly-v2": [
        r"^sent \w{8} queued$",
        r"^contacts (\d+) distinct \1 pages ([4-9]|\d\d+)$",
        r"^lists status 200 count \d+$",
        r"^refused HTTP 400 \[invalid_phone\]: ",
        r"^async contacts \d+$",
    ],
    "trackly-v1": [r"^sent \S+ queued$", r"^bulk queued 1$", r"^validated \+14155551234 \w+$"],
    "transformify": [
        r"^templates \d+$",
        r"^campaigns ([4-9]|\d\d+) pages \1$",
        r"^bulk accepted 1200 of 1200$",
        r"^not found campaign_not_found 404$",
    ],
    "messages-dev": [
        r"^queued obx_\S+ pending$",
        r"^event message\.received from \S+$",
        r"^refused insufficient_scope 403$",
    ],
    "twilio-messaging-v1": [
        r"^services 4 pages 2$",
        r"^number PN\w{32} in True$",
        r"^not found 20404 404$",
    ],
}


def test_program_runs_against_the_mock(served: tuple[str, str]) -> None:
    api, base_url = served
    proc = run_program(api, base_url)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    for pattern in EXPECTED[api]:
        assert any(re.search(pattern, line) for line in lines), (pattern, lines)


@pytest.mark.skipif("trackly-v1" not in APIS, reason="trackly-v1 not selected")
def test_v1_program_warns_at_its_own_lines_and_stops_under_w_error() -> None:
    api = "trackly-v1"
    with Served(create_app(api, MockConfig())) as server:
        _check_deprecation(api, server.base_url + Spec(bundled(api)).server_path)


def _check_deprecation(api: str, base_url: str) -> None:
    source = program(api).read_text(encoding="utf-8").splitlines()
    first_call = next(i for i, line in enumerate(source, 1) if "client.messages.send(" in line)
    warned = run_program(api, base_url)
    assert warned.returncode == 0, warned.stderr
    location = f"{program(api).name}:{first_call}: DeprecationWarning: sendMessage is deprecated"
    assert location in warned.stderr.replace(str(PROGRAMS) + os.sep, ""), warned.stderr
    assert "TracklyV2().messages.send" in warned.stderr
    # send and send_bulk are deprecated operations; phone validation is live, but its answer
    # carries Trackly v1's Deprecation header, so that call warns from the answer.
    assert warned.stderr.count("DeprecationWarning") == 3, "one per call"
    assert "(the server says: Deprecation: true)" in warned.stderr

    stopped = run_program(api, base_url, "-W", "error::DeprecationWarning")
    assert stopped.returncode != 0
    assert "DeprecationWarning: sendMessage is deprecated" in stopped.stderr
    frames = re.findall(r'File "([^"]+)", line (\d+)', stopped.stderr)
    ours = [(f, int(n)) for f, n in frames if Path(f).name == program(api).name]
    assert ours[-1][1] == first_call, stopped.stderr
    assert "sent " not in stopped.stdout
