"""Every catalogued error of every spec is reachable in the mock.

Triggers come from the spec (constraint mappings, credentials, payload limit, rate limits)
and from per-API scenarios for business rules (``tests/scenarios/<api>.py``). An error with
no client-controllable trigger is requested with ``Prefer: example=…`` and must be listed,
with its reason, in the scenario module's ``INJECTED``. The test prints ``N/N codes``.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from generator.catalogue import build_catalogue
from generator.contract import auth_headers
from generator.mock import MockConfig, create_app
from tests.asgi import ASGIClient
from tests.conftest import APIS, bundled, spec_of
from tests.triggers import Trigger, TriggerBuilder, sample_path


def scenarios(api: str) -> Any:
    return importlib.import_module(f"tests.scenarios.{api.replace('-', '_')}")


def _send(client: ASGIClient, app: Any, api: str, trigger: Trigger) -> Any:
    spec = spec_of(api)
    headers = dict(trigger.headers)
    if trigger.role == "invalid":
        name, value = next(iter(auth_headers(spec, "x" * 8).items()))
        headers[name] = value
    elif trigger.role:
        headers.update(auth_headers(spec, app.demo_keys()[trigger.role]))
    url = app.compiled.prefix + trigger.path
    if trigger.raw_body is not None:
        return client.request(
            trigger.method.upper(),
            url,
            content=trigger.raw_body,
            headers={**headers, "content-type": "application/json"},
            params=trigger.query,
        )
    if trigger.body is not None and spec.operation(trigger.operation_id).form_schema is not None:
        return client.request(  # a form-encoded body (Twilio's operations)
            trigger.method.upper(), url, data=trigger.body, headers=headers, params=trigger.query
        )
    if trigger.body is not None:
        return client.request(
            trigger.method.upper(), url, json=trigger.body, headers=headers, params=trigger.query
        )
    return client.request(trigger.method.upper(), url, headers=headers, params=trigger.query)


def _expected(api: str, trigger: Trigger) -> tuple[int | None, str, Any]:
    spec = spec_of(api)
    op = spec.operation(trigger.operation_id)
    example = op.error_examples.get(trigger.example)
    if example is not None:
        return example.status, spec.error_id(trigger.example, example.value), example.value
    value = spec.examples[trigger.example]["value"]
    return None, spec.error_id(trigger.example, value), value


def _check(api: str, trigger: Trigger, response: Any) -> tuple[str, int | None]:
    """Assert the response is the trigger's documented error; return its catalogue key."""
    spec = spec_of(api)
    status, error_id, documented = _expected(api, trigger)
    body = response.json() if response.content else None
    if trigger.in_band:
        assert 200 <= response.status_code < 300, (
            f"{trigger.describe()}: {response.status_code} {body}"
        )
        bulk = spec.operation(trigger.operation_id).bulk
        assert bulk is not None
        errors = body.get(bulk.errors, [])
        code_field = next((k for k, v in bulk.layout.items() if v == "$code"), None)
        message_field = next((k for k, v in bulk.layout.items() if v == "$message"), None)
        expected_code = spec.error_code(documented)
        assert errors, f"{trigger.describe()}: no in-band errors in {body}"
        entry = errors[0]
        if code_field and expected_code:
            assert entry[code_field] == expected_code, f"{trigger.describe()}: {entry}"
        elif message_field:
            assert entry[message_field] == spec.error_message(documented), (
                f"{trigger.describe()}: {entry}"
            )
        return error_id, None
    assert response.status_code == status, (
        f"{trigger.describe()}: expected {status}, got {response.status_code} {body}"
    )
    assert spec.error_id(trigger.example, body) == error_id or spec.error_code(
        body
    ) == spec.error_code(documented), f"{trigger.describe()}: expected {error_id}, got {body}"
    if spec.error_code(documented) is None:
        assert spec.error_message(body) == spec.error_message(documented), (
            f"{trigger.describe()}: {body}"
        )
    return error_id, status


@pytest.mark.parametrize("api", APIS)
def test_every_documented_error_is_reachable(api: str, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_of(api)
    catalogue = build_catalogue(api, bundled(api))
    module = scenarios(api)
    # Superseded limits are enforced too: their documented error must stay reachable.
    app = create_app(api, MockConfig(seed=1, superseded_rate_limits=True))
    builder = TriggerBuilder(spec)
    triggers: list[Trigger] = [*builder.auth_triggers()]
    payload = builder.payload_trigger()
    if payload is not None:
        triggers.append(payload)
    triggers += list(builder.constraint_triggers(getattr(module, "PATH_PARAMS", {})))
    triggers += list(builder.malformed_triggers(getattr(module, "PATH_PARAMS", {})))
    triggers += list(module.SCENARIOS)
    reached: dict[tuple[str, int | None], str] = {}
    how: dict[str, int] = {"constraint": 0, "scenario": 0, "injected": 0}
    with ASGIClient(app) as client:
        for trigger in triggers:
            app.reset()
            if trigger.setup is not None:
                trigger.setup(app)
            key = _check(api, trigger, _send(client, app, api, trigger))
            if key not in reached:
                reached[key] = trigger.how
        for trigger in getattr(module, "RATE_LIMITED", []):
            app.reset()
            response = None
            for _ in range(int(trigger.query.pop("_repeat", 1)) + 1):
                response = _send(client, app, api, trigger)
            key = _check(api, trigger, response)
            assert "retry-after" in response.headers
            reached.setdefault(key, trigger.how)
        reached_ids = {
            entry.key for entry in catalogue.entries if (entry.id, entry.status) in reached
        }
        for entry in catalogue.entries:
            if entry.key in reached_ids or (entry.id, entry.status) in reached:
                continue
            names = [n for n in entry.examples if n in module.INJECTED]
            if not names:
                continue
            op_id = next(
                o for o in entry.operations if names[0] in spec.operation(o).error_examples
            )
            op = spec.operation(op_id)
            path = sample_path(spec, op, getattr(module, "PATH_PARAMS", {}).get(op_id)) or op.path
            trigger = Trigger(
                names[0],
                op_id,
                op.method,
                path,
                f"injected: {module.INJECTED[names[0]]}",
                headers={"Prefer": f"example={names[0]}"},
            )
            app.reset()
            reached[_check(api, trigger, _send(client, app, api, trigger))] = trigger.how
    for entry in catalogue.entries:
        label = reached.get((entry.id, entry.status))
        if label is None:
            continue
        if label.startswith("injected"):
            how["injected"] += 1
        elif any(word in label for word in ("breaks", "credential", "limit", "not JSON")):
            how["constraint"] += 1
        else:
            how["scenario"] += 1
    missing = [f"{e.id} ({e.status})" for e in catalogue.entries if (e.id, e.status) not in reached]
    total = len(catalogue.entries)
    with capsys.disabled():
        print(
            f"\n{api}: {total - len(missing)}/{total} codes reachable in the mock "
            f"({how['constraint']} from spec constraints/auth/limits, "
            f"{how['scenario']} by scenario, {how['injected']} injected)"
        )
    assert not missing, f"unreachable documented errors: {', '.join(missing)}"
