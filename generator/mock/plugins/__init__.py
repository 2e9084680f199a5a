"""Provider plugins: behaviour no declaration can carry, registered against rule ids.

A plugin module ``plugins/<api>.py`` (``-`` spelled ``_``) exports ``PLUGIN``, a
:class:`Plugin` whose functions each implement one ``x-rules`` entry of that API, by the
rule's ``id``:

* ``@plugin.check(id)`` — a rule that can fail a request: ``fn(request)`` raises the rule's
  error (``request.fail()``) or returns; on a per-item rule of a bulk operation it is called
  once per item (``request.item``);
* ``@plugin.action(id)`` — a rule whose ``result`` is the operation's effect: ``fn(request)``
  does the work and returns the answer's values (a dict of response fields, a record, or a
  :class:`~generator.mock.answers.Reply`); on a per-item rule it handles one item;
* ``@plugin.render(id)`` — a rule of a resource (``x-resources.<name>.rules``) deriving
  answer fields: ``fn(engine, record)`` returns the fields to add when the record renders;
* ``@plugin.tick(id)`` — a resource rule driven by the clock: ``fn(engine)`` runs before every
  request (deliveries, campaign progress);
* ``@plugin.seed(id)`` — a resource rule that seeds state the declarations cannot:
  ``fn(engine)`` runs after every reset.

Plugins are bound by API name only: a spec copied under another name runs on the engine
alone. ``smsspec lint`` fails on a rule that has neither a declaration nor an implementation,
and on an implementation of no rule.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["check", "action", "render", "tick", "seed"]


@dataclass(frozen=True)
class Implementation:
    rule_id: str
    kind: Kind
    fn: Callable[..., Any]


@dataclass
class Plugin:
    """The rule implementations of one API."""

    api: str
    implementations: dict[str, Implementation] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    """Documented option names → defaults (``MockConfig.options``), for the README."""

    def _register(self, rule_id: str, kind: Kind) -> Callable[[Callable[..., Any]], Any]:
        def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
            if rule_id in self.implementations:
                raise ValueError(f"{self.api}: rule {rule_id!r} is implemented twice")
            self.implementations[rule_id] = Implementation(rule_id, kind, fn)
            return fn

        return decorate

    def check(self, *rule_ids: str) -> Callable[[Callable[..., Any]], Any]:
        return self._many(rule_ids, "check")

    def action(self, *rule_ids: str) -> Callable[[Callable[..., Any]], Any]:
        return self._many(rule_ids, "action")

    def render(self, *rule_ids: str) -> Callable[[Callable[..., Any]], Any]:
        return self._many(rule_ids, "render")

    def tick(self, *rule_ids: str) -> Callable[[Callable[..., Any]], Any]:
        return self._many(rule_ids, "tick")

    def seed(self, *rule_ids: str) -> Callable[[Callable[..., Any]], Any]:
        return self._many(rule_ids, "seed")

    def _many(self, rule_ids: tuple[str, ...], kind: Kind) -> Callable[[Callable[..., Any]], Any]:
        def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
            for rule_id in rule_ids:
                self._register(rule_id, kind)(fn)
            return fn

        return decorate

    def get(self, rule_id: str) -> Implementation | None:
        return self.implementations.get(rule_id)


def plugin_for(api: str) -> Plugin | None:
    """The plugin of ``api`` (``plugins/<api>.py``), or ``None``: the engine alone."""
    try:
        module = importlib.import_module(f"{__name__}.{api.replace('-', '_')}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{api.replace('-', '_')}":
            raise
        return None
    plugin: Plugin = module.PLUGIN
    if plugin.api != api:
        return None
    return plugin
