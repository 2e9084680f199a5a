"""Transformify messaging API (Viber + SMS): companies, fixtures and the rules its docs state.

The generic server does what the spec states declaratively: routing, the ``X-API-Key``
credential (``om_`` + 32 letters or digits; ``missing_api_key`` / ``invalid_api_key``), every
schema constraint and its error (``x-error-codes``: phone numbers, 200000 recipients, template
field limits, ``typeSpecificConfig`` in its object form), ``pageSize`` at most 100, and the
pending-message capacity of the root ``x-capacity`` (50000 pending messages per account by
default, ``MockConfig.options["max_pending"]``; 429 ``pending_capacity_exceeded`` with the
figures and ``Retry-After``; the count drains at ``capacity_drain_per_second``, by default the
whole capacity in ``retry-after-seconds``, on the mock clock). This module adds the rules the
spec states in ``x-rules`` and prose, citing the compiled reference
(/work/shared/reference/transformify.md, "ref §n") and the errors page (the seed, "ERR"):

* accounts: a company whose account is not fully set up is answered 503
  ``account_not_set_up`` on every request (ref §2); a revoked key (replaced by a newer one)
  401 ``invalid_api_key``; resources of another company are answered like missing ones
  (``Template not found or access denied``, ``Campaign not found``);
* templates: unique names per company (either channel), the company's Viber services and
  approved SMS senders, ``typeSpecificConfig`` required for types 2-8 with the keys of its
  type, accepted as an object or as JSON text checked by the same rules (C-01), media URLs
  publicly accessible, images at most 1 MB, survey question at most 85 characters, carousel
  titles 2-38 characters; the update takes the create body of the template's channel;
* campaigns: transactional campaigns on a template of their channel (``template_not_sms`` /
  ``template_not_viber``), created InProgress; single messages only into an existing,
  same-channel, transactional, InProgress campaign, checked in that order
  (``campaign_not_sms`` / ``campaign_not_viber``, ``cannot_add_to_bulk_campaign``,
  ``campaign_not_in_progress`` naming the status); bulk sends create a bulk campaign that is
  Queuing, then Ready, and is started only when Ready (``campaign_not_ready``);
* delivery (ERR, "Messages Not Delivering"): messages are Pending until their campaign is
  sending, Sending for ``delivery_seconds``, then processed. SMS messages are delivered. A
  Viber message to a recipient the mock marks as not reachable on Viber fails with code 8
  ``USER_BLOCKED``, 9 ``NOT_VIBER_USER`` or 10 ``NO_SUITABLE_DEVICE``; the mock marks a
  number by its last two digits (``…08``, ``…09``, ``…10``: 3 % of consecutive numbers).
  With ``smsFallbackEnabled`` on the campaign's template the message is sent again by SMS
  and delivered: it counts in ``deliveredCount`` and ``smsFallbackDeliveredCount``, not in
  ``failedCount``. Delivered Viber messages are Seen ``delivery_seconds`` later.

Mock conventions where the docs are silent (each is also noted where it is implemented): the
mock downloads no media, so a URL is "not publicly accessible" when its host is not public
(``localhost``, private or loopback IP literals, the special-use names ``.local``,
``.localhost``, ``.internal``, ``.invalid``, ``.test``) or it carries credentials, and an
image's size is read from a ``size`` query parameter (bytes; ``?size=2000000`` is too large);
a carousel item's title is its ``title`` field; direct sends take ``phoneNumber`` (required,
``invalid_phone_number`` otherwise) and ``text``; bulk sends skip no recipient
(``skippedCount`` 0: invalid numbers fail the request, conflict C-07); the message lookup
without ``phoneNumber`` answers the account's 100 newest messages.

Demo roles (``/__smsspec/keys``): ``default`` (the demo company: the docs' fixtures),
``other_company`` (a second, active company with its own sender and Viber service and none of
the demo company's templates or campaigns), ``not_set_up`` (503 on every request) and
``revoked`` (a well-formed key that was replaced by a newer one: 401).

Options (``MockConfig.options``): ``max_pending`` and ``capacity_drain_per_second`` (generic
``x-capacity``), ``queue_seconds`` (default 2: a bulk campaign is Queuing that long, then
Ready) and ``delivery_seconds`` (default 2: how long a message is Sending).

Fixtures (ref §16): the Viber template ``550e8400-e29b-41d4-a716-446655440000`` (Viber service
12345) and the SMS template ``…0010`` (sender 42); the SMS transactional campaign
``660e8400-e29b-41d4-a716-446655440001`` with the campaigns page's counters, the Viber
transactional campaign ``…0002``, the Draft SMS campaign ``…0003`` and the InProgress bulk SMS
campaign ``…0004``; senders 42 ``MyBrand`` and 43 ``Alerts``; Viber service 12345.
``00000000-0000-0000-0000-000000000000`` names nothing.
"""

