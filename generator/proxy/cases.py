"""Regression cases from traffic: exchanges that agree with the spec, replayable on the mock.

``smsspec verify --emit-cases DIR`` turns every exchange without findings into a case file
(``DIR/0001-sendMessage.json``…, in traffic order): the request (path under the server
prefix, query, content type and declared header parameters, body), which credential to
present, and what to expect (status, and the documented error id of an error). Secrets are
already redacted; phone numbers are masked (:mod:`.masking`). The recorded answer is kept
for reference and to follow ids: when the mock answers a create with another id than the
vendor did, later cases that use the vendor's id get the mock's.

A case is only written if the mock reproduces it: before writing, the cases are replayed in
order against a fresh in-process mock (:func:`replay`) and the ones it answers otherwise —
typically because they read vendor-side state the mock's seed does not have — are left
out and reported with the reason (repeated until the remaining set replays on its own).
``tests/test_recorded_cases.py`` replays every case directory it is given.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import httpx
import orjson

from ..contract import auth_headers, auth_query
from ..mock import MockConfig, create_app
from ..mock.compiled import CompiledOperation
from .checks import ContractChecker
from .exchange import Exchange
from .masking import PhoneMasker, published_numbers

CASE_FILE = re.compile(r"^[0-9]{4,}-[A-Za-z0-9_.-]+\.json$")
KEPT_HEADERS = ("content-type",)
INVALID_KEY = "x" * 8
"""The credential a case expecting the invalid-credential error presents."""
_ID_KEY = re.compile(r"^(id|uuid|ID)$|_id$|-id$|[a-z]Id$")
MAX_ROUNDS = 5


@dataclass
class Case:
    """One replayable exchange (``body``: the request body's text; a JSON body is written
    to the case file as JSON, ``request.json``)."""

    api: str
    operation: str
    method: str
    path: str
    query: str
    headers: dict[str, str]
    credential: str
    body: str | None
    status: int
    error: str | None
    recorded: Any
    source: str
    name: str = ""

    def as_dict(self) -> dict[str, Any]:
        request: dict[str, Any] = {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": self.headers,
            "credential": self.credential,
        }
        if self.body:
            parsed = _json_or_text(self.body.encode("utf-8"))
            request["json" if not isinstance(parsed, str) else "body"] = parsed
        return {
            "api": self.api,
            "operation": self.operation,
            "request": request,
            "expect": {"status": self.status, "error": self.error},
            "recorded": {"body": self.recorded},
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any], name: str) -> Case:
        request, expect = raw["request"], raw["expect"]
        return cls(
            api=str(raw["api"]),
            operation=str(raw["operation"]),
            method=str(request["method"]),
            path=str(request["path"]),
            query=str(request.get("query", "")),
            headers={str(k): str(v) for k, v in (request.get("headers") or {}).items()},
            credential=str(request.get("credential", "demo")),
            body=(
                orjson.dumps(request["json"]).decode("utf-8")
                if "json" in request
                else request.get("body")
            ),
            status=int(expect["status"]),
            error=expect.get("error"),
            recorded=(raw.get("recorded") or {}).get("body"),
            source=str(raw.get("source", "")),
            name=name,
        )


def load_cases(directory: Path) -> list[Case]:
    """The cases of a directory, in file-name (traffic) order."""
    cases = []
    for path in sorted(directory.iterdir()):
        if CASE_FILE.match(path.name):
            cases.append(Case.from_dict(orjson.loads(path.read_bytes()), path.stem))
    return cases


# -- building -------------------------------------------------------------------------------


def _json_or_text(body: bytes | None) -> Any:
    if not body:
        return None
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return body.decode("utf-8", "replace")


def build_case(checker: ContractChecker, exchange: Exchange, masker: PhoneMasker) -> Case | None:
    """The case of a passing exchange (``None``: no operation, or a body not captured)."""
    found = checker.route(exchange)
    if not isinstance(found, tuple) or exchange.request_body is None:
        return None
    if exchange.response_body is None:
        return None
    op, _ = found
    exchange = checker.redactor.redact(exchange, op.operation_id)
    declared = {p.name.lower() for p in op.params if p.location == "header"}
    carriers = checker.redactor.headers
    headers = {
        name: masker.text(value)
        for name, value in exchange.request_headers
        if (name in KEPT_HEADERS or name in declared) and name not in carriers
    }
    recorded = _json_or_text(exchange.response_body)
    error = checker.error_id(op, exchange.status, recorded) if exchange.status >= 400 else None
    if not _presents_credential(checker, exchange):
        credential = "none"
    elif error is not None and error == _invalid_credential_error(checker, op):
        credential = "invalid"
    else:
        credential = "demo"
    body: str | None = None
    if exchange.request_body:
        body = masker.text(exchange.request_body.decode("utf-8", "replace"))
    prefix = checker.compiled.prefix
    path = exchange.path[len(prefix) :] if prefix else exchange.path
    return Case(
        api=checker.api,
        operation=op.operation_id,
        method=exchange.method.upper(),
        path=masker.text(path),
        query=_strip_credentials(checker, masker.text(exchange.query)),
        headers=headers,
        credential=credential,
        body=body,
        status=exchange.status,
        error=error,
        recorded=masker.value(recorded),
        source=exchange.source,
    )


def _invalid_credential_error(checker: ContractChecker, op: CompiledOperation) -> str | None:
    """The error id of the operation's documented answer to an invalid credential."""
    scheme = checker.spec.auth
    name = scheme.auth_errors.invalid if scheme and scheme.auth_errors else None
    if name is None or name not in op.errors:
        return None
    return checker.error_id(op, op.errors[name].status, op.errors[name].value)


