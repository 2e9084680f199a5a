"""``smsspec diff``: one fixture case per rule, real specs against themselves, the CLI.

``tests/fixtures/diff/cases/<rule>[--<variant>].yaml`` patches one small base spec
(``base.yaml``) into the versions before and after one change that must fire exactly
``<rule>``; ``same-*`` cases are rewrites that must fire nothing (see ``tests/diff_cases.py``).
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.bundle import SourceMap
from generator.diff import (
    BREAKING,
    NON_BREAKING,
    RULES,
    Change,
    DiffInputError,
    diff_specs,
    load_source,
    main_diff,
    render,
)
from generator.diff.cli import locator
from generator.paths import spec_root
from generator.sources import load_spec
from generator.specmodel import Spec
from tests.conftest import APIS, bundled
from tests.diff_cases import (
    PatchError,
    apply_patch,
    case_documents,
    case_names,
    case_rule,
    write_case,
)

B, N = BREAKING, NON_BREAKING

# The level of every rule, restated here so that a level change is a deliberate test edit.
EXPECTED_LEVELS = {
    "server-url-changed": B,
    "server-added": N,
    "security-scheme-changed": B,
    "error-envelope-changed": B,
    "payload-limit-tightened": B,
    "payload-limit-relaxed": N,
    "operation-removed": B,
    "operation-added": N,
    "operation-path-changed": B,
    "operation-method-changed": B,
    "operation-id-changed": B,
    "operation-deprecated": N,
    "security-requirement-added": B,
    "security-scope-added": B,
    "security-relaxed": N,
    "rate-limit-tightened": B,
    "rate-limit-relaxed": N,
    "rate-limit-changed": N,
    "webhook-removed": B,
    "webhook-added": N,
    "callback-removed": B,
    "callback-added": N,
    "request-parameter-removed": B,
    "request-parameter-added-required": B,
    "request-parameter-added": N,
    "request-parameter-became-required": B,
    "request-parameter-became-optional": N,
    "parameter-deprecated": N,
    "request-parameter-default-changed": B,
    "request-body-added-required": B,
    "request-body-added": N,
    "request-body-removed": B,
    "request-body-became-required": B,
    "request-media-type-removed": B,
    "request-media-type-added": N,
    "request-property-removed": B,
    "request-property-added-required": B,
    "request-property-added": N,
    "request-property-became-required": B,
    "request-property-became-optional": N,
    "request-enum-narrowed": B,
    "request-enum-widened": N,
    "request-type-changed": B,
    "request-type-widened": N,
    "request-limit-tightened": B,
    "request-limit-relaxed": N,
    "request-pattern-added": B,
    "request-pattern-changed": B,
    "request-pattern-removed": N,
    "request-additional-properties-closed": B,
    "request-variant-removed": B,
    "request-variant-added": N,
    "request-constraint-added": B,
    "request-constraint-removed": N,
    "request-constraint-changed": B,
    "request-default-changed": N,
    "error-mapping-changed": B,
    "error-mapping-added": N,
    "property-deprecated": N,
    "response-status-removed": B,
    "response-status-added": N,
    "response-media-type-removed": B,
    "response-property-removed": B,
    "response-property-became-optional": B,
    "response-property-added": N,
    "response-property-became-required": N,
    "response-enum-widened": B,
    "response-enum-narrowed": N,
    "response-type-changed": B,
    "response-type-narrowed": N,
    "response-variant-added": B,
    "response-variant-removed": N,
    "response-limit-widened": B,
    "response-limit-narrowed": N,
    "response-constraint-removed": B,
    "response-constraint-added": N,
    "response-constraint-changed": B,
    "response-default-changed": N,
    "error-code-removed": B,
    "error-code-status-changed": B,
    "error-code-added": N,
}

# Non-breaking rules that are not additive (they add no surface and relax no limit).
# Non-breaking rules that need only a patch: relaxations and narrowed answers (additions and
# deprecations need a minor version; generator/diff/rules.py explains the semver reading).
NOT_ADDITIVE = {
    "payload-limit-relaxed",
    "security-relaxed",
    "rate-limit-relaxed",
    "rate-limit-changed",
    "request-parameter-became-optional",
    "request-property-became-optional",
    "request-limit-relaxed",
    "request-pattern-removed",
    "request-constraint-removed",
    "error-mapping-added",
    "request-default-changed",
    "response-property-became-required",
    "response-enum-narrowed",
    "response-type-narrowed",
    "response-variant-removed",
    "response-limit-narrowed",
    "response-constraint-added",
    "response-default-changed",
}

RULE_CASES = [name for name in case_names() if case_rule(name) in RULES]
SAME_CASES = [name for name in case_names() if name.startswith("same-")]


def fixture_changes(name: str) -> list[Change]:
    old, new = case_documents(name)
    return diff_specs(old, new)


# -- the rule table --------------------------------------------------------------------------


def test_rule_levels_are_as_documented() -> None:
    assert {rule_id: rule.level for rule_id, rule in RULES.items()} == EXPECTED_LEVELS


def test_additive_is_set_for_every_rule() -> None:
    """Breaking rules are never additive; every non-breaking one is, unless listed."""
    for rule_id, rule in RULES.items():
        expected = rule.level == NON_BREAKING and rule_id not in NOT_ADDITIVE
        assert rule.additive is expected, rule_id
    assert set(RULES) >= NOT_ADDITIVE
    (change,) = fixture_changes("request-property-added")
    assert change.additive
    assert change.as_dict()["additive"] is True
    (change,) = fixture_changes("operation-deprecated")
    assert change.additive  # a deprecation asks for a minor version (semver 2.0.0 §7)
    assert not any(change.additive for change in fixture_changes("request-limit-relaxed"))


def test_every_rule_has_a_fixture_and_every_fixture_a_rule() -> None:
    covered = {case_rule(name) for name in case_names()}
    assert set(RULES) <= covered, f"rules without fixture: {sorted(set(RULES) - covered)}"
    strays = {n for n in case_names() if case_rule(n) not in RULES and not n.startswith("same-")}
    assert not strays, f"fixture cases naming no rule: {sorted(strays)}"


def test_patch_errors_are_clear() -> None:
    base = {"a": {"b": [1, 2]}}
    added = apply_patch(base, [{"op": "add", "path": "/a/b/-", "value": 3}])
    assert added == {"a": {"b": [1, 2, 3]}}
    assert base == {"a": {"b": [1, 2]}}
    with pytest.raises(PatchError, match="nothing to remove"):
        apply_patch(base, [{"op": "remove", "path": "/a/c"}])
    with pytest.raises(PatchError, match="no list index"):
        apply_patch(base, [{"op": "replace", "path": "/a/b/5", "value": 0}])
    with pytest.raises(PatchError, match="unsupported op"):
        apply_patch(base, [{"op": "move", "path": "/a/b", "from": "/a"}])


def test_unknown_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown diff rule"):
        Change("no-such-rule", None, None, "$", "", "")


# -- one pair per rule ---------------------------------------------------------------------


@pytest.mark.parametrize("case", RULE_CASES)
def test_fixture_fires_exactly_its_rule(case: str) -> None:
    rule = case_rule(case)
    changes = fixture_changes(case)
    assert changes, f"{case}: nothing fired"
    fired = {c.rule for c in changes}
    assert fired == {rule}, [(c.rule, c.field, c.message) for c in changes]
    assert {c.level for c in changes} == {EXPECTED_LEVELS[rule]}
    if EXPECTED_LEVELS[rule] == NON_BREAKING:
        assert not any(c.breaking for c in changes)
    for change in changes:
        assert change.location.startswith("$"), change
        assert change.message


@pytest.mark.parametrize("name", SAME_CASES)
def test_equivalent_rewrite_reports_nothing(name: str) -> None:
    changes = fixture_changes(name)
    assert changes == [], [(c.rule, c.field, c.message) for c in changes]


@pytest.mark.parametrize("case", RULE_CASES)
def test_fixture_against_itself_reports_nothing(case: str) -> None:
    for doc in case_documents(case):
        assert diff_specs(doc, copy.deepcopy(doc)) == []


def test_changes_name_the_operation_and_endpoint() -> None:
    (change,) = fixture_changes("request-parameter-became-required")
    assert change.operation == "listItems"
    assert change.endpoint == "GET /items"
    assert change.field == "query limit"
    assert "required" in change.message
    (doc_change,) = fixture_changes("payload-limit-tightened")
    assert doc_change.operation is None
    assert doc_change.endpoint is None


def test_moved_operation_is_compared_after_the_move() -> None:
    old, new = case_documents("operation-path-changed")
    moved = new["paths"]["/item-details/{id}"]["get"]
    moved["deprecated"] = True
    rules = {c.rule for c in diff_specs(old, new)}
    assert rules == {"operation-path-changed", "operation-deprecated"}


def test_breaking_groups_come_first() -> None:
    old, new = case_documents("operation-deprecated")
    new["paths"]["/items"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
        "type": "object",
        "required": ["name", "sku"],
        "properties": {"name": {"type": "string"}, "sku": {"type": "string"}},
    }
    changes = diff_specs(old, new)
    assert changes[0].operation == "createItem"
    assert changes[0].breaking
    assert changes[-1].rule == "operation-deprecated"


# -- real specs ----------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_real_spec_against_itself_reports_nothing(api: str) -> None:
    document = bundled(api)
    assert diff_specs(document, copy.deepcopy(document)) == []


@pytest.mark.parametrize("api", APIS)
def test_real_spec_loaded_from_disk_against_itself(api: str) -> None:
    a = load_source(api)
    b = load_source(str(spec_root(api)))  # the root document (an imported API's vendor file)
    assert diff_specs(a.document, b.document) == []


@pytest.mark.parametrize("api", APIS)
def test_real_spec_removals_are_breaking(api: str) -> None:
    """Dropping an operation, and one error example of another operation, from a real spec."""
    old = bundled(api)
    new = copy.deepcopy(old)
    spec = Spec(new)
    victim, keeper = spec.operations[0], spec.operations[-1]
    del new["paths"][victim.path][victim.method]
    ids = [spec.error_id(e.name, e.value) for e in keeper.iter_error_examples()]
    example = next(
        (e for e, i in zip(keeper.iter_error_examples(), ids, strict=True) if ids.count(i) == 1),
        None,
    )
    if example is not None:  # inline the (possibly shared) response, then drop the example
        status = str(example.status)
        response = copy.deepcopy(spec.resolve(keeper.raw["responses"][status]))
        for media in response["content"].values():
            media.get("examples", {}).pop(example.name, None)
        keeper.raw["responses"][status] = response
    changes = diff_specs(old, new)
    removed = [c for c in changes if c.rule == "operation-removed"]
    assert [c.operation for c in removed] == [victim.operation_id]
    if example is not None:
        error_id = spec.error_id(example.name, example.value)
        kept = {(c.rule, c.field) for c in changes if c.operation == keeper.operation_id}
        assert ("error-code-removed", f"error {error_id}") in kept
        # a response left without examples is still documented, as a bare status
        assert kept <= {
            ("error-code-removed", f"error {error_id}"),
            ("error-code-added", f"error HTTP {example.status}"),
        }


@pytest.mark.parametrize(("old_api", "new_api"), [(a, b) for a in APIS for b in APIS if a != b][:6])
def test_cross_api_diff_is_well_formed(old_api: str, new_api: str) -> None:
    """Two unrelated real specs: many rules on real schemas; stable and reproducible."""
    changes = diff_specs(bundled(old_api), bundled(new_api))
    assert changes
    assert changes == diff_specs(bundled(old_api), bundled(new_api))
    assert all(c.rule in RULES and c.location.startswith("$") for c in changes)
    assert len(set(changes)) == len(changes)


# -- loading -------------------------------------------------------------------------------


def test_unknown_source_is_an_input_error() -> None:
    with pytest.raises(DiffInputError, match="no such file"):
        load_source("no-such-api-or-file")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_api_at_git_revision(tmp_path: Path) -> None:
    """``<api>@<rev>`` bundles spec/<api>/ as committed at that revision."""
    repo = tmp_path / "repo"
    spec_dir = repo / "spec" / "demo"
    spec_dir.mkdir(parents=True)
    _git(repo, "init", "-q")
    pair = write_case("request-property-added-required", tmp_path / "case")
    for name, source in zip(("old", "new"), pair, strict=True):
        shutil.copy(source, spec_dir / "openapi.yaml")
        _git(repo, "add", "-A")
        _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-qm", name)
    old = load_source("demo@HEAD~1", repo=repo)
    new = load_source("demo@HEAD", repo=repo)
    assert old.label == "demo@HEAD~1"
    assert {c.rule for c in diff_specs(old.document, new.document)} == {
        "request-property-added-required"
    }
    by_path = load_source("spec/demo/openapi.yaml@HEAD", repo=repo)
    assert diff_specs(new.document, by_path.document) == []
    with pytest.raises(DiffInputError, match="unknown git revision"):
        load_source("demo@no-such-rev", repo=repo)
    with pytest.raises(DiffInputError, match="does not exist"):
        load_source("other@HEAD", repo=repo)


# -- command line --------------------------------------------------------------------------


def _pair(name: str, directory: Path) -> list[str]:
    return [str(path) for path in write_case(name, directory / name)]


@pytest.mark.parametrize(
    ("fixture", "fail_on", "status"),
    [
        ("request-property-removed", None, 0),
        ("request-property-removed", "breaking", 1),
        ("request-property-removed", "any", 1),
        ("request-property-added", "breaking", 0),
        ("request-property-added", "any", 1),
        ("same-path-parameter-renamed", "any", 0),
        ("same-path-parameter-renamed", "breaking", 0),
    ],
)
def test_cli_exit_status(
    fixture: str,
    fail_on: str | None,
    status: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = _pair(fixture, tmp_path) + (["--fail-on", fail_on] if fail_on else [])
    assert main_diff(argv) == status
    out = capsys.readouterr().out
    assert ("No changes." in out) == fixture.startswith("same-")


def test_cli_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main_diff(["no-such-file.yaml", _pair("server-added", tmp_path)[1]]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main_diff([*_pair("request-enum-narrowed", tmp_path), "--format", "json"]) == 0
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert report["summary"] == {"breaking": 1, "non-breaking": 0}
    (change,) = report["changes"]
    assert change["rule"] == "request-enum-narrowed"
    assert change["level"] == "breaking"
    assert change["operation"] == "createItem"
    assert change["endpoint"] == "POST /items"
    assert change["field"] == "body kind"
    assert change["location"].startswith("$.paths['/items'].post.requestBody")
    assert "large" in change["message"]


def test_cli_text_report_and_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.txt"
    assert main_diff([*_pair("error-code-status-changed", tmp_path), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "1 change: 1 breaking, 0 non-breaking." in text
    assert "createItem  POST /items" in text
    assert "BREAKING" in text
    assert "error-code-status-changed" in text
    assert capsys.readouterr().out == ""


def test_cli_breaking_only_still_fails_on_any(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pair = _pair("server-added", tmp_path)
    assert main_diff([*pair, "--breaking-only", "--fail-on", "any"]) == 1
    assert "No changes." in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["markdown", "github"])
def test_other_formats(fmt: str) -> None:
    changes = fixture_changes("response-enum-widened")
    text = render(changes, "old", "new", fmt)
    assert "response-enum-widened" in text
    if fmt == "github":
        assert text.startswith("::error title=response-enum-widened (breaking)::")
    else:
        assert "| **breaking** | `response-enum-widened` |" in text


def test_smsspec_diff_subcommand(tmp_path: Path) -> None:
    """``smsspec diff`` is a subcommand of the CLI."""
    from generator import cli

    pair = _pair("request-property-removed", tmp_path)
    args = cli.build_parser().parse_args(["diff", *pair, "--fail-on", "breaking"])
    assert cli.main(["diff", *pair, "--fail-on", "breaking"]) == 1
    assert args.fail_on == "breaking"


# -- annotations at file and line ------------------------------------------------------------

ROOT_DOC = """\
openapi: 3.1.0
info: {title: Demo, version: 1.0.0}
paths:
  /items:
    $ref: paths/items.yaml#/items
