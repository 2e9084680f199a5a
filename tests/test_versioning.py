"""Versions move by what changed: ``generator.versioning``, the CHANGELOG and the rule table's
``additive`` column, and ``smsspec diff --fail-on unversioned``."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.changelog import new_changelog, section, with_section
from generator.diff import RULES, Change, diff_specs, main_diff
from generator.lint import house_rules
from generator.paths import list_apis, spec_root
from generator.versioning import (
    BUMPS,
    VersionError,
    bump_version,
    client_version,
    parse_version,
    rank,
    replace_info_version,
    required_bump,
    version_bump,
)
from generator.yamlio import dump_json, load_file
from tests.conftest import APIS, bundled

versions = st.builds(
    lambda prefix, parts: prefix + ".".join(map(str, parts)),
    st.sampled_from(["", "v"]),
    st.lists(st.integers(0, 40), min_size=1, max_size=4),
)


def change(rule: str) -> Change:
    return Change(rule, "op", "GET /x", "$.paths['/x'].get", "x", f"{rule} happened")


# -- the rule table --------------------------------------------------------------------------


def test_every_rule_says_whether_it_is_additive() -> None:
    assert all(isinstance(rule.additive, bool) for rule in RULES.values())
    assert not [r.id for r in RULES.values() if r.additive and r.level == "breaking"]
    additive = {r.id for r in RULES.values() if r.additive}
    # Additions and deprecations need a minor version; relaxations and narrowed answers a patch.
    assert {"operation-added", "response-property-added", "operation-deprecated"} <= additive
    assert not {"request-limit-relaxed", "response-enum-narrowed"} & additive


# -- version arithmetic ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("2.0", "major", "3.0"),
        ("2.0", "minor", "2.1"),
        ("2.0", "patch", "2.0.1"),
        ("v1", "major", "v2"),
        ("v1", "minor", "v1.1"),
        ("v1", "patch", "v1.0.1"),
        ("1", "minor", "1.1"),
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("0.3.1", "major", "1.0.0"),  # the rule: breaking is major below 1.0 too
        ("1.2.3.4", "patch", "1.2.4.0"),
    ],
)
def test_bump_version(version: str, bump: Any, expected: str) -> None:
    assert bump_version(version, bump) == expected


@given(versions, st.sampled_from(BUMPS))
def test_a_bump_moves_exactly_that_far(version: str, bump: Any) -> None:
    bumped = bump_version(version, bump)
    assert version_bump(version, bumped) == bump
    assert version_bump(bumped, version) is None
    assert bumped.startswith("v") == version.startswith("v")
    assert len(parse_version(bumped).parts) >= len(parse_version(version).parts)


@given(versions)
def test_an_unmoved_version_is_no_bump(version: str) -> None:
    assert version_bump(version, version) is None
    assert version_bump(version, version + ".0") is None  # 2.0 and 2.0.0 are the same


@pytest.mark.parametrize("bad", ["", "2.0-beta", "one", "v", "1..2", None, 2.0])
def test_unmovable_versions_are_refused(bad: Any) -> None:
    with pytest.raises(VersionError):
        parse_version(bad)


def test_client_version_is_the_spec_version() -> None:
    assert client_version("2.0") == "2.0"
    assert client_version("v1") == "1"
    assert client_version("1.4.2") == "1.4.2"


@given(st.lists(st.sampled_from(sorted(RULES)), max_size=8))
def test_required_bump_is_the_strongest_change(rules: list[str]) -> None:
    needed = required_bump(change(rule) for rule in rules)
    if not rules:
        assert needed is None
    elif any(RULES[r].level == "breaking" for r in rules):
        assert needed == "major"
    elif any(RULES[r].additive for r in rules):
        assert needed == "minor"
    else:
        assert needed == "patch"
    assert rank(needed) == max((rank(required_bump([change(r)])) for r in rules), default=0)


# -- the version line ------------------------------------------------------------------------


@pytest.mark.parametrize("api", list_apis())
def test_replace_info_version_changes_one_line(api: str) -> None:
    text = spec_root(api).read_text(encoding="utf-8")
    before = load_file(spec_root(api))["info"]["version"]
    new = bump_version(before, "patch")
    edited = replace_info_version(text, new)
    changed = [
        (a, b)
        for a, b in zip(text.splitlines(True), edited.splitlines(True), strict=True)
        if a != b
    ]
    assert len(changed) == 1
    old_line, new_line = changed[0]
    assert old_line.replace(before, new) == new_line


@pytest.mark.parametrize(
    ("line", "new", "expected"),
    [
        ('  version: "2.0"  # vendor: v2\n', "3.0", '  version: "3.0"  # vendor: v2\n'),
        ("  version: '1'\n", "2", "  version: '2'\n"),
        ("  version: v1\n", "v2", "  version: v2\n"),
        ("  version: 1.0.0\n", "1.1", '  version: "1.1"\n'),  # a plain 1.1 is a float
    ],
)
def test_replace_info_version_keeps_the_quoting(
    line: str, new: str, expected: str, tmp_path: Path
) -> None:
    text = f"openapi: 3.1.0\ninfo:\n  title: T\n  x-version: 9\n{line}  summary: s\npaths: {{}}\n"
    edited = replace_info_version(text, new)
    assert edited == text.replace(line, expected)
    path = tmp_path / "openapi.yaml"
    path.write_text(edited)
    assert load_file(path)["info"]["version"] == new


def test_a_version_elsewhere_is_not_the_info_version() -> None:
    text = "openapi: 3.1.0\ninfo:\n  title: T\n  contact:\n    version: x\npaths: {}\n"
    with pytest.raises(VersionError, match="no 'version:' line"):
        replace_info_version(text, "2")


def test_lint_requires_a_movable_version() -> None:
    doc = copy.deepcopy(bundled(APIS[0]))
    assert not [f for f in house_rules(doc) if f.where == "/info/version"]
    doc["info"]["version"] = "2.0-beta"
    assert [f for f in house_rules(doc) if f.where == "/info/version"]


# -- the CHANGELOG ---------------------------------------------------------------------------


def test_changelog_sections_are_newest_first_and_replaced_in_place() -> None:
    text = new_changelog("demo", "Demo API", "1.0")
    first = section("1.1", "1.0", "minor", [change("operation-added")])
    text = with_section(text, "1.1", first)
    text = with_section(text, "2.0", section("2.0", "1.1", "major", [change("operation-removed")]))
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## 2.0",
        "## 1.1",
        "## 1.0",
    ]
    again = with_section(text, "2.0", section("2.0", "1.1", "major", [change("operation-removed")]))
    assert again == text
    redone = with_section(
        text,
        "1.1",
        section("1.1", "1.0", "minor", [change("operation-added"), change("server-added")]),
    )
    assert "`server-added`" in redone
    assert redone.count("## 1.1") == 1


def test_changelog_names_every_rule_in_words() -> None:
    changes = [change("operation-removed"), change("operation-added"), change("server-added")]
    changes.append(change("request-limit-relaxed"))
    body = section("3.0", "2.0", "major", changes)
    assert body.startswith("## 3.0\n\nMajor release, compared with 2.0.")
    assert (
        body.index("### Breaking changes")
        < body.index("### Additions")
        < body.index("### Other changes")
    )
    for item in changes:
        assert f"rule `{item.rule}`: {RULES[item.rule].summary}" in body
        assert item.message in body


# -- smsspec diff --fail-on unversioned -------------------------------------------------------


def _pair(tmp_path: Path, old: dict[str, Any], new: dict[str, Any]) -> tuple[str, str]:
    paths = tmp_path / "old.json", tmp_path / "new.json"
    for path, document in zip(paths, (old, new), strict=True):
        path.write_text(dump_json(document))
    return str(paths[0]), str(paths[1])


def _breaking_and_additive(api: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    old = bundled(api)
    breaking = copy.deepcopy(old)
    breaking["paths"].pop(next(iter(breaking["paths"])))
    additive = copy.deepcopy(old)
    additive["paths"]["/smsspec-test-new"] = copy.deepcopy(next(iter(old["paths"].values())))
    for operation in additive["paths"]["/smsspec-test-new"].values():
        if isinstance(operation, dict) and "operationId" in operation:
            operation["operationId"] += "SmsspecTestNew"
    return old, breaking, additive


@pytest.mark.parametrize(
    ("kind", "version", "status"),
    [
        ("breaking", None, 1),  # unchanged version
        ("breaking", "minor", 1),
        ("breaking", "major", 0),
        ("additive", "patch", 1),
        ("additive", "minor", 0),
        ("additive", "major", 0),
        ("same", None, 0),
    ],
)
def test_fail_on_unversioned(
    kind: str, version: Any, status: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api = "trackly-v2" if "trackly-v2" in APIS else APIS[0]
    old, breaking, additive = _breaking_and_additive(api)
    new = copy.deepcopy({"breaking": breaking, "additive": additive, "same": old}[kind])
    if version:
        new["info"]["version"] = bump_version(old["info"]["version"], version)
    changes = diff_specs(old, new)
    assert required_bump(changes) == {"breaking": "major", "additive": "minor"}.get(kind)
    assert main_diff([*_pair(tmp_path, old, new), "--fail-on", "unversioned"]) == status
    err = capsys.readouterr().err
    if status:
        assert f"need a {required_bump(changes)} one" in err


def test_fail_on_unversioned_refuses_an_unreadable_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, breaking, _ = _breaking_and_additive(APIS[0])
    breaking["info"]["version"] = "next"
    assert main_diff([*_pair(tmp_path, old, breaking), "--fail-on", "unversioned"]) == 2
    assert "not a version smsspec can move" in capsys.readouterr().err
