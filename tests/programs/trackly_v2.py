"""Trackly SMS API v2 from the README: send, page through contacts, raw responses, errors."""

from __future__ import annotations

import asyncio
import sys

from trackly_v2_client import AsyncTracklyV2, BadRequestError, ErrorCode, TracklyV2
from trackly_v2_client.models import SendMessageResponse

LIST_NUMBER = "+18005551000"


def run(base_url: str) -> int:
    with TracklyV2(base_url=base_url) as client:  # the API key comes from $TRACKLY_API_KEY
        sent: SendMessageResponse = client.messages.send(
            to="+14155551234", list_number=LIST_NUMBER, body="Hello from the SDK"
        )
        print(f"sent {sent.message_id} {sent.status}")

        for n in range(7):
            client.contacts.create(phone_number=f"+1415555{3000 + n}", list_number=LIST_NUMBER)
        page = client.contacts.list(per_page=2)
        numbers = [contact.phone_number for contact in page]
        pages = sum(1 for _ in page.pages())
        print(f"contacts {len(numbers)} distinct {len(set(numbers))} pages {pages}")

        raw = client.lists.with_raw_response.list()
        lists = raw.parse().lists
        print(f"lists status {raw.status_code} count {len(lists)}")

        try:
            client.messages.send(to="0044 20", list_number=LIST_NUMBER, body="Hello")
        except BadRequestError as exc:
            if exc.code is not ErrorCode.INVALID_PHONE:
                print(f"unexpected code {exc.code}")
                return 1
            print(f"refused {exc}")
    return asyncio.run(run_async(base_url))


async def run_async(base_url: str) -> int:
    async with AsyncTracklyV2(base_url=base_url) as client:
        page = await client.contacts.list(per_page=3)
        count = 0
        async for _contact in page:
            count += 1
        print(f"async contacts {count}")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1]))
