"""``smsspec fuzz``: the contract suite against any running server (mock or live)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .contract import (
    API_KEY_ENV,
    BASIC_PASSWORD_ENV,
    BASIC_USER_ENV,
    config_toml,
    used_schemes,
)
from .mock import load_document
from .specmodel import Spec
from .yamlio import dump_json

_BIN = Path(sys.executable).parent


def fuzz_command(
    spec_path: Path,
    config_path: Path,
    url: str,
    *,
    max_examples: int,
    seed: int,
    junit: Path | None,
    workers: int,
) -> list[str]:
    cmd = [
        str(_BIN / "st"),
        "--config-file",
        str(config_path),
        "run",
        str(spec_path),
        "--url",
        url,
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        str(max_examples),
        "--seed",
        str(seed),
        "--workers",
        str(workers),
        "--request-timeout",
        "10",
    ]
    if junit is not None:
        cmd += ["--report", "junit", "--report-junit-path", str(junit)]
    return cmd


def run_fuzz(
    api: str,
    url: str,
    *,
    max_examples: int = 50,
    seed: int = 1,
    junit: Path | None = None,
    workers: int = 1,
) -> int:
    """Fuzz ``url`` with the contract of ``api``; the API key comes from ``$SMSSPEC_API_KEY``."""
    key = os.environ.get(API_KEY_ENV)
    if not key:
        print(f"smsspec fuzz: set {API_KEY_ENV} to the API key to test with", file=sys.stderr)
        return 2
    document = load_document(api)
    spec = Spec(document)
    env = dict(os.environ)
    if any(spec.security_schemes[name].kind == "basic" for name in used_schemes(spec)):
        user, colon, password = key.partition(":")
        if not colon:
            print(
                f"smsspec fuzz: {api} uses HTTP Basic: set {API_KEY_ENV} to user:password",
                file=sys.stderr,
            )
            return 2
        env.update({BASIC_USER_ENV: user, BASIC_PASSWORD_ENV: password})
    with tempfile.TemporaryDirectory(prefix="smsspec-fuzz-") as tmp:
        spec_path = Path(tmp) / "openapi.json"
        spec_path.write_text(dump_json(document), encoding="utf-8")
        config_path = Path(tmp) / "schemathesis.toml"
        config_path.write_text(config_toml(spec, api), encoding="utf-8")
        cmd = fuzz_command(
            spec_path,
            config_path,
            url,
            max_examples=max_examples,
            seed=seed,
            junit=junit,
            workers=workers,
        )
        return subprocess.run(cmd, check=False, env=env).returncode
