"""Transformify messaging API (Viber + SMS): the rules its spec declares but cannot express.

Template checks (``typeSpecificConfig`` as JSON text, keys per message type, public media,
image size, carousel titles), the fields each channel stores, and the life of campaigns and
messages: the bulk campaign clock, delivery with the Viber failures 8, 9, 10 and SMS
fallback, counters and the message lookup. The rest is declared in the spec.

Mock conventions where the docs are silent: no media is downloaded, so a URL is "not publicly
accessible" when its host is not public (``localhost``, private or loopback addresses, a name
without a dot or under ``.local``, ``.localhost``, ``.internal``, ``.invalid``, ``.test``) or
it carries credentials, and an image's size is its ``size`` query parameter (bytes); a
carousel card's title is its ``title``; direct sends take ``phoneNumber`` and ``text``; a
number ending in 08, 09 or 10 cannot get Viber messages (codes 8, 9, 10). Options
(``MockConfig.options``): ``queue_seconds`` (a bulk campaign is Queuing that long) and
``delivery_seconds`` (a message is Sending that long), 2 each by default.
"""

from __future__ import annotations

import functools
import ipaddress
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..answers import Reply
from ..engine import Engine, Request
from . import Plugin

PLUGIN = Plugin("transformify", options={"queue_seconds": 2.0, "delivery_seconds": 2.0})

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
CAROUSEL_TITLE = (2, 38)  # errors page
_PRIVATE_SUFFIXES = (".local", ".localhost", ".internal", ".invalid", ".test")
# Viber delivery failures (errors page): code → (name, description); all qualify for fallback.
VIBER_FAILURES: dict[int, tuple[str, str]] = {
    8: ("USER_BLOCKED", "User blocked the Viber service"),
    9: ("NOT_VIBER_USER", "Recipient not registered on Viber"),
    10: ("NO_SUITABLE_DEVICE", "No compatible device for Viber"),
}
COUNTERS = ("totalMessages", "deliveredCount", "failedCount", "pendingCount", "seenCount")
COUNTED = {"Pending": "pendingCount", "Sending": "pendingCount", "Failed": "failedCount"}
BULK_ACCEPTED = (
    "Campaign accepted. {} recipients are being queued for insertion. Poll GET "
    "/api/v1/campaigns/{{id}} for status, then call POST /api/v1/campaigns/{{id}}/start when Ready."
)  # the documented answer's message
LOOKUP_LIMIT = 100  # messages answered by a lookup without phoneNumber (mock choice)
VIBER_FIELDS = (
    "messageType", "templateContent", "viberServiceId", "typeSpecificConfig",
    "smsFallbackTemplateContent", "smsFallbackSenderId",
)  # fmt: skip
_SCHEMAS = "#/components/schemas/"
CONFIG_SCHEMA = {"$ref": _SCHEMAS + "TypeSpecificConfig"}
PHONE_SCHEMA = {"$ref": _SCHEMAS + "PhoneNumber"}
CHANNEL_SCHEMAS = {
    "Viber": {"$ref": _SCHEMAS + "CreateViberTemplateRequest"},
    "Smpp": {"$ref": _SCHEMAS + "CreateSmsTemplateRequest"},
}


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
    try:
        return ipaddress.ip_address(host).is_global
    except ValueError:
        return host != "localhost" and "." in host and not host.endswith(_PRIVATE_SUFFIXES)


def viber_failure(phone: str) -> int | None:
    """The Viber failure code the mock gives ``phone`` (8, 9, 10), or ``None`` (delivered)."""
    code = int(phone[-2:]) if phone[-2:].isdigit() else None
    return code if code in VIBER_FAILURES else None


def _fill(text: str, values: Any) -> str:
    """``{{name}}`` placeholders filled from ``values`` (unknown ones stay as written)."""
    for name, value in (values if isinstance(values, dict) else {}).items():
        text = text.replace("{{" + str(name) + "}}", str(value))
    return text


def _seconds(engine: Engine, name: str) -> float:
    return float(engine.config.options.get(name, PLUGIN.options[name]))


