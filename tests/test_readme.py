"""README.md stays true: its commands exist and it lists every demo key of every mock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import build_parser
from generator.mock import demo_keys
from tests.conftest import APIS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("api", APIS)
def test_readme_lists_every_demo_key(api: str) -> None:
    for role, key in demo_keys(api).items():
        assert f"`{key}`" in README, f"README does not list the {api} demo key of role {role}"
        assert f"`{role}`" in README


def test_readme_commands_exist() -> None:
    commands = set(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    for command in re.findall(r"`smsspec (\w+)", README):
        assert command in commands, f"README mentions `smsspec {command}`, which does not exist"


def test_readme_make_targets_exist() -> None:
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][\w-]*):", makefile, re.MULTILINE))
    for target in re.findall(r"`make (\w[\w-]*)", README):
        assert target in targets, f"README mentions `make {target}`, which the Makefile lacks"
