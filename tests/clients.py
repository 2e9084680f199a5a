"""Import the generated Python clients (``generated/<api>/python``) in tests."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

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
