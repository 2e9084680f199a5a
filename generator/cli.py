"""The ``smsspec`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

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
    from .lint import lint

    total_errors = 0
    for api in _apis(args.api):
        findings = lint(api, npm=not args.no_npm)
        errors = [f for f in findings if f.level == "error"]
        warnings = [f for f in findings if f.level == "warning"]
        for finding in findings:
            print(f"{api}: {finding}")
        print(f"{api}: {len(errors)} errors, {len(warnings)} warnings")
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
    from .generate import check

    failed = False
    if not DOC_FILE.is_file() or DOC_FILE.read_text(encoding="utf-8") != render_extensions_doc():
        print("spec/extensions.md: STALE — run `smsspec generate` (it is rendered from the schema)")
        failed = True
    for api in _apis(args.api):
        problems = check(api)
        for problem in problems:
            print(f"{api}: {problem}")
        print(f"{api}: {'STALE — run `make generate`' if problems else 'generated/ is up to date'}")
        failed = failed or bool(problems)
    return 1 if failed else 0


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
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=args.access_log,
        http="httptools",
        loop="uvloop",
        lifespan="on",
        # uvicorn's own Server header is in no vendor's documented answers; Date stays.
        server_header=False,
    )
    return 0


def cmd_fuzz(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .fuzz import run_fuzz

    api = _apis([args.api])[0]
    junit = Path(args.junit) if args.junit else None
    return run_fuzz(
        api,
        args.url,
        max_examples=args.max_examples,
        seed=args.seed,
        junit=junit,
        workers=args.workers,
    )


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

    p = sub.add_parser("fuzz", help="run the schemathesis contract suite against a server")
    p.add_argument("api")
    p.add_argument("--url", required=True, help="base URL, e.g. http://127.0.0.1:4010/api")
    p.add_argument("--max-examples", type=int, default=50)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--junit", help="write a JUnit XML report to this path")
    p.set_defaults(func=cmd_fuzz)

    from .diff import configure_parser as configure_diff

    configure_diff(
        sub.add_parser("diff", help="classify the changes between two versions of a spec")
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