def _config(request: Request) -> dict[str, Any]:
    """``typeSpecificConfig`` as an object (the string form as parsed by its rule)."""
    config = request.bound.get("config", request.body.get("typeSpecificConfig"))
    return config if isinstance(config, dict) else {}


@PLUGIN.check("update-body-of-channel")
def _body_of_channel(request: Request) -> None:
    schema = CHANNEL_SCHEMAS[request.bound["target"]["channelType"]]
    violation = request.engine.compiled.checker.first_violation(schema, request.body)
    if violation is not None:
        request.error(violation.error or "template_validation_failed")


@PLUGIN.check("type-config-json-object")
def _config_text(request: Request) -> None:
    """The string form (conflict C-01) is parsed and checked by the object form's schema."""
    config = request.body.get("typeSpecificConfig")
    if not isinstance(config, str):
        return
    try:
        parsed = json.loads(config)
    except (ValueError, RecursionError):
        request.fail()
    if not isinstance(parsed, dict):
        request.fail()
    violation = request.engine.compiled.checker.first_violation(CONFIG_SCHEMA, parsed)
    if violation is not None:
        request.error(violation.error or "template_validation_failed__type_specific_config")
    request.bound["config"] = parsed


@PLUGIN.check("type-config-keys")
def _config_keys(request: Request) -> None:
    config = _config(request)
    if any(key not in config for key in TYPE_KEYS.get(request.body.get("messageType"), ())):
        request.fail()


@PLUGIN.check("media-url-public")
def _media(request: Request) -> None:
    config = _config(request)
    for key, example in MEDIA_ERRORS.items():
        url = config.get(key)
        if isinstance(url, str) and not publicly_accessible(url):
            request.error(example)


@PLUGIN.check("image-at-most-1mb")
def _image_size(request: Request) -> None:
    """Mock convention: an image's size is its URL's ``size`` query parameter (bytes). Runs
    after media-url-public, which refuses a URL that does not parse."""
    url = _config(request).get("imageUrl")
    size = parse_qs(urlsplit(url).query).get("size", [""])[-1] if isinstance(url, str) else ""
    if size.isdigit() and int(size) > MAX_IMAGE_BYTES:
        request.fail()


@PLUGIN.check("carousel-title-length")
def _carousel_titles(request: Request) -> None:
    if request.body.get("messageType") != 5:
        return
    low, high = CAROUSEL_TITLE
    for item in _config(request).get("items") or ():
        title = item.get("title") if isinstance(item, dict) else None
        if title is not None and not (isinstance(title, str) and low <= len(title) <= high):
            request.fail()


def _save(request: Request, fields: dict[str, Any]) -> dict[str, Any]:
    """Create the template, or replace the addressed one's content (a PUT: fields the body
    leaves out become null; id, channel and createdAt stay)."""
    body = request.body
    values = {"name": body["name"], "description": body.get("description"), **fields}
    target: dict[str, Any] | None = request.bound.get("target")
    if target is None:
        return request.create("templates", values)
    request.engine.update("templates", target, values)
    return target


@PLUGIN.action("viber-template-saved")
def _viber_template(request: Request) -> dict[str, Any]:
    fields = {key: request.body.get(key) for key in VIBER_FIELDS}
    fallback = bool(request.body.get("smsFallbackEnabled", False))
    return _save(request, {**fields, "channelType": "Viber", "smsFallbackEnabled": fallback})


@PLUGIN.action("sms-template-saved")
def _sms_template(request: Request) -> dict[str, Any]:
    body = request.body
    # SMS templates are answered with messageType 1 (the SMS templates page's example).
    fields = {"messageType": 1, "channelType": "Smpp", "templateContent": body["templateContent"]}
    return _save(request, {**fields, "smsSenderId": body.get("smsSenderId")})


def _campaign(request: Request, mode: str, status: str, **values: Any) -> dict[str, Any]:
    """A new campaign on the bound template, which it keeps a copy of."""
    template = request.bound["template"]
    channel = template["channelType"]
    service = template.get("viberServiceId") if channel == "Viber" else None
    values.update(status=status, channel=channel, sendingMode=mode, viberServiceId=service)
    values.update(templateId=template["id"], templateName=template["name"])
    campaign = request.create("campaigns", values)
    campaign["_template"] = dict(template)
    return campaign


