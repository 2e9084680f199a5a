"""Transformify from the README: templates, paged campaigns, a capacity-aware bulk send."""

from __future__ import annotations

import sys
from uuid import UUID

from transformify_client import NotFoundError, Transformify
from transformify_client.bulk import send_viber_bulk

VIBER_TEMPLATE = UUID("550e8400-e29b-41d4-a716-446655440000")  # the docs' Viber template


def run(base_url: str) -> int:
    client = Transformify(base_url=base_url)  # the API key comes from $TRANSFORMIFY_API_KEY
    templates = client.templates.list()
    if isinstance(templates, list):
        print(f"templates {len(templates)}")

    page = client.campaigns.list(page_size=1)
    names = [campaign.name for campaign in page]
    print(f"campaigns {len(names)} pages {sum(1 for _ in page.pages())}")

    recipients = [{"phoneNumber": f"3897{n:07d}"} for n in range(1200)]
    result = send_viber_bulk(client, recipients, template_id=VIBER_TEMPLATE)
    print(f"bulk accepted {len(result.accepted)} of {len(result)}")

    try:
        client.campaigns.retrieve(VIBER_TEMPLATE)
    except NotFoundError as exc:
        print(f"not found {exc.error_id} {exc.status_code}")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1]))
