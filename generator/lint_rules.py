"""Lint of the mock's declarations: every rule is implemented, every reference resolves.

A rule of ``x-rules`` (on an operation or a resource) is served by its declaration or by the
API's plugin, registered against the rule's id; a rule with neither would be silently skipped
by the mock, and a plugin function registered for an id no rule has is dead code. Both are
errors. Declarations are checked for what they name: resources, error examples, bound
records.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .extensions import Rule
from .specmodel import Spec

if TYPE_CHECKING:
    from .lint import Finding


def _rules(spec: Spec) -> Iterator[tuple[str, Rule]]:
    """(where, rule) for every rule of the spec."""
    for op in spec.operations:
        for rule in op.rules:
            yield f"{op.method.upper()} {op.path} x-rules {rule.id}", rule
    for name, resource in spec.resources.items():
        for rule in resource.rules:
            yield f"x-resources.{name} rules {rule.id}", rule


def rule_findings(spec: Spec, api: str | None) -> list[Finding]:
    from .lint import Finding
    from .mock.plugins import plugin_for

    findings: list[Finding] = []

    def error(where: str, message: str) -> None:
        findings.append(Finding("smsspec", "error", where, message))

    plugin = plugin_for(api) if api else None
    seen: set[str] = set()
    for where, rule in _rules(spec):
        seen.add(rule.id)
        implemented = plugin is not None and plugin.get(rule.id) is not None
        if rule.declared and implemented:
            error(where, f"rule {rule.id} is both declared and implemented by the plugin")
        elif not rule.declared and not implemented and api is not None and rule.simulated:
            error(where, f"rule {rule.id} has no declaration and no plugin implementation")
        for name in _resources_named(rule):
            if name not in spec.resources:
                error(where, f"rule {rule.id} names resource {name!r}, not in x-resources")
        if rule.error is not None and rule.error not in spec.examples:
            error(where, f"rule {rule.id}: {rule.error!r} is not a components example")
    if plugin is not None:
        for rule_id in sorted(set(plugin.implementations) - seen):
            error(f"plugin {plugin.api}", f"implements {rule_id!r}, which no x-rules entry has")
    for op in spec.operations:
        action = op.action
        if action is not None and action.resource and action.resource not in spec.resources:
            error(f"{op.method.upper()} {op.path} x-action", f"no resource {action.resource!r}")
    return findings


def _resources_named(rule: Rule) -> Iterator[str]:
    if rule.exists is not None:
        yield rule.exists.in_
    if rule.unique is not None:
        yield rule.unique.in_
