"""Schemathesis contract tests: every operation of every spec against its mock, in-process.

All checks and all phases (examples, coverage, fuzzing, stateful via OpenAPI links) run; the
only configuration is the spec-derived list of documented false positives
(``generator.contract``). Rate limits are off here: they have their own tests.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from generator.contract import auth_headers, config_dict
from generator.mock import MockConfig, create_app, demo_keys
from generator.mock.app import MockApp
from generator.mock.faults import FAULT_HEADER
from tests.conftest import APIS, spec_of

MAX_EXAMPLES = 40
CONTROL = {FAULT_HEADER, "prefer"}


def build_schema(api: str, app: MockApp | None = None) -> Any:
    spec = spec_of(api)
    app = app or create_app(api, MockConfig(rate_limits=False, seed=1))
    config = SchemathesisConfig.from_dict(config_dict(spec, max_examples=MAX_EXAMPLES, seed=1))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=config)
    headers = auth_headers(spec, demo_keys(api)["default"])

    @schema.auth()
    class DemoKey:
        def get(self, case: Any, ctx: Any) -> dict[str, str]:
            return headers

        def set(self, case: Any, data: dict[str, str], ctx: Any) -> None:
            # The mock's own control headers are no part of the contract: generated data that
            # happens to spell one (hypothesis borrows string constants) is dropped.
            headers = {k: v for k, v in (case.headers or {}).items() if k.lower() not in CONTROL}
            case.headers = {**headers, **data}

    return schema


def _make_test(schema: Any) -> Any:
    @schema.parametrize()
    @settings(deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    def test(case: Any) -> None:
        case.call_and_validate()

    return test


def _has_links(api: str) -> bool:
    """Whether the stateful phase has transitions: the spec's OpenAPI links, or the links
    schemathesis infers from response schemas and path parameters (as ``smsspec fuzz`` does;
    Twilio's document declares none)."""
    machine = build_schema(api).as_state_machine()
    return any(
        getattr(rule, "hypothesis_stateful_rule", None) is not None
        for rule in vars(machine).values()
    )


def _state_machine(api: str) -> Any:
    """The links-driven state machine; every scenario starts from the mock's initial state,
    so a replayed scenario sees the same responses (hypothesis needs that to shrink)."""
    app = create_app(api, MockConfig(rate_limits=False, seed=1))
    base = build_schema(api, app).as_state_machine()

    class FromInitialState(base):  # type: ignore[misc,valid-type]
        def setup(self) -> None:
            app.reset()

    return FromInitialState


for _api in APIS:
    _name = _api.replace("-", "_")
    globals()[f"test_contract_{_name}"] = _make_test(build_schema(_api))
    if _has_links(_api):
        _case = _state_machine(_api).TestCase
        # Derandomized like the parametrized tests: CI explores the same scenarios each run.
        _case.settings = settings(_case.settings, derandomize=True)
        globals()[f"TestStateful_{_name}"] = _case


@pytest.mark.parametrize("api", APIS)
def test_every_operation_is_fuzzed(api: str) -> None:
    """The parametrized suite covers every operation (no operation silently skipped)."""
    schema = build_schema(api)
    covered = {
        result.ok().definition.raw.get("operationId") for result in schema.get_all_operations()
    }
    assert covered == {op.operation_id for op in spec_of(api).operations}
