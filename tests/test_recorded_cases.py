"""Recorded traffic as contract tests: case directories replay green against the mock.

Every directory under ``tests/cases/`` and every directory named in ``$SMSSPEC_CASES``
(separated by ``os.pathsep``) holds cases written by ``smsspec verify --emit-cases``; each is
replayed in order against a fresh in-process mock (:func:`tests.casereplay.replay_directory`:
status, schema and documented error code). The committed directories must also be exactly
what ``--emit-cases`` writes from their recording in ``tests/fixtures/proxy/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.cli import main
from generator.paths import REPO_ROOT
from tests.casereplay import replay_directory

COMMITTED = REPO_ROOT / "tests" / "cases"
RECORDINGS = REPO_ROOT / "tests" / "fixtures" / "proxy"


def case_directories() -> list[Path]:
    found = sorted(p for p in COMMITTED.iterdir() if p.is_dir())
    found += [Path(p) for p in os.environ.get("SMSSPEC_CASES", "").split(os.pathsep) if p]
    return found


@pytest.mark.parametrize("directory", case_directories(), ids=lambda p: p.name)
def test_cases_replay_green_against_the_mock(directory: Path) -> None:
    replayed, failures = replay_directory(directory)
    assert replayed > 0, f"{directory} holds no case"
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "directory", sorted(p for p in COMMITTED.iterdir() if p.is_dir()), ids=lambda p: p.name
)
def test_committed_cases_are_emitted_from_their_recording(
    directory: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO_ROOT)  # case files name their source relative to the repository
    recording = (RECORDINGS / f"{directory.name}.jsonl").relative_to(REPO_ROOT)
    out = tmp_path / "cases"
    assert main(["verify", directory.name, str(recording), "--emit-cases", str(out)]) == 0
    committed = {p.name: p.read_bytes() for p in sorted(directory.glob("*.json"))}
    assert {p.name: p.read_bytes() for p in sorted(out.iterdir())} == committed
