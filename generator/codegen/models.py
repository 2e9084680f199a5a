"""Pydantic v2 models with datamodel-code-generator (request/response bodies, webhook payloads)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..yamlio import dump_json
from .problems import ToolProblem, failed_tool

_BIN = Path(sys.executable).parent

# Flags that make the output reproducible and typed as the project expects (no timestamp,
# explicit formatters and target version); see the CLI reference of
# https://datamodel-code-generator.koxudaxi.dev/ .
FLAGS = [
    "--input-file-type",
    "openapi",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.11",
    "--openapi-scopes",
    "schemas",
    "webhooks",
    "--disable-timestamp",
    "--use-annotated",
    "--use-field-description",
    "--use-schema-description",
    "--use-double-quotes",
    "--capitalise-enum-members",
    # Vendor schema names can be dotted (Twilio's messaging.v1.service): names, not modules.
    "--no-treat-dot-as-module",
    "--formatters",
    "ruff-format",
    "ruff-check",
]


def generate_models(document: dict[str, Any], out_dir: Path) -> list[ToolProblem]:
    """Write ``out_dir/models.py`` from the bundled document; return the problem that kept
    datamodel-codegen from writing it, if any. A document with neither component schemas nor
    webhooks (a vendor's, with every schema inline) has no models: the module says so."""
    if not (document.get("components") or {}).get("schemas") and not document.get("webhooks"):
        (out_dir / "models.py").write_text(
            '"""No models: the document declares no component schemas and no webhooks."""\n',
            encoding="utf-8",
        )
        return []
    with tempfile.TemporaryDirectory(prefix="smsspec-models-") as tmp:
        source = Path(tmp) / "openapi.json"
        source.write_text(dump_json(document), encoding="utf-8")
        target = Path(tmp) / "models.py"
        proc = subprocess.run(
            [
                str(_BIN / "datamodel-codegen"),
                "--input",
                str(source),
                "--output",
                str(target),
                *FLAGS,
            ],
            cwd=tmp,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not target.is_file():
            return [failed_tool("datamodel-codegen", proc.stdout + proc.stderr, "models.py")]
        (out_dir / "models.py").write_text(target.read_text(encoding="utf-8"), encoding="utf-8")
    return []
