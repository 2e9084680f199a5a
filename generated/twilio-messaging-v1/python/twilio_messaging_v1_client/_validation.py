"""Client-side request validation from the spec's constraints.

When a client is created with ``validate_requests=True``, request bodies are checked before
anything is sent. A violation that the spec maps to a documented error (``x-error-codes``)
raises the same exception class with the same code and message the server would send, with
``client_side=True``; any other violation raises ``BadRequestError`` without a code.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ._base_client import OperationInfo, get_field
from ._constraints import ConstraintChecker, Violation
from ._exceptions import APIStatusError, BadRequestError, status_error_class
from ._operations import ENVELOPE
from .error_codes import decode_code

__all__ = ["check_item", "validate_request"]


@cache
def _contract() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("_contract.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def _checker() -> ConstraintChecker:
    return ConstraintChecker(_contract())


def _error_for(op_id: str, violation: Violation, *, in_band: bool) -> APIStatusError:
    contract = _contract()
    op = contract["operations"].get(op_id, {})
    known = op.get("errors", {}).get(violation.error) if violation.error is not None else None
    if known is None and violation.error is not None and in_band:
        known = contract.get("item_errors", {}).get(violation.error)
    if known is None:
        return BadRequestError(
            f"{violation.message} (client-side validation)", status_code=400, client_side=True
        )
    status, body = int(known["status"]), known["body"]
    message = get_field(body, ENVELOPE.message) or get_field(body, ENVELOPE.title)
    code = decode_code(get_field(body, ENVELOPE.code))
    param = None
    if get_field(body, ENVELOPE.param) is not None:
        param = violation.location or get_field(body, ENVELOPE.param)
    error_type = get_field(body, ENVELOPE.type)
    return status_error_class(status, error_type)(
        str(message or violation.message),
        status_code=status,
        body=body,
        code=code,
        error_id=code if code is not None else decode_code(violation.error),
        type=error_type if isinstance(error_type, str) else None,
        param=param if isinstance(param, str) else None,
        client_side=True,
    )


def validate_request(op: OperationInfo, kwargs: dict[str, Any]) -> None:
    """Raise the error the server would return for an invalid JSON body of ``op``."""
    schema = _contract()["operations"].get(op.operation_id, {}).get("request")
    if schema is None or "json" not in kwargs:
        return
    violation = _checker().first_violation(schema, kwargs["json"])
    if violation is not None:
        raise _error_for(op.operation_id, violation, in_band=False)


def check_item(op_id: str, item: Any) -> APIStatusError | None:
    """The error one bulk item would be reported with, or ``None`` if it passes the schema."""
    op = _contract()["operations"].get(op_id, {})
    schema = op.get("item")
    if schema is None:
        return None
    violation = _checker().first_violation(schema, item)
    if violation is None:
        return None
    return _error_for(op_id, violation, in_band=bool(op.get("item_in_band", True)))
