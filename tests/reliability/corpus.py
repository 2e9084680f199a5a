"""The bad-input corpus: hostile and malformed requests generated from the specs.

For every operation of every API (``generator.paths.list_apis()``), from its documented
request (``tests.triggers.base_body``/``sample_path``) and its request schema:

* ``json``: invalid and truncated JSON, wrong root types, raw control bytes, invalid UTF-8,
  a byte-order mark, escaped control and bidi characters in every string field;
* ``nesting``: arrays and objects 10,000 deep as the body and in top-level fields (beyond
  what the JSON parser accepts), and 1,000 deep (parsed, then validated);
* ``numbers``: 1e400, 2**70, -0, NaN, Infinity, 1e-400 in every field and as the body;
* ``types``: a wrong-typed value in every field the request schema declares (walked with
  ``Spec.sites``), ``null`` included;
* ``duplicates``: every top-level key written twice (bad value first, then last);
* ``content-type``: wrong, missing and mislabelled media types;
* ``size``: bodies one byte over ``x-payload-limit`` (declared and chunked), exactly at the
  limit, and one byte over each ``x-max-bytes``;
* ``query``: 5,000 parameters, 200 repetitions, 64 KiB values, broken escapes, and invalid
  values for every declared query parameter;
* ``path``: traversal and encoded slashes, NUL, CR/LF, overlong UTF-8 and 10 KB values in
  every path parameter, dot segments in every path;
* ``headers``: a 64 KiB header, a 64 KiB credential, 2,000 headers, malformed credentials,
  abuse of the mock's own ``Prefer``/``X-Smsspec-Fault`` headers;
* ``method``: unsupported methods on every path, unknown paths;
* ``http`` (once per API, raw): broken request lines, framing conflicts (``Content-Length``
  with ``Transfer-Encoding``, duplicates, negative), bad chunks, obsolete line folding,
  control characters in header values, a huge declared body that is never sent.

Each case says what a correct answer is (``Case.must_reject``: the input breaks the spec, so
only a 4xx will do; otherwise a documented success is fine too) and :func:`judge` checks the
answer: never 5xx, documented status with a documented body, or a conventional 4xx where the
docs are silent.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

from generator.constraints import ConstraintChecker
from generator.contract import auth_headers
from generator.mock import demo_keys
from generator.schemas import compile_validator
from generator.specmodel import Operation, Spec
from tests.conftest import bundled, spec_of
from tests.triggers import TriggerBuilder, base_body, sample_path

# 4xx statuses any HTTP server may answer where the vendor's docs are silent.
CONVENTIONAL = frozenset({400, 401, 403, 404, 405, 408, 411, 413, 414, 415, 422, 431})
JSON_TYPES = ("application/json",)
DEEP = 10_000
MAX_SITES_PER_OP = 60


@dataclass
class Case:
    """One hostile request and what a correct answer to it looks like."""

    api: str
    category: str
    label: str
    method: str
    target: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    operation: Operation | None = None
    must_reject: bool = True
    expect: frozenset[int] | None = None
    expect_example: str | None = None
    chunked: bool = False
    raw: bytes | None = None
    omit_length: bool = False

    @property
    def name(self) -> str:
        op = self.operation.operation_id if self.operation else "-"
        return f"{self.api}:{self.category}:{op}:{self.label}"

    def to_bytes(self, port: int) -> bytes:
        """The request as written to the socket."""
        if self.raw is not None:
            return self.raw.replace(b"{host}", f"127.0.0.1:{port}".encode())
        lines = [f"{self.method} {self.target} HTTP/1.1", f"Host: 127.0.0.1:{port}"]
        lines += [f"{name}: {value}" for name, value in self.headers]
        body = self.body
        if self.chunked:
            lines.append("Transfer-Encoding: chunked")
            step = 1 << 16
            body = b"".join(
                f"{len(body[i : i + step]):x}\r\n".encode() + body[i : i + step] + b"\r\n"
                for i in range(0, len(body), step)
            )
            body += b"0\r\n\r\n"
        elif (body or self.method in ("POST", "PUT", "PATCH")) and not self.omit_length:
            lines.append(f"Content-Length: {len(body)}")
        head = "\r\n".join(lines) + "\r\n\r\n"
        return head.encode("latin-1") + body

    def scope_parts(self) -> tuple[str, bytes, list[tuple[bytes, bytes]], bytes]:
        """(raw path, query string, headers, body) for an in-process ASGI call."""
        path, _, query = self.target.partition("?")
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in self.headers]
        sized = self.body or self.method in ("POST", "PUT", "PATCH")
        if sized and not self.omit_length and not self.chunked:
            headers.append((b"content-length", str(len(self.body)).encode()))
        return path, query.encode("latin-1"), headers, self.body


# -- building ---------------------------------------------------------------------------------


def _dump(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _locate(instance: Any, location: str) -> tuple[Any, str | None]:
    return TriggerBuilder._locate(instance, re.findall(r"[^.\[\]]+|\[\]", location))


def _wrong_values(schema: dict[str, Any]) -> list[Any]:
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    values: list[Any] = [None] if "null" not in kinds else []
    if kinds & {"string"}:
        values += [12345, {"nested": "object"}]
    elif kinds & {"integer", "number"}:
        values += ["12", 1.5 if "integer" in kinds else True]
    elif "boolean" in kinds:
        values += ["true", 1]
    elif "array" in kinds:
        values += [{"not": "an array"}, "x"]
    elif "object" in kinds:
        values += [["not", "an", "object"], "x"]
    else:
        values += [[[[]]], {"": {}}]
    return values


class CorpusBuilder:
    """Builds every case of one API."""

    def __init__(self, api: str) -> None:
        self.api = api
        self.spec: Spec = spec_of(api)
        self.document = bundled(api)
        self.checker = ConstraintChecker(self.document)
        self.prefix = self.spec.server_path
        self.keys = demo_keys(api)
        self.auth = list(auth_headers(self.spec, self.keys["default"]).items())
        limit = self.spec.payload_limit
        self.payload_limit: int | None = limit.bytes if limit is not None else None
        self.payload_error: str | None = limit.error if limit is not None else None
        self._validators: dict[str, Any] = {}

    # -- helpers ------------------------------------------------------------------------------

    def path_of(self, op: Operation) -> str:
        path = sample_path(self.spec, op)
        if path is None:
            path = re.sub(r"\{[^}]+\}", "1", op.path)
        return self.prefix + path

    def media(self, op: Operation) -> str | None:
        content = (op.request_body or {}).get("content") or {}
        return next(iter(content), None)

    def is_json(self, op: Operation) -> bool:
        media = self.media(op)
        return media is not None and (media in JSON_TYPES or media.endswith("+json"))

    def body_schema(self, op: Operation) -> Any:
        bulk = op.bulk_schemas
        return bulk[0] if bulk else op.request_schema

    def valid(self, op: Operation, body: Any) -> bool:
        schema = self.body_schema(op)
        return schema is None or self.checker.first_violation(schema, body) is None

    def case(self, op: Operation | None, category: str, label: str, **kwargs: Any) -> Case:
        method = kwargs.pop("method", op.method.upper() if op else "GET")
        target = kwargs.pop("target", self.path_of(op) if op else self.prefix + "/")
        headers = kwargs.pop("headers", None)
        if headers is None:
            headers = list(self.auth)
            if kwargs.get("body") and op is not None and self.media(op):
                headers.append(("Content-Type", str(self.media(op))))
        return Case(self.api, category, label, method, target, headers, operation=op, **kwargs)

    def json_case(self, op: Operation, category: str, label: str, value: Any) -> Case:
        """A well-formed JSON body: rejected only when the schema says it is invalid."""
        return self.case(
            op, category, label, body=_dump(value), must_reject=not self.valid(op, value)
        )

    # -- categories ---------------------------------------------------------------------------

    def build(self) -> list[Case]:
        cases: list[Case] = []
        for op in self.spec.operations:
            cases += self.path_cases(op)
            cases += self.query_cases(op)
            cases += self.header_cases(op)
            cases += self.method_cases(op)
            if op.request_body is None:
                continue
            cases += self.size_cases(op)
            if self.is_json(op):
                cases += self.json_cases(op)
                cases += self.content_type_cases(op)
                cases += self.number_cases(op)
                cases += self.type_cases(op)
                cases += self.duplicate_key_cases(op)
        cases += self.max_bytes_cases()
        cases += self.http_cases()
        return cases

    def json_cases(self, op: Operation) -> Iterator[Case]:
        base = base_body(self.spec, op)
        broken = {
            "open brace": b"{",
            "missing value": b'{"a":}',
            "trailing comma": b'{"a":1,}',
            "single quotes": b"{'a': 1}",
            "bare word": b"nul",
            "trailing garbage": b'{"a":1}garbage',
            "two documents": b"{}{}",
            "unterminated string": b'{"a":"',
            "comment": b'{/* c */"a":1}',
            "raw control byte": b'{"a":"\x01\x02\x1b"}',
            "invalid utf-8": b'{"a":"\xff\xfe\xc0\xaf"}',
            "lone surrogate": b'{"a":"\\ud800"}',
            "nul byte": b'{"a":1}\x00',
            "byte-order mark": b"\xef\xbb\xbf{}",
            "utf-16": '{"a":1}'.encode("utf-16"),
            "only whitespace": b" \t\r\n ",  # no body: conventional either way
            "deep arrays": b"[" * DEEP + b"]" * DEEP,
            "deep objects": b'{"a":' * DEEP + b"1" + b"}" * DEEP,
        }
        for label, raw in broken.items():
            must = _rejects_json(raw) and label != "only whitespace"
            yield self.case(op, "json", label, body=raw, must_reject=must)
        roots: dict[str, Any] = {
            "null": None,
            "array": [],
            "string": "x",
            "number": 0,
            "true": True,
        }
        for label, root in roots.items():
            yield self.json_case(op, "json", f"root is {label}", root)
        if isinstance(base, (dict, list)):
            text = _dump(base)
            for label, cut in {
                "truncated half": len(text) // 2,
                "truncated by one": len(text) - 1,
            }.items():
                yield self.case(op, "json", label, body=text[:cut])
            # Just below orjson's 1,024 levels: parsed, then validated.
            for label, raw in (
                ("arrays 1,000 deep", b"[" * 1000 + b"]" * 1000),
                ("objects 1,000 deep", b'{"a":' * 1000 + b"{}" + b"}" * 1000),
            ):
                yield self.case(
                    op, "nesting", label, body=raw, must_reject=_root_rejected(self, op, raw)
                )
        if isinstance(base, dict):
            for key in list(base)[:8]:
                raw = text.replace(
                    _dump(key) + b":" + _dump(base[key]),
                    _dump(key) + b":" + b"[" * DEEP + b"]" * DEEP,
                    1,
                )
                yield self.case(op, "nesting", f"{key} 10,000 deep", body=raw)
            for location, value in self._strings(base):
                for label, evil in {
                    "escaped controls": "\u0000\u0007\u001b[31m\u007f",
                    "bidi override": "a\u202eb\u2066c",
                    "crlf": "x\r\nX-Injected: 1",
                }.items():
                    mutated = copy.deepcopy(base)
                    parent, name = _locate(mutated, location)
                    if parent is None:
                        continue
                    parent[name] = value + evil
                    yield self.json_case(op, "json", f"{location} {label}", mutated)

    def number_cases(self, op: Operation) -> Iterator[Case]:
        base = base_body(self.spec, op)
        numbers = {
            "1e400": b"1e400",
            "-1e400": b"-1e400",
            "2**70": str(2**70).encode(),
            "-2**70": str(-(2**70)).encode(),
            "-0": b"-0",
            "-0.0": b"-0.0",
            "NaN": b"NaN",
            "Infinity": b"Infinity",
            "1e-400": b"1e-400",
            "30 digits": b"123456789012345678901234567890",
        }
        for label, raw in numbers.items():
            yield self.case(
                op, "numbers", f"body {label}", body=raw, must_reject=_root_rejected(self, op, raw)
            )
        if not isinstance(base, dict):
            return
        for key in list(base)[:12]:
            for label, raw in numbers.items():
                body = (
                    b"{"
                    + b",".join(
                        _dump(k) + b":" + (raw if k == key else _dump(v)) for k, v in base.items()
                    )
                    + b"}"
                )
                yield self.case(
                    op,
                    "numbers",
                    f"{key}={label}",
                    body=body,
                    must_reject=_root_rejected(self, op, body),
                )

    def type_cases(self, op: Operation) -> Iterator[Case]:
        base = base_body(self.spec, op)
        if not isinstance(base, dict):
            return
        seen: set[str] = set()
        for site in self.spec.sites(op.request_schema):
            if not site.location or site.location in seen or len(seen) >= MAX_SITES_PER_OP:
                continue
            parent, _ = _locate(copy.deepcopy(base), site.location)
            if parent is None:
                continue
            seen.add(site.location)
            resolved = self.spec.resolve(site.schema)
            for value in _wrong_values(resolved if isinstance(resolved, dict) else {}):
                mutated = copy.deepcopy(base)
                target, key = _locate(mutated, site.location)
                target[key] = value
                yield self.json_case(
                    op, "types", f"{site.location}={json.dumps(value)[:20]}", mutated
                )

    def duplicate_key_cases(self, op: Operation) -> Iterator[Case]:
        base = base_body(self.spec, op)
        if not isinstance(base, dict):
            return
        for key in list(base)[:12]:
            good = _dump(key) + b":" + _dump(base[key])
            bad = _dump(key) + b':{"dup":[1,2,3]}'
            text = _dump(base)
            bad_last = text.replace(good, good + b"," + bad, 1)
            bad_first = text.replace(good, bad + b"," + good, 1)
            last_wins_bad = {**base, key: {"dup": [1, 2, 3]}}
            yield self.case(
                op,
                "duplicates",
                f"{key} bad value last",
                body=bad_last,
                must_reject=not self.valid(op, last_wins_bad),
            )
            yield self.case(
                op, "duplicates", f"{key} bad value first", body=bad_first, must_reject=False
            )

    def content_type_cases(self, op: Operation) -> Iterator[Case]:
        base = base_body(self.spec, op)
        body = _dump(base if base is not None else {})
        valid = self.valid(op, base if base is not None else {})
        for label, media, must in (
            ("text/plain", "text/plain", True),
            ("form", "application/x-www-form-urlencoded", True),
            ("multipart", "multipart/form-data; boundary=xyz", True),
            ("xml", "application/xml", True),
            ("garbage", "\x7f\x7f/;;;==", True),
            ("charset param", "application/json; charset=utf-8", not valid),
            ("upper case", "APPLICATION/JSON", not valid),
            ("missing", None, not valid),
        ):
            headers = list(self.auth) + ([("Content-Type", media)] if media else [])
            yield self.case(op, "content-type", label, body=body, headers=headers, must_reject=must)

    def size_cases(self, op: Operation) -> Iterator[Case]:
        if self.payload_limit is None:
            return
        limit = self.payload_limit
        over = _padded(limit + 1)
        expected = self._example_status(op, self.payload_error)
        yield self.case(
            op,
            "size",
            "x-payload-limit + 1",
            body=over,
            expect=expected,
            expect_example=self.payload_error,
        )
        if op is self._first_body_op():
            yield self.case(
                op,
                "size",
                "x-payload-limit + 1 chunked",
                body=over,
                chunked=True,
                expect=expected,
                expect_example=self.payload_error,
            )
            at_limit = _padded(limit)
            yield self.case(
                op,
                "size",
                "exactly x-payload-limit",
                body=at_limit,
                must_reject=not self.valid(op, json.loads(at_limit)),
                expect=None,
            )
            declared = (
                f"{op.method.upper()} {self.path_of(op)} HTTP/1.1\r\nHost: {{host}}\r\n"
                + "".join(f"{k}: {v}\r\n" for k, v in self.auth)
                + f"Content-Type: application/json\r\nContent-Length: {limit * 1000}\r\n\r\n"
            )
            yield self.case(
                op, "size", "huge Content-Length, no body", raw=declared.encode(), expect=expected
            )

    def max_bytes_cases(self) -> Iterator[Case]:
        builder = TriggerBuilder(self.spec)
        for trigger in builder.constraint_triggers({}):
            if "x-max-bytes" not in trigger.how or trigger.in_band:
                continue
            op = self.spec.operation(trigger.operation_id)
            example = op.error_examples.get(trigger.example)
            yield self.case(
                op,
                "size",
                f"{trigger.how} (+1 byte)",
                target=self.prefix + trigger.path,
                body=_dump(trigger.body),
                expect=frozenset({example.status}) if example else None,
                expect_example=trigger.example,
            )

    def query_cases(self, op: Operation) -> Iterator[Case]:
        base_target = self.path_of(op)
        base = base_body(self.spec, op)
        body = _dump(base) if base is not None and self.is_json(op) else b""
        params = [p for p in op.parameters if p.get("in") == "query"]

        def q(label: str, query: str, must: bool = False) -> Case:
            return self.case(
                op, "query", label, target=f"{base_target}?{query}", body=body, must_reject=must
            )

        yield q("5,000 parameters", "&".join(f"p{i}={i}" for i in range(5000)))
        yield q("broken escapes", "a=%zz&b=%&c=%f&d=%ff%fe&e=%00&f=%c0%ae")
        yield q("empty names", "=x&&&=&==&?&#")
        yield q("64 KiB value", "junk=" + "A" * 65536)
        for param in params[:6]:
            name = quote(str(param["name"]))
            schema = self.spec.resolve(param.get("schema") or {})
            yield q(f"{name} repeated 200 times", "&".join(f"{name}={i}" for i in range(200)))
            for label, value in (
                ("64 KiB", "9" * 65536),
                ("2**70", str(2**70)),
                ("1e400", "1e400"),
                ("NaN", "NaN"),
                ("-0", "-0"),
                ("nul", "%00"),
                ("array syntax", "[]=1"),
            ):
                must = self._param_invalid(schema, value)
                yield q(f"{name}={label}", f"{name}={value}", must)

    def path_cases(self, op: Operation) -> Iterator[Case]:
        names = [p["name"] for p in op.parameters if p.get("in") == "path"]
        base = base_body(self.spec, op)
        body = _dump(base) if base is not None and self.is_json(op) else b""
        evil = {
            "..%2F..": "..%2F..",
            "..%2f..%2fetc%2fpasswd": "..%2f..%2fetc%2fpasswd",
            "%2e%2e": "%2e%2e",
            "%2e%2e%2f%2e%2e": "%2e%2e%2f%2e%2e",
            "%252F": "%252F",
            "%00": "%00",
            "a%00b": "a%00b",
            "%0d%0aX-Injected:%20x": "%0d%0aX-Injected:%20x",
            "%c0%ae%c0%ae": "%c0%ae%c0%ae",
            "%ff%fe": "%ff%fe",
            "..": "..",
            "10 KB": "A" * 10_000,
        }
        for name in names:
            for label, value in evil.items():
                target = self.prefix + _fill_path(self.spec, op, name, value)
                yield self.case(
                    op, "path", f"{{{name}}}={label}", target=target, body=body, must_reject=False
                )
        # Dot segments and encoded slashes in the path itself.
        path = self.path_of(op)
        for label, target in (
            ("/.. appended", path + "/.."),
            ("/../.. inside", path + "/../../" + path.rsplit("/", 1)[-1]),
            ("%2F appended", path + "%2F.."),
            ("// doubled", path.replace("/", "//", 2)),
            ("; params", path + ";jsessionid=1"),
        ):
            # These no longer route to ``op``: whatever answers is not its documented error.
            yield self.case(
                None,
                "path",
                label,
                method=op.method.upper(),
                target=target,
                body=body,
                must_reject=False,
                headers=self._headers(op, body),
            )

    def header_cases(self, op: Operation) -> Iterator[Case]:
        base = base_body(self.spec, op)
        body = _dump(base) if base is not None and self.is_json(op) else b""
        media = [("Content-Type", str(self.media(op)))] if body else []
        name, value = self.auth[0]
        prefix = value[: value.index(" ") + 1] if " " in value else ""
        yield self.case(
            op,
            "headers",
            "64 KiB header",
            headers=[*self.auth, *media, ("X-Junk", "a" * 65536)],
            body=body,
            expect=frozenset({431}),
        )
        yield self.case(
            op,
            "headers",
            "2,000 headers",
            headers=[*self.auth, *media, *((f"X-H{i}", "v" * 16) for i in range(2000))],
            body=body,
            expect=frozenset({431}),
        )
        requirements = op.raw.get("security", self.document.get("security") or [])
        if requirements and any(requirements):
            yield self.case(
                op,
                "headers",
                "64 KiB credential",
                headers=[(name, prefix + "k" * 65536), *media],
                body=body,
                expect=frozenset({431}),
            )
            for label, cred in (
                ("empty credential", ""),
                ("credential with spaces", prefix + "a b c"),
                ("other scheme", "Basic dXNlcjpwYXNz"),
                ("1 KiB credential", prefix + "k" * 1024),
                ("key + trailing junk", value + "\t;x"),
            ):
                yield self.case(op, "headers", label, headers=[(name, cred), *media], body=body)
        for label, extra in (
            ("Prefer traversal", ("Prefer", "example=../../../etc/passwd")),
            ("Prefer huge code", ("Prefer", "code=99999999999999999999999999")),
        ):
            yield self.case(
                op,
                "headers",
                label,
                headers=[*self.auth, *media, extra],
                body=body,
                must_reject=False,
            )
        for label, extra in (
            ("fault syntax", ("X-Smsspec-Fault", "status:99999999999999999999")),
            ("fault unknown", ("X-Smsspec-Fault", "explode")),
            ("fault over cap", ("X-Smsspec-Fault", "timeout:999999999")),
        ):
            # The mock's own test header: its errors are the mock's convention, not the vendor's.
            yield self.case(
                None,
                "headers",
                label,
                target=self.path_of(op),
                method=op.method.upper(),
                headers=[*self.auth, *media, extra],
                body=body,
            )

    def method_cases(self, op: Operation) -> Iterator[Case]:
        path_ops = {o.method for o in self.spec.operations if o.path == op.path}
        if op is not next(o for o in self.spec.operations if o.path == op.path):
            return
        for method in ("get", "post", "put", "patch", "delete"):
            if method not in path_ops:
                yield self.case(
                    None,
                    "method",
                    method.upper(),
                    method=method.upper(),
                    target=self.path_of(op),
                    expect=frozenset({405}),
                )
        if op is self.spec.operations[0]:
            yield self.case(
                None, "method", "unknown path", target=self.prefix + "/definitely/not/here"
            )
            yield self.case(None, "method", "outside the prefix", target="/../../etc/passwd")
            yield self.case(None, "method", "prefix only", target=self.prefix or "/")

    def http_cases(self) -> Iterator[Case]:
        op = self._first_body_op() or self.spec.operations[0]
        path = self.path_of(op).encode()
        auth = "".join(f"{k}: {v}\r\n" for k, v in self.auth).encode()
        auth_name = auth.split(b":")[0]
        verb = op.method.upper().encode()

        def request(line: bytes, head: bytes = b"", body: bytes = b"") -> bytes:
            return line + b"\r\nHost: {host}\r\n" + head + b"\r\n" + body

        get = b"GET " + path + b" HTTP/1.1"
        send = verb + b" " + path + b" HTTP/1.1"
        json_type = b"Content-Type: application/json\r\n"
        chunked = b"Transfer-Encoding: chunked\r\n"
        raws = {
            "garbage request line": b"GARBAGE\r\n\r\n",
            "header without colon": request(get, b"BadHeader\r\n"),
            "space before colon": request(get, b"X-A : b\r\n"),
            "obsolete line folding": request(get, b"X-A: a\r\n b\r\n"),
            "control character in header": request(get, auth + b"X-A: a\x01b\r\n"),
            "invalid UTF-8 credential": request(get, auth_name + b": \xff\xfe\r\n"),
            "NUL in the path": request(b"GET " + path + b"\x00 HTTP/1.1"),
            "raw UTF-8 in the path": request(b"GET " + path + "é".encode() + b" HTTP/1.1"),
            "1 MB request target": request(b"GET " + path + b"?" + b"a" * 1_000_000 + b" HTTP/1.1"),
            "Content-Length and Transfer-Encoding": request(
                send, auth + b"Content-Length: 4\r\n" + chunked, b"0\r\n\r\n"
            ),
            "two Content-Lengths": request(
                send, auth + b"Content-Length: 2\r\nContent-Length: 3\r\n", b"{}"
            ),
            "negative Content-Length": request(send, b"Content-Length: -1\r\n"),
            "bad chunk size": request(send, auth + json_type + chunked, b"zz\r\nabc\r\n0\r\n\r\n"),
            "unknown method token": request(b"FOO " + path + b" HTTP/1.1", auth),
            "HTTP/2 preface": b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
            "HTTP/0.9 request": b"GET /\r\n\r\n",
            "bare LF line endings": b"GET " + path + b" HTTP/1.1\nHost: {host}\n\n",
            "absolute-form target": request(b"GET http://evil.example" + path + b" HTTP/1.1", auth),
        }
        for label, raw in raws.items():
            yield self.case(None, "http", label, raw=raw, must_reject=label in _RAW_MUST_REJECT)

    # -- expectations -------------------------------------------------------------------------

    def _headers(self, op: Operation, body: bytes) -> list[tuple[str, str]]:
        media = self.media(op)
        return [*self.auth, *([("Content-Type", media)] if body and media else [])]

    def _first_body_op(self) -> Operation | None:
        return next((o for o in self.spec.operations if self.is_json(o)), None)

    def _example_status(self, op: Operation, name: str | None) -> frozenset[int] | None:
        example = op.error_examples.get(name or "")
        return frozenset({example.status}) if example else None

    def _param_invalid(self, schema: dict[str, Any], value: str) -> bool:
        """Whether a query value breaks the parameter's schema (read independently of the
        mock: integers and numbers as JSON numbers, booleans as true/false)."""
        if value == "[]=1":
            return False
        text = unquote(value)
        kind = schema.get("type", "string")
        kind = next((k for k in kind if k != "null"), "string") if isinstance(kind, list) else kind
        coerced: Any = text
        if kind == "integer":
            if not re.fullmatch(r"-?[0-9]+", text):
                return True
            if len(text) > 18:  # beyond 64 bits: out of range wherever a bound is declared
                bound = "minimum" if text.startswith("-") else "maximum"
                return bound in schema or f"exclusive{bound.title()}" in schema
            coerced = int(text)
        elif kind == "number":
            try:
                coerced = float(text)
            except ValueError:
                return True
            if not math.isfinite(coerced):
                return True
        elif kind == "boolean":
            if text not in ("true", "false"):
                return True
            coerced = text == "true"
        elif kind == "array":
            coerced = [text]
        key = json.dumps(schema, sort_keys=True)
        if key not in self._validators:
            self._validators[key] = compile_validator(schema, self.document)
        return not self._validators[key].is_valid(coerced)

    def _strings(self, base: dict[str, Any]) -> Iterator[tuple[str, str]]:
        for key, value in list(base.items())[:8]:
            if isinstance(value, str):
                yield key, value


def _fill_path(spec: Spec, op: Operation, name: str, value: str) -> str:
    path = sample_path(spec, op, {name: "__EVIL__"}) or re.sub(r"\{[^}]+\}", "1", op.path)
    return path.replace("__EVIL__", value)


def _padded(size: int) -> bytes:
    """A JSON object of exactly ``size`` bytes."""
    head, tail = b'{"padding":"', b'"}'
    return head + b"x" * (size - len(head) - len(tail)) + tail


def _rejects_json(raw: bytes) -> bool:
    try:
        json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return True
    return False


def _root_rejected(builder: CorpusBuilder, op: Operation, raw: bytes) -> bool:
    """Invalid JSON (orjson's reading: no NaN/Infinity, no numbers beyond a double), or a
    value the schema refuses."""
    import orjson

    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return True
    try:
        return not builder.valid(op, value)
    except RecursionError:
        return False


_RAW_MUST_REJECT = frozenset(
    {
        "garbage request line",
        "header without colon",
        "space before colon",
        "obsolete line folding",
        "control character in header",
        "NUL in the path",
        "raw UTF-8 in the path",
        "1 MB request target",
        "Content-Length and Transfer-Encoding",
        "two Content-Lengths",
        "negative Content-Length",
        "bad chunk size",
        "unknown method token",
        "HTTP/2 preface",
        "bare LF line endings",
        "invalid UTF-8 credential",
    }
)


def build_corpus(api: str) -> list[Case]:
    return CorpusBuilder(api).build()


# -- judging ----------------------------------------------------------------------------------


def _decode(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def judge(spec: Spec, case: Case, status: int, content_type: str | None, body: bytes) -> str | None:
    """Why the answer to ``case`` is wrong, or ``None`` when it is acceptable."""
    if status >= 500:
        return f"HTTP {status}"
    if case.expect is not None and status not in case.expect:
        return f"HTTP {status}, expected {sorted(case.expect)}"
    if status < 400:
        return "accepted input the spec forbids" if case.must_reject else None
    decoded = _decode(body)
    server_level = (content_type or "").startswith("text/plain") and decoded is None
    if server_level:
        # uvicorn's own answer to a request it could not parse (before the mock saw it).
        return None if status in (400, 413, 414, 431) else f"server-level HTTP {status}"
    if not isinstance(decoded, dict):
        return f"HTTP {status} with a body that is not a JSON object"
    op = case.operation
    documented = [e for e in op.iter_error_examples() if e.status == status] if op else []
    if case.expect_example and op is not None:
        example = op.error_examples.get(case.expect_example)
        if example is not None and not _same_error(spec, example.value, decoded):
            return f"HTTP {status} but not the documented {case.expect_example!r} body"
    if documented:
        if not any(_same_error(spec, e.value, decoded) for e in documented):
            return f"HTTP {status} body matches none of the {len(documented)} documented examples"
        return None
    if status not in CONVENTIONAL:
        return f"HTTP {status} is neither documented for this operation nor conventional"
    if spec.error_message(decoded) is None:
        return f"HTTP {status} body is not the provider's error envelope"
    return None


def _same_error(spec: Spec, documented: Any, answer: Any) -> bool:
    env = spec.envelope
    if env.code:
        return spec.error_code(documented) == spec.error_code(answer)
    if env.title:
        return bool(spec.error_field(documented, "title") == spec.error_field(answer, "title"))
    return spec.error_message(answer) is not None
