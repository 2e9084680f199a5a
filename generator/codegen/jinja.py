"""The Jinja environment for smsspec's own templates (``templates/``)."""

from __future__ import annotations

import json
import keyword
import re
from functools import cache
from typing import Any

import jinja2

from ..paths import TEMPLATES_DIR


def py_literal(value: Any) -> str:
    """A Python literal for a JSON-compatible value (strings via repr, never raw text)."""
    return repr(value)


def docstring_text(value: Any) -> str:
    """Text that is safe inside a triple-quoted docstring."""
    text = str(value).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return text.rstrip('"') if text.endswith('"') else text


def md_cell(value: Any) -> str:
    """Text safe inside one Markdown table cell."""
    text = " ".join(str(value).split())
    return text.replace("|", "\\|")


def constant_name(value: str) -> str:
    """An UPPER_SNAKE Python identifier for an error code or id."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", value).strip("_").upper() or "EMPTY"
    if name[0].isdigit() or keyword.iskeyword(name.lower()):
        name = f"E_{name}"
    return name


def ts_string(value: Any) -> str:
    return json.dumps(str(value), ensure_ascii=False)


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - renders Python/Markdown/TypeScript; filters escape values
    )
    env.filters.update(
        py=py_literal,
        docstring=docstring_text,
        md=md_cell,
        constant=constant_name,
        ts=ts_string,
        tojson_sorted=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False),
    )
    return env


def render(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` with ``context``."""
    return environment().get_template(template).render(**context)
