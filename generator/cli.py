"""The ``smsspec`` command line."""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Sequence
from typing import Any

from . import __version__
from .errors import UserError, env_flag
from .paths import SPEC_DIR, list_apis


def _apis(selected: Sequence[str]) -> list[str]:
    known = list_apis()
    unknown = [api for api in selected if api not in known]
    if unknown:
        raise UserError(
            f"no such API: neither openapi.yaml nor smsspec.yaml here (known: "
            f"{', '.join(known) or 'none'})",
            file=SPEC_DIR / unknown[0],
            hint="check the name, or import a vendor document with `smsspec add <api> <file>`",
        )
    return list(selected) or known


def cmd_add(args: argparse.Namespace) -> int:
    from .errors import display_path
    from .importer import add_api

    done = add_api(args.api, args.source)
    change = "replaced the document of" if done.updated else "imported"
    print(
        f"{done.api}: {change} {display_path(done.document)} (OpenAPI {done.version}"
        f"{', upgraded to 3.1 at bundle time' if done.version.startswith('3.0') else ''}; "
        f"{done.operations} operations), kept byte-for-byte"
    )
    if done.envelope is not None:
        fields = ", ".join(f"{role}: {field}" for role, field in done.envelope.items())
        print(f"{done.api}: {display_path(done.overlay)}: error envelope inferred ({fields})")
    elif not done.updated:
        print(
            f"{done.api}: {display_path(done.overlay)}: no error schemas; edit the envelope there"
        )
    if done.updated:
        print(f"next: smsspec diff {done.api}@HEAD {done.api} && smsspec generate {done.api}")
    else:
        print(f"next: smsspec lint {done.api} && smsspec generate {done.api}")
    return 0


def cmd_lint(args: argparse.Namespace) -> int:
    from .lintcache import lint_cached

    total_errors = 0
    for api in _apis(args.api):
        findings, cached = lint_cached(api, npm=not args.no_npm, refresh=args.no_cache)
        errors = [f for f in findings if f.level == "error"]
        warnings = [f for f in findings if f.level == "warning"]
        for finding in findings:
            print(f"{api}: {finding}")
        note = " (cached: inputs unchanged since the last clean lint)" if cached else ""
        print(f"{api}: {len(errors)} errors, {len(warnings)} warnings{note}")
        total_errors += len(errors)
    return 1 if total_errors else 0