from __future__ import annotations

import copy
import ipaddress
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..provider import Collection, Provider, Reply, Request

KEY_PREFIX = "om_"
# The authentication page's example key ``om_a1B2c3D4e5F6g7H8i9J0...`` completed to 32
# characters in its own pattern: the demo company's key.
DOCUMENTED_KEY = "om_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6"

DEMO_COMPANY = "company_demo"
OTHER_COMPANY = "company_other"

DOC_TIME = 1705314600.0  # 2024-01-15T10:30:00Z, the timestamp of every documented example

VIBER_TEMPLATE = "550e8400-e29b-41d4-a716-446655440000"
SMS_TEMPLATE = "550e8400-e29b-41d4-a716-446655440010"
SMS_CAMPAIGN = "660e8400-e29b-41d4-a716-446655440001"
VIBER_CAMPAIGN = "660e8400-e29b-41d4-a716-446655440002"
DRAFT_CAMPAIGN = "660e8400-e29b-41d4-a716-446655440003"
BULK_CAMPAIGN = "660e8400-e29b-41d4-a716-446655440004"
UNKNOWN_ID = "00000000-0000-0000-0000-000000000000"
VIBER_SERVICE = 12345
SMS_SENDERS = [{"id": 42, "senderId": "MyBrand"}, {"id": 43, "senderId": "Alerts"}]
# Mock-only: the second company's own sender and Viber service.
OTHER_SENDERS = [{"id": 44, "senderId": "OtherBrand"}]
OTHER_VIBER_SERVICE = 23456
DOC_NUMBER = "38970123456"  # the docs' example phone number

# Viber delivery failures (ERR): code → (name, description). All three qualify for SMS fallback.
VIBER_FAILURES: dict[int, tuple[str, str]] = {
    8: ("USER_BLOCKED", "User blocked the Viber service"),
    9: ("NOT_VIBER_USER", "Recipient not registered on Viber"),
    10: ("NO_SUITABLE_DEVICE", "No compatible device for Viber"),
}
# Mock-only rule: the last two digits of a number mark it as unreachable on Viber.
_FAILURE_BY_SUFFIX = {f"{code:02d}": code for code in VIBER_FAILURES}

# Keys of typeSpecificConfig per message type (templates API reference, message-type table).
TYPE_KEYS: dict[int, tuple[str, ...]] = {
    2: ("imageUrl",),
    3: ("buttonText", "buttonUrl"),
    4: ("imageUrl", "buttonText", "buttonUrl"),
    5: ("items",),
    6: ("options",),
    7: ("videoUrl", "thumbnailUrl", "buttonText", "buttonUrl", "fileSize", "duration"),
    8: ("fileUrl", "fileName", "fileType"),
}
# Media URL field → its media_url_not_accessible body (the image body is the documented one).
MEDIA_ERRORS = {
    "imageUrl": "media_url_not_accessible",
    "videoUrl": "media_url_not_accessible__video_url",
    "thumbnailUrl": "media_url_not_accessible__thumbnail_url",
    "fileUrl": "media_url_not_accessible__file_url",
}
MAX_IMAGE_BYTES = 1024 * 1024  # "max 1 MB" (Viber templates guide, type 2)
MAX_SURVEY_QUESTION = 85  # troubleshooting page
CAROUSEL_TITLE = (2, 38)  # troubleshooting page
_PRIVATE_SUFFIXES = (".local", ".localhost", ".internal", ".invalid", ".test")
LOOKUP_LIMIT = 100  # messages answered by a lookup without phoneNumber (mock choice)

# The documented counters of the campaigns page's example (the SMS transactional campaign):
# its history before the mock started, added to what happens in the mock.
DOC_COUNTERS = {
    "totalMessages": 1543,
    "deliveredCount": 1520,
    "failedCount": 12,
    "pendingCount": 11,
    "seenCount": 1200,
}
NO_COUNTERS = dict.fromkeys(DOC_COUNTERS, 0)


def iso(ts: float) -> str:
    """ISO 8601 UTC timestamp with ``Z``, whole seconds (``2024-01-15T10:30:00Z``)."""
    moment = datetime.fromtimestamp(ts, UTC)
    return f"{moment.year:04d}-{moment.strftime('%m-%dT%H:%M:%S')}Z"


def viber_failure(phone: str) -> int | None:
    """The Viber failure code the mock gives ``phone`` (8, 9, 10), or ``None`` (delivered)."""
    return _FAILURE_BY_SUFFIX.get(phone[-2:])


