"""Trackly v2 outbound webhooks, transcribed from
https://docs.tracklysms.com/api-reference/v2/webhooks/events and
https://docs.tracklysms.com/integrations/webhooks (conflict C-20 of the spec's x-doc-conflicts).

Webhooks live under the root ``webhooks:`` and are not operations of ``paths``, which the
ErrorFact/LimitFact checks of tests/test_spec_facts.py look up; they document no errors and
no request limits either. The facts are therefore plain constants (no test reads them yet):
the event names, payload fields and enums, the signature header and the retry schedule.
"""

from tests.facts import ErrorFact, LimitFact

API = "trackly-v2"

ERRORS: list[ErrorFact] = []
LIMITS: list[LimitFact] = []

EVENTS = ("delivery", "unsubscribe", "reply")

DELIVERY_FIELDS = (
    "event",
    "message_id",
    "to",
    "list_number",
    "status",
    "status_detail",
    "provider",
    "timestamp",
)
DELIVERY_STATUSES = ("delivered", "undeliverable", "expired", "rejected", "pending")
# examples of status_detail given by the events page (not a closed list)
DELIVERY_STATUS_DETAILS = (
    "DELIVERED_TO_HANDSET",
    "REJECTED_SPAM",
    "REJECTED_DESTINATION",
    "REJECTED_ABSENT_SUBSCRIBER",
    "REJECTED_OPERATOR",
)
DELIVERY_EXAMPLE = {
    "event": "delivery",
    "message_id": "AbC12345",
    "to": "+14155551234",
    "list_number": "+18005551234",
    "status": "delivered",
    "status_detail": "DELIVERED_TO_HANDSET",
    "provider": "infobip",
    "timestamp": "2024-01-15T10:30:00.000Z",
}

UNSUBSCRIBE_FIELDS = ("event", "phone_number", "list_number", "keyword", "timestamp")
UNSUBSCRIBE_KEYWORDS = ("STOP", "STOPALL", "UNSUBSCRIBE", "QUIT", "CANCEL")

# the reply payload is not retrievable
REPLY_FIELDS: tuple[str, ...] = ()

SIGNATURE_HEADER = "X-Trackly-Signature"
SIGNATURE_ALGORITHM = "HMAC-SHA256"
# retries after a non-2xx answer: 1 min, 5 min, 15 min, 1 h, 2 h; failing endpoints auto-pause
RETRY_DELAYS_SECONDS = (60, 300, 900, 3600, 7200)
