"""``smsspec check`` and ``make generate`` as a user meets them: tools' leftovers inside
``generated/`` are not differences, the advice on a stale tree fixes it, and an unchanged spec
is not linted twice.

Everything that writes runs in a scratch copy of the repository (``SMSSPEC_ROOT``): copies
of ``spec/``, ``templates/``, ``generator/``, the linters' configuration and one API's
``generated/`` tree; ``node_modules`` is linked.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path, PurePath

import pytest

from generator.generate import is_build_artefact
from generator.paths import REPO_ROOT, generated_dir, package_name

API = "trackly-v1"  # the smallest spec: check regenerates it in a few seconds
SMSSPEC = str(Path(sys.executable).parent / "smsspec")
GENERATED = PurePath("generated", API)
LINT_CONFIG = ("redocly.yaml", ".spectral.yaml", ".redocly.lint-ignore.yaml", "package-lock.json")

# Paths under generated/<api>/ and whether a tool, not smsspec, put them there.
SAMPLES = {
    "python/build/lib/trackly_v1_client/__init__.py": True,
    "python/build/bdist.linux-x86_64/wheel/x": True,
    "python/dist/trackly_v1_client-1.0-py3-none-any.whl": True,
    "python/trackly_v1_client.egg-info/PKG-INFO": True,
    "python/trackly_v1_client/__pycache__/client.cpython-311.pyc": True,
    "python/.mypy_cache/3.11/x.json": True,
    "python/.eggs/setuptools/x": True,
    "typescript/node_modules/typescript/package.json": True,
    "python/trackly_v1_client/api/messages/send_message.py": False,
    "python/pyproject.toml": False,
    "python/trackly_v1_client/CHANGELOG.md": False,
    "typescript/openapi.d.ts": False,
    "errors.json": False,
}


@pytest.mark.parametrize(("path", "artefact"), sorted(SAMPLES.items()))
def test_artefacts_are_ignored_by_check_and_git_alike(path: str, artefact: bool) -> None:
    assert is_build_artefact(PurePath(path)) is artefact
    if shutil.which("git") is None:
        return
    ignored = subprocess.run(
        [
            "git",
            "-C",
            str(REPO_ROOT),
            "check-ignore",
            "-q",
            "--no-index",
            f"generated/{API}/{path}",
        ],
        check=False,
    )
    assert (ignored.returncode == 0) is artefact, f".gitignore disagrees on {path}"


class Scratch:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {**os.environ, "SMSSPEC_ROOT": str(root)}

    def smsspec(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [SMSSPEC, *args],
            env=self.env,
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )

    def edit(self, relative: str, old: str, new: str) -> None:
        path = self.root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{relative}: {old!r} not found"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def scratch(tmp_path: Path) -> Scratch:
    root = tmp_path / "repo"
    root.mkdir()
    for name in ("spec", "templates", "generator"):
        shutil.copytree(REPO_ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(generated_dir(API), root / "generated" / API)
    for name in LINT_CONFIG:
        shutil.copy2(REPO_ROOT / name, root / name)
    (root / "node_modules").symlink_to(REPO_ROOT / "node_modules")
    return Scratch(root)


def _setuptools_is_recent() -> bool:
    """The generated pyproject.toml needs setuptools>=69 (else pip builds in isolation)."""
    try:
        major = int(importlib.metadata.version("setuptools").split(".")[0])
    except importlib.metadata.PackageNotFoundError:
        return False
    return major >= 70


def test_pip_install_leftovers_do_not_make_check_fail(scratch: Scratch, tmp_path: Path) -> None:
    project = scratch.root / "generated" / API / "python"
    isolation = ["--no-build-isolation"] if _setuptools_is_recent() else []
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            *isolation,
            "--target",
            str(tmp_path / "site"),
            str(project),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    leftovers = [project / "build", project / f"{package_name(API)}.egg-info"]
    assert all(p.is_dir() for p in leftovers), "pip left nothing behind: nothing is tested"

    checked = scratch.smsspec("check", API)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"{API}: generated/ is up to date" in checked.stdout

    forced = scratch.smsspec("generate", "--force", API)
    assert forced.returncode == 0, forced.stderr
    assert all(p.is_dir() for p in leftovers), "generate removed the user's leftovers"


def test_check_advice_fixes_a_hand_edit(scratch: Scratch) -> None:
    scratch.edit(f"generated/{API}/errors.json", '"api"', '"api" ')
    checked = scratch.smsspec("check", API)
    assert checked.returncode == 1
    assert "differs: errors.json" in checked.stdout
    advice = re.search(r"run `([^`]+)`", checked.stdout.splitlines()[-1])
    assert advice is not None, checked.stdout
    assert advice.group(1) == f".venv/bin/smsspec generate --force {API}"
    assert scratch.smsspec("generate", "--force", API).returncode == 0
    assert scratch.smsspec("check", API).returncode == 0


def test_check_advice_after_a_spec_edit_is_make_generate(scratch: Scratch) -> None:
    scratch.edit(f"spec/{API}/openapi.yaml", "title: ", "title: Edited ")
    checked = scratch.smsspec("check", API)
    assert checked.returncode == 1
    assert "run `make generate`" in checked.stdout.splitlines()[-1]
    assert scratch.smsspec("generate", API).returncode == 0
    assert scratch.smsspec("check", API).returncode == 0


def _lint(scratch: Scratch) -> subprocess.CompletedProcess[str]:
    return scratch.smsspec("lint", API, "--no-npm")


def test_lint_results_are_cached_by_their_inputs(scratch: Scratch) -> None:
    first = _lint(scratch)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "cached" not in first.stdout
    second = _lint(scratch)
    assert second.returncode == 0
    assert "(cached: inputs unchanged" in second.stdout
    cache = json.loads((scratch.root / ".smsspec-cache" / "lint" / f"{API}.json").read_text())
    assert set(cache) == {"key", "findings"}

    # The npm linters' flag, their configuration and the spec are all part of the key.
    assert "cached" not in scratch.smsspec("lint", API, "--no-npm", "--no-cache").stdout
    scratch.edit(".spectral.yaml", "\n", "\n# edited\n")
    assert "cached" not in _lint(scratch).stdout
    assert "cached" in _lint(scratch).stdout
    scratch.edit(f"spec/{API}/openapi.yaml", "title: ", "title: Edited ")
    assert "cached" not in _lint(scratch).stdout
    assert "cached" in _lint(scratch).stdout


def test_lint_errors_are_never_cached(scratch: Scratch) -> None:
    scratch.edit(
        f"spec/{API}/openapi.yaml",
        "x-doc-conflicts:",
        "x-smsspec-undocumented: 1\nx-doc-conflicts:",
    )
    for _ in range(2):
        failed = _lint(scratch)
        assert failed.returncode == 1
        assert "unknown extension x-smsspec-undocumented" in failed.stdout
        assert "cached" not in failed.stdout
