"""The extension layer: one schema per extension, typed values, lint with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import extensions
from generator.bundle import bundle_file
from generator.codegen.extensions_doc import DOC_FILE, render_extensions_doc
from generator.extensions import Problem, registry, validate
from generator.lint import house_rules
from generator.paths import SPEC_DIR, is_imported
from tests.conftest import APIS, bundled, spec_of


def test_every_extension_has_a_schema_a_place_and_valid_examples() -> None:
    for name, ext in registry().items():
        assert name.startswith("x-")
        assert ext.where, name
        assert ext.description.strip(), name
        assert ext.examples, f"{name} has no example"
        for example in ext.examples:
            problems = [p for p in validate({name: example}) if p.extension == name]
            if "root" in ext.where:
                assert problems == [], (name, problems)


def test_extensions_md_is_rendered_from_the_schema() -> None:
    assert DOC_FILE.read_text(encoding="utf-8") == render_extensions_doc()


@pytest.mark.parametrize("api", APIS)
def test_the_specs_use_only_valid_extensions(api: str) -> None:
    # An imported vendor document keeps its own extensions (x-twilio…); smsspec's must be valid.
    assert validate(bundled(api), allow_unknown=is_imported(api)) == []


@pytest.mark.parametrize("api", APIS)
def test_typed_values_parse_for_every_operation(api: str) -> None:
    spec = spec_of(api)
    for op in spec.operations:
        op.rules, op.bulk, op.rate_limit, op.action, op.pagination, op.replaced_by  # noqa: B018
        for rule in op.rules:
            assert rule.id
            assert rule.error or rule.result, rule.id
    spec.resources, spec.demo_accounts, spec.auth, spec.payload_limit  # noqa: B018


def test_unknown_and_misplaced_extensions_are_refused() -> None:
    doc = {"x-bulk": {"items": "a"}, "x-nope": 1, "paths": {"/a": {"get": {"x-payload-limit": {}}}}}
    messages = sorted(p.message for p in validate(doc))
    assert any("x-bulk may not appear on a root" in m for m in messages)
    assert any("unknown extension x-nope" in m for m in messages)
    assert any("x-payload-limit may not appear on a operation" in m for m in messages)
    assert all(isinstance(p, Problem) for p in validate(doc))
    assert [p.extension for p in validate(doc, allow_unknown=True)] == ["x-bulk", "x-payload-limit"]


def test_lint_names_the_file_and_line_of_a_malformed_extension(tmp_path: Path) -> None:
    copy = tmp_path / "trackly-v1"
    shutil.copytree(SPEC_DIR / "trackly-v1", copy)
    target = copy / "paths" / "messages.yaml"
    text = target.read_text(encoding="utf-8")
    assert "      superseded: true\n" in text
    target.write_text(text.replace("      superseded: true\n", "      superseded: maybe\n", 1))
    line = next(
        i for i, row in enumerate(target.read_text().splitlines(), 1) if "superseded: maybe" in row
    )
    root = copy / "openapi.yaml"
    findings = house_rules(bundle_file(root), root)
    assert findings, "the broken extension was accepted"
    where = findings[0].where
    assert "paths/messages.yaml:" in where
    reported = int(where.split("messages.yaml:", 1)[1].split(" ", 1)[0])
    assert line - 5 <= reported <= line  # the x-rate-limit entry holding the bad value
    assert "x-rate-limit" in findings[0].message


def test_the_registry_is_read_from_the_schema_file() -> None:
    assert extensions.SCHEMA_FILE.is_file()
    assert set(registry()) == set(extensions.schema_document()["extensions"])
