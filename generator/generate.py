"""Run every generator for a spec into ``generated/<api>/``, incrementally.

A spec is regenerated only when its *inputs* changed: the spec files, the templates (except
``templates/docs/``, which only ``smsspec docs`` reads), the generator's own source and the
pinned versions of the generator tools (Python and npm). Their digest is stored in
``generated/<api>/.inputs.sha256``; ``smsspec check`` regenerates from scratch into a
temporary directory and compares byte by byte.
"""

from __future__ import annotations

import filecmp
import hashlib
import importlib.metadata
import multiprocessing
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from .errors import UserError
from .paths import GENERATED_DIR, REPO_ROOT, SPEC_DIR, TEMPLATES_DIR, npm_version
from .yamlio import write_if_changed

if TYPE_CHECKING:
    from .catalogue import Catalogue
    from .codegen.problems import ToolProblem

# Stage modules are imported inside the stages: a no-op run only hashes its inputs.

FINGERPRINT_FILE = ".inputs.sha256"
_TOOL_DISTRIBUTIONS = ("openapi-python-client", "datamodel-code-generator", "ruff", "jinja2")
# npm packages whose code shapes generated output (typescript/openapi.d.ts): (package, the
# package it is resolved from). openapi-typescript's Redocly core is not @redocly/cli's.
_NPM_PACKAGES = (("openapi-typescript", None), ("@redocly/openapi-core", "openapi-typescript"))

_DOCS_TEMPLATES = TEMPLATES_DIR / "docs"

# Modules whose code shapes generated output (the mock, linters and CLI do not).
_GENERATOR_SOURCES = (
    "bundle.py",
    "sources.py",
    "upgrade.py",
    "overlay.py",
    "jsonpath.py",
    "manifest.py",
    "preflight.py",
    "build.py",
    "yamlio.py",
    "generate.py",
    "specmodel.py",
    "extensions.py",
    "schemas.py",
    "catalogue.py",
    "constraints.py",
    "errormatch.py",
    "versioning.py",
    "codegen/**/*.py",
    "sdk_extensions.py",
    "codegen/**/*.mjs",
    "paths.py",
)


@dataclass
class Job:
    """One generation run of one API: the bundled document and what stages derive from it.

    ``lenient`` (an imported spec): a construct a generator cannot handle is reported in
    ``warnings`` and the rest is generated; otherwise it stops the run."""

    api: str
    out_dir: Path
    document: dict[str, Any]
    catalogue: Catalogue | None = None
    root: Path | None = None
    lenient: bool = False
    warnings: list[UserError] = field(default_factory=list)

    def report(self, problems: list[ToolProblem]) -> None:
        """Locate ``problems`` in the spec; raise the first unless the job is lenient."""
        if not problems:
            return
        located = [_located(problem, self.root) for problem in problems]
        if not self.lenient:
            raise located[0]
        self.warnings.extend(located)


def _located(problem: ToolProblem, root: Path | None) -> UserError:
    file: Path | None = root
    line: int | None = None
    if problem.pointer and root is not None:
        from .sourcemap import Locator

        where = Locator(root).locate(problem.pointer)
        file, line = where.path, where.line
    return UserError(
        problem.message, file=file, line=line, pointer=problem.pointer, hint=problem.hint
    )


Stage = Callable[[Job], None]


@dataclass(frozen=True)
class StageInfo:
    """A generator. Stages with ``parallel=True`` only read the bundle and the catalogue
    and mostly wait for a subprocess, so they run concurrently after the others."""

    name: str
    run: Stage
    parallel: bool = False


def _stage_bundle(job: Job) -> None:
    from .build import bundle_outputs

    for name, text in bundle_outputs(job.api, job.document).items():
        write_if_changed(job.out_dir / name, text)


def _stage_catalogue(job: Job) -> None:
    from .bundle import bundle
    from .codegen.errors import write_catalogue_outputs
    from .codegen.migration import successor_apis, successor_catalogues, write_migration

    successors = {name: bundle(name) for name in successor_apis(job.document)}
    job.catalogue = write_catalogue_outputs(
        job.api, job.document, job.out_dir, successor_catalogues(successors)
    )
    write_migration(job.api, job.document, successors, job.out_dir)


def _stage_python_client(job: Job) -> None:
    from .codegen.python_client import generate_python_client

    assert job.catalogue is not None
    job.report(generate_python_client(job.api, job.document, job.catalogue, job.out_dir))


def _stage_models(job: Job) -> None:
    from .codegen.models import generate_models

    job.report(generate_models(job.document, job.out_dir))