"""
PATHS_DOC = """\
items:
  get:
    operationId: listItems
    parameters:
      - name: limit
        in: query
        required: {required}
        schema: {{type: integer}}
    responses:
      '200':
        description: Items.
        content:
          application/json:
            schema: {{$ref: '../components/schemas/items.yaml#/Item'}}
"""
SCHEMAS_DOC = """\
Item:
  type: object
  properties:
    name:
      type: string
      maxLength: {max_length}
"""


def _multi_file_spec(directory: Path, *, required: str, max_length: int) -> Path:
    (directory / "paths").mkdir(parents=True)
    (directory / "components" / "schemas").mkdir(parents=True)
    (directory / "openapi.yaml").write_text(ROOT_DOC, encoding="utf-8")
    (directory / "paths" / "items.yaml").write_text(
        PATHS_DOC.format(required=required), encoding="utf-8"
    )
    (directory / "components" / "schemas" / "items.yaml").write_text(
        SCHEMAS_DOC.format(max_length=max_length), encoding="utf-8"
    )
    return directory


def test_github_annotations_point_at_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _multi_file_spec(tmp_path / "old", required="false", max_length=50)
    new = _multi_file_spec(tmp_path / "new", required="true", max_length=80)
    assert main_diff([str(old), str(new), "--format", "github"]) == 0
    lines = capsys.readouterr().out.splitlines()
    paths_file = (new / "paths" / "items.yaml").resolve()
    schemas_file = (new / "components" / "schemas" / "items.yaml").resolve()
    assert lines[:2] == [
        f"::error file={paths_file},line=7,title=request-parameter-became-required (breaking)"
        "::listItems parameter query limit is now required",
        f"::error file={schemas_file},line=6,title=response-limit-widened (breaking)"
        "::listItems name: maxLength 50 → 80",
    ]
    assert PATHS_DOC.splitlines()[6].strip() == "required: {required}"
    assert SCHEMAS_DOC.splitlines()[5].strip() == "maxLength: {max_length}"


def test_annotations_at_a_git_revision_name_repository_files(tmp_path: Path) -> None:
    """``<api>@<rev>`` is read from a temporary checkout; annotations name the repository
    path (spec/<api>/…), not the temporary one."""
    repo = tmp_path / "repo"
    _multi_file_spec(repo / "spec" / "demo", required="false", max_length=50)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-qm", "old")
    (repo / "spec" / "demo" / "paths" / "items.yaml").write_text(
        PATHS_DOC.format(required="true"), encoding="utf-8"
    )
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-qam", "new")
    old = load_source("demo@HEAD~1", repo=repo)
    new = load_source("demo@HEAD", repo=repo, lines=True)
    (change,) = diff_specs(old.document, new.document)
    assert locator(new)(change) == ("spec/demo/paths/items.yaml", 7)
    assert new.root == "spec/demo/openapi.yaml"


def test_annotations_fall_back_to_the_file_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bundled JSON spec has no lines: the annotation names that file."""
    old, new = case_documents("request-enum-narrowed")
    new_file = tmp_path / "bundled.json"
    new_file.write_text(json.dumps(new), encoding="utf-8")
    old_file = tmp_path / "old.json"
    old_file.write_text(json.dumps(old), encoding="utf-8")
    assert main_diff([str(old_file), str(new_file), "--format", "github"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"::error file={new_file.resolve()},title=request-enum-narrowed")


@pytest.mark.parametrize("api", APIS)
def test_source_map_leaves_the_bundle_unchanged(api: str) -> None:
    root = spec_root(api)
    source_map = SourceMap()
    traced = load_spec(root, source_map=source_map)
    assert json.dumps(traced) == json.dumps(load_spec(root))
    assert source_map.origin(traced) is not None
