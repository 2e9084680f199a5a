"""Twilio Messaging v1, imported unchanged: services and their phone numbers, next-link pages."""

from __future__ import annotations

import sys

from twilio_messaging_v1_client import NotFoundError, TwilioMessagingV1
from twilio_messaging_v1_client.models import (
    CreatePhoneNumberCreatePhoneNumberRequest,
    CreateServiceCreateServiceRequest,
)


def run(base_url: str) -> int:
    # HTTP Basic: "<Account SID>:<auth token>" from $TWILIO_MESSAGING_V1_API_KEY
    client = TwilioMessagingV1(base_url=base_url)
    for name in ("alerts", "billing", "support"):
        client.service.create(body=CreateServiceCreateServiceRequest(friendly_name=name))

    page = client.service.list(page_size=2)
    sids = [service.sid for service in page]
    print(f"services {len(set(sids))} pages {sum(1 for _ in page.pages())}")

    alerts = next(service for service in page if service.friendly_name == "alerts")
    number = client.phone_number.create(
        str(alerts.sid),
        body=CreatePhoneNumberCreatePhoneNumberRequest(phone_number_sid="PN" + "1" * 32),
    )
    print(f"number {number.sid} in {number.service_sid == alerts.sid}")

    try:
        client.service.fetch("MG" + "0" * 32)
    except NotFoundError as exc:
        print(f"not found {exc.code} {exc.status_code}")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1]))
