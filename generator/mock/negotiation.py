"""Negotiation: the ``Prefer`` header picks a documented answer instead of the simulation.

``Prefer: example=<name>`` answers the operation's documented example of that name (an error
example, or a named success example); ``Prefer: code=<status>`` the first documented example
of that status. An honoured preference is echoed in ``Preference-Applied``; one the spec
cannot satisfy (no such example, an undocumented status) is answered 400 with a message that
says what is documented, so a test never silently gets the simulation instead: in the
operation's malformed-request error (as a bad parameter would be, so a provider's documented
code), else a conventional body; either way flagged ``X-Smsspec-Undocumented``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .answers import UNDOCUMENTED_HEADER, Answer, Answers, MockError, copy_json
from .compiled import CompiledOperation

PREFERENCE_APPLIED = b"preference-applied"


@dataclass(frozen=True)
class Preference:
    """A parsed ``Prefer`` header (only the preferences the mock acts on)."""

    example: str | None = None
    code: str | None = None

    @classmethod
    def parse(cls, header: str) -> Preference | None:
        found: dict[str, str] = {}
        for part in header.replace(";", ",").split(","):
            key, sep, value = part.strip().partition("=")
            if sep and key.strip() in ("example", "code"):
                found[key.strip()] = value.strip().strip('"')
        return cls(**found) if found else None

    @property
    def text(self) -> str:
        return f"example={self.example}" if self.example is not None else f"code={self.code}"


def negotiate(
    pref: Preference,
    op: CompiledOperation,
    answers: Answers,
    request_id: str,
    malformed: str | None = None,
) -> Answer:
    """The answer ``pref`` asks for, or the refusal of one the spec cannot satisfy
    (``malformed``: the operation's error example for a malformed parameter, if any)."""
    applied = [(PREFERENCE_APPLIED, pref.text.encode())]
    if pref.example is not None:
        name = pref.example
        if name in op.errors:
            return answers.error(op, MockError(name), request_id, applied)
        if name in op.success_examples:
            status, value = op.success_examples[name]
            return Answer(status, copy_json(value), applied)
        documented = sorted({*op.errors, *op.success_examples}) or ["none"]
        return _refuse(
            answers,
            op,
            request_id,
            malformed,
            f"Prefer: example={name} names no example of {op.operation_id}; "
            f"documented: {', '.join(documented)}",
        )
    code: str = pref.code or ""
    if code.isdigit():
        status = int(code)
        first = op.first_error(status)
        if first is not None:
            return answers.error(op, MockError(first), request_id, applied)
        for _name, (ok_status, value) in op.success_examples.items():
            if ok_status == status:
                return Answer(status, copy_json(value), applied)
        if status == op.success_status and op.success_example is not None:
            return Answer(status, copy_json(op.success_example), applied)
    documented_codes = sorted(
        {str(example.status) for example in op.errors.values()} | {str(op.success_status)}
    )
    return _refuse(
        answers,
        op,
        request_id,
        malformed,
        f"Prefer: code={code} is not a documented status of {op.operation_id}; "
        f"documented: {', '.join(documented_codes)}",
    )


def _refuse(
    answers: Answers, op: CompiledOperation, request_id: str, malformed: str | None, text: str
) -> Answer:
    if malformed is None:
        return answers.conventional(400, text)
    param = answers.envelope.param
    fields = {param: "Prefer"} if param else None
    answer = answers.error(op, MockError(malformed, message=text, fields=fields), request_id)
    answer.headers.append((UNDOCUMENTED_HEADER, text.encode("latin-1", "replace")[:200]))
    return answer