def _presents_credential(checker: ContractChecker, exchange: Exchange) -> bool:
    carriers = checker.redactor
    if any(name in carriers.headers for name, _ in exchange.request_headers):
        return True
    names = {part.partition("=")[0].lower() for part in exchange.query.split("&") if part}
    return bool(names & carriers.query)


def _strip_credentials(checker: ContractChecker, query: str) -> str:
    parts = [
        part
        for part in query.split("&")
        if part and unquote(part.partition("=")[0]).lower() not in checker.redactor.query
    ]
    return "&".join(parts)


# -- replaying ------------------------------------------------------------------------------


@dataclass
class Correlator:
    """Ids the mock gave where the vendor gave others: vendor value → mock value."""

    ids: dict[Any, Any] = field(default_factory=dict)

    def learn(self, recorded: Any, replayed: Any, key: str = "") -> None:
        """Pair the id fields of a recorded answer with the replayed answer's."""
        if isinstance(recorded, dict) and isinstance(replayed, dict):
            for name, value in recorded.items():
                if name in replayed:
                    self.learn(value, replayed[name], str(name))
        elif isinstance(recorded, list) and isinstance(replayed, list):
            for old, new in zip(recorded, replayed, strict=False):
                self.learn(old, new, key)
        elif (
            _ID_KEY.search(key)
            and isinstance(recorded, (str, int))
            and not isinstance(recorded, bool)
            and type(recorded) is type(replayed)
            and recorded != replayed
        ):
            self.ids[recorded] = replayed

    def path(self, path: str) -> str:
        segments = []
        for segment in path.split("/"):
            value = unquote(segment)
            new = self._lookup(value)
            segments.append(quote(str(new), safe="") if new is not None else segment)
        return "/".join(segments)

    def query(self, query: str) -> str:
        parts = []
        for part in query.split("&") if query else ():
            name, sep, value = part.partition("=")
            new = self._lookup(unquote(value))
            parts.append(f"{name}{sep}{quote(str(new), safe='')}" if new is not None else part)
        return "&".join(parts)

    def body(self, body: str | None) -> str | None:
        if not body or not self.ids:
            return body
        try:
            value = orjson.loads(body)
        except orjson.JSONDecodeError:
            return body
        return orjson.dumps(self._value(value)).decode("utf-8")

    def _value(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: self._value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._value(v) for v in value]
        new = self._lookup(value)
        return new if new is not None else value

    def _lookup(self, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            return None
        if value in self.ids:
            return self.ids[value]
        if isinstance(value, str) and value.isdigit():
            found = self.ids.get(int(value))
            return found
        return None


@dataclass
class Outcome:
    """A replayed case and what did not match (empty: it replays)."""

    case: Case
    status: int
    problems: list[str]


def credentials(checker: ContractChecker, case: Case, key: str) -> tuple[dict[str, str], str]:
    """(headers, query parameters) carrying the case's credential (``key``: the demo key)."""
    if case.credential == "none":
        return {}, ""
    value = INVALID_KEY if case.credential == "invalid" else key
    query = "&".join(f"{k}={quote(v, safe='')}" for k, v in auth_query(checker.spec, value).items())
    return auth_headers(checker.spec, value), query


def replay(checker: ContractChecker, cases: list[Case]) -> list[Outcome]:
    """Replay ``cases`` in order against a fresh in-process mock of their API."""
    return asyncio.run(_replay(checker, cases))


async def _replay(checker: ContractChecker, cases: list[Case]) -> list[Outcome]:
    app = create_app(checker.api, MockConfig(rate_limits=False, seed=1))
    key = app.demo_keys().get("default", "")
    correlator = Correlator()
    outcomes = []
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        for case in cases:
            headers, auth_query_text = credentials(checker, case, key)
            query = "&".join(q for q in (correlator.query(case.query), auth_query_text) if q)
            path = app.compiled.prefix + correlator.path(case.path)
            body = correlator.body(case.body)
            url = httpx.URL("http://mock").copy_with(
                raw_path=(path + ("?" + query if query else "")).encode("latin-1")
            )
            response = await client.request(
                case.method,
                url,
                headers={**case.headers, **headers},
                content=body.encode("utf-8") if body is not None else None,
            )
            replayed = _json_or_text(response.content)
            correlator.learn(case.recorded, replayed)
            outcomes.append(Outcome(case, response.status_code, _problems(checker, case, response)))
    return outcomes


def _problems(checker: ContractChecker, case: Case, response: httpx.Response) -> list[str]:
    problems = []
    if response.status_code != case.status:
        text = response.content[:200].decode("utf-8", "replace")
        problems.append(f"the mock answers {response.status_code} ({text}), not {case.status}")
        return problems
    request = response.request
    raw = request.url.raw_path.decode("latin-1")
    exchange = Exchange(
        method=request.method,
        path=raw.split("?", 1)[0],
        query=raw.partition("?")[2],
        request_headers=[(k.lower(), v) for k, v in request.headers.items()],
        request_body=request.content,
        status=response.status_code,
        response_headers=[(k.lower(), v) for k, v in response.headers.items()],
        response_body=response.content,
    )
    problems.extend(f.line() for f in checker.check(exchange))
    if case.error is not None:
        found = checker.route(exchange)
        got = (
            checker.error_id(found[0], response.status_code, _json_or_text(response.content))
            if isinstance(found, tuple)
            else None
        )
        if got != case.error:
            problems.append(f"the mock answers error {got}, not {case.error}")
    return problems


# -- emitting -------------------------------------------------------------------------------


@dataclass
class Emitted:
    """What ``--emit-cases`` wrote and what it left out (source, reason)."""

    written: list[Path]
    dropped: list[tuple[str, str]]


def emit_cases(checker: ContractChecker, exchanges: Iterable[Exchange], directory: Path) -> Emitted:
    """Write the cases of passing ``exchanges`` that the mock reproduces into ``directory``
    (case files already there are replaced)."""
    masker = PhoneMasker(published_numbers(checker.document))
    cases = [c for c in (build_case(checker, e, masker) for e in exchanges) if c is not None]
    dropped: list[tuple[str, str]] = []
    for _ in range(MAX_ROUNDS):
        failed = [o for o in replay(checker, cases) if o.problems]
        if not failed:
            break
        for outcome in failed:
            dropped.append((outcome.case.source, outcome.problems[0]))
        gone = {id(o.case) for o in failed}
        cases = [c for c in cases if id(c) not in gone]
    else:
        dropped.extend((c.source, "does not replay on its own") for c in cases)
        cases = []
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.iterdir():
        if CASE_FILE.match(stale.name):
            stale.unlink()
    written = []
    for index, case in enumerate(cases, 1):
        path = directory / f"{index:04d}-{case.operation}.json"
        data = orjson.dumps(case.as_dict(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
        path.write_bytes(data + b"\n")
        written.append(path)
    return Emitted(written, dropped)
