"""Resource clients of a generated Python package: ``client.<resource>.<method>(...)``.

openapi-python-client writes one module per operation (``api/<tag>/<operation>.py``), which
stock users keep. On top of them this module writes, openai-python style:

* ``_client.py``: the sync and async clients named by the root ``x-sdk`` (``TracklyV2`` and
  ``AsyncTracklyV2``), constructed with ``api_key`` (default: the ``x-sdk`` environment
  variable), ``base_url`` (default: the spec's first server), ``timeout``, ``max_retries`` and
  ``http_client``;
* ``resources/<resource>.py``: one class per resource of ``x-sdk-method`` (sync, async and
  their ``with_raw_response`` views) whose methods take keyword arguments built from the
  request body's properties (required first, optional ones defaulting to ``UNSET``), path
  parameters positional, and return the documented model (never ``None``: errors raise);
  list operations with ``x-pagination`` return pages that iterate over every item;
* ``bulk.py``: the bulk helpers, typed like the methods, sync and async.

Type strings, imports and argument docs come from openapi-python-client's own parse of the
same document (its ``Endpoint`` and ``Property`` objects), so a method and the operation module
it calls always agree. Docstrings carry the operation's summary and description (curation
notes live in ``x-curation`` and never get here), the arguments, the return type and a
``Raises:`` section listing the exception classes and the error codes the operation
documents in the error catalogue.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.strings import safe_for_docstring

from ..bundle import bundle
from ..catalogue import Catalogue
from ..sdk_extensions import SdkSettings, sdk_settings
from ..specmodel import Operation, Spec
from .jinja import render
from .sdk_common import SdkError, generated_path, operation_raises

__all__ = ["return_type", "write_sdk"]

_WIDTH = 88
_BUILTIN_TYPES = frozenset({"list", "dict", "set", "type", "str", "int", "float", "bool", "bytes"})


def _text(value: Any) -> str:
    """The string of an openapi-python-client value (``UntrustedString``, ``PythonCode``)."""
    for attribute in ("get_untrusted_value", "as_unembedded_code"):
        method = getattr(value, attribute, None)
        if callable(method):
            return str(method())
    return "" if value is None else str(value)


def return_type(endpoint: Any) -> str:
    """What ``_parse`` of an endpoint module returns: the documented success model, or
    ``None`` for an answer without a body, or ``str`` (the ``Location``) for a redirect."""
    documented = _text(endpoint.response_type())
    if documented != "Any":
        return documented
    redirects = [
        r
        for r in endpoint.responses.patterns
        if r.status_code.range is not None and 300 <= r.status_code.range[0] < 400
    ]
    return "str" if redirects else "None"


# -- the model of the generated code -----------------------------------------------------------


@dataclass
class PageView:
    """A paginated method: the page model, its items and how the API pages."""

    page_type: str
    item_type: str
    items_attr: str
    pagination: str


@dataclass
class MethodView:
    """One method of a resource class (rendered sync and async)."""

    name: str
    operation_id: str
    alias: str
    params: list[str]
    call: list[str]
    return_type: str
    docstring: str
    deprecated: str | None
    page: PageView | None
    imports: set[str] = field(default_factory=set)


@dataclass
class ResourceView:
    """A resource class and its nested resources (``campaigns.messages``)."""

    path: str
    attr: str
    class_name: str
    title: str
    methods: list[MethodView] = field(default_factory=list)
    children: list[ResourceView] = field(default_factory=list)

    def walk(self) -> Iterable[ResourceView]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class BulkView:
    """A bulk helper of ``bulk.py``."""

    function: str
    operation_id: str
    method: str
    path: str
    """The operation's path as ``OPERATIONS`` keys it (parameters by their Python names)."""
    items: str
    wire: str
    item_type: str
    params: list[str]
    fields: str | None
    docstring: str
    deprecated: str | None


@dataclass
class _Endpoint:
    tag: str
    endpoint: Any


def _endpoints(project: Any) -> dict[tuple[str, str], _Endpoint]:
    found: dict[tuple[str, str], _Endpoint] = {}
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            found[(str(endpoint.method), _text(endpoint.path))] = _Endpoint(str(tag), endpoint)
    return found


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[._]", name) if part)


