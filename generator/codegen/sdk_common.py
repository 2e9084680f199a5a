"""What the Python and TypeScript SDK generators share: exception classes per status and the
documented errors of an operation (from the error catalogue)."""

from __future__ import annotations

import re

from ..catalogue import Catalogue
from ..specmodel import Operation

__all__ = [
    "STATUS_EXCEPTIONS",
    "SdkError",
    "exception_for_status",
    "generated_path",
    "operation_raises",
]

STATUS_EXCEPTIONS: tuple[tuple[int, str, str], ...] = (
    (400, "BadRequestError", "HTTP 400: the request is invalid."),
    (401, "AuthenticationError", "HTTP 401: the API key is missing or not valid."),
    (402, "PaymentRequiredError", "HTTP 402: billing does not allow the request."),
    (403, "PermissionDeniedError", "HTTP 403: the key or account may not do this."),
    (404, "NotFoundError", "HTTP 404: the resource does not exist."),
    (409, "ConflictError", "HTTP 409: the request conflicts with the resource's state."),
    (413, "RequestTooLargeError", "HTTP 413: the request is too large."),
    (422, "UnprocessableEntityError", "HTTP 422: the request cannot be processed."),
    (429, "RateLimitError", "HTTP 429: a rate limit, quota or capacity was reached."),
    (500, "InternalServerError", "Any status of 500 or more."),
    (503, "ServiceUnavailableError", "HTTP 503: the service cannot serve the request now."),
)
"""Exception class per status (rendered into ``_exceptions.py`` and used for docstrings)."""

_BY_STATUS = {status: name for status, name, _doc in STATUS_EXCEPTIONS}


class SdkError(ValueError):
    """The spec asks for an SDK surface the generator cannot produce (a name clash, say)."""


def exception_for_status(status: int) -> str:
    """The exception class the client raises for ``status``."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    return "InternalServerError" if status >= 500 else "APIStatusError"


def operation_raises(op: Operation, catalogue: Catalogue) -> list[tuple[str, str]]:
    """``(exception class, what)`` for every error status ``op`` documents, by status, then
    the transport and decoding errors every call can raise."""
    by_class: dict[str, dict[int, list[str]]] = {}
    for entry in catalogue.entries:
        if entry.status is None or op.operation_id not in entry.operations:
            continue
        statuses = by_class.setdefault(exception_for_status(entry.status), {})
        ids = statuses.setdefault(entry.status, [])
        if entry.id not in ids:
            ids.append(entry.id)
    attribute = "code" if catalogue.has_codes else "error_id"
    lines: list[tuple[int, str, str]] = []
    for name, statuses in by_class.items():
        parts = []
        for status, ids in sorted(statuses.items()):
            listed = ", ".join(f"`{i}`" for i in sorted(ids))
            parts.append(f"HTTP {status} ({attribute} {listed})")
        lines.append((min(statuses), name, "; ".join(parts) + "."))
    lines.sort()
    return [(name, text) for _status, name, text in lines] + [
        (
            "APIConnectionError",
            "the server could not be reached (`APITimeoutError`: no answer in time).",
        ),
        ("APIResponseValidationError", "the answer does not match the documented schema."),
    ]


def generated_path(path: str) -> str:
    """``path`` as openapi-python-client writes it in an endpoint module, each parameter by
    its Python name (Twilio's ``/v1/Services/{Sid}`` is ``/v1/Services/{sid}``): the key
    endpoint modules look their operation up by."""
    from openapi_python_client.strings import PythonIdentifier

    return re.sub(r"\{([^}]+)\}", lambda m: "{" + PythonIdentifier(m[1], "field_") + "}", path)
