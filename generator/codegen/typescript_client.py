"""``typescript/client.ts``: a thin typed client per API over openapi-fetch.

The client class is named by the root ``x-sdk`` (``TracklyV2``), its resources and methods by
each operation's ``x-sdk-method`` in camelCase (``client.messages.sendBulk``), as in the
Python SDK. Methods take the path parameters positionally, then the JSON body (or the raw
bytes of a binary body), then the query object, then the header parameters; each argument is
typed from ``openapi.d.ts`` (``operations[...]``) and the result is the documented success
body. Errors throw ``APIError`` subclasses carrying the documented code; ``x-pagination``
lists return a ``Page`` that iterates across pages. The template is
``templates/typescript/client.ts.jinja``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from ..catalogue import Catalogue
from ..sdk_extensions import sdk_settings
from ..specmodel import FORM_MEDIA_TYPE, Operation, Spec
from .jinja import render
from .python_client import credential_settings
from .sdk_common import STATUS_EXCEPTIONS, SdkError, operation_raises

__all__ = ["camel_case", "render_client_ts"]

_JSON = re.compile(r"^application/([\w.+-]+\+)?json$")
_URL = re.compile(r"https?://[^\s,)]+[^\s,.)]")


def camel_case(name: str) -> str:
    """``send_bulk`` -> ``sendBulk``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _identifier(name: str) -> str:
    text = re.sub(r"\W", "_", name)
    return f"_{text}" if text[:1].isdigit() else text


def _doc(text: str, width: int = 92) -> list[str]:
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        words = " ".join(paragraph.split()).replace("*/", "* /").split(" ")
        line = ""
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        if line:
            lines.append(line)
        lines.append("")
    return lines[:-1]


@dataclass
class TsMethod:
    name: str
    http: str
    path: str
    params: list[str]
    options: str
    page_options: str
    doc: list[str]
    redirect: bool
    page: dict[str, str] | None


@dataclass
class TsResource:
    path: str
    attr: str
    class_name: str
    title: str = ""
    methods: list[TsMethod] = field(default_factory=list)
    children: list[TsResource] = field(default_factory=list)


def _method(op: Operation, name: str, catalogue: Catalogue) -> TsMethod:
    ref = f"operations[{json.dumps(op.operation_id)}]"
    args: list[tuple[str, bool]] = []
    params: list[str] = []
    path_names = [p["name"] for p in op.parameters if p.get("in") == "path"]
    for name_ in path_names:
        args.append(
            (f'{_identifier(name_)}: {ref}["parameters"]["path"][{json.dumps(name_)}]', True)
        )
    if path_names:
        params.append(
            "path: { " + ", ".join(f"{json.dumps(n)}: {_identifier(n)}" for n in path_names) + " }"
        )
    extra: list[str] = []
    body = op.request_body
    content = (body or {}).get("content") or {}
    json_media = next((m for m in content if _JSON.match(m)), None)
    if body and json_media:
        required = bool(body.get("required"))
        kind = f'NonNullable<{ref}["requestBody"]>["content"][{json.dumps(json_media)}]'
        args.append((f"body{'' if required else '?'}: {kind}", required))
        extra.append("body" if required else "...(body !== undefined ? { body } : {})")
    elif body and FORM_MEDIA_TYPE in content:
        required = bool(body.get("required"))
        kind = f'NonNullable<{ref}["requestBody"]>["content"][{json.dumps(FORM_MEDIA_TYPE)}]'
        args.append((f"body{'' if required else '?'}: {kind}", required))
        extra.append("body" if required else "...(body !== undefined ? { body } : {})")
        extra.append("bodySerializer: formBody")
        extra.append(f'headers: {{ "Content-Type": {json.dumps(FORM_MEDIA_TYPE)} }}')
    elif body:
        required = bool(body.get("required"))
        args.append(
            (f"body{'' if required else '?'}: Blob | ArrayBuffer | Uint8Array | string", required)
        )
        extra.append("body" if required else "...(body !== undefined ? { body } : {})")
        extra.append("bodySerializer: (raw: unknown) => raw")
        extra.append('headers: { "Content-Type": "application/octet-stream" }')
    query = [p for p in op.parameters if p.get("in") == "query"]
    if query:
        required = any(p.get("required") for p in query)
        kind = f'NonNullable<{ref}["parameters"]["query"]>'
        args.append((f"query: {kind}" + ("" if required else " = {}"), required))
        params.append("query")
    headers = [p for p in op.parameters if p.get("in") == "header"]
    if headers:
        required = any(p.get("required") for p in headers)
        kind = f'NonNullable<{ref}["parameters"]["header"]>'
        args.append((f"headers{'' if required else '?'}: {kind}", required))
        params.append(
            "header: headers"
            if required
            else "...(headers !== undefined ? { header: headers } : {})"
        )
    seen_optional = False
    for _text, required in args:
        if required and seen_optional:
            raise SdkError(f"{op.operation_id}: a required argument follows an optional one")
        seen_optional = seen_optional or not required
    options = ", ".join(([f"params: {{ {', '.join(params)} }}"] if params else []) + extra)
    page_params = [("query: page" if part == "query" else part) for part in params]
    page_options = ", ".join(
        ([f"params: {{ {', '.join(page_params)} }}"] if page_params else []) + extra
    )
    pagination = op.pagination
    page = None
    if pagination is not None:
        if not query:
            raise SdkError(f"{op.operation_id}: x-pagination needs query parameters")
        keys = {
            "pageParam": pagination.page_param,
            "sizeParam": pagination.size_param,
            "totalPages": pagination.total_pages,
            "cursorParam": pagination.cursor_param,
            "nextCursor": pagination.next_cursor,
            "hasMore": pagination.has_more,
            "nextLink": pagination.next_link,
        }
        literal = ", ".join(f"{k}: {json.dumps(v)}" for k, v in keys.items() if v is not None)
        page = {
            "field": f"[{json.dumps(pagination.items.split('.')[0])}]",
            "pagination": f"{{ style: {json.dumps(pagination.style)}, {literal} }}",
        }
    redirect = any(s.isdigit() and s.startswith("3") for s in op.responses)
    return TsMethod(
        name=camel_case(name),
        http=op.method.upper(),
        path=op.path,
        params=[text for text, _required in args],
        options=options,
        page_options=page_options,
        doc=_method_doc(op, catalogue),
        redirect=redirect,
        page=page,
    )


