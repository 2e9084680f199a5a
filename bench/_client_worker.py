"""Worker of bench/client_overhead.py: runs one variant in a fresh process, prints JSON.

Usage: python _client_worker.py <generated/trackly-v2/python> <variant> <count>
Variants: raw-single, sdk-single (``TracklyV2().messages.send``), client-single (the stock
``send_message.sync``), raw-bulk, sdk-bulk (``bulk.send_bulk_messages`` with ``TracklyV2``),
client-bulk (the same helper with the stock ``AuthenticatedClient``).
"""

import json
import resource
import sys
import time

import httpx

SINGLE = json.dumps({"success": True, "message_id": "a1b2c3d4", "status": "queued"}).encode()
BULK = json.dumps({"queued_count": 1000, "error_count": 0, "errors": []}).encode()
KEY = "trk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"
MESSAGE = {"to": "+14155551234", "list_number": "+18005551000", "body": "Hello from the benchmark"}


def handler(request: httpx.Request) -> httpx.Response:
    content = BULK if request.url.path.endswith("/bulk") else SINGLE
    return httpx.Response(200, content=content, headers={"content-type": "application/json"})


def main() -> None:
    sys.path.insert(0, sys.argv[1])
    variant, count = sys.argv[2], int(sys.argv[3])
    # Imports and client construction happen before the clock starts, for every variant.
    from trackly_v2_client import AuthenticatedClient, TracklyV2
    from trackly_v2_client.api.send import send_message
    from trackly_v2_client.bulk import send_bulk_messages
    from trackly_v2_client.models import SendMessageRequest

    transport = httpx.MockTransport(handler)
    client = AuthenticatedClient(
        base_url="http://bench/api", token=KEY, httpx_args={"transport": transport}
    )
    raw = httpx.Client(base_url="http://bench/api", transport=transport, headers={"X-Api-Key": KEY})
    sdk = TracklyV2(
        api_key=KEY,
        base_url="http://bench/api",
        http_client=httpx.Client(base_url="http://bench/api", transport=transport),
    )

    def model() -> SendMessageRequest:
        return SendMessageRequest(
            to=MESSAGE["to"], list_number=MESSAGE["list_number"], body=MESSAGE["body"]
        )

    for _ in range(50):  # warm every path
        send_message.sync(client=client, body=model())
        sdk.messages.send(
            to=MESSAGE["to"], list_number=MESSAGE["list_number"], body=MESSAGE["body"]
        )
        raw.post("/v2/send", json=MESSAGE).json()
    start, cpu_start = time.perf_counter(), time.process_time()
    if variant == "sdk-single":
        for _ in range(count):
            sent = sdk.messages.send(
                to=MESSAGE["to"], list_number=MESSAGE["list_number"], body=MESSAGE["body"]
            )
            assert sent.message_id
    elif variant == "sdk-bulk":
        outcome = send_bulk_messages(sdk, (dict(MESSAGE) for _ in range(count)))
        assert len(outcome.accepted) == count
    elif variant == "client-single":
        for _ in range(count):
            result = send_message.sync(client=client, body=model())
            assert result is not None
    elif variant == "raw-single":
        for _ in range(count):
            assert raw.post("/v2/send", json=MESSAGE).json()["message_id"]
    elif variant == "client-bulk":
        outcome = send_bulk_messages(client, (dict(MESSAGE) for _ in range(count)))
        assert len(outcome.accepted) == count
    else:
        items = [dict(MESSAGE) for _ in range(count)]
        accepted = 0
        for offset in range(0, count, 1000):
            batch = items[offset : offset + 1000]
            body = raw.post("/v2/send/bulk", json={"messages": batch}).json()
            failed = {error["index"] for error in body["errors"]}
            accepted += sum(1 for i in range(len(batch)) if i not in failed)
        assert accepted == count
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": elapsed, "cpu_seconds": cpu, "maxrss_kib": maxrss}))


if __name__ == "__main__":
    main()
