"""Generator outputs: determinism, incrementality, catalogue, enums and the migration table."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from generator.catalogue import build_catalogue
from generator.generate import GENERATED_DIR, check, input_fingerprint
from generator.paths import package_name
from tests.conftest import APIS, bundled, spec_of


@pytest.mark.parametrize("api", APIS)
def test_generated_is_up_to_date_and_reproducible(api: str) -> None:
    """A fresh regeneration is byte-identical to the committed generated/ tree."""
    assert check(api) == []


@pytest.mark.parametrize("api", APIS)
def test_fingerprint_is_stable(api: str) -> None:
    assert input_fingerprint(api) == input_fingerprint(api)
    stored = (GENERATED_DIR / api / ".inputs.sha256").read_text().strip()
    assert stored == input_fingerprint(api)


@pytest.mark.parametrize("api", APIS)
def test_catalogue_lists_every_documented_error_once_per_status(api: str) -> None:
    spec = spec_of(api)
    catalogue = build_catalogue(api, bundled(api))
    keys = [(entry.id, entry.status) for entry in catalogue.entries]
    assert len(keys) == len(set(keys))
    documented = {
        (spec.error_id(example.name, example.value), example.status)
        for op in spec.operations
        for example in op.iter_error_examples()
    }
    assert documented <= set(keys)
    for entry in catalogue.entries:
        assert entry.operations or entry.in_band_operations, entry.id


@pytest.mark.parametrize("api", APIS)
def test_error_enum_module_matches_the_catalogue(api: str) -> None:
    path = GENERATED_DIR / api / "python" / package_name(api) / "error_codes.py"
    spec_ = importlib.util.spec_from_file_location(f"_enum_{api.replace('-', '_')}", path)
    assert spec_ is not None
    assert spec_.loader is not None
    module = importlib.util.module_from_spec(spec_)
    sys.modules[spec_.name] = module
    spec_.loader.exec_module(module)
    catalogue = build_catalogue(api, bundled(api))
    ids = {entry.id for entry in catalogue.entries}
    assert {member.value for member in module.ErrorCode} == ids
    for entry in catalogue.entries:
        member = module.ErrorCode(entry.id)
        if entry.status is not None:
            assert entry.status in member.statuses
        assert member.__doc__
    assert module.decode_code("a-code-from-2030") == "a-code-from-2030"
    assert module.decode_code(None) is None


def test_v1_errors_note_the_status_differences_with_v2() -> None:
    if not {"trackly-v1", "trackly-v2"} <= set(APIS):
        pytest.skip("needs trackly-v1 and trackly-v2")
    text = (GENERATED_DIR / "trackly-v1" / "ERRORS.md").read_text()
    section = text.split("## Differences with newer APIs", 1)[1]
    assert "| `too_many_messages` | 400 | trackly-v2 | 413 |" in section


def test_v1_migration_table_links_every_operation() -> None:
    if "trackly-v1" not in APIS:
        pytest.skip("needs trackly-v1")
    text = (GENERATED_DIR / "trackly-v1" / "MIGRATION.md").read_text()
    for op in spec_of("trackly-v1").operations:
        assert f"`{op.operation_id}`" in text
    assert "`to_msisdn` → `to`" in text
    assert "trackly-v2 `sendBulkMessages` (POST `/v2/send/bulk`)" in text


def test_noop_regeneration_touches_nothing(tmp_path: Path) -> None:
    from generator.generate import generate

    api = APIS[0]
    before = {p: p.stat().st_mtime_ns for p in (GENERATED_DIR / api).rglob("*") if p.is_file()}
    assert generate(api) is False
    after = {p: p.stat().st_mtime_ns for p in (GENERATED_DIR / api).rglob("*") if p.is_file()}
    assert before == after