def _method_doc(op: Operation, catalogue: Catalogue) -> list[str]:
    description = str(op.raw.get("description") or "")
    lines = _doc(str(op.raw.get("summary") or op.operation_id))
    first = re.split(r"\n\s*\n", description.strip(), maxsplit=1)[0]
    text = re.sub(r"\s*Sources?:.*", "", " ".join(first.split()), flags=re.S)
    if text:
        lines += ["", *_doc(text)]
    lines.append("")
    for name, what in operation_raises(op, catalogue):
        if name == "APIResponseValidationError":
            continue
        if name == "APIConnectionError":
            what = "the server could not be reached."
        lines += _doc(f"@throws {{{name}}} {what}")
    url = _URL.search(description)
    if url:
        lines.append(f"@see {url.group(0)}")
    if op.deprecated:
        lines.append(f"@deprecated {op.operation_id} is deprecated.")
    return lines


def _tree(spec: Spec, catalogue: Catalogue) -> list[TsResource]:
    roots: dict[str, TsResource] = {}
    every: dict[str, TsResource] = {}
    for op in spec.operations:
        method = op.sdk_method
        if method is None:
            raise SdkError(f"{op.operation_id} has no x-sdk-method")
        segments = method.resource.split(".")
        parent: TsResource | None = None
        for depth in range(1, len(segments) + 1):
            path = ".".join(segments[:depth])
            node = every.get(path)
            if node is None:
                class_name = "".join(s[:1].upper() + camel_case(s)[1:] for s in segments[:depth])
                node = every[path] = TsResource(
                    path, camel_case(segments[depth - 1]), f"{class_name}Resource"
                )
                if parent is None:
                    roots[path] = node
                else:
                    parent.children.append(node)
            parent = node
        assert parent is not None
        parent.methods.append(_method(op, method.method, catalogue))
        tags = op.raw.get("tags") or []
        if tags and not parent.title:
            parent.title = str(tags[0])
    ordered: list[TsResource] = []

    def visit(node: TsResource) -> None:
        for child in node.children:
            visit(child)
        ordered.append(node)

    for key in sorted(roots):
        visit(roots[key])
    return ordered


def _example(resources: list[TsResource]) -> str | None:
    for resource in resources:
        for m in resource.methods:
            if m.http == "GET" and (not m.params or all("=" in p or "?" in p for p in m.params)):
                return f"{resource.path}.{m.name}()"
    return None


def render_client_ts(api: str, spec: Spec, catalogue: Catalogue) -> str:
    """The text of ``typescript/client.ts`` for ``spec``."""
    settings = sdk_settings(spec, api)
    resources = _tree(spec, catalogue)
    credential = credential_settings(spec)
    title = str((spec.doc.get("info") or {}).get("title", api))
    servers = spec.doc.get("servers") or [{"url": "http://localhost"}]
    envelope = spec.envelope
    return render(
        "typescript/client.ts.jinja",
        api=api,
        client=settings.client,
        api_key_env=settings.api_key_env,
        base_url=str(servers[0]["url"]),
        title=title,
        title_doc=_doc(f"Typed client of {title}."),
        example=_example(resources),
        has_codes=catalogue.has_codes,
        envelope=envelope,
        status_classes=[(s, n) for s, n, _doc in STATUS_EXCEPTIONS],
        resources=resources,
        top=[r for r in resources if "." not in r.path],
        auth_header=credential["header"],
        auth_prefix=credential["prefix"],
    )
