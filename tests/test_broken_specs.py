"""The broken-spec corpus (tests/broken/): every user error ends in one line naming the file and
place, exit status 1, and no traceback — for every command (add, bundle, lint, generate, mock).

Each case runs the real ``smsspec`` command in a subprocess against a scratch checkout
(``SMSSPEC_ROOT``: its own ``spec/`` with the case's files, the repository's templates and npm
tools), so nothing of the working tree is touched.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.paths import REPO_ROOT
from generator.yamlio import load_file

CORPUS = REPO_ROOT / "tests" / "broken"
CASES: list[dict[str, Any]] = load_file(CORPUS / "cases.yaml")
SMSSPEC = Path(sys.executable).parent / "smsspec"
_NAMED = ("bundle", "lint", "generate", "check")
_LINE = re.compile(r"^smsspec: (?P<where>[^\s#:]+(?::\d+|#\S*)?): (?P<message>.+)$")


@pytest.fixture(scope="session")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checkout with no spec of its own: the extensions schema, templates and npm tools."""
    root = tmp_path_factory.mktemp("broken-root")
    (root / "spec").mkdir()
    shutil.copy(REPO_ROOT / "spec" / "extensions.schema.yaml", root / "spec")
    for name in ("templates", "node_modules"):
        if (REPO_ROOT / name).exists():
            (root / name).symlink_to(REPO_ROOT / name)
    return root


def _place(case: dict[str, Any], root: Path) -> list[str]:
    """Copy the case's files into the scratch checkout; return the command line."""
    name = case["name"]
    source = CORPUS / name
    target = root / "spec" / name
    if target.exists():
        shutil.rmtree(target)
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        rel = path.relative_to(source)
        dest = root / rel if rel.parts[0] == "vendor" else target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
    run = [part.replace("{name}", name) for part in case["run"]]
    if run[0] in _NAMED and all(part.startswith("-") for part in run[1:]):
        run.append(name)  # the case's own API
    return run


def _expected_where(case: dict[str, Any]) -> str:
    where = str(case["where"])
    if where.startswith(("vendor/", "spec/")):
        return where
    return f"spec/{case['name']}/{where}"


def test_the_corpus_has_at_least_25_cases() -> None:
    assert len(CASES) >= 25
    assert len({case["name"] for case in CASES}) == len(CASES)
    for case in CASES:
        assert (CORPUS / case["name"]).is_dir(), case["name"]


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_a_broken_spec_gets_one_line_naming_file_and_place(
    case: dict[str, Any], scratch: Path
) -> None:
    command = _place(case, scratch)
    env = {**os.environ, "SMSSPEC_ROOT": str(scratch)}
    env.pop("SMSSPEC_TRACEBACK", None)
    proc = subprocess.run(
        [str(SMSSPEC), *command],
        cwd=scratch,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output, output[-3000:]
    assert proc.returncode == 1, f"exit {proc.returncode}: {output[-2000:]}"
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    found = _LINE.match(lines[0])
    assert found is not None, lines[0]
    assert found["where"] == _expected_where(case), lines[0]
    assert case["says"] in found["message"], lines[0]
    assert "; " in found["message"], f"no remedy in: {lines[0]}"