def cmd_bundle(args: argparse.Namespace) -> int:
    from .build import write_bundle

    for api in _apis(args.api):
        written = write_bundle(api, args.output)
        print(f"{api}: bundled ({len(written)} files changed)")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from .codegen.extensions_doc import DOC_FILE, render_extensions_doc
    from .generate import generate_many
    from .yamlio import write_if_changed

    if write_if_changed(DOC_FILE, render_extensions_doc()):
        print("spec/extensions.md: rendered from spec/extensions.schema.yaml")
    for api, changed in generate_many(_apis(args.api), force=args.force).items():
        print(f"{api}: {'generated' if changed else 'up to date (inputs unchanged)'}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .codegen.extensions_doc import DOC_FILE, render_extensions_doc
    from .generate import check, stale_advice

    failed = False
    if not DOC_FILE.is_file() or DOC_FILE.read_text(encoding="utf-8") != render_extensions_doc():
        print("spec/extensions.md: STALE — run `smsspec generate` (it is rendered from the schema)")
        failed = True
    for api in _apis(args.api):
        problems = check(api)
        for problem in problems:
            print(f"{api}: {problem}")
        verdict = f"STALE: {stale_advice(api)}" if problems else "generated/ is up to date"
        print(f"{api}: {verdict}")
        failed = failed or bool(problems)
    return 1 if failed else 0


def cmd_bump(args: argparse.Namespace) -> int:
    from .bump import apply_bump, plan_bump
    from .diff import DiffInputError
    from .generate import dependent_apis, generate_many
    from .paths import REPO_ROOT
    from .versioning import VersionError

    api = _apis([args.api])[0]
    try:
        plan = plan_bump(api, args.base)
        if plan.bump is None:
            print(f"{api}: no changes against {args.base}; version stays {plan.current_version}")
            return 0
        if not args.dry_run:
            apply_bump(plan)
    except (DiffInputError, VersionError) as exc:
        print(f"smsspec bump: {exc}", file=sys.stderr)
        return 2
    moved = "stays" if plan.version == plan.current_version else "->"
    print(
        f"{api}: {plan.base_version} ({args.base}) {moved} {plan.version}: {plan.bump} bump "
        f"needed for {len(plan.changes)} changes ({plan.counts()})"
    )
    for path in plan.written:
        print(f"{api}: wrote {path.relative_to(REPO_ROOT)}")
    if args.dry_run or args.no_generate:
        return 0
    for name, changed in generate_many(dependent_apis(api)).items():
        print(f"{name}: {'generated' if changed else 'up to date (inputs unchanged)'}")
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .docs import SITE_DIR, build_docs

    out = Path(args.output) if args.output else SITE_DIR
    files = build_docs(_apis(args.api), out)
    print(f"docs: {len(files)} files in {out}; open {out / 'index.html'}")
    return 0


def quiet_dropped_connections() -> None:
    """A ``reset``/``reset-after`` fault leaves its response incomplete on purpose; uvicorn
    then logs an error for it. That line is the fault working, not a failure: drop it."""
    import logging

    class _Filter(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            return "without completing response" not in record.getMessage()

    logging.getLogger("uvicorn.error").addFilter(_Filter())


def cmd_mock(args: argparse.Namespace) -> int:
    import uvicorn

    from .mock import MockConfig, create_app
    from .mock.server import uvicorn_settings

    api = _apis([args.api])[0]
    config = MockConfig(
        rate_limits=not args.no_rate_limits,
        superseded_rate_limits=args.superseded_rate_limits,
    )
    app = create_app(api, config)
    base = f"http://{args.host}:{args.port}{app.compiled.prefix}"
    print(f"smsspec mock for {api} at {base}  (spec: http://{args.host}:{args.port}/openapi.json)")
    print(f"admin API: http://{args.host}:{args.port}/__smsspec/{{health,keys,reset,faults,clock}}")
    print("demo keys (role: key — what it is for):")
    for account in app.policy.accounts.values():
        print(f"  {account.role:20} {account.key}  {account.description or ''}".rstrip())
    quiet_dropped_connections()
    sys.stdout.flush()
    uvicorn.run(
        app,
        **uvicorn_settings(
            host=args.host, port=args.port, log_level=args.log_level, access_log=args.access_log
        ),
    )
    return 0


def cmd_fuzz(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from .fuzz import (
        EXIT_USAGE,
        FuzzOptions,
        FuzzUsageError,
        ci_mode,
        parse_warning_classes,
        run_fuzz,
    )

    try:
        api = _apis([args.api])[0]
        ci = args.ci or ci_mode(os.environ)
        if args.fail_on_warnings is not None:
            classes = parse_warning_classes(args.fail_on_warnings)
        else:
            classes = parse_warning_classes("default") if ci else ()
        options = FuzzOptions(
            max_examples=args.max_examples,
            seed=args.seed,
            workers=args.workers,
            junit=Path(args.junit) if args.junit else None,
            operations=list(args.operation or []),
            phases=[p.strip() for p in args.phases.split(",") if p.strip()],
            headers=list(args.header or []),
            fail_on_warnings=() if args.no_fail_on_warnings else classes,
        )
        return run_fuzz(api, args.url, options)
    except FuzzUsageError as exc:
        print(f"smsspec fuzz: {exc}", file=sys.stderr)
        return EXIT_USAGE


_FUZZ_EPILOG = """\
the key: $SMSSPEC_API_KEY, sent as the spec's security scheme says; never printed. Unset,
  and URL served by `smsspec mock API`, the mock's demo key of role `default` is used.
fails (exit 1), with the reason in its last line, when schemathesis finds a contract
  failure, when every answer of an operation was 401/403 (the key was refused), when no
  operation answered with success (2xx), or when a schemathesis warning of a class given to
  --fail-on-warnings fires. Exit 2: the run could not start (no key, an unknown API or
  operation, a mock of another API).
CI mode (--ci, or the CI environment variable set as CI services do) turns
  --fail-on-warnings on with the default classes:
%(default_warnings)s.
the last lines: a coverage line (operations that answered with success; documented errors
  seen on their operations; catalogued errors seen, from generated/API/errors.json) and the
  verdict. Reproduction commands in the report run outside the venv: `st` by its absolute
  path, the key as $SMSSPEC_API_KEY. schemathesis' files stay in .smsspec-cache/fuzz/API/.
"""


def _fuzz_parser(sub: Any) -> None:
    from .fuzz import DEFAULT_FAIL_WARNINGS, PHASES, WARNING_CLASSES

    apis = ", ".join(list_apis())
    p = sub.add_parser(
        "fuzz",
        help="run the schemathesis contract suite against a server (mock or live)",
        description=(
            "Run schemathesis over every operation of API's contract against a running "
            f"server, with every check. APIs: {apis}."
        ),
        epilog=_FUZZ_EPILOG
        % {
            "default_warnings": textwrap.fill(
                ", ".join(DEFAULT_FAIL_WARNINGS),
                width=90,
                initial_indent="  ",
                subsequent_indent="  ",
            )
        },
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("api", metavar="API", help=f"the contract to test: one of {apis}")
    p.add_argument(
        "--url",
        required=True,
        help="base URL of the API, server path included (http://127.0.0.1:4010/api)",
    )
    p.add_argument(
        "--max-examples",
        type=int,
        metavar="N",
        default=50,
        help="generated cases per operation and phase (default: 50)",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="N",
        help="random seed; the same seed repeats a run (default: 1)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="operations tested concurrently (default: 1)",
    )
    p.add_argument("--junit", metavar="FILE", help="also write a JUnit XML report to FILE")
    p.add_argument(
        "--operation",
        action="append",
        metavar="OPERATION_ID",
        help="test only this operation (repeat for more; default: every operation)",
    )
    p.add_argument(
        "--phases",
        default=",".join(PHASES),
        help=f"schemathesis phases, comma-separated (default: {','.join(PHASES)})",
    )
    p.add_argument(
        "-H",
        "--header",
        action="append",
        metavar="'NAME: VALUE'",
        help="an extra header on every request (repeat for more); not the key",
    )
    p.add_argument(
        "--fail-on-warnings",
        nargs="?",
        const="default",
        metavar="CLASSES",
        help=(
            "fail when schemathesis raises a warning of these classes: 'default', 'all' or a "
            f"comma-separated list of {', '.join(WARNING_CLASSES)} (on in CI mode)"
        ),
    )
    p.add_argument(
        "--no-fail-on-warnings", action="store_true", help="report warnings only, even in CI mode"
    )
    p.add_argument(
        "--ci", action="store_true", help="CI mode, as when the CI environment variable is set"
    )
    p.set_defaults(func=cmd_fuzz)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smsspec", description=__doc__)
    parser.add_argument("--version", action="version", version=f"smsspec {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "add",
        help="import a vendor OpenAPI document as an API (kept byte-for-byte; smsspec's "
        "additions in spec/<api>/overlay.yaml); again with a newer file to update it",
    )
    p.add_argument("api", help="the API's name, e.g. twilio-messaging-v1")
    p.add_argument("source", help="the document: a file path or an http(s) URL")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser(
        "lint", help="lint specs (house rules, openapi-spec-validator, Redocly, Spectral)"
    )
    p.add_argument("api", nargs="*", help="APIs to lint (default: all under spec/)")
    p.add_argument("--no-npm", action="store_true", help="skip the npm linters (Redocly, Spectral)")
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="lint even when the inputs match the last clean lint (.smsspec-cache/lint/)",
    )
    p.set_defaults(func=cmd_lint)

    p = sub.add_parser("bundle", help="write bundled and dereferenced specs to generated/<api>/")
    p.add_argument("api", nargs="*")
    p.add_argument("--output", default=None, help="output root instead of generated/")
    p.set_defaults(func=cmd_bundle)

    p = sub.add_parser("generate", help="bundle and run every generator into generated/<api>/")
    p.add_argument("api", nargs="*")
    p.add_argument("--force", action="store_true", help="regenerate even if inputs are unchanged")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("check", help="fail if generated/ differs from a fresh regeneration")
    p.add_argument("api", nargs="*")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "bump",
        help="move a spec's info.version by its changes since a revision, log them, regenerate",
        description=(
            "Diff spec/API/ of the working tree against REV and move info.version by the "
            "verdict: major for a breaking change, minor for an additive one (something added "
            "or deprecated), patch for any other change. The version line of "
            "spec/API/openapi.yaml is the only line changed; the changes, rule by rule, go to "
            "spec/API/CHANGELOG.md (shipped with the client); then the API is regenerated."
        ),
    )
    p.add_argument("api", help="the API whose spec changed")
    p.add_argument(
        "--base", default="HEAD", help="git revision to compare with (default: HEAD, the commit)"
    )
    p.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    p.add_argument("--no-generate", action="store_true", help="do not regenerate afterwards")
    p.set_defaults(func=cmd_bump)

    p = sub.add_parser(
        "docs", help="build the HTML docs (Redoc reference, error catalogue) from generated/"
    )
    p.add_argument("api", nargs="*")
    p.add_argument("--output", default=None, help="site directory instead of site/")
    p.set_defaults(func=cmd_docs)

    p = sub.add_parser("mock", help="serve an API's mock over HTTP and print its demo keys")
    p.add_argument("api")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=4010)
    p.add_argument("--log-level", default="warning")
    p.add_argument("--access-log", action="store_true", help="log every request (no headers)")
    p.add_argument(
        "--no-rate-limits", action="store_true", help="do not enforce documented rate limits"
    )
    p.add_argument(
        "--superseded-rate-limits",
        action="store_true",
        help="also enforce rate limits that newer vendor pages dropped (x-rate-limit superseded)",
    )
    p.set_defaults(func=cmd_mock)

    _fuzz_parser(sub)

    from .diff import configure_parser as configure_diff

    configure_diff(
        sub.add_parser("diff", help="classify the changes between two versions of a spec")
    )

    from .proxy.cli import configure_proxy, configure_verify

    configure_proxy(
        sub.add_parser("proxy", help="forward traffic to the vendor, checking it against the spec")
    )
    configure_verify(
        sub.add_parser("verify", help="check recorded traffic (JSON lines, HAR) against the spec")
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``smsspec`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except UserError as exc:
        # A problem with the input, not with smsspec: one line saying where and what to do
        # (SMSSPEC_TRACEBACK=1 shows where smsspec noticed it).
        if env_flag("SMSSPEC_TRACEBACK"):
            raise
        print(f"smsspec: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