def _stage_typescript(job: Job) -> None:
    from .codegen.typescript import generate_typescript

    assert job.catalogue is not None
    job.report(generate_typescript(job.api, job.document, job.catalogue, job.out_dir))


def stages() -> list[StageInfo]:
    """The generators, in dependency order (later stages read the bundle)."""
    return [
        StageInfo("bundle", _stage_bundle),
        StageInfo("catalogue", _stage_catalogue),
        StageInfo("python-client", _stage_python_client, parallel=True),
        StageInfo("models", _stage_models, parallel=True),
        StageInfo("typescript", _stage_typescript, parallel=True),
    ]


def _files_under(root: Path, patterns: Iterable[str] = ("**/*",)) -> list[Path]:
    found: set[Path] = set()
    for pattern in patterns:
        found.update(p for p in root.glob(pattern) if p.is_file() and "__pycache__" not in p.parts)
    return sorted(found)


# What tools leave inside a generated project and smsspec never writes: Python's and the
# type checkers' caches anywhere, and at a project's top (generated/<api>/python/, …/typescript/)
# what `pip install` (setuptools: build/, *.egg-info), `python -m build` (dist/) or npm make.
_ARTEFACTS_ANYWHERE = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"})
_ARTEFACTS_AT_PROJECT_TOP = frozenset({"build", "dist", ".eggs", "node_modules", ".venv"})
_ARTEFACT_SUFFIXES = (".egg-info", ".pyc", ".pyo")


def is_build_artefact(relative: PurePath) -> bool:
    """Whether a path under ``generated/<api>/`` is a tool's leftover, not generated output
    (``check`` ignores it and ``generate`` leaves it alone)."""
    parts = relative.parts
    if any(part in _ARTEFACTS_ANYWHERE or part.endswith(_ARTEFACT_SUFFIXES) for part in parts):
        return True
    return len(parts) >= 2 and parts[1] in _ARTEFACTS_AT_PROJECT_TOP


def _generated_files(root: Path) -> set[PurePath]:
    """Files under an output directory ``generated/<api>``, relative, without artefacts."""
    if not root.exists():
        return set()
    return {
        rel
        for rel in (p.relative_to(root) for p in root.glob("**/*") if p.is_file())
        if not is_build_artefact(rel)
    }


def _linked_apis(api: str) -> list[str]:
    """Other APIs whose spec shapes this one's output (the successors named by
    ``x-replaced-by``), found without bundling: a cheap scan of the spec files."""
    names: set[str] = set()
    for path in _files_under(SPEC_DIR / api, ("**/*.yaml",)):
        text = path.read_text(encoding="utf-8")
        if "x-replaced-by" in text:
            names.update(re.findall(r"^\s+api:\s*([A-Za-z0-9_-]+)\s*$", text, re.MULTILINE))
    return sorted(name for name in names if name != api and (SPEC_DIR / name).is_dir())


def dependent_apis(api: str) -> list[str]:
    """APIs whose output depends on ``api``'s spec (``api`` itself first)."""
    from .paths import list_apis

    return [api, *(other for other in list_apis() if other != api and api in _linked_apis(other))]


