"""Routing: request path and method to the compiled operation (404, 405 with ``Allow``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .compiled import CompiledOperation, CompiledSpec

_PARAM = re.compile(r"\{([^}/]+)\}")


@dataclass
class Route:
    """One path template and its operations by lower-case method."""

    regex: re.Pattern[str] | None
    template: str
    names: list[str]
    operations: dict[str, CompiledOperation] = field(default_factory=dict)

    @property
    def allow(self) -> str:
        return ", ".join(sorted(m.upper() for m in self.operations))


@dataclass(frozen=True)
class NoRoute:
    """Why a request has no operation: ``status`` 404 (path) or 405 (method)."""

    status: int
    message: str
    allow: str | None = None


class Router:
    """Matches request paths (under the spec's server prefix) to operations."""

    def __init__(self, compiled: CompiledSpec) -> None:
        self.prefix = compiled.prefix
        self.static: dict[str, Route] = {}
        self.dynamic: list[Route] = []
        for op in compiled.operations.values():
            self._route(op.path).operations[op.method] = op
        # A concrete segment wins over a template one, as OpenAPI says: /Usa2p/Usecases is
        # not /Usa2p/{Sid} with Sid "Usecases" (sorted, stable: otherwise the spec's order).
        self.dynamic.sort(key=lambda route: _specificity(route.template))

    def _route(self, path: str) -> Route:
        names = _PARAM.findall(path)
        if not names:
            return self.static.setdefault(path, Route(None, path, []))
        for route in self.dynamic:
            if route.template == path:
                return route
        parts = _PARAM.split(path)
        pattern = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{_group(part)}>[^/]+)"
            for i, part in enumerate(parts)
        )
        route = Route(re.compile(f"^{pattern}$"), path, names)
        self.dynamic.append(route)
        return route

    def match(self, path: str) -> tuple[Route | None, dict[str, str]]:
        """The route of a full request path and its raw path parameters."""
        prefix = self.prefix
        if prefix and path != prefix and not path.startswith(prefix + "/"):
            return None, {}
        sub = path[len(prefix) :] or "/"
        route = self.static.get(sub)
        if route is not None:
            return route, {}
        for candidate in self.dynamic:
            assert candidate.regex is not None
            found = candidate.regex.match(sub)
            if found:
                return candidate, dict(zip(candidate.names, found.groups(), strict=True))
        return None, {}

    def resolve(self, path: str, method: str) -> tuple[CompiledOperation, dict[str, str]] | NoRoute:
        """The operation for ``method`` on ``path``, or why there is none."""
        route, params = self.match(path)
        if route is None:
            return NoRoute(404, f"No route for {path}")
        op = route.operations.get(method)
        if op is None:
            allowed = route.allow
            return NoRoute(405, f"Method {method.upper()} not allowed; allowed: {allowed}", allowed)
        return op, params


def _specificity(template: str) -> list[int]:
    """Sort key: per segment, 0 for a literal and 1 for a templated one."""
    return [1 if "{" in segment else 0 for segment in template.split("/")]


def _group(name: str) -> str:
    """A regex group name for a path parameter name."""
    return re.sub(r"\W", "_", name)
