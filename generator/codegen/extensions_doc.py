"""``spec/extensions.md``: the documentation of every extension, rendered from its schema."""

from __future__ import annotations

from typing import Any

from ..extensions import SCHEMA_FILE, registry, schema_document
from ..yamlio import dump_yaml
from .jinja import render

DOC_FILE = SCHEMA_FILE.with_name("extensions.md")


def render_extensions_doc() -> str:
    """The Markdown of ``spec/extensions.md`` (sections in the schema file's order)."""
    document = schema_document()
    sections: dict[str, str] = document["sections"]
    by_section: dict[str, list[Any]] = {name: [] for name in sections}
    for ext in registry().values():
        by_section[ext.section].append(ext)
    return render(
        "extensions/extensions.md.jinja",
        title=document["title"],
        intro=document["intro"].strip(),
        sections=sections,
        by_section=by_section,
        example_yaml=lambda name, value: dump_yaml({name: value}),
    )
