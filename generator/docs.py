"""HTML documentation: a Redoc reference page and an error-catalogue page per API, and an index.

``build_docs(apis, out_dir)`` reads what ``smsspec generate`` wrote (``generated/<api>/
openapi.json``, ``openapi.yaml``, ``errors.json`` and ``MIGRATION.md``) and writes a static site:

    <out>/index.html              every API, linking to its pages and bundled spec
    <out>/style.css               the stylesheet of smsspec's own pages
    <out>/<api>/reference.html    ``redocly build-docs --inlineBundle`` (templates/docs/redoc.hbs)
    <out>/<api>/errors.html       the error catalogue (templates/docs/errors.html.jinja)
    <out>/<api>/migration.html    generated/<api>/MIGRATION.md, for an API that has one
    <out>/<api>/openapi.{yaml,json}

Viewing needs no network. Redoc's script is inlined (``--inlineBundle``; without it the page
loads Redoc from Redocly's CDN), the CLI's telemetry is off (``REDOCLY_TELEMETRY=off``, which
also turns off the page's own telemetry), and every page carries a Content-Security-Policy that
makes the browser refuse any request leaving the page: Redoc 3 always shows a "API docs by
Redocly" logo ``<img>`` loaded from a CDN, which is blocked (and then hidden by Redoc). The
output holds no timestamp and is the same bytes on every build.

The output directory is replaced as a whole. It must be empty, absent, or a previous build
(recognised by its ``.smsspec-site`` marker), so that a mistyped ``--output`` never deletes
anything else.
"""

from __future__ import annotations

import http
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from .codegen.typescript import node_env
from .paths import GENERATED_DIR, NODE_BIN, REPO_ROOT, TEMPLATES_DIR, npm_version

SITE_DIR = REPO_ROOT / "site"
DOCS_TEMPLATES = TEMPLATES_DIR / "docs"
MARKER = ".smsspec-site"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Pinned `redocly build-docs` behaviour; Redoc's options are in templates/docs/redoc-options.json.
REDOCLY_FLAGS: tuple[str, ...] = ("--inlineBundle", "--lint-config", "off")

# An empty Redocly config, so that the checkout's redocly.yaml (lint rules) plays no part.
_REDOCLY_CONFIG = "{}\n"


@dataclass(frozen=True)
class OperationRow:
    operation_id: str
    method: str
    path: str
    summary: str
    deprecated: bool


@dataclass(frozen=True)
class ApiDocs:
    """What the pages of one API show."""

    api: str
    title: str
    version: str
    summary: str
    operations: tuple[OperationRow, ...]
    catalogue: dict[str, Any]
    migration: str | None = None  # the text of MIGRATION.md, if the API has one

    @property
    def errors(self) -> list[dict[str, Any]]:
        return list(self.catalogue.get("errors") or [])

    @property
    def deprecated_operations(self) -> int:
        return sum(op.deprecated for op in self.operations)

    @property
    def error_ids(self) -> list[str]:
        return sorted({str(e["id"]) for e in self.errors})


def operations_of(document: dict[str, Any]) -> list[OperationRow]:
    """Every operation of the paths and webhooks of ``document``, in document order."""
    rows = []
    for section in ("paths", "webhooks"):
        for path, item in (document.get(section) or {}).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                rows.append(
                    OperationRow(
                        operation_id=str(op.get("operationId", "")),
                        method=method,
                        path=path,
                        summary=" ".join(str(op.get("summary", "")).split()),
                        deprecated=bool(op.get("deprecated", False)),
                    )
                )
    return rows


def _first_paragraph(text: str) -> str:
    paragraph = re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0]
    return " ".join(paragraph.split())


