"""The generated client packages pass ``mypy --strict`` and ``ruff`` with their own config."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.paths import generated_dir, package_name
from tests.conftest import APIS

BIN = Path(sys.executable).parent


@pytest.mark.parametrize("api", APIS)
def test_generated_client_is_mypy_strict_clean(api: str, tmp_path: Path) -> None:
    project = generated_dir(api) / "python"
    proc = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--config-file",
            "pyproject.toml",
            "--no-incremental",
            "--cache-dir",  # never inside generated/ (`smsspec check` flags stray files)
            str(tmp_path / "mypy-cache"),
            package_name(api),
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


@pytest.mark.parametrize("api", APIS)
def test_generated_client_is_ruff_clean(api: str) -> None:
    project = generated_dir(api) / "python"
    for command in (["check"], ["format", "--check"]):
        proc = subprocess.run(
            [str(BIN / "ruff"), *command, "--no-cache", "--config", "pyproject.toml", "."],
            cwd=project,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout[-4000:]
