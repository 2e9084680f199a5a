"""``smsspec add``: a vendor document kept byte-for-byte, a manifest and an overlay beside it,
an inferred error envelope, updates that keep the overlay, and the imported lint profile."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import UserError
from generator.importer import add_api, infer_envelope
from generator.lint import house_rules
from generator.manifest import read_manifest
from generator.paths import REPO_ROOT
from generator.sources import load_spec

VENDOR = """\
openapi: 3.0.1
info: {title: Vendor SMS, version: '2.1'}
servers: [{url: 'https://api.vendor.test'}]
x-vendor-build: 1234
paths:
  /messages:
    post:
      operationId: sendMessage
      x-vendor-internal: true
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [to]
              properties:
                to: {type: string, nullable: true}
      responses:
        '201': {description: Sent}
        '400':
          description: Bad
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
        '404':
          description: Missing
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
components:
  schemas:
    Error:
      type: object
      properties:
        error:
          type: object
          properties:
            code: {type: integer}
            message: {type: string}
            trace_id: {type: string}
"""


@pytest.fixture
def vendor_file(tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "vendor_sms.yaml"
    path.parent.mkdir()
    path.write_bytes(VENDOR.encode())  # no trailing newline fix-ups: bytes are bytes
    return path


def test_add_keeps_the_document_byte_for_byte(tmp_path: Path, vendor_file: Path) -> None:
    spec_dir = tmp_path / "spec"
    done = add_api("vendor-sms", str(vendor_file), spec_dir=spec_dir)
    copied = spec_dir / "vendor-sms" / "vendor_sms.yaml"
    assert done.document == copied
    assert copied.read_bytes() == vendor_file.read_bytes()
    manifest = read_manifest(spec_dir / "vendor-sms")
    assert manifest is not None
    assert manifest.document == "vendor_sms.yaml"
    assert manifest.overlay == "overlay.yaml"
    assert manifest.source["sha256"] == hashlib.sha256(vendor_file.read_bytes()).hexdigest()
    assert (done.version, done.operations, done.updated) == ("3.0.1", 1, False)
    changelog = (spec_dir / "vendor-sms" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 2.1\n\nThe vendor's document as first imported by `smsspec add`" in changelog


def test_the_overlay_starts_with_the_inferred_envelope(tmp_path: Path, vendor_file: Path) -> None:
    spec_dir = tmp_path / "spec"
    done = add_api("vendor-sms", str(vendor_file), spec_dir=spec_dir)
    assert done.envelope == {
        "message": "error.message",
        "code": "error.code",
        "request_id": "error.trace_id",
    }
    overlay = yaml.safe_load(done.overlay.read_text())
    assert overlay["overlay"] == "1.0.0"
    assert overlay["extends"] == "vendor_sms.yaml"
    document = load_spec(spec_dir / "vendor-sms")
    assert document["x-error-envelope"] == done.envelope
    assert document["openapi"] == "3.1.0"  # upgraded at bundle time
    schema = document["paths"]["/messages"]["post"]["requestBody"]["content"]
    assert schema["application/json"]["schema"]["properties"]["to"]["type"] == ["string", "null"]


@pytest.mark.parametrize(
    ("properties", "expected"),
    [
        (
            {"message": {"type": "string"}, "code": {"type": "string"}},
            {"message": "message", "code": "code"},
        ),
        ({"detail": {"type": "string"}, "title": {"type": "string"}}, {"message": "detail"}),
        (
            {"error": {"type": "string"}, "error_description": {"type": "string"}},
            {"message": "error_description", "code": "error"},
        ),
    ],
)
def test_envelope_inference(properties: dict[str, Any], expected: dict[str, str]) -> None:
    doc = yaml.safe_load(VENDOR)
    doc["components"]["schemas"]["Error"]["properties"] = properties
    assert infer_envelope(doc) == expected


def test_no_error_schema_means_no_inferred_envelope() -> None:
    doc = yaml.safe_load(VENDOR)
    for response in ("400", "404"):
        del doc["paths"]["/messages"]["post"]["responses"][response]
    assert infer_envelope(doc) is None


def test_a_new_version_replaces_the_document_and_keeps_the_overlay(
    tmp_path: Path, vendor_file: Path
) -> None:
    spec_dir = tmp_path / "spec"
    add_api("vendor-sms", str(vendor_file), spec_dir=spec_dir)
    overlay = spec_dir / "vendor-sms" / "overlay.yaml"
    overlay.write_text(
        overlay.read_text()
        + "- target: $.paths['/messages'].post\n  update: {x-idempotent: false}\n"
    )
    newer = vendor_file.with_name("vendor_sms_v2.yaml")
    newer.write_text(VENDOR.replace("version: '2.1'", "version: '2.2'"))
    done = add_api("vendor-sms", str(newer), spec_dir=spec_dir)
    assert done.updated
    assert not (spec_dir / "vendor-sms" / "vendor_sms.yaml").exists()
    document = load_spec(spec_dir / "vendor-sms")
    assert document["info"]["version"] == "2.2"
    assert document["paths"]["/messages"]["post"]["x-idempotent"] is False
    assert yaml.safe_load(overlay.read_text())["extends"] == "vendor_sms_v2.yaml"
    # The changelog is the team's from then on (`smsspec bump` writes its sections).
    assert "## 2.2" not in (spec_dir / "vendor-sms" / "CHANGELOG.md").read_text(encoding="utf-8")


def test_an_update_the_overlay_no_longer_fits_changes_nothing(
    tmp_path: Path, vendor_file: Path
) -> None:
    spec_dir = tmp_path / "spec"
    add_api("vendor-sms", str(vendor_file), spec_dir=spec_dir)
    overlay = spec_dir / "vendor-sms" / "overlay.yaml"
    overlay.write_text(
        overlay.read_text()
        + "- target: $.paths['/messages'].post\n  update: {x-idempotent: false}\n"
    )
    before = {p.name: p.read_bytes() for p in (spec_dir / "vendor-sms").iterdir()}
    renamed = vendor_file.with_name("vendor_sms_v3.yaml")
    renamed.write_text(VENDOR.replace("/messages:", "/v3/messages:"))
    with pytest.raises(UserError) as caught:
        add_api("vendor-sms", str(renamed), spec_dir=spec_dir)
    assert caught.value.file == spec_dir / "vendor-sms" / "overlay.yaml"
    assert "selects nothing" in caught.value.message
    assert {p.name: p.read_bytes() for p in (spec_dir / "vendor-sms").iterdir()} == before


@pytest.mark.parametrize(
    ("api", "problem"),
    [("Vendor_SMS", "lower-case words"), ("-x", "lower-case words"), ("9sms", "lower-case")],
)
def test_api_names_become_package_names(
    tmp_path: Path, vendor_file: Path, api: str, problem: str
) -> None:
    with pytest.raises(UserError, match=problem):
        add_api(api, str(vendor_file), spec_dir=tmp_path / "spec")


def test_a_curated_spec_is_never_replaced(tmp_path: Path, vendor_file: Path) -> None:
    curated = tmp_path / "spec" / "trackly-v2"
    curated.mkdir(parents=True)
    (curated / "openapi.yaml").write_text("openapi: 3.1.0\n")
    with pytest.raises(UserError, match="a curated spec already lives here"):
        add_api("trackly-v2", str(vendor_file), spec_dir=tmp_path / "spec")


@pytest.fixture
def served(vendor_file: Path) -> Iterator[str]:
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(  # noqa: E731
        *a, directory=str(vendor_file.parent)
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{vendor_file.name}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_document_is_imported_from_a_url(tmp_path: Path, vendor_file: Path, served: str) -> None:
    done = add_api("vendor-sms", served, spec_dir=tmp_path / "spec")
    assert done.document.read_bytes() == vendor_file.read_bytes()
    manifest = read_manifest(tmp_path / "spec" / "vendor-sms")
    assert manifest is not None
    assert manifest.source["file"] == served


def test_the_imported_profile_allows_vendor_extensions_and_warns_on_style(
    tmp_path: Path, vendor_file: Path
) -> None:
    add_api("vendor-sms", str(vendor_file), spec_dir=tmp_path / "spec")
    document = load_spec(tmp_path / "spec" / "vendor-sms")
    imported = house_rules(document, strict=False)
    assert imported, "the vendor operation has no summary and no tags"
    assert {finding.level for finding in imported} == {"warning"}
    curated = house_rules(document, strict=True)
    assert any("unknown extension x-vendor-build" in f.message for f in curated)
    assert {finding.level for finding in curated} == {"error"}


def test_add_then_lint_on_the_command_line(tmp_path: Path, vendor_file: Path) -> None:
    """The two commands of the README, in a scratch checkout."""
    root = tmp_path / "checkout"
    (root / "spec").mkdir(parents=True)
    shutil.copy(REPO_ROOT / "spec" / "extensions.schema.yaml", root / "spec")
    smsspec = str(Path(sys.executable).parent / "smsspec")
    env = {**os.environ, "SMSSPEC_ROOT": str(root)}
    added = subprocess.run(
        [smsspec, "add", "vendor-sms", str(vendor_file)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert added.returncode == 0, added.stderr
    assert "kept byte-for-byte" in added.stdout
    assert "error envelope inferred (message: error.message, code: error.code" in added.stdout
    linted = subprocess.run(
        [smsspec, "lint", "vendor-sms", "--no-npm"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr
    assert "vendor-sms: 0 errors" in linted.stdout
    # An edit by hand to the vendor's file is noticed (the manifest holds its digest).
    document = root / "spec" / "vendor-sms" / "vendor_sms.yaml"
    document.write_bytes(document.read_bytes() + b"# edited\n")
    relinted = subprocess.run(
        [smsspec, "lint", "vendor-sms", "--no-npm"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert relinted.returncode == 0, relinted.stdout + relinted.stderr
    assert "vendor_sms.yaml is not the document imported (sha256 differs)" in relinted.stdout


def test_a_document_without_error_conventions_generates_everything(tmp_path: Path) -> None:
    """No error schema, no operationId conventions of smsspec's: the catalogue is empty and
    every generator still writes its output."""
    root = tmp_path / "checkout"
    (root / "spec").mkdir(parents=True)
    shutil.copy(REPO_ROOT / "spec" / "extensions.schema.yaml", root / "spec")
    for name in ("templates", "node_modules"):
        (root / name).symlink_to(REPO_ROOT / name)
    vendor = tmp_path / "plain.yaml"
    bare = yaml.safe_load(VENDOR)
    for status in ("400", "404"):
        del bare["paths"]["/messages"]["post"]["responses"][status]
    del bare["components"]
    # Two query parameters openapi-python-client names alike (Twilio's `DateSent` and
    # `DateSent<`): it cannot write this operation; the rest is still generated.
    same_name = [
        {"name": name, "in": "query", "schema": {"type": "string"}}
        for name in ("DateSent", "DateSent<")
    ]
    bare["paths"]["/messages"]["get"] = {
        "operationId": "listMessages",
        "parameters": same_name,
        "responses": {"200": {"description": "Listed"}},
    }
    vendor.write_text(yaml.safe_dump(bare))
    smsspec = str(Path(sys.executable).parent / "smsspec")
    env = {**os.environ, "SMSSPEC_ROOT": str(root)}
    for command in (["add", "plain-sms", str(vendor)], ["generate", "plain-sms"]):
        done = subprocess.run(
            [smsspec, *command],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr
    assert "openapi-python-client cannot handle GET /messages" in done.stderr
    assert "Traceback" not in done.stderr
    out = root / "generated" / "plain-sms"
    catalogue = json.loads((out / "errors.json").read_text())
    assert catalogue["errors"] == []
    assert catalogue["envelope"] == {"message": "message"}
    for produced in (
        "openapi.json",
        "models.py",
        "ERRORS.md",
        "typescript/openapi.d.ts",
        "typescript/errors.ts",
        "python/plain_sms_client/api/default/send_message.py",
    ):
        assert (out / produced).is_file(), produced
    # No tags: the resource is the path's last word, the method the operationId less it.
    resource = (out / "python" / "plain_sms_client" / "resources" / "messages.py").read_text()
    assert "def send(" in resource
    assert "def list(" not in resource
