"""``smsspec proxy`` and ``smsspec verify``: argument parsing and the two command handlers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_USAGE = 2

PROXY_DESCRIPTION = """\
Forward every request to the vendor (--upstream, its base URL as the spec's servers write it)
and check each exchange against the spec: the request (which documented error the vendor
should answer), the status, the body against its schema, error codes and messages against
the error catalogue, required headers. Each disagreement is printed once, as it happens,
with the spec file and line to change. The proxy serves the API under the spec's server
path, like the mock. Secrets are redacted in everything printed or recorded."""

VERIFY_DESCRIPTION = """\
Check recorded exchanges against the spec without a network: smsspec's JSON lines
(smsspec proxy --record) and HAR 1.2 files (browsers, mitmproxy), in any mix. Prints a drift
report grouped by operation and finding kind; exits 1 on drift, 0 when every exchange
agrees with the spec, 2 on unreadable input."""


def configure_proxy(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``proxy`` arguments to ``parser`` and set its handler."""
    parser.description = PROXY_DESCRIPTION
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("api")
    parser.add_argument(
        "--upstream", required=True, help="vendor base URL, e.g. https://app.tracklysms.com/api"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=4011)
    parser.add_argument("--record", help="append every exchange, redacted, to this JSON-lines file")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="answer a request the spec says is invalid with its documented error (not forwarded)",
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds to wait for the upstream"
    )
    parser.add_argument("--log-level", default="warning")
    parser.set_defaults(func=run_proxy)
    return parser


def configure_verify(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``verify`` arguments to ``parser`` and set its handler."""
    parser.description = VERIFY_DESCRIPTION
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("api")
    parser.add_argument("files", nargs="+", metavar="FILE", help="recordings (.jsonl) or .har")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--server",
        action="append",
        default=[],
        metavar="URL",
        help="base URL the HAR traffic used (repeatable; default: the spec's servers)",
    )
    parser.add_argument(
        "--emit-cases",
        metavar="DIR",
        help="write the exchanges that pass as regression cases replayable against the mock",
    )
    parser.add_argument("-o", "--output", help="write the report to this file instead of stdout")
    parser.set_defaults(func=run_verify)
    return parser


def _api(name: str, command: str) -> str | None:
    from ..paths import list_apis

    if name in list_apis():
        return name
    known = ", ".join(list_apis())
    print(f"smsspec {command}: unknown API {name!r} (known: {known})", file=sys.stderr)
    return None


def run_proxy(args: argparse.Namespace) -> int:
    """Handler of ``smsspec proxy``."""
    import uvicorn

    from ..cli import quiet_dropped_connections
    from .app import ProxyApp, UpstreamError, parse_upstream
    from .checks import ContractChecker
    from .places import SpecPlaces
    from .recording import Recorder

    api = _api(args.api, "proxy")
    if api is None:
        return EXIT_USAGE
    try:
        parse_upstream(args.upstream)
    except UpstreamError as exc:
        print(f"smsspec proxy: {exc}", file=sys.stderr)
        return EXIT_USAGE
    recorder = None
    if args.record:
        try:
            recorder = Recorder(Path(args.record))
        except OSError as exc:
            print(f"smsspec proxy: cannot write {args.record}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
    checker = ContractChecker(api, SpecPlaces.for_api(api))
    app = ProxyApp(
        checker, args.upstream, strict=args.strict, recorder=recorder, timeout=args.timeout
    )
    base = f"http://{args.host}:{args.port}{checker.compiled.prefix}"
    mode = "strict (invalid requests answered here)" if args.strict else "forwarding everything"
    print(f"smsspec proxy for {api} at {base} -> {args.upstream}  [{mode}]")
    if recorder is not None:
        print(f"recording to {args.record}")
    sys.stdout.flush()
    quiet_dropped_connections()  # an upstream failing mid-answer is reported above
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=False,
        http="httptools",
        loop="uvloop",
        lifespan="on",
        # The vendor's own Server and Date headers are forwarded, not replaced.
        server_header=False,
        date_header=False,
    )
    return EXIT_OK


def run_verify(args: argparse.Namespace) -> int:
    """Handler of ``smsspec verify``."""
    from .cases import emit_cases
    from .checks import ContractChecker
    from .har import BaseUrl
    from .places import SpecPlaces
    from .recording import RecordingError
    from .verify import default_bases, render_json, render_text, verify

    api = _api(args.api, "verify")
    if api is None:
        return EXIT_USAGE
    files = [Path(name) for name in args.files]
    missing = [str(p) for p in files if not p.is_file()]
    if missing:
        print(f"smsspec verify: no such file: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    checker = ContractChecker(api, SpecPlaces.for_api(api))
    try:
        bases = [BaseUrl.parse(url) for url in args.server] or default_bases(checker)
    except ValueError as exc:
        print(f"smsspec verify: --server {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = verify(checker, files, bases)
    except (RecordingError, OSError) as exc:
        print(f"smsspec verify: {exc}", file=sys.stderr)
        return EXIT_USAGE
    text = render_json(result) if args.format == "json" else render_text(result)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if args.emit_cases:
        emitted = emit_cases(checker, result.passing, Path(args.emit_cases))
        notes = sys.stderr if args.format == "json" and not args.output else sys.stdout
        print(f"cases: {len(emitted.written)} written to {args.emit_cases}", file=notes)
        for source, reason in emitted.dropped:
            print(f"  left out {source}: {reason}", file=notes)
    return EXIT_DRIFT if result.drift else EXIT_OK