def load_api(api: str, generated_root: Path = GENERATED_DIR) -> ApiDocs:
    """Read the bundled spec and error catalogue of ``api`` from ``generated_root/<api>``."""
    base = generated_root / api
    try:
        document = json.loads((base / "openapi.json").read_text(encoding="utf-8"))
        catalogue = json.loads((base / "errors.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FileNotFoundError(
            f"{exc.filename} is missing: run `smsspec generate {api}` before building the docs"
        ) from None
    info = document.get("info") or {}
    migration = base / "MIGRATION.md"
    return ApiDocs(
        api=api,
        title=str(info.get("title", api)),
        version=str(info.get("version", "")),
        summary=str(info.get("summary") or _first_paragraph(str(info.get("description", "")))),
        operations=tuple(operations_of(document)),
        catalogue=catalogue,
        migration=migration.read_text(encoding="utf-8") if migration.is_file() else None,
    )


# --- rendering of smsspec's own pages -----------------------------------------------------

_CODE_SPAN = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_BARE_URL = re.compile(r"(?<![\"'>=])\b(https?://[^\s<>()\"']+[^\s<>()\"'.,;:])")


def markdown_inline(text: Any) -> Markup:
    """The little Markdown the catalogue uses (code spans, links, paragraphs) as safe HTML."""
    paragraphs = [p for p in re.split(r"\n\s*\n", str(text).strip()) if p.strip()]
    rendered = []
    for paragraph in paragraphs:
        html = str(escape(" ".join(paragraph.split())))
        html = _CODE_SPAN.sub(lambda m: f"<code>{m.group(1)}</code>", html)
        html = _LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', html)
        html = _BARE_URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', html)
        rendered.append(html)
    if len(rendered) == 1:
        return Markup(rendered[0])  # noqa: S704 - built from escaped text above
    return Markup("".join(f"<p>{p}</p>" for p in rendered))  # noqa: S704 - escaped above


def status_phrase(status: Any) -> str:
    try:
        return http.HTTPStatus(int(status)).phrase
    except (TypeError, ValueError):
        return ""


def anchor(value: Any) -> str:
    """An HTML id for an error code or id."""
    return "e-" + re.sub(r"[^0-9A-Za-z_-]+", "-", str(value)).strip("-")


@cache
def html_environment() -> jinja2.Environment:
    """Jinja for HTML: like generator.codegen.jinja's, but autoescaping every value."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(DOCS_TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=True,
    )
    env.filters.update(md=markdown_inline, status_phrase=status_phrase, anchor=anchor)
    return env


def render_html(template: str, **context: Any) -> str:
    return html_environment().get_template(template).render(**context)


def error_groups(errors: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Catalogue entries by HTTP status (per-item-only errors last), sorted by id."""
    groups: dict[int, list[dict[str, Any]]] = {}
    for entry in sorted(errors, key=lambda e: (e.get("status") or 1000, str(e["id"]))):
        groups.setdefault(int(entry.get("status") or 1000), []).append(entry)
    labelled = []
    for status, entries in groups.items():
        if status == 1000:
            label = "Reported per item only (inside a successful bulk response)"
        else:
            label = f"HTTP {status} {status_phrase(status)}".rstrip()
        labelled.append((label, entries))
    return labelled


def render_errors_page(docs: ApiDocs) -> str:
    return render_html(
        "errors.html.jinja",
        docs=docs,
        catalogue=docs.catalogue,
        groups=error_groups(docs.errors),
    )


def render_migration_page(docs: ApiDocs) -> str:
    """MIGRATION.md as a page. Its HTML (``<br>`` in table cells) is kept: smsspec generated
    it, and the page's Content-Security-Policy runs no script whatever the text holds."""
    assert docs.migration is not None
    markdown = MarkdownIt("commonmark", {"html": True}).enable("table")
    body = Markup(markdown.render(docs.migration))  # noqa: S704 - smsspec's own output, see above
    return render_html("migration.html.jinja", docs=docs, body=body)


def render_index(apis: list[ApiDocs]) -> str:
    return render_html(
        "index.html.jinja",
        apis=apis,
        redocly_version=npm_version("@redocly/cli"),
    )


# --- Redoc --------------------------------------------------------------------------------

CURATION_HEADING = "Curation note"


def _with_note(node: dict[str, Any], note: str) -> None:
    description = str(node.get("description") or "").rstrip()
    quoted = "\n".join(f"> {line}" if line else ">" for line in note.strip().splitlines())
    note_block = f"> **{CURATION_HEADING}.**\n>\n{quoted}"
    node["description"] = f"{description}\n\n{note_block}" if description else note_block


def reference_view(document: dict[str, Any]) -> dict[str, Any]:
    """The document Redoc renders: the bundled spec with each ``x-curation`` note shown under
    its element's description, and each operation's SDK call (``x-sdk-method``) named. The
    published ``openapi.json`` stays the bundled spec itself."""
    view: dict[str, Any] = json.loads(json.dumps(document))
    for section in ("paths", "webhooks"):
        for item in (view.get(section) or {}).values():
            for method in HTTP_METHODS:
                op = (item or {}).get(method)
                if isinstance(op, dict) and isinstance(op.get("x-sdk-method"), str):
                    call = f"SDK: `client.{op['x-sdk-method']}(…)`"
                    text = str(op.get("description") or "").rstrip()
                    op["description"] = f"{text}\n\n{call}" if text else call
    stack: list[Any] = [view]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            note = node.get("x-curation")
            if isinstance(note, str) and note.strip():
                _with_note(node, note)
            stack.extend(value for key, value in node.items() if not key.startswith("x-"))
    return view


def build_reference(docs: ApiDocs, spec: Path, output: Path, workdir: Path) -> None:
    """``redocly build-docs`` of the bundled ``spec`` into ``output``."""
    tool = NODE_BIN / "redocly"
    if not tool.exists():
        raise FileNotFoundError(f"{tool} is missing; run `make setup` to install the npm tools")
    config = workdir / "redocly.yaml"
    config.write_text(_REDOCLY_CONFIG, encoding="utf-8")
    cmd = [
        str(tool),
        "build-docs",
        str(spec),
        "--output",
        str(output),
        "--config",
        str(config),
        "--template",
        str(DOCS_TEMPLATES / "redoc.hbs"),
        "--openapi",
        str(DOCS_TEMPLATES / "redoc-options.json"),
        f"--title={docs.title} — API reference",
        f"--templateOptions.apiTitle={docs.title}",
        *(["--templateOptions.migration=true"] if docs.migration else []),
        *REDOCLY_FLAGS,
    ]
    proc = subprocess.run(
        cmd, cwd=workdir, capture_output=True, text=True, check=False, env=node_env(), timeout=600
    )
    if proc.returncode != 0 or not output.is_file():
        output_tail = f"{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
        raise RuntimeError(f"redocly build-docs failed for {docs.api}:\n{output_tail}")


# --- the site -----------------------------------------------------------------------------


def _replace_dir(staging: Path, out_dir: Path) -> None:
    if out_dir.exists():
        if not out_dir.is_dir():
            raise NotADirectoryError(f"{out_dir} exists and is not a directory")
        if any(out_dir.iterdir()) and not (out_dir / MARKER).is_file():
            raise FileExistsError(
                f"{out_dir} is not empty and holds no {MARKER} marker of a previous docs build; "
                "refusing to replace it"
            )
        shutil.rmtree(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(staging, out_dir)


def build_docs(
    apis: Sequence[str], out_dir: Path = SITE_DIR, *, generated_root: Path = GENERATED_DIR
) -> list[Path]:
    """Build the documentation site of ``apis`` into ``out_dir``; return its files, sorted."""
    if not apis:
        raise ValueError("no API to document")
    loaded = [load_api(api, generated_root) for api in sorted(apis)]
    out_dir = Path(out_dir)
    with tempfile.TemporaryDirectory(prefix="smsspec-docs-") as tmp:
        staging = Path(tmp) / "site"
        staging.mkdir()
        (staging / MARKER).write_text(
            "Built by `smsspec docs`; the whole directory is replaced on every build.\n",
            encoding="utf-8",
        )
        shutil.copyfile(DOCS_TEMPLATES / "style.css", staging / "style.css")
        for docs in loaded:
            api_dir = staging / docs.api
            api_dir.mkdir()
            for name in ("openapi.yaml", "openapi.json"):
                shutil.copyfile(generated_root / docs.api / name, api_dir / name)
            workdir = Path(tmp) / f"redocly-{docs.api}"
            workdir.mkdir()
            document = json.loads((api_dir / "openapi.json").read_text(encoding="utf-8"))
            shown = workdir / "reference.json"
            shown.write_text(json.dumps(reference_view(document), indent=2), encoding="utf-8")
            build_reference(docs, shown, api_dir / "reference.html", workdir)
            (api_dir / "errors.html").write_text(render_errors_page(docs), encoding="utf-8")
            if docs.migration:
                page = render_migration_page(docs)
                (api_dir / "migration.html").write_text(page, encoding="utf-8")
        (staging / "index.html").write_text(render_index(loaded), encoding="utf-8")
        _replace_dir(staging, out_dir)
    return sorted(p for p in out_dir.rglob("*") if p.is_file())
