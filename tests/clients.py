"""Import the generated Python clients (``generated/<api>/python``) in tests."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
import typing
from types import ModuleType
from typing import Any

from openapi_python_client.strings import snake_case

from generator.paths import generated_dir, package_name


def client_package(api: str) -> ModuleType:
    """The generated client package of ``api`` (imported from generated/, not installed)."""
    root = str(generated_dir(api) / "python")
    if root not in sys.path:
        sys.path.insert(0, root)
    return importlib.import_module(package_name(api))


def client_module(api: str, name: str) -> ModuleType:
    client_package(api)
    return importlib.import_module(f"{package_name(api)}.{name}")


def endpoint_module(api: str, operation_id: str) -> ModuleType:
    """The generated endpoint module of an operation (``api/<tag>/<operation>.py``)."""
    name = snake_case(operation_id)
    api_package = client_module(api, "api")
    for found in pkgutil.walk_packages(api_package.__path__, api_package.__name__ + "."):
        if found.name.rsplit(".", 1)[-1] == name:
            return importlib.import_module(found.name)
    raise LookupError(f"{api}: no endpoint module for {operation_id}")


def bulk_fields(api: str, op: Any, helper: Any, fields: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of the bulk ``helper`` of ``op`` (an ``x-bulk`` operation) for
    the other request fields given as JSON (``{"templateId": ..., "placeholders": {...}}``):
    typed values, decoded by the request body's model as the server would read them."""
    module = endpoint_module(api, op.operation_id)
    model = typing.get_type_hints(module._get_kwargs)["body"]
    decoded = model.from_dict({**fields, op.bulk.items: []})
    unset = client_module(api, "types").UNSET
    keywords = [
        name
        for name, parameter in inspect.signature(helper).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and name != "batch_size"
    ]
    values = {name: getattr(decoded, name) for name in keywords}
    return {name: value for name, value in values.items() if value is not unset}