def _wrap(text: str, indent: str = "") -> str:
    """Re-wrap Markdown-ish prose: paragraphs are filled, list items keep their own line."""
    blocks = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        items = re.split(r"\n(?=\s*[*-] )", paragraph)
        lines = []
        for item in items:
            words = " ".join(item.split())
            hang = "  " if words.startswith(("* ", "- ")) else ""
            lines.append(
                textwrap.fill(
                    words,
                    width=_WIDTH,
                    initial_indent=indent,
                    subsequent_indent=indent + hang,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _entry(head: str, text: str) -> str:
    """One ``name: text`` line of an Args/Raises section, with a hanging indent."""
    return textwrap.fill(
        f"{head}: {text}".strip(),
        width=_WIDTH,
        initial_indent="    ",
        subsequent_indent="        ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def _shadowed(text: str, shadow: set[str]) -> str:
    """Annotation text safe inside a class that defines methods named like builtins."""
    for name in sorted(shadow):
        text = re.sub(rf"(?<![\w.]){name}\[", f"builtins.{name}[", text)
        text = re.sub(rf"(?<![\w.]){name}\b(?!\[)", f"builtins.{name}", text)
    return text


class _Builder:
    """Builds the resource, client and bulk views of one API."""

    def __init__(
        self, api: str, spec: Spec, catalogue: Catalogue, project: Any, settings: SdkSettings
    ) -> None:
        self.api = api
        self.spec = spec
        self.catalogue = catalogue
        self.settings = settings
        self.endpoints = _endpoints(project)
        self.imports: set[str] = set()
        self.prefix = ".."
        self.package = str(project.package_name)

    # -- methods -------------------------------------------------------------------------------

    def endpoint(self, op: Operation) -> _Endpoint:
        found = self.endpoints.get((op.method, generated_path(op.path)))
        if found is None:
            raise SdkError(f"{op.operation_id}: openapi-python-client wrote no endpoint for it")
        return found

    def module(self, op: Operation) -> tuple[str, str]:
        """(import line, alias) of the operation's endpoint module."""
        found = self.endpoint(op)
        name = str(found.endpoint.name)
        return f"from ..api.{found.tag} import {name} as _{name}", f"_{name}"

    def _imports(self, prop: Any) -> None:
        """What the annotations of ``prop`` need (model classes are "lazy" imports upstream,
        made inside functions to break cycles between models; here they are plain)."""
        prefix = self.prefix
        self.imports.update(str(i) for i in prop.get_imports(prefix=prefix))
        self.imports.update(str(i) for i in prop.get_lazy_imports(prefix=prefix))

    def body_properties(self, op: Operation) -> tuple[Any, list[Any]] | None:
        """(body model property, its properties required first) when the body is flattened
        into keyword arguments: one JSON object body with declared properties."""
        bodies = self.endpoint(op).endpoint.bodies
        if len(bodies) != 1 or bodies[0].body_type != "json":
            return None
        prop = bodies[0].prop
        if not isinstance(prop, ModelProperty):
            return None
        required = list(prop.required_properties or [])
        optional = list(prop.optional_properties or [])
        if not required and not optional:
            return None
        return prop, required + optional

    def method(self, op: Operation, name: str, shadow: set[str]) -> MethodView:
        self.imports = set()
        found = self.endpoint(op)
        endpoint = found.endpoint
        import_line, alias = self.module(op)
        self.imports.add(import_line)
        path_params = list(endpoint.path_parameters)
        others = [*endpoint.query_parameters, *endpoint.header_parameters]
        names = {str(p.python_name) for p in [*path_params, *others]}
        params = [_text(p.to_string()) for p in path_params]
        for prop in path_params:
            self._imports(prop)
        keyword_only: list[tuple[bool, str]] = []
        call = [f"{p.python_name}={p.python_name}" for p in path_params]
        docs = [p.to_docstring() for p in path_params]
        flattened = self.body_properties(op)
        if flattened is not None:
            model, props = flattened
            self._imports(model)
            clash = sorted(names & {str(p.python_name) for p in props})
            if clash:
                raise SdkError(f"{op.operation_id}: body fields {clash} clash with parameters")
            for prop in props:
                self._imports(prop)
                keyword_only.append((bool(prop.required), _text(prop.to_string())))
                docs.append(prop.to_docstring())
            values = ", ".join(f"{p.python_name}={p.python_name}" for p in props)
            call.append(f"body={_text(model.class_info.name)}({values})")
        elif endpoint.bodies:
            types = " | ".join(
                sorted({_text(b.prop.get_type_string(no_optional=True)) for b in endpoint.bodies})
            )
            for b in endpoint.bodies:
                self._imports(b.prop)
            required = all(b.prop.required for b in endpoint.bodies)
            if "body" in names:
                raise SdkError(f"{op.operation_id}: a parameter is named body")
            keyword_only.append(
                (required, f"body: {types}" + ("" if required else " | Unset = UNSET"))
            )
            docs.append(f"body ({safe_for_docstring(types)}): the request body.")
            call.append("body=body")
        for prop in others:
            self._imports(prop)
            keyword_only.append((bool(prop.required), _text(prop.to_string())))
            docs.append(prop.to_docstring())
            call.append(f"{prop.python_name}={prop.python_name}")
        ordered = [text for required, text in keyword_only if required]
        ordered += [text for required, text in keyword_only if not required]
        if ordered:
            params += ["*", *ordered]
        for response in endpoint.responses.patterns:
            self._imports(response.prop)
        result = return_type(endpoint)
        page = self.page(op, endpoint) if op.pagination is not None else None
        if page is not None:
            result = f"SyncPage[{page.page_type}, {page.item_type}]"
        deprecated = self.deprecation(op)
        return MethodView(
            name=name,
            operation_id=op.operation_id,
            alias=alias,
            params=[_shadowed(p, shadow) for p in params],
            call=call,
            return_type=_shadowed(result, shadow),
            docstring=self.docstring(op, docs, result, deprecated),
            deprecated=deprecated,
            page=page,
            imports=self.imports,
        )

    def page(self, op: Operation, endpoint: Any) -> PageView:
        pagination = op.pagination
        assert pagination is not None
        models = [r.prop for r in endpoint.responses.patterns if isinstance(r.prop, ModelProperty)]
        if len(models) != 1 or "." in pagination.items:
            raise SdkError(
                f"{op.operation_id}: x-pagination needs one object answer with top-level items"
            )
        model = models[0]
        props = [*(model.required_properties or []), *(model.optional_properties or [])]
        items = next((p for p in props if _text(p.name) == pagination.items), None)
        if not isinstance(items, ListProperty):
            raise SdkError(
                f"{op.operation_id}: x-pagination items {pagination.items!r} is not an array"
            )
        self._imports(items.inner_property)
        fields = {
            "style": pagination.style,
            "items": pagination.items,
            "page_param": pagination.page_param,
            "size_param": pagination.size_param,
            "total_pages": pagination.total_pages,
            "cursor_param": pagination.cursor_param,
            "next_cursor": pagination.next_cursor,
            "has_more": pagination.has_more,
            "next_link": pagination.next_link,
        }
        literal = ", ".join(
            f"{key}={value!r}" for key, value in fields.items() if value is not None
        )
        return PageView(
            page_type=_text(model.get_type_string(no_optional=True)),
            item_type=_text(items.inner_property.get_type_string(no_optional=True)),
            items_attr=str(items.python_name),
            pagination=f"Pagination({literal})",
        )

    def deprecation(self, op: Operation) -> str | None:
        if not op.deprecated:
            return None
        text = f"{op.operation_id} is deprecated"
        link = op.replaced_by
        if link is not None:
            if link.operation_id:
                text += f"; use {_successor(link.api, link.operation_id)} instead"
            else:
                text += f"; {link.api} has no replacement"
        return text + "."

    def docstring(self, op: Operation, args: list[str], result: str, deprecated: str | None) -> str:
        parts = [_wrap(str(op.raw.get("summary") or op.operation_id))]
        if deprecated:
            parts.append(_wrap(f"Deprecated: {deprecated}"))
        description = str(op.raw.get("description") or "").strip()
        if description:
            parts.append(_wrap(safe_for_docstring(description)))
        if args:
            lines = ["Args:"]
            for text in args:
                head, _, rest = text.partition(": ")
                lines.append(_entry(head, " ".join(rest.split())))
            parts.append("\n".join(lines))
        parts.append("Returns:\n    " + result)
        lines = ["Raises:"]
        for name, what in operation_raises(op, self.catalogue):
            lines.append(_entry(name, safe_for_docstring(what)))
        parts.append("\n".join(lines))
        return "\n\n".join(parts)

    # -- resources -----------------------------------------------------------------------------

    def resources(self) -> list[ResourceView]:
        roots: dict[str, ResourceView] = {}
        grouped: dict[str, list[tuple[str, Operation]]] = {}
        for op in self.spec.operations:
            method = op.sdk_method
            if method is None:
                raise SdkError(f"{op.operation_id} has no x-sdk-method")
            if (op.method, generated_path(op.path)) not in self.endpoints:
                continue  # openapi-python-client skipped it and said why (a reported problem)
            grouped.setdefault(method.resource, []).append((method.method, op))
        for path in sorted(grouped, key=lambda p: (p.count("."), p)):
            parent: ResourceView | None = None
            segments = path.split(".")
            for depth in range(1, len(segments) + 1):
                sub = ".".join(segments[:depth])
                holder = roots if parent is None else {c.path: c for c in parent.children}
                view = holder.get(sub)
                if view is None:
                    view = ResourceView(
                        path=sub,
                        attr=segments[depth - 1],
                        class_name=_pascal(sub),
                        title=self.title(grouped.get(sub, [])),
                    )
                    if parent is None:
                        roots[sub] = view
                    else:
                        parent.children.append(view)
                parent = view
        for path, methods in grouped.items():
            view = self.find(roots, path)
            names = {name for name, _op in methods}
            shadow = names & _BUILTIN_TYPES
            for name, op in methods:
                if keyword.iskeyword(name) or name in ("with_raw_response",):
                    raise SdkError(f"{op.operation_id}: method name {name!r} is reserved")
                view.methods.append(self.method(op, name, shadow))
        for view in roots.values():
            for node in view.walk():
                clash = {c.attr for c in node.children} & {m.name for m in node.methods}
                if clash:
                    raise SdkError(f"{node.path}: {sorted(clash)} are both methods and resources")
        return [roots[key] for key in sorted(roots)]

    @staticmethod
    def find(roots: dict[str, ResourceView], path: str) -> ResourceView:
        segments = path.split(".")
        view = roots[segments[0]]
        for depth in range(2, len(segments) + 1):
            view = next(c for c in view.children if c.path == ".".join(segments[:depth]))
        return view

    def title(self, methods: list[tuple[str, Operation]]) -> str:
        tags = {str((op.raw.get("tags") or [""])[0]) for _name, op in methods}
        return tags.pop() if len(tags) == 1 else ""

    # -- bulk helpers --------------------------------------------------------------------------

    def bulk_helpers(self) -> list[BulkView]:
        helpers = []
        for op in self.spec.operations:
            bulk = op.bulk
            if bulk is None:
                continue
            flattened = self.body_properties(op)
            if flattened is None:
                raise SdkError(f"{op.operation_id}: x-bulk needs an object body")
            model, props = flattened
            items_name = bulk.items
            items = next((p for p in props if _text(p.name) == items_name), None)
            if not isinstance(items, ListProperty):
                raise SdkError(f"{op.operation_id}: x-bulk items {items_name!r} is not an array")
            self._imports(model)
            self._imports(items.inner_property)
            others = [p for p in props if p is not items]
            params = [_text(p.to_string()) for p in others if p.required]
            params += [_text(p.to_string()) for p in others if not p.required]
            for prop in others:
                self._imports(prop)
            fields = None
            if others:
                values = ", ".join(f"{p.python_name}={p.python_name}" for p in others)
                fields = f"{_text(model.class_info.name)}({items.python_name}=[], {values})"
            found = self.endpoint(op)
            doc_args = [p.to_docstring() for p in others]
            helpers.append(
                BulkView(
                    function=str(found.endpoint.name),
                    operation_id=op.operation_id,
                    method=op.method,
                    path=generated_path(op.path),
                    items=str(items.python_name),
                    wire=items_name,
                    item_type=_text(items.inner_property.get_type_string(no_optional=True)),
                    params=params,
                    fields=fields,
                    docstring=self.bulk_docstring(op, items_name, items, doc_args),
                    deprecated=self.deprecation(op),
                )
            )
        return helpers

    def bulk_docstring(self, op: Operation, wire: str, items: Any, args: list[str]) -> str:
        method = op.sdk_method
        maximum = _max_items(self.spec, op, wire)
        text = (
            f"Send any number of `{wire}` through `{op.operation_id}` "
            f"({'client.' + str(method) if method else op.path}), in batches of at most "
            f"{maximum if maximum else 'the documented number of'} items."
        )
        capacity = self.spec.capacity
        if op.capacity is not None and capacity is not None:
            text += (
                f" A batch never exceeds the documented pending capacity "
                f"({capacity.max_pending}); capacity answers are waited out and split."
            )
        parts = [
            _wrap(text),
            _wrap(
                "Items are models or plain mappings. Returns one result per item, with its "
                "original index (`result.accepted`, `.rejected`, `.failed`, `.unknown`). With "
                "`validate_requests`, an item that breaks the spec is reported `rejected` "
                "without being sent."
            ),
        ]
        lines = [
            "Args:",
            _entry("client", "the client to send with."),
            _entry(str(items.python_name), "the items."),
        ]
        for arg in args:
            head, _, rest = arg.partition(": ")
            lines.append(_entry(head, " ".join(rest.split()) + " Sent with every batch."))
        lines.append(_entry("batch_size", "at most this many items per request."))
        parts.append("\n".join(lines))
        return "\n\n".join(parts)


def _max_items(spec: Spec, op: Operation, name: str) -> int | None:
    schema = spec.resolve(op.request_schema or {})
    prop = spec.resolve((schema.get("properties") or {}).get(name) or {})
    value = prop.get("maxItems")
    return value if isinstance(value, int) else None


def _successor(api: str, operation_id: str) -> str:
    """``TracklyV2().messages.send`` for a replacement in another API, when it has an
    ``x-sdk-method``; else the API and operation id."""
    try:
        spec = Spec(bundle(api))
        method = spec.operation(operation_id).sdk_method
        client = sdk_settings(spec, api).client
    except (KeyError, FileNotFoundError, ValueError):
        return f"{api} {operation_id}"
    if method is None:
        return f"{api} {operation_id}"
    return f"{client}().{method} ({api} {operation_id})"


# -- writing ----------------------------------------------------------------------------------


def write_sdk(api: str, spec: Spec, catalogue: Catalogue, project: Any, package_dir: Path) -> None:
    """Write ``_client.py``, ``resources/`` and ``bulk.py`` into ``package_dir``."""
    settings = sdk_settings(spec, api)
    builder = _Builder(api, spec, catalogue, project, settings)
    resources = builder.resources()
    title = str((spec.doc.get("info") or {}).get("title", api))
    servers = spec.doc.get("servers") or [{"url": "http://localhost"}]
    out = package_dir / "resources"
    out.mkdir(exist_ok=True)
    for resource in resources:
        body = render(
            "client-runtime/sdk/resource.py.jinja",
            resource=resource,
            classes=list(resource.walk()),
            title=title,
        )
        imports = sorted(
            {line for view in resource.walk() for m in view.methods for line in m.imports}
        )
        uses_builtins = "builtins." in body
        (out / f"{resource.attr}.py").write_text(
            render(
                "client-runtime/sdk/resource_header.py.jinja",
                resource=resource,
                title=title,
                imports=imports,
                builtins=uses_builtins,
                paged=any(m.page for r in resource.walk() for m in r.methods),
                deprecated=any(m.deprecated for r in resource.walk() for m in r.methods),
            )
            + body,
            encoding="utf-8",
        )
    (out / "__init__.py").write_text(
        render("client-runtime/sdk/resources_init.py.jinja", resources=resources, title=title),
        encoding="utf-8",
    )
    (package_dir / "_client.py").write_text(
        render(
            "client-runtime/sdk/client.py.jinja",
            settings=settings,
            resources=resources,
            title=title,
            base_url=str(servers[0]["url"]),
            package=builder.package,
        ),
        encoding="utf-8",
    )
    builder.imports = set()
    builder.prefix = "."
    helpers = builder.bulk_helpers()
    (package_dir / "bulk.py").write_text(
        render(
            "client-runtime/sdk/bulk.py.jinja",
            helpers=helpers,
            imports=sorted(builder.imports),
            settings=settings,
            title=title,
        ),
        encoding="utf-8",
    )