def publicly_accessible(url: str) -> bool:
    """Mock convention for "HTTPS and publicly accessible": an HTTPS URL without credentials
    whose host is a public name or address (the mock downloads nothing)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme != "https" or not host or parts.username or parts.password:
        return False
    host = host.rstrip(".").lower()
    if host == "localhost" or host.endswith(_PRIVATE_SUFFIXES) or "." not in host:
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return address.is_global
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return True
    return address.is_global


def image_bytes(url: str) -> int | None:
    """Mock convention: the size of the image behind ``url`` is its ``size`` query parameter."""
    try:
        values = parse_qs(urlsplit(url).query).get("size")
    except ValueError:
        return None
    if not values or not values[-1].isdigit():
        return None
    return int(values[-1])


def render(text: str, values: dict[str, Any] | None) -> str:
    """``{{name}}`` placeholders filled from ``values`` (unknown ones stay as written)."""
    for name, value in (values or {}).items():
        text = text.replace("{{" + str(name) + "}}", str(value))
    return text


class Transformify(Provider):
    key_prefix = KEY_PREFIX
    key_length = 32

    # -- accounts -------------------------------------------------------------------------

    def roles(self) -> dict[str, dict[str, Any]]:
        return {
            "default": {"company": DEMO_COMPANY},
            "other_company": {"company": OTHER_COMPANY},
            "not_set_up": {"company": None, "not_set_up": True},
            "revoked": {"company": DEMO_COMPANY, "revoked": True},
        }

    def key_for(self, role: str) -> str:
        key = DOCUMENTED_KEY if role == "default" else super().key_for(role)
        pattern = self.compiled.key_pattern
        if pattern is not None and not pattern.match(key):
            raise ValueError(f"demo key of role {role!r} does not match x-key-pattern")
        return key

    def authorize(self, request: Request) -> None:
        state = request.account.state if request.account is not None else {}
        if state.get("revoked"):
            # "Generating a new key automatically revokes the previous one" (ref §2).
            request.error("invalid_api_key")
        if state.get("not_set_up"):
            request.error("account_not_set_up")  # 503 (authentication page, C-03)

    @staticmethod
    def company(request: Request) -> str:
        state = request.account.state if request.account is not None else {}
        return str(state.get("company"))

    # -- settings -------------------------------------------------------------------------

    def _seconds(self, name: str, default: float) -> float:
        return float(self.config.options.get(name, default))

    @property
    def queue_seconds(self) -> float:
        return self._seconds("queue_seconds", 2.0)

    @property
    def delivery_seconds(self) -> float:
        return self._seconds("delivery_seconds", 2.0)

    # -- fixtures ---------------------------------------------------------------------------

    def seed(self) -> None:
        self._seq = 0
        self.senders: dict[str, list[dict[str, Any]]] = {
            DEMO_COMPANY: copy.deepcopy(SMS_SENDERS),
            OTHER_COMPANY: copy.deepcopy(OTHER_SENDERS),
        }
        self.viber_services: dict[str, list[dict[str, Any]]] = {
            DEMO_COMPANY: [{"id": VIBER_SERVICE, "name": "Demo Viber service"}],
            OTHER_COMPANY: [{"id": OTHER_VIBER_SERVICE, "name": "Other Viber service"}],
        }
        self.templates = Collection()
        self.campaigns = Collection()
        # One record per message; indexed per campaign, per company (oldest first) and per
        # company and phone number (status lookup).
        self.messages = Collection()
        self.campaign_messages: dict[str, list[dict[str, Any]]] = {}
        self.company_messages: dict[str, list[dict[str, Any]]] = {}
        self.by_phone: dict[str, dict[str, list[dict[str, Any]]]] = {}
        # The overview page's example template; the name is the mock's, so that the docs'
        # sample create requests ("Welcome Message", "Order Confirmation SMS") succeed.
        self._store(
            self.templates,
            {
                "id": VIBER_TEMPLATE,
                "name": "Welcome Viber",
                "description": "Sent to new customers",
                "messageType": 1,
                "channelType": "Viber",
                "templateContent": "Hello {{name}}! Welcome to our service.",
                "typeSpecificConfig": None,
                "viberServiceId": VIBER_SERVICE,
                "smsFallbackEnabled": False,
                "smsFallbackTemplateContent": None,
                "smsFallbackSenderId": None,
                "createdAt": iso(DOC_TIME),
                "updatedAt": iso(DOC_TIME),
            },
            DEMO_COMPANY,
        )
        self._store(
            self.templates,
            {
                "id": SMS_TEMPLATE,
                "name": "Order Update SMS",
                "description": "Sent when order is placed",
                "messageType": 1,
                "channelType": "Smpp",
                "templateContent": (
                    "Your order #{{orderId}} is confirmed. Total: ${{total}}. "
                    "Track at: {{trackingUrl}}"
                ),
                "smsSenderId": 42,
                "createdAt": iso(DOC_TIME),
                "updatedAt": iso(DOC_TIME),
            },
            DEMO_COMPANY,
        )
        sms = self.templates.get(SMS_TEMPLATE)
        viber = self.templates.get(VIBER_TEMPLATE)
        assert sms is not None
        assert viber is not None
        for campaign_id, name, description, template, mode, status, counters in (
            (
                SMS_CAMPAIGN,
                "Order Notifications",
                "Real-time order status updates",
                sms,
                "Transactional",
                "InProgress",
                DOC_COUNTERS,
            ),
            (
                VIBER_CAMPAIGN,
                "Order Notifications (Viber)",
                "Real-time order status updates",
                viber,
                "Transactional",
                "InProgress",
                NO_COUNTERS,
            ),
            (DRAFT_CAMPAIGN, "Draft Notifications", None, sms, "Transactional", "Draft", None),
            (BULK_CAMPAIGN, "Spring Promotion", None, sms, "Bulk", "InProgress", None),
        ):
            record = self._campaign(
                DEMO_COMPANY, template, name, description, mode, DOC_TIME, campaign_id
            )
            record["_status"] = status
            record["_history"] = dict(counters or NO_COUNTERS)

    def _store(self, collection: Collection, record: dict[str, Any], company: str) -> Any:
        self._seq += 1
        record["_company"] = company
        record["_seq"] = self._seq
        return collection.put(record["id"], record)

    def _campaign(
        self,
        company: str,
        template: dict[str, Any],
        name: str,
        description: str | None,
        mode: str,
        at: float,
        campaign_id: str | None = None,
    ) -> dict[str, Any]:
        """A new campaign on ``template``. Transactional ones are InProgress at once; bulk
        ones are Queuing for ``queue_seconds``, then Ready until started."""
        viber = template["channelType"] == "Viber"
        record: dict[str, Any] = {
            "id": campaign_id or str(uuid.uuid4()),
            "name": name,
            "description": description,
            "channel": template["channelType"],
            "sendingMode": mode,
            "viberServiceId": template.get("viberServiceId") if viber else None,
            "templateId": template["id"],
            "templateName": template["name"],
            "_created": at,
            "_status": "InProgress" if mode == "Transactional" else None,
            "_ready_at": at + self.queue_seconds,
            "_started_at": None,
            # The template's SMS fallback at the time the campaign was made.
            "_fallback": bool(viber and template.get("smsFallbackEnabled")),
            "_template_text": template.get("templateContent") or "",
            "_placeholders": None,
            "_count": 0,
            "_viber_failures": 0,
            "_history": dict(NO_COUNTERS),
        }
        stored: dict[str, Any] = self._store(self.campaigns, record, company)
        return stored

    # -- lookups ----------------------------------------------------------------------------

    def _template(self, request: Request, template_id: Any) -> dict[str, Any]:
        template = self.templates.get(template_id) if isinstance(template_id, str) else None
        if template is None or template["_company"] != self.company(request):
            request.error("template_not_found")  # "not found or access denied" (ERR)
        return template

    def _find_campaign(self, request: Request, campaign_id: Any) -> dict[str, Any]:
        campaign = self.campaigns.get(campaign_id) if isinstance(campaign_id, str) else None
        if campaign is None or campaign["_company"] != self.company(request):
            request.error("campaign_not_found")
        return campaign

    # -- campaign state ---------------------------------------------------------------------

    def status(self, campaign: dict[str, Any], now: float | None = None) -> str:
        """The campaign's status now: stored for transactional campaigns and fixtures;
        computed on the clock for bulk sends (Queuing → Ready → InProgress → Completed)."""
        if campaign["_status"] is not None:
            return str(campaign["_status"])
        now = self.now() if now is None else now
        started = campaign["_started_at"]
        if started is None:
            return "Queuing" if now < campaign["_ready_at"] else "Ready"
        if campaign["_count"] and now < started + self.delivery_seconds:
            return "InProgress"
        return "Completed"

    def _campaign_of(self, message: dict[str, Any]) -> dict[str, Any] | None:
        campaign_id = message["campaignId"]
        return self.campaigns.get(campaign_id) if campaign_id is not None else None

    def message_state(
        self, message: dict[str, Any], now: float, campaign: dict[str, Any] | None = None
    ) -> tuple[str, int | None, bool]:
        """(status, Viber failure code, delivered by SMS fallback) of ``message`` now. It
        leaves the queue when its bulk campaign starts, else when it arrives; it is Sending
        for ``delivery_seconds``, then processed."""
        campaign = campaign or self._campaign_of(message)
        since: float | None = message["_queued_at"]
        if campaign is not None and campaign["sendingMode"] == "Bulk":
            since = campaign["_started_at"]
        if since is None:
            return "Pending", None, False
        due = since + self.delivery_seconds
        if now < due:
            return "Sending", None, False
        if message["channel"] != "Viber":
            return "Delivered", None, False
        code = viber_failure(message["phoneNumber"])
        if code is None:
            return ("Seen" if now >= due + self.delivery_seconds else "Delivered"), None, False
        if campaign is not None and campaign["_fallback"]:
            return "Delivered", code, True
        return "Failed", code, False

    def counters(self, campaign: dict[str, Any], now: float) -> dict[str, int]:
        """The campaign's message counters now, its documented history included."""
        history = campaign["_history"]
        out = {key: int(history.get(key, 0)) for key in DOC_COUNTERS}
        out["smsFallbackDeliveredCount"] = 0
        messages = self.campaign_messages.get(campaign["id"], [])
        out["totalMessages"] += len(messages)
        if campaign["sendingMode"] == "Bulk":
            # One start time for every message: counted without walking the recipients.
            started = campaign["_started_at"]
            if started is None or now < started + self.delivery_seconds:
                out["pendingCount"] += len(messages)
                return out
            failures = campaign["_viber_failures"] if campaign["channel"] == "Viber" else 0
            if campaign["_fallback"]:
                out["smsFallbackDeliveredCount"] += failures
                out["deliveredCount"] += len(messages)
            else:
                out["failedCount"] += failures
                out["deliveredCount"] += len(messages) - failures
            if campaign["channel"] == "Viber" and now >= started + 2 * self.delivery_seconds:
                out["seenCount"] += len(messages) - failures
            return out
        for message in messages:
            status, _code, fallback = self.message_state(message, now, campaign)
            if status in ("Pending", "Sending"):
                out["pendingCount"] += 1
            elif status == "Failed":
                out["failedCount"] += 1
            else:
                out["deliveredCount"] += 1
                out["seenCount"] += status == "Seen"
                out["smsFallbackDeliveredCount"] += fallback
        return out

    def _queue(
        self,
        company: str,
        channel: str,
        campaign: dict[str, Any] | None,
        phone: str,
        at: float,
        placeholders: dict[str, Any] | None = None,
        external_id: str | None = None,
        text: str | None = None,
        message_id: str | None = None,
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "id": message_id or str(uuid.uuid4()),
            "phoneNumber": phone,
            "channel": channel,
            "campaignId": campaign["id"] if campaign is not None else None,
            "externalUserId": external_id,
            "placeholders": placeholders,
            "text": text,
            "_company": company,
            "_queued_at": at,
        }
        self.messages.put(message["id"], message)
        self.company_messages.setdefault(company, []).append(message)
        self.by_phone.setdefault(company, {}).setdefault(phone, []).append(message)
        if campaign is not None:
            self.campaign_messages.setdefault(campaign["id"], []).append(message)
            campaign["_count"] += 1
            if channel == "Viber" and viber_failure(phone) is not None:
                campaign["_viber_failures"] += 1
        return message

    def queue_bulk(
        self,
        company: str,
        template: dict[str, Any],
        recipients: list[dict[str, Any]],
        placeholders: dict[str, Any] | None = None,
        campaign_id: str | None = None,
    ) -> dict[str, Any]:
        """A bulk campaign of ``template`` holding one message per recipient (Queuing)."""
        now = self.now()
        campaign = self._campaign(
            company,
            template,
            f"{template['name']} {iso(now)}",
            None,
            "Bulk",
            now,
            campaign_id,
        )
        campaign["_placeholders"] = placeholders
        # Message ids share the campaign id's first groups and number the recipients.
        stem = campaign["id"][:24]
        for index, recipient in enumerate(recipients):
            self._queue(
                company,
                campaign["channel"],
                campaign,
                recipient["phoneNumber"],
                now,
                recipient.get("placeholders"),
                recipient.get("externalUserId"),
                message_id=f"{stem}{index:012x}",
            )
        return campaign

    # -- public views -----------------------------------------------------------------------

    def campaign_view(self, campaign: dict[str, Any], *, detail: bool) -> dict[str, Any]:
        now = self.now()
        counters = self.counters(campaign, now)
        fallback = counters.pop("smsFallbackDeliveredCount")
        view: dict[str, Any] = {
            "campaignId": campaign["id"],
            "name": campaign["name"],
            "description": campaign["description"],
            "status": self.status(campaign, now),
            "channel": campaign["channel"],
            "sendingMode": campaign["sendingMode"],
        }
        if detail:
            view.update(
                viberServiceId=campaign["viberServiceId"],
                templateId=campaign["templateId"],
                templateName=campaign["templateName"],
            )
        view.update(counters)
        if detail:
            view["smsFallbackDeliveredCount"] = fallback
        view["createdAt"] = iso(campaign["_created"])
        return view

    def message_view(self, message: dict[str, Any], now: float) -> dict[str, Any]:
        campaign = self._campaign_of(message)
        status, code, fallback = self.message_state(message, now, campaign)
        if campaign is not None:
            defaults = campaign["_placeholders"]
            own = message["placeholders"]
            text = render(campaign["_template_text"], own if own is not None else defaults)
        else:
            text = message["text"] or ""
        details = None
        if code is not None:
            name, description = VIBER_FAILURES[code]
            details = f"{code} {name}: {description}"
            if fallback:
                details += "; delivered by SMS fallback"
        return {
            "messageId": message["id"],
            "campaignId": message["campaignId"],
            "phoneNumber": message["phoneNumber"],
            "externalUserId": message["externalUserId"],
            "channel": message["channel"],
            "text": text,
            "status": status,
            "details": details,
            "viberErrorCode": code,
            "smsFallback": fallback,
            "createdAt": iso(message["_queued_at"]),
        }

    @staticmethod
    def template_view(template: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in template.items() if not k.startswith("_")}

    # -- Templates ----------------------------------------------------------------------------

    def _check_name(self, request: Request, name: Any, exclude: str | None = None) -> None:
        company = self.company(request)
        for template in self.templates:
            if (
                template["_company"] == company
                and template["name"] == name
                and template["id"] != exclude
            ):
                request.error("template_validation_failed__name_unique")

    def _approved_sender(self, request: Request, sender_id: Any) -> bool:
        return any(s["id"] == sender_id for s in self.senders.get(self.company(request), []))

    def _check_viber(self, request: Request, body: dict[str, Any], exclude: str | None) -> None:
        """The x-rules of createViberTemplate (and of updateTemplate for Viber templates)."""
        self._check_name(request, body["name"], exclude)
        services = self.viber_services.get(self.company(request), [])
        if not any(s["id"] == body["viberServiceId"] for s in services):
            request.error("template_validation_failed__viber_service_id")
        message_type = int(body["messageType"])
        config = self._type_config(request, body.get("typeSpecificConfig"))
        keys = TYPE_KEYS.get(message_type, ())
        if keys and (config is None or any(key not in config for key in keys)):
            request.error("template_validation_failed__type_specific_config")
        for key, example in MEDIA_ERRORS.items():
            url = (config or {}).get(key)
            if isinstance(url, str) and not publicly_accessible(url):
                request.error(example)
        image = (config or {}).get("imageUrl")
        if isinstance(image, str) and (image_bytes(image) or 0) > MAX_IMAGE_BYTES:
            request.error("template_validation_failed__image_size")
        if message_type == 6 and len(body["templateContent"]) > MAX_SURVEY_QUESTION:
            request.error("template_validation_failed__survey_question")
        if message_type == 5:
            # Mock convention: a carousel item's title is its `title` field.
            low, high = CAROUSEL_TITLE
            for item in (config or {}).get("items") or []:
                title = item.get("title") if isinstance(item, dict) else None
                if title is not None and not (isinstance(title, str) and low <= len(title) <= high):
                    request.error("template_validation_failed__carousel_title")
        sender = body.get("smsFallbackSenderId")
        if sender is not None and not self._approved_sender(request, sender):
            request.error("template_validation_failed__sms_fallback_sender_id")

    def _type_config(self, request: Request, config: Any) -> dict[str, Any] | None:
        """``typeSpecificConfig`` as an object: the object form as sent (the schema checked
        it), the string form parsed and checked by the same schema (conflict C-01)."""
        if config is None or isinstance(config, dict):
            return config
        try:
            parsed = json.loads(config)
        except (TypeError, ValueError, RecursionError):
            request.error("template_validation_failed__type_specific_config")
        if not isinstance(parsed, dict):
            request.error("template_validation_failed__type_specific_config")
        schema = {"$ref": "#/components/schemas/TypeSpecificConfig"}
        try:
            violation = self.compiled.checker.first_violation(schema, parsed)
        except RecursionError:
            request.error("template_validation_failed__type_specific_config")
        if violation is not None:
            request.error(violation.error or "template_validation_failed__type_specific_config")
        return parsed

    def _check_sms(self, request: Request, body: dict[str, Any], exclude: str | None) -> None:
        """The x-rules of createSmsTemplate (and of updateTemplate for SMS templates)."""
        self._check_name(request, body["name"], exclude)
        sender = body.get("smsSenderId")
        if sender is not None and not self._approved_sender(request, sender):
            request.error("template_validation_failed__sms_sender_id")

    @staticmethod
    def _viber_fields(body: dict[str, Any]) -> dict[str, Any]:
        fallback = bool(body.get("smsFallbackEnabled", False))
        return {
            "messageType": body["messageType"],
            "channelType": "Viber",
            "templateContent": body["templateContent"],
            "typeSpecificConfig": body.get("typeSpecificConfig"),
            "viberServiceId": body["viberServiceId"],
            "smsFallbackEnabled": fallback,
            "smsFallbackTemplateContent": body.get("smsFallbackTemplateContent"),
            "smsFallbackSenderId": body.get("smsFallbackSenderId"),
        }

    @staticmethod
    def _sms_fields(body: dict[str, Any]) -> dict[str, Any]:
        return {
            "messageType": 1,  # SMS templates are answered with messageType 1 (TSMS example)
            "channelType": "Smpp",
            "templateContent": body["templateContent"],
            "smsSenderId": body.get("smsSenderId"),
        }

    def _create_template(self, request: Request, fields: dict[str, Any]) -> Reply:
        now = iso(self.now())
        record = {
            "id": str(uuid.uuid4()),
            "name": request.body["name"],
            "description": request.body.get("description"),
            **fields,
            "createdAt": now,
            "updatedAt": now,
        }
        self._store(self.templates, record, self.company(request))
        return Reply(self.template_view(record), status=201)

    def create_viber_template(self, request: Request) -> Reply:
        self._check_viber(request, request.body, None)
        return self._create_template(request, self._viber_fields(request.body))

    def create_sms_template(self, request: Request) -> Reply:
        self._check_sms(request, request.body, None)
        return self._create_template(request, self._sms_fields(request.body))

    def list_templates(self, request: Request) -> Reply:
        company = self.company(request)
        found = [t for t in self.templates if t["_company"] == company]
        return Reply([self.template_view(t) for t in sorted(found, key=lambda t: t["_seq"])])

    def get_template(self, request: Request) -> Reply:
        return Reply(self.template_view(self._template(request, request.path["id"])))

    def update_template(self, request: Request) -> Reply:
        template = self._template(request, request.path["id"])
        body = request.body
        # The body is the create request of the template's channel (UpdateTemplateRequest).
        viber = template["channelType"] == "Viber"
        name = "CreateViberTemplateRequest" if viber else "CreateSmsTemplateRequest"
        schema = {"$ref": f"#/components/schemas/{name}"}
        violation = self.compiled.checker.first_violation(schema, body)
        if violation is not None:
            request.error(violation.error or "template_validation_failed")
        if viber:
            self._check_viber(request, body, template["id"])
            fields = self._viber_fields(body)
        else:
            self._check_sms(request, body, template["id"])
            fields = self._sms_fields(body)
        template.update(
            name=body["name"],
            description=body.get("description"),
            updatedAt=iso(self.now()),
            **fields,
        )
        return Reply(self.template_view(template))

    def delete_template(self, request: Request) -> Reply:
        template = self._template(request, request.path["id"])
        # Campaigns made from it keep their templateId and templateName (not documented).
        self.templates.delete(template["id"])
        return Reply(None, status=204)

    # -- Campaigns ---------------------------------------------------------------------------

    def _create_transactional(self, request: Request, channel: str) -> Reply:
        template = self._template(request, request.body["templateId"])
        if template["channelType"] != channel:
            request.error("template_not_sms" if channel == "Smpp" else "template_not_viber")
        body = request.body
        campaign = self._campaign(
            self.company(request),
            template,
            body["name"],
            body.get("description"),
            "Transactional",
            self.now(),
        )
        created = {
            "campaignId": campaign["id"],
            "name": campaign["name"],
            "status": "InProgress",
            "createdAt": iso(campaign["_created"]),
        }
        return Reply(created, status=201)

    def create_sms_campaign(self, request: Request) -> Reply:
        return self._create_transactional(request, "Smpp")

    def create_viber_campaign(self, request: Request) -> Reply:
        return self._create_transactional(request, "Viber")

    def _add_message(self, request: Request, channel: str) -> Reply:
        campaign = self._find_campaign(request, request.path["id"])
        if campaign["channel"] != channel:
            request.error("campaign_not_sms" if channel == "Smpp" else "campaign_not_viber")
        if campaign["sendingMode"] != "Transactional":
            request.error("cannot_add_to_bulk_campaign")
        status = self.status(campaign)
        if status != "InProgress":
            request.error(
                "campaign_not_in_progress",
                message=(
                    f"Campaign status is {status}. "
                    "Messages can only be added to InProgress campaigns."
                ),
            )
        body = request.body
        now = self.now()
        message = self._queue(
            self.company(request),
            channel,
            campaign,
            body["phoneNumber"],
            now,
            body.get("placeholders"),
            body.get("externalUserId") if isinstance(body.get("externalUserId"), str) else None,
        )
        return Reply(self._accepted(message, now), status=202)

    @staticmethod
    def _accepted(message: dict[str, Any], now: float) -> dict[str, Any]:
        """The answer to a single message (undocumented: the mock's shape)."""
        return {
            "messageId": message["id"],
            "campaignId": message["campaignId"],
            "phoneNumber": message["phoneNumber"],
            "status": "Pending",
            "queuedAt": iso(now),
        }

    def add_sms_campaign_message(self, request: Request) -> Reply:
        return self._add_message(request, "Smpp")

    def add_viber_campaign_message(self, request: Request) -> Reply:
        return self._add_message(request, "Viber")

    def _bulk(self, request: Request, channel: str) -> Reply:
        template = self._template(request, request.body["templateId"])
        if template["channelType"] != channel:
            request.error("template_not_sms" if channel == "Smpp" else "template_not_viber")
        recipients = request.body["recipients"]
        campaign = self.queue_bulk(
            self.company(request), template, recipients, request.body.get("placeholders")
        )
        count = len(recipients)
        answer = {
            "campaignId": campaign["id"],
            "messageCount": count,
            "skippedCount": 0,
            "invalidPhoneNumbers": [],
            "status": "Queuing",
            "queuedAt": iso(campaign["_created"]),
            "message": (
                f"Campaign accepted. {count} recipients are being queued for insertion. "
                "Poll GET /api/v1/campaigns/{id} for status, then call "
                "POST /api/v1/campaigns/{id}/start when Ready."
            ),
        }
        return Reply(answer, status=202)

    def send_sms_promotional(self, request: Request) -> Reply:
        return self._bulk(request, "Smpp")

    def send_viber_bulk(self, request: Request) -> Reply:
        return self._bulk(request, "Viber")

    def list_campaigns(self, request: Request) -> Reply:
        company = self.company(request)
        mode = request.query.get("sendingMode")
        found = [
            c
            for c in self.campaigns
            if c["_company"] == company and (mode is None or c["sendingMode"] == mode)
        ]
        # Newest first (the docs state no order).
        found.sort(key=lambda c: (c["_created"], c["_seq"]), reverse=True)
        page = int(request.query.get("page", 1))
        size = int(request.query.get("pageSize", 20))
        items, block = Collection.page(found, page, size)
        return Reply(
            {
                "campaigns": [self.campaign_view(c, detail=False) for c in items],
                "totalCount": block["total"],
                "page": page,
                "pageSize": size,
                "totalPages": block["total_pages"],
            }
        )

    def get_campaign(self, request: Request) -> Reply:
        campaign = self._find_campaign(request, request.path["id"])
        return Reply(self.campaign_view(campaign, detail=True))

    def start_campaign(self, request: Request) -> Reply:
        campaign = self._find_campaign(request, request.path["id"])
        now = self.now()
        status = self.status(campaign, now)
        if status != "Ready":
            request.error(
                "campaign_not_ready",
                message=f"Campaign status is {status}. Only Ready campaigns can be started.",
            )
        campaign["_started_at"] = now
        answer = {"campaignId": campaign["id"], "status": "InProgress", "startedAt": iso(now)}
        return Reply(answer, status=202)

    # -- Direct sends ------------------------------------------------------------------------

    def _direct(self, request: Request, channel: str) -> Reply:
        body = request.body if isinstance(request.body, dict) else {}
        phone = body.get("phoneNumber")
        # Mock convention: the recipient is `phoneNumber`, under the documented 10-15 digit
        # rule (the body of direct sends is not documented).
        schema = {"$ref": "#/components/schemas/PhoneNumber"}
        if not isinstance(phone, str) or not self.compiled.checker.is_valid(schema, phone):
            request.error("invalid_phone_number")
        text = body.get("text")
        now = self.now()
        message = self._queue(
            self.company(request),
            channel,
            None,
            phone,
            now,
            text=text if isinstance(text, str) else None,
        )
        return Reply(self._accepted(message, now), status=202)

    def send_sms(self, request: Request) -> Reply:
        return self._direct(request, "Smpp")

    def send_viber_text(self, request: Request) -> Reply:
        return self._direct(request, "Viber")

    # -- Messages, senders, services ---------------------------------------------------------

    def list_messages(self, request: Request) -> Reply:
        company = self.company(request)
        phone = request.query.get("phoneNumber")
        if phone is not None:
            found = list(self.by_phone.get(company, {}).get(phone, []))
        else:
            found = self.company_messages.get(company, [])[-LOOKUP_LIMIT:]
        now = self.now()
        return Reply([self.message_view(m, now) for m in reversed(found)])

    def list_sms_senders(self, request: Request) -> Reply:
        return Reply(copy.deepcopy(self.senders.get(self.company(request), [])))

    def list_viber_services(self, request: Request) -> Reply:
        return Reply(copy.deepcopy(self.viber_services.get(self.company(request), [])))

    # -- inspection (tests) ------------------------------------------------------------------

    def recipients(self, company: str = DEMO_COMPANY) -> Iterator[str]:
        """Every phone number a message of ``company`` was queued for, once per message."""
        return (message["phoneNumber"] for message in self.company_messages.get(company, []))


PROVIDER = Transformify
