"""Trackly SMS API v2: accounts, fixtures and the business rules its docs state.

Rules (each answered with the documented example named in the spec's ``x-rules`` or
responses): a sending list must be owned by the account (``list_not_found``); a BYOC list
needs webhook verification (``webhook_not_configured``); a VOIP recipient is refused when
the account disables VOIP sending (``not_sendable``); a suspended account gets the codeless
403 on every request. Fixtures come from the documentation's examples.
"""

from __future__ import annotations

import copy
import secrets
import string
from typing import Any

from ..provider import Collection, Provider, Reply, Request

_ID_ALPHABET = string.ascii_letters + string.digits

# The documentation's example key (authentication page) is the fully privileged demo key.
DOCUMENTED_KEY = "trk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"

# Sending lists of the demo account. The numbers are the ones the docs' examples send from
# (send pages: +18005551000; contacts pages: +18005551234; import-sends: +14155551234; the
# links pages use list id 42). The BYOC list without webhook verification is a mock fixture.
LISTS: list[dict[str, Any]] = [
    {
        "id": 42,
        "phone_number": "+18005551000",
        "brand_name": "Acme",
        "list_name": "Main list",
        "list_type": "infobip",
        "status": "active",
        "byoc_verified": True,
        "domain": "yourdomain.com",
    },
    {
        "id": 43,
        "phone_number": "+18005551234",
        "brand_name": "Acme",
        "list_name": "Promotions",
        "list_type": "twilio",
        "status": "active",
        "byoc_verified": True,
        "domain": None,
    },
    {
        "id": 44,
        "phone_number": "+14155551234",
        "brand_name": "Acme",
        "list_name": "Imported",
        "list_type": "cm",
        "status": "paused",
        "byoc_verified": True,
        "domain": None,
    },
    {
        "id": 45,
        "phone_number": "+18005559999",
        "brand_name": "Acme",
        "list_name": "BYOC (unverified)",
        "list_type": "lime",
        "status": "active",
        "byoc_verified": False,
        "domain": None,
    },
]
# Recipients the mock treats as VOIP lines: the number the contacts bulk example reports as
# failing carrier validation.
VOIP_NUMBERS = frozenset({"+13105558888"})
# Message ids used by the revenue and history examples.
DOCUMENTED_MESSAGE_IDS = ("a1b2c3d4", "e5f6g7h8", "i9j0k1l2", "AbC12345")

PUBLIC_LIST_FIELDS = ("id", "phone_number", "brand_name", "list_name", "list_type", "status")


class TracklyV2(Provider):
    key_prefix = "trk_"

    def roles(self) -> dict[str, dict[str, Any]]:
        active = {
            "suspended": False,
            "products": {"sms", "partnerships"},
            "billing": "ok",
            "voip_sending": False,
        }
        return {
            "default": active,
            "suspended": {**active, "suspended": True},
            "product_disabled": {**active, "products": set()},
            "no_payment_method": {**active, "billing": "no_payment_method"},
            "no_billing_config": {**active, "billing": "no_billing_config"},
            "payment_failed": {**active, "billing": "payment_failed"},
            "billing_suspended": {**active, "billing": "suspended"},
        }

    def key_for(self, role: str) -> str:
        return DOCUMENTED_KEY if role == "default" else super().key_for(role)

    def seed(self) -> None:
        self.lists = Collection()
        for item in LISTS:
            self.lists.put(
                str(item["id"]),
                copy.deepcopy({**item, "contact_count": 0, "created_at": "2024-01-15T10:30:00Z"}),
            )
        self.messages = Collection()
        for message_id in DOCUMENTED_MESSAGE_IDS:
            self.messages.put(
                message_id,
                {
                    "message_id": message_id,
                    "to": "+14155551234",
                    "list_number": "+18005551000",
                    "body": "Documented example message",
                    "status": "queued",
                },
            )

    # -- account rules ----------------------------------------------------------------------

    def authorize(self, request: Request) -> None:
        if request.account is not None and request.account.state.get("suspended"):
            request.error("account_suspended")

    # -- helpers ------------------------------------------------------------------------------

    def list_by_number(self, number: Any) -> dict[str, Any] | None:
        return next(
            (
                item
                for item in self.lists
                if item["phone_number"] == number and item["status"] != "deleted"
            ),
            None,
        )

    def new_message_id(self) -> str:
        while True:
            candidate = "".join(secrets.choice(_ID_ALPHABET) for _ in range(8))
            if candidate not in self.messages:
                return candidate

    def _send_one(self, request: Request, message: dict[str, Any]) -> tuple[str | None, str]:
        """Apply the send rules to one valid message: (error example or None, message id)."""
        sending_list = self.list_by_number(message.get("list_number"))
        if sending_list is None:
            return "list_not_found", ""
        if not sending_list.get("byoc_verified", True):
            return "webhook_not_configured", ""
        account = request.account.state if request.account else {}
        if message.get("to") in VOIP_NUMBERS and not account.get("voip_sending"):
            return "not_sendable", ""
        message_id = self.new_message_id()
        self.messages.put(
            message_id,
            {
                "message_id": message_id,
                **{k: message.get(k) for k in ("to", "list_number", "body")},
                "status": "queued",
            },
        )
        return None, message_id

    # -- Send ---------------------------------------------------------------------------------

    def send_message(self, request: Request) -> Reply:
        error, message_id = self._send_one(request, request.body)
        if error is not None:
            request.error(error)
        return Reply({"success": True, "message_id": message_id, "status": "queued"})

    send_raw_message = send_message

    def send_bulk_messages(self, request: Request) -> Reply:
        errors = []
        queued = 0
        for index, item, example, _message in self.check_items(request):
            if not isinstance(item, dict):
                # The vendor reads fields off each element: a non-object has none of them.
                violation = self.compiled.checker.first_violation(request.op.item_schema, {})
                example = violation.error if violation else None
            if example is None:
                example, _ = self._send_one(request, item)
            if example is None:
                queued += 1
                continue
            errors.append(self.bulk_error(request, index, item, example))
        return Reply({"queued_count": queued, "error_count": len(errors), "errors": errors})

    send_raw_bulk_messages = send_bulk_messages


PROVIDER = TracklyV2
