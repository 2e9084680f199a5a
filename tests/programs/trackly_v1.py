"""Trackly SMS API v1 from the README: each call warns at this file's line (sends are
deprecated operations; phone validation is live, but its answers carry a Deprecation header)."""

from __future__ import annotations

import sys

from trackly_v1_client import TracklyV1
from trackly_v1_client.models import BulkMessage


def run(base_url: str) -> int:
    client = TracklyV1(base_url=base_url)  # the API key comes from $TRACKLY_API_KEY
    sent = client.messages.send(
        to_msisdn="+14155551234", body="Hello from v1", from_phone_number_id="pn_abc123def456"
    )
    print(f"sent {sent.message_id} {sent.status}")
    bulk = client.messages.send_bulk(
        from_phone_number_id="pn_abc123def456",
        messages=[BulkMessage(to_msisdn="+14155551234", body="Hello from v1 bulk")],
    )
    print(f"bulk queued {bulk.queued_count}")
    checked = client.phone.validate(phone="+14155551234")
    print(f"validated {checked.phone} {checked.disposition}")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1]))
