"""Every rule of every operation is exercised, keyed by rule id.

The error-coverage suite proves each catalogued error is reachable somewhere; this one proves
each ``x-rules`` entry that fails requests does so on every operation that declares it. A rule
is exercised by the scenarios of ``tests/scenarios/<api>.py`` that name its id (``rule=``),
else — when declared — by a trigger built from its declaration (``tests/rule_triggers.py``),
else — when no other rule of the operation shares its error — by the operation's trigger for
that error. Rules served by the credential policy (``scope``) are reached through demo roles;
rules the mock does not simulate (``simulated: false``) are listed, not run.
"""

from __future__ import annotations

from collections import Counter

import pytest

from generator.extensions import Rule
from generator.mock import MockConfig, create_app
from generator.specmodel import Operation
from tests.asgi import ASGIClient
from tests.conftest import APIS, spec_of
from tests.rule_triggers import declared_triggers
from tests.test_error_coverage import _check, _send, scenarios
from tests.triggers import Trigger


def _triggers_for(
    op: Operation, rule: Rule, triggers: list[Trigger], declared: list[Trigger]
) -> list[Trigger]:
    """The scenarios naming the rule, else the trigger built from its declaration, else the
    operation's only trigger for the rule's error."""
    for pool in (triggers, declared):
        named = [t for t in pool if t.operation_id == op.operation_id and t.rule == rule.id]
        if named:
            return named
    shared = Counter(r.error for r in op.rules)
    if shared[rule.error] > 1:
        return []  # ambiguous without a rule id
    return [
        t
        for t in triggers
        if t.operation_id == op.operation_id and t.example == rule.error and t.rule is None
    ]


@pytest.mark.parametrize("api", APIS)
def test_every_failing_rule_of_every_operation_is_exercised(
    api: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = spec_of(api)
    triggers: list[Trigger] = list(scenarios(api).SCENARIOS)
    declared = list(declared_triggers(spec))
    app = create_app(api, MockConfig(seed=1, superseded_rate_limits=True))
    exercised, missing, not_simulated = 0, [], []
    with ASGIClient(app) as client:
        for op in spec.operations:
            for rule in op.rules:
                if rule.error is None or rule.scope:
                    continue
                if not rule.simulated:
                    not_simulated.append(f"{op.operation_id}/{rule.id}")
                    continue
                found = _triggers_for(op, rule, triggers, declared)
                if not found:
                    missing.append(f"{op.operation_id}/{rule.id} ({rule.error})")
                    continue
                for trigger in found:
                    app.reset()
                    if trigger.setup is not None:
                        trigger.setup(app)
                    _check(api, trigger, _send(client, app, api, trigger))
                exercised += 1
    with capsys.disabled():
        total = exercised + len(missing)
        print(f"\n{api}: {exercised}/{total} failing rules exercised, keyed by rule id", end="")
        print(
            f" ({len(not_simulated)} not simulated: {', '.join(not_simulated)})"
            if not_simulated
            else ""
        )
    assert not missing, f"rules without a trigger: {', '.join(missing)}"
