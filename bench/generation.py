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

Bring your own spec: ``smsspec add`` of a large vendor document (Twilio's REST API 2010,
``bench/data/twilio_api_v2010.yaml``: 197 operations, 35,868 lines, OpenAPI 3.0) followed by
``smsspec generate`` of it (every output: bundle, catalogue, client, models, TypeScript),
against stock openapi-python-client on the vendor document alone.
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


def scratch_copy(root: Path, *, specs: bool = True) -> None:
    """A checkout under ``root``: templates, generator sources, npm tools, and the specs
    (without them, only the extensions schema: an empty checkout a vendor document is added
    to)."""
    for name in ("spec", "templates", "generator", "node_modules"):
        source = REPO / name
        if name == "node_modules":
            (root / name).symlink_to(source)
        elif name == "spec" and not specs:
            (root / name).mkdir()
            shutil.copy(source / "extensions.schema.yaml", root / name)
        else:
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in LINT_CONFIG:
        shutil.copy2(REPO / name, root / name)
    (root / "generated").mkdir()


VENDOR = REPO / "bench" / "data" / "twilio_api_v2010.yaml"


def stock_generate(document: Path, out: Path, cwd: Path) -> float:
    """Stock openapi-python-client on one document (the baseline)."""
    command = [str(VENV_BIN / "openapi-python-client"), "generate", "--path", str(document)]
    return timed([*command, "--output-path", str(out), "--meta", "none"], cwd=cwd)


def bring_your_own(repeat: int) -> tuple[float, float, float]:
    """Medians of (smsspec add, smsspec generate, stock openapi-python-client) seconds on
    the vendor document, each run in a fresh scratch checkout."""
    smsspec = str(VENV_BIN / "smsspec")
    add, generate, stock = [], [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="smsspec-byos-bench-") as tmp:
            root = Path(tmp)
            scratch_copy(root, specs=False)
            env = {"SMSSPEC_ROOT": str(root)}
            add.append(timed([smsspec, "add", "twilio-api-v2010", str(VENDOR)], env, cwd=root))
            generate.append(timed([smsspec, "generate", "twilio-api-v2010"], env, cwd=root))
            stock.append(stock_generate(VENDOR, root / "stock", root))
    return statistics.median(add), statistics.median(generate), statistics.median(stock)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument(
        "--only", choices=["specs", "byos"], help="only the specs or the bring-your-own case"
    )
    args = parser.parse_args()
    if args.only != "byos":
        specs(args.repeat)
    if args.only != "specs":
        add, generate, stock = bring_your_own(args.repeat)
        ours = add + generate
        table(
            f"Bring your own spec: Twilio REST API 2010 (197 operations, 35,868 lines), "
            f"seconds (median of {args.repeat})",
            ["step", "smsspec", "stock openapi-python-client", "ratio"],
            [
                ["smsspec add", f"{add:.2f}", "-", "-"],
                ["smsspec generate (every output)", f"{generate:.2f}", "-", "-"],
                ["add + generate", f"{ours:.2f}", f"{stock:.2f}", f"{ours / stock:.2f}x"],
            ],
        )
        ratio_line("byos", f"add + generate ours/stock = {ours / stock:.2f}x (target <= 3x)")


def specs(repeat: int) -> None:
    """Every spec of the checkout: cold, no-op and one-line-change generation."""
    roots = [*(REPO / "spec").glob("*/openapi.yaml"), *(REPO / "spec").glob("*/smsspec.yaml")]
    apis = sorted({root.parent.name for root in roots})  # curated and imported
    smsspec = str(VENV_BIN / "smsspec")
    cold, noop, change, stock, make_first, make_noop = [], [], [], [], [], []
    make = ["make", "--no-print-directory", "-C", str(REPO), "generate"]
    for run in range(repeat):
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
                bundled = root / "generated" / api / "openapi.json"
                total += stock_generate(bundled, root / "stock" / api, root)
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
        f"Generation time, seconds (median of {repeat}; specs: {', '.join(apis)})",
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