@PLUGIN.action("transactional-campaign-created")
def _transactional(request: Request) -> dict[str, Any]:
    values = {"name": request.body["name"], "description": request.body.get("description")}
    return _campaign(request, "Transactional", "InProgress", **values)


@PLUGIN.action("bulk-campaign-queued")
def _bulk(request: Request) -> dict[str, Any]:
    """A bulk campaign holding one message per recipient, Queuing for ``queue_seconds``."""
    body = request.body
    campaign = _campaign(request, "Bulk", "Queuing", name="", description=None)
    campaign["name"] = f"{campaign['templateName']} {campaign['createdAt']}"
    campaign["_ready_at"] = request.now() + _seconds(request.engine, "queue_seconds")
    campaign["_placeholders"] = body.get("placeholders")
    for item in body["recipients"]:
        extra = {"placeholders": item.get("placeholders"), "external": item.get("externalUserId")}
        _queue(request, campaign, item["phoneNumber"], **extra)
    count = len(body["recipients"])
    # No recipient is skipped: an invalid number fails the request (conflict C-07).
    request.fields.update(messageCount=count, skippedCount=0, invalidPhoneNumbers=[])
    request.fields.update(queuedAt=campaign["createdAt"], message=BULK_ACCEPTED.format(count))
    return campaign


@PLUGIN.action("campaign-started")
def _start(request: Request) -> Reply:
    campaign = request.bound["target"]
    campaign.update(status="InProgress", _started_at=request.now())
    # The answer is not documented: the mock's shape.
    answer = {"campaignId": campaign["campaignId"], "status": "InProgress"}
    return Reply(
        {
            **answer,
            "startedAt": request.engine.timestamp(request.engine.spec.resources["campaigns"]),
        }
    )


@PLUGIN.tick("bulk-campaign-clock")
def _campaign_clock(engine: Engine) -> None:
    """Bulk campaigns: Queuing → Ready after ``queue_seconds``; a started one InProgress →
    Completed once its messages are processed (``delivery_seconds``)."""
    now = engine.config.clock()
    delay = _seconds(engine, "delivery_seconds")
    for campaign in engine.store["campaigns"]:
        if campaign.get("status") == "Queuing" and now >= campaign.get("_ready_at", now):
            campaign["status"] = "Ready"
        started = campaign.get("_started_at")
        if started is not None and campaign["status"] == "InProgress" and now >= started + delay:
            campaign["status"] = "Completed"


@PLUGIN.render("campaign-counters")
def _counters(engine: Engine, campaign: dict[str, Any]) -> dict[str, Any]:
    """The stored counters (the documented history of a fixture) plus the mock's messages."""
    out = {key: int(campaign.get(key) or 0) for key in COUNTERS}
    out["smsFallbackDeliveredCount"] = 0
    for message in engine.scratch.get("messages_of", {}).get(campaign["campaignId"], ()):
        status, _code, fallback = _delivery(engine, message, campaign)
        out["totalMessages"] += 1
        out[COUNTED.get(status, "deliveredCount")] += 1
        out["seenCount"] += status == "Seen"
        out["smsFallbackDeliveredCount"] += fallback
    return out


def _queue(request: Request, campaign: Any, phone: str, **more: Any) -> dict[str, Any]:
    """Store one message of ``campaign`` (``None``: a direct send on ``more["channel"]``)."""
    engine = request.engine
    external = more.get("external")
    values = {
        "campaignId": campaign["campaignId"] if campaign is not None else None,
        "phoneNumber": phone,
        "externalUserId": external if isinstance(external, str) else None,
        "channel": campaign["channel"] if campaign is not None else more["channel"],
    }
    message = engine.create("messages", values, request.tenant)
    message.update(_queued_at=request.now(), _placeholders=more.get("placeholders"))
    message["_text"] = more.get("text")
    if campaign is not None:
        index = engine.scratch.setdefault("messages_of", {})
        index.setdefault(campaign["campaignId"], []).append(message)
    return message