def input_fingerprint(api: str) -> str:
    """Digest of everything that determines the output of ``api``."""
    digest = hashlib.sha256()
    inputs = [
        *_files_under(SPEC_DIR / api),
        *(path for name in _linked_apis(api) for path in _files_under(SPEC_DIR / name)),
        SPEC_DIR / "extensions.schema.yaml",
        *(p for p in _files_under(TEMPLATES_DIR) if _DOCS_TEMPLATES not in p.parents),
        *_files_under(REPO_ROOT / "generator", _GENERATOR_SOURCES),
    ]
    for path in inputs:
        if path.is_file():
            digest.update(str(path.relative_to(REPO_ROOT)).encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    for dist in _TOOL_DISTRIBUTIONS:
        digest.update(f"{dist}=={importlib.metadata.version(dist)}\n".encode())
    for package, parent in _NPM_PACKAGES:
        digest.update(f"npm:{package}@{_npm_version_or_absent(package, parent)}\n".encode())
    return digest.hexdigest()


def _npm_version_or_absent(package: str, parent: str | None) -> str:
    """The installed version, or ``absent`` (``smsspec lint --no-npm`` needs no npm tools;
    ``smsspec generate`` without them stops at the TypeScript stage with a clear error)."""
    try:
        return npm_version(package, parent)
    except FileNotFoundError:
        return "absent"


def generate(api: str, output_root: Path | None = None, *, force: bool = False) -> bool:
    """Generate ``api`` into ``output_root/<api>``; return False when it was up to date."""
    out_dir = (output_root or GENERATED_DIR) / api
    fingerprint = input_fingerprint(api)
    marker = out_dir / FINGERPRINT_FILE
    if not force and marker.is_file() and marker.read_text().strip() == fingerprint:
        return False
    with tempfile.TemporaryDirectory(prefix=f"smsspec-{api}-") as tmp:
        staging = Path(tmp) / api
        staging.mkdir()
        from .bundle import bundle
        from .paths import is_imported, spec_root
        from .preflight import check as preflight

        root = spec_root(api)
        job = Job(api, staging, bundle(api), root=root, lenient=is_imported(api))
        preflight(job.document, root)
        plan = stages()
        for stage in plan:
            if not stage.parallel:
                stage.run(job)
        concurrent = [stage for stage in plan if stage.parallel]
        with ThreadPoolExecutor(max_workers=max(1, len(concurrent))) as pool:
            for future in [pool.submit(stage.run, job) for stage in concurrent]:
                future.result()
        (staging / FINGERPRINT_FILE).write_text(fingerprint + "\n")
        _sync_tree(staging, out_dir)
    for warning in job.warnings:
        print(f"smsspec: warning: {warning}", file=sys.stderr)
    return True


def _sync_tree(source: Path, target: Path) -> None:
    """Make ``target`` identical to ``source``, touching only files that differ."""
    target.mkdir(parents=True, exist_ok=True)
    wanted = _generated_files(source)
    for rel in _generated_files(target) - wanted:
        (target / rel).unlink()
    for rel in sorted(wanted):
        src, dst = source / rel, target / rel
        if dst.is_file() and filecmp.cmp(src, dst, shallow=False):
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
    for directory in sorted((p for p in target.glob("**/*") if p.is_dir()), reverse=True):
        if not any(directory.iterdir()) and not is_build_artefact(directory.relative_to(target)):
            directory.rmdir()


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (missing, extra or changed); build
    artefacts (:func:`is_build_artefact`) are not compared."""
    exp = _generated_files(expected)
    act = _generated_files(actual)
    problems = [f"missing: {rel}" for rel in sorted(exp - act)]
    problems += [f"not generated (stale): {rel}" for rel in sorted(act - exp)]
    problems += [
        f"differs: {rel}"
        for rel in sorted(exp & act)
        if not filecmp.cmp(expected / rel, actual / rel, shallow=False)
    ]
    return problems


def generate_many(apis: list[str], *, force: bool = False) -> dict[str, bool]:
    """Generate several APIs concurrently: one process per core (the generators are
    mostly Python, which threads of one process cannot run in parallel); a single API, or
    a single core, is generated in this process."""
    stale = [api for api in apis if force or not is_current(api)]
    workers = min(len(stale), os.cpu_count() or 1)
    if workers <= 1:
        return {api: api in stale and generate(api, force=force) for api in apis}
    context = multiprocessing.get_context("fork")  # children inherit the imported generators
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {api: pool.submit(generate, api, force=force) for api in stale}
        return {api: api in futures and futures[api].result() for api in apis}


def is_current(api: str) -> bool:
    """Whether ``generated/<api>`` was generated from the current inputs."""
    marker = GENERATED_DIR / api / FINGERPRINT_FILE
    return marker.is_file() and marker.read_text().strip() == input_fingerprint(api)


def stale_advice(api: str) -> str:
    """What fixes a stale ``generated/<api>``: ``make generate`` when the inputs changed since
    it was written; otherwise (files edited, or written by other tool versions) only a forced
    regeneration rewrites it."""
    marker = GENERATED_DIR / api / FINGERPRINT_FILE
    recorded = marker.read_text().strip() if marker.is_file() else None
    if recorded != input_fingerprint(api):
        return (
            f"its inputs changed since it was generated: run `make generate` and commit "
            f"generated/{api}/"
        )
    return (
        f"its inputs did not change, so files under generated/{api}/ were edited or written "
        f"by other tool versions: run `.venv/bin/smsspec generate --force {api}` and commit "
        f"generated/{api}/"
    )


def check(api: str) -> list[str]:
    """Regenerate ``api`` from scratch in a temporary directory; list differences."""
    with tempfile.TemporaryDirectory(prefix="smsspec-check-") as tmp:
        generate(api, Path(tmp), force=True)
        return diff_trees(Path(tmp) / api, GENERATED_DIR / api)
