"""``smsspec fuzz`` cannot pass by accident.

The command runs against the mock served over real HTTP by ``smsspec mock`` (the harness of
``tests/reliability``): a wrong key fails with a one-line reason, the right key (picked from
the mock's demo keys when ``SMSSPEC_API_KEY`` is unset) passes with the coverage line, and a
failure's reproduction commands run from outside the venv with the key from the environment.
The verdict logic (``generator.fuzzcoverage``) is also tested on its own, over generated call
records.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.catalogue import build_catalogue
from generator.cli import build_parser
from generator.contract import API_KEY_ENV, auth_headers
from generator.fuzz import (
    DEFAULT_FAIL_WARNINGS,
    FuzzUsageError,
    ReproRewriter,
    ci_mode,
    parse_warning_classes,
    warning_problems,
    work_dir,
)
from generator.fuzzcoverage import ErrorNamer, coverage
from generator.mock import demo_keys
from generator.paths import REPO_ROOT
from tests.conftest import APIS, bundled, spec_of
from tests.reliability.harness import MockServer

SMSSPEC = str(Path(sys.executable).parent / "smsspec")
FAST = ["--max-examples", "2", "--phases", "examples,fuzzing"]


@cache
def catalogue_of(api: str) -> dict[str, Any]:
    return build_catalogue(api, bundled(api)).as_dict()


# -- the verdict, from call records ----------------------------------------------------------


def _call(op: Any, status: int, body: Any = None, probe: bool = False) -> dict[str, Any]:
    record: dict[str, Any] = {
        "operation": op.operation_id,
        "label": f"{op.method.upper()} {op.path}",
        "status": status,
        "mode": "positive",
    }
    if body is not None:
        record["body"] = json.dumps(body)
    if probe:
        record["probe"] = True
    return record


statuses = st.sampled_from([200, 201, 204, 302, 400, 401, 403, 404, 409, 422, 429, 500])


@pytest.mark.parametrize("api", APIS)
@settings(deadline=None)
@given(data=st.data())
def test_the_verdict_follows_the_statuses(api: str, data: st.DataObject) -> None:
    spec = spec_of(api)
    ops = data.draw(
        st.lists(
            st.sampled_from(spec.operations),
            min_size=1,
            max_size=6,
            unique_by=lambda op: op.operation_id,
        )
    )
    answers = {op.operation_id: data.draw(st.lists(statuses, min_size=1, max_size=5)) for op in ops}
    calls = [_call(op, s) for op in ops for s in answers[op.operation_id]]
    # Routing probes (undeclared methods) never count, whatever they answered.
    calls += [_call(op, 200, probe=True) for op in ops]
    result = coverage(api, spec, catalogue_of(api), calls)
    problems = result.problems()
    refused = [o for o, got in answers.items() if set(got) <= {401, 403}]
    succeeded = [o for o, got in answers.items() if any(200 <= s < 400 for s in got)]
    if refused:
        assert len(problems) == 1
        assert problems[0].startswith("authentication failed: ")
        assert f"{len(refused)} of {len(answers)}" in problems[0] or (
            f"all {len(answers)} operations" in problems[0] and len(refused) == len(answers)
        )
    elif not succeeded:
        assert len(problems) == 1
        assert problems[0].startswith("no operation answered with success")
    else:
        assert problems == []
    line = result.line()
    assert line.startswith(f"coverage: {len(succeeded)}/{len(answers)} operations answered")
    assert f"; {sum(len(v) for v in answers.values())} call" in line


@pytest.mark.parametrize("api", APIS)
def test_errors_are_named_by_the_catalogue(api: str) -> None:
    """Every documented error example, sent back as an answer, is named by its catalogue id
    (codes, or the catalogued message for providers without codes)."""
    spec = spec_of(api)
    namer = ErrorNamer(catalogue_of(api))
    named = 0
    for op in spec.operations:
        for name, example in op.error_examples.items():
            got = namer.name(example.status, json.dumps(example.value))
            expected = spec.error_id(name, example.value)
            if expected in namer.ids:
                assert got == expected, f"{op.operation_id} {name}: {got}"
                named += 1
    assert named
    assert namer.name(500, "not json") is None
    assert namer.name(400, None) is None


def test_seen_errors_are_counted_per_operation() -> None:
    api = "trackly-v2" if "trackly-v2" in APIS else APIS[0]
    spec = spec_of(api)
    op = next(o for o in spec.operations if o.error_examples)
    name, example = next(iter(op.error_examples.items()))
    result = coverage(
        api, spec, catalogue_of(api), [_call(op, 200), _call(op, example.status, example.value)]
    )
    assert result.operations[op.operation_id].errors[spec.error_id(name, example.value)] == 1
    assert "1/" in result.line().split("; ")[1]
    assert "; 2 calls" in result.line()


# -- options, warnings, reproduction commands --------------------------------------------------


def test_warning_classes() -> None:
    assert parse_warning_classes("default") == DEFAULT_FAIL_WARNINGS
    assert parse_warning_classes("missing_auth, rate_limited") == ("missing_auth", "rate_limited")
    assert "missing_test_data" in parse_warning_classes("all")
    for bad in ("", "missing_auth,typo"):
        with pytest.raises(FuzzUsageError, match="unknown warning class"):
            parse_warning_classes(bad)
    report = {"warnings": {"missing_auth": ["GET /a", "GET /b"], "missing_test_data": ["GET /c"]}}
    assert warning_problems(report, DEFAULT_FAIL_WARNINGS) == [
        "schemathesis warning missing_auth (GET /a, GET /b)"
    ]
    assert warning_problems(report, ()) == []


@pytest.mark.parametrize(
    ("value", "ci"),
    [("true", True), ("1", True), ("yes", True), ("", False), ("false", False), ("0", False)],
)
def test_ci_mode(value: str, ci: bool) -> None:
    assert ci_mode({"CI": value}) is ci
    assert ci_mode({}) is False


@pytest.mark.parametrize("api", APIS)
def test_repro_commands_name_the_key_by_its_variable(api: str) -> None:
    spec = spec_of(api)
    rewrite = ReproRewriter(spec, work_dir(api))
    header, value = next(iter(auth_headers(spec, "$SMSSPEC_API_KEY").items()))
    curl = f"    curl -X GET -H 'X-Other: 1' -H '{header}: [Filtered]' http://h/api/x\n"
    fixed = rewrite(curl)
    assert "[Filtered]" not in fixed
    assert f'-H "{header}: {value}"' in fixed
    assert fixed.startswith("    curl -X GET -H 'X-Other: 1' ")
    replay = rewrite("    st replay kB4EFs\n")
    assert replay.startswith(f"    cd {work_dir(api)} && {Path(sys.executable).parent / 'st'} ")
    assert replay.endswith(f'replay kB4EFs --header "{header}: {value}"\n')
    assert rewrite("Reproduce with:\n") == "Reproduce with:\n"


# -- against the mock over HTTP ----------------------------------------------------------------


@pytest.fixture(scope="module")
def trackly(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    if "trackly-v2" not in APIS:
        pytest.skip("SMSSPEC_APIS leaves trackly-v2 out")
    log = tmp_path_factory.mktemp("fuzz") / "mock.log"
    with MockServer("trackly-v2", log, cli=True) as server:
        yield server


def fuzz(*args: str, key: str | None, ci: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in (API_KEY_ENV, "CI")}
    if key is not None:
        env[API_KEY_ENV] = key
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [SMSSPEC, "fuzz", *args],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_a_wrong_key_fails_and_says_why(trackly: MockServer) -> None:
    demo = demo_keys("trackly-v2")["default"]
    wrong = demo[:-6] + "WRONG1"
    done = fuzz("trackly-v2", "--url", trackly.base_url, *FAST, key=wrong)
    assert done.returncode == 1, done.stdout + done.stderr
    last = done.stdout.rstrip().splitlines()[-1]
    count = len(spec_of("trackly-v2").operations)
    assert last.startswith(
        f"smsspec fuzz: FAILED: authentication failed: all {count} operations answered only "
        "401/403 (invalid_api_key"
    ), last
    assert wrong not in done.stdout + done.stderr


def test_the_mock_key_passes_with_the_coverage_line(trackly: MockServer) -> None:
    done = fuzz("trackly-v2", "--url", trackly.base_url, *FAST, key=None, ci=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr
    lines = done.stdout.rstrip().splitlines()
    assert lines[0].endswith("key from the smsspec mock's demo key (role default)")
    count = len(spec_of("trackly-v2").operations)
    assert re.match(rf"coverage: (\d+)/{count} operations answered with success; ", lines[-2])
    assert lines[-1] == f"smsspec fuzz: passed (trackly-v2, {trackly.base_url})"
    for key in demo_keys("trackly-v2").values():
        assert key not in done.stdout + done.stderr


def test_failures_print_repro_commands_that_run_outside_the_venv(
    trackly: MockServer, tmp_path: Path
) -> None:
    key = demo_keys("trackly-v2")["default"]
    done = fuzz(
        "trackly-v2",
        "--url",
        trackly.base_url,
        "--operation",
        "listLists",
        "-H",
        "X-Smsspec-Fault: status:500",
        *FAST,
        key=key,
    )
    assert done.returncode == 1
    assert (
        done.stdout.rstrip()
        .splitlines()[-1]
        .startswith("smsspec fuzz: FAILED: contract failures: ST101 Server error")
    )
    assert key not in done.stdout + done.stderr
    assert "[Filtered]" not in done.stdout
    commands = re.findall(r"^ {4}((?:curl|cd) .+)$", done.stdout, re.MULTILINE)
    curl = next(c for c in commands if c.startswith("curl "))
    replay = next(c for c in commands if c.startswith("cd "))
    # A shell without the venv on PATH, the key only in the environment.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), API_KEY_ENV: key}
    replayed = subprocess.run(
        ["bash", "-c", replay], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert "Replaying" in replayed.stdout, replayed.stdout + replayed.stderr
    assert "ST101" in replayed.stdout
    if shutil.which("curl"):
        answered = subprocess.run(
            ["bash", "-c", curl + " -s -o /dev/null -w '%{http_code}'"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert answered.stdout == "500", answered.stderr


def test_no_key_and_no_mock_is_a_usage_error(tmp_path: Path) -> None:
    done = fuzz("trackly-v2", "--url", "http://127.0.0.1:9/api", key=None)
    assert done.returncode == 2
    assert done.stderr.startswith(f"smsspec fuzz: set {API_KEY_ENV} ")
    assert "Traceback" not in done.stderr


def test_a_mock_of_another_api_is_a_usage_error(trackly: MockServer) -> None:
    other = next((a for a in APIS if a != "trackly-v2"), None)
    if other is None:
        pytest.skip("one API selected")
    done = fuzz(other, "--url", trackly.base_url, key=None)
    assert done.returncode == 2
    assert f"the smsspec mock of trackly-v2, not of {other}" in done.stderr


def test_help_lists_the_apis_and_explains_every_option() -> None:
    done = subprocess.run([SMSSPEC, "fuzz", "--help"], capture_output=True, text=True, check=True)
    text = " ".join(done.stdout.split())
    for api in APIS:
        assert api in text
    for warning in DEFAULT_FAIL_WARNINGS:
        assert warning in text
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    actions = sub.choices["fuzz"]._actions
    assert {"--url", "--fail-on-warnings", "--ci", "--operation", "--junit", "--header"} <= {
        o for a in actions for o in a.option_strings
    }
    for action in actions:
        assert action.help, f"{action.option_strings or action.dest} is not explained"
        assert " ".join(action.help.split()) in text
