"""messages.dev from the README: lines, sends, cursor pages, webhooks with typed events."""

from __future__ import annotations

import json
import sys

from messages_dev_client import MessagesDev, PermissionDeniedError
from messages_dev_client.models import MessageReceivedEvent, SubscribableWebhookEvent
from messages_dev_client.webhooks import construct_event, sign


def run(base_url: str) -> int:
    client = MessagesDev(base_url=base_url)  # the API key comes from $MESSAGES_API_KEY
    line = client.lines.list().data[0]
    chat = client.chats.list(from_=line.handle).data[0]
    outbox = client.messages.send(from_=line.handle, to=chat.identifier, text="Hello")
    print(f"queued {outbox.id} {outbox.status}")

    webhook = client.webhooks.create(
        from_=line.handle,
        url="https://example.com/hooks",
        events=[SubscribableWebhookEvent.MESSAGE_RECEIVED],
    )
    payload = json.dumps(
        {
            "event": "message.received",
            "data": {
                "id": "msg_abc123",
                "line_id": line.id,
                "line_handle": line.handle,
                "chat_id": chat.id,
                "guid": "3F2B8C1E-7A4D-4E5F-9B6A-0C1D2E3F4A5B",
                "sender": chat.identifier,
                "text": "Hi there!",
                "attachments": [],
                "is_from_me": False,
                "is_audio_message": False,
                "sent_at": 1712345678901,
                "synced_at": 1712345679012,
                "reply_to_guid": None,
            },
            "timestamp": 1712345680000,
            "delivery_id": "dlv_3f2b8c1e-7a4d-4e5f-9b6a-0c1d2e3f4a5b",
        }
    ).encode()
    headers = sign(payload, webhook.secret)
    event = construct_event(payload, headers, webhook.secret)
    if isinstance(event, MessageReceivedEvent):
        print(f"event {event.event} from {event.data.sender}")

    try:
        MessagesDev(base_url=base_url, api_key="sk_live_demoReadOnly000000000000").messages.send(
            from_=line.handle, to=chat.identifier, text="Hello"
        )
    except PermissionDeniedError as exc:
        print(f"refused {exc.code} {exc.status_code}")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1]))
