"""Generation time: ``smsspec generate`` vs stock openapi-python-client on the same specs.

Measured on a scratch copy of the repository (``SMSSPEC_ROOT``), so the checkout is not
touched: a cold generation of every spec (bundle, catalogue, enums, client, models and every
other stage), a no-op regeneration (inputs unchanged), and a regeneration after a one-line
change to one spec. The baseline is the stock openapi-python-client alone (its default
ruff post-hooks on) on each bundled spec, summed over the same specs.

``make generate`` (lint, then generate) is timed too, from a shell as a user runs it: once
with nothing linted yet and once more with nothing changed, where the lint results cached
under ``.smsspec-cache/lint/`` and the generation fingerprints make it a no-op (target
<= 2 s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from _common import REPO, VENV_BIN, ratio_line, table


def timed(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> float:
    # The venv's bin leads PATH so stock openapi-python-client finds ruff for its default
    # post-hooks (without it, it silently skips them and the baseline is not the stock run).
    path = f"{VENV_BIN}:{os.environ.get('PATH', '')}"
    start = time.perf_counter()
    subprocess.run(
        cmd,
        check=True,
        capture_output=True,
        env={**os.environ, "PATH": path, **(env or {})},
        cwd=cwd,
    )
    return time.perf_counter() - start


LINT_CONFIG = ("redocly.yaml", ".spectral.yaml", ".redocly.lint-ignore.yaml", "package-lock.json")


def scratch_copy(root: Path) -> None:
    for name in ("spec", "templates", "generator", "node_modules"):
        source = REPO / name
        if name == "node_modules":
            (root / name).symlink_to(source)
        else:
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in LINT_CONFIG:
        shutil.copy2(REPO / name, root / name)
    (root / "generated").mkdir()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    args = parser.parse_args()
    apis = sorted(p.parent.name for p in (REPO / "spec").glob("*/openapi.yaml"))
    smsspec = str(VENV_BIN / "smsspec")
    cold, noop, change, stock, make_first, make_noop = [], [], [], [], [], []
    make = ["make", "--no-print-directory", "-C", str(REPO), "generate"]
    for run in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="smsspec-genbench-") as tmp:
            root = Path(tmp)
            scratch_copy(root)
            env = {"SMSSPEC_ROOT": str(root)}
            cold.append(timed([smsspec, "generate", *apis], env))
            noop.append(timed([smsspec, "generate", *apis], env))
            make_first.append(timed(make, env))
            make_noop.append(timed(make, env))
            target = root / "spec" / "trackly-v2" / "paths" / "send.yaml"
            text = target.read_text()
            target.write_text(
                text.replace("Queues one SMS", f"Queues one SMS (bench run {run})", 1)
            )
            change.append(timed([smsspec, "generate", *apis], env))
            total = 0.0
            for api in apis:
                out = root / "stock" / api
                total += timed(
                    [
                        str(VENV_BIN / "openapi-python-client"),
                        "generate",
                        "--path",
                        str(root / "generated" / api / "openapi.json"),
                        "--output-path",
                        str(out),
                        "--meta",
                        "none",
                    ],
                    cwd=root,
                )
            stock.append(total)
    med = {
        name: statistics.median(values)
        for name, values in (
            ("cold", cold),
            ("noop", noop),
            ("change", change),
            ("stock", stock),
            ("make_first", make_first),
            ("make_noop", make_noop),
        )
    }
    table(
        f"Generation time, seconds (median of {args.repeat}; specs: {', '.join(apis)})",
        ["run", "smsspec generate", "stock openapi-python-client", "ratio"],
        [
            [
                "cold, every spec",
                f"{med['cold']:.2f}",
                f"{med['stock']:.2f}",
                f"{med['cold'] / med['stock']:.2f}x",
            ],
            [
                "no-op (inputs unchanged)",
                f"{med['noop']:.2f}",
                "-",
                f"{100 * med['noop'] / med['cold']:.1f}% of cold",
            ],
            [
                "one-line change in trackly-v2",
                f"{med['change']:.2f}",
                "-",
                f"{100 * med['change'] / med['cold']:.1f}% of cold",
            ],
            [
                "make generate, nothing linted yet",
                f"{med['make_first']:.2f}",
                "-",
                "lint + no-op generate",
            ],
            [
                "make generate, no-op (lint cached)",
                f"{med['make_noop']:.2f}",
                "-",
                f"{100 * med['make_noop'] / med['make_first']:.1f}% of the first",
            ],
        ],
    )
    ratio_line(
        "generation",
        f"cold ours/stock = {med['cold'] / med['stock']:.2f}x (target <= 1.5x); "
        f"no-op = {100 * med['noop'] / med['cold']:.1f}% of cold (target <= 5%); "
        f"make generate no-op = {med['make_noop']:.2f} s (target <= 2 s)",
    )


if __name__ == "__main__":
    main()