def _accepted(message: dict[str, Any]) -> Reply:
    """The answer to one queued message (not documented: the mock's shape)."""
    keys = ("messageId", "campaignId", "phoneNumber")
    accepted = {key: message[key] for key in keys}
    return Reply({**accepted, "status": "Pending", "queuedAt": message["createdAt"]})


@PLUGIN.action("campaign-message-queued")
def _add_message(request: Request) -> Reply:
    body = request.body
    campaign = request.bound["campaign"]
    more = {"placeholders": body.get("placeholders"), "external": body.get("externalUserId")}
    return _accepted(_queue(request, campaign, body["phoneNumber"], **more))


@PLUGIN.check("direct-phone-number")
def _direct_phone(request: Request) -> None:
    phone = request.body.get("phoneNumber")
    checker = request.engine.compiled.checker
    if not isinstance(phone, str) or not checker.is_valid(PHONE_SCHEMA, phone):
        request.fail()


def _direct(request: Request, channel: str) -> Reply:
    text = request.body.get("text")
    more = {"channel": channel, "text": text if isinstance(text, str) else ""}
    return _accepted(_queue(request, None, request.body["phoneNumber"], **more))


for _rule, _channel in (("direct-sms-queued", "Smpp"), ("direct-viber-queued", "Viber")):
    PLUGIN.action(_rule)(functools.partial(_direct, channel=_channel))


def _origin(engine: Engine, campaign: dict[str, Any]) -> tuple[str, bool]:
    """The text and SMS fallback of the campaign's template as it was when the campaign was
    made (a fixture: its template now)."""
    found = campaign.get("_template") or engine.store["templates"].get(campaign["templateId"])
    template = found or {}
    fallback = template.get("channelType") == "Viber" and bool(template.get("smsFallbackEnabled"))
    return template.get("templateContent") or "", fallback


def _delivery(
    engine: Engine, message: dict[str, Any], campaign: dict[str, Any] | None
) -> tuple[str, int | None, bool]:
    """(status, Viber failure code, delivered by SMS fallback) of a message now. It leaves the
    queue when its bulk campaign starts, any other message at once; it is Sending for
    ``delivery_seconds``, then processed (a delivered Viber message is Seen as long later)."""
    since = message["_queued_at"]
    if campaign is not None and campaign["sendingMode"] == "Bulk":
        since = campaign.get("_started_at")
    if since is None:
        return "Pending", None, False
    delay = _seconds(engine, "delivery_seconds")
    now = engine.config.clock()
    if now < since + delay:
        return "Sending", None, False
    if message["channel"] != "Viber":
        return "Delivered", None, False
    code = viber_failure(message["phoneNumber"])
    if code is None:
        return ("Seen" if now >= since + 2 * delay else "Delivered"), None, False
    if campaign is not None and _origin(engine, campaign)[1]:
        return "Delivered", code, True
    return "Failed", code, False


@PLUGIN.render("message-delivery")
def _message(engine: Engine, message: dict[str, Any]) -> dict[str, Any]:
    campaign = engine.store["campaigns"].get(message["campaignId"] or "")
    status, code, fallback = _delivery(engine, message, campaign)
    text = message.get("_text") or ""
    if campaign is not None:  # a recipient's own placeholders, else the send's
        own = message["_placeholders"]
        values = own if own is not None else campaign.get("_placeholders")
        text = _fill(_origin(engine, campaign)[0], values)
    details = None
    if code is not None:
        name, description = VIBER_FAILURES[code]
        suffix = "; delivered by SMS fallback" if fallback else ""
        details = f"{code} {name}: {description}{suffix}"
    out = {"text": text, "status": status, "details": details, "viberErrorCode": code}
    return {**out, "smsFallback": fallback}


@PLUGIN.action("message-lookup")
def _lookup(request: Request) -> Reply:
    """The company's messages to ``phoneNumber``, newest first; without it, the newest 100."""
    phone = request.query.get("phoneNumber")
    found = [m for m in request.collection("messages") if phone in (None, m["phoneNumber"])]
    found.reverse()
    if phone is None:
        del found[LOOKUP_LIMIT:]
    return Reply([request.engine.render("messages", message) for message in found])
