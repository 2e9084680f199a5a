"""Twilio Messaging v1, imported unchanged with ``smsspec add``: the vendor file is upstream's,
and its generated client works against its mock over real HTTP (``smsspec mock`` in a
subprocess), with HTTP Basic credentials (Account SID and auth token)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.manifest import read_manifest
from generator.mock import demo_keys
from generator.paths import SPEC_DIR
from tests.clients import client_module, client_package
from tests.conftest import APIS
from tests.reliability.harness import MockServer

API = "twilio-messaging-v1"
UPSTREAM_SHA256 = "eba4e9dcc28ca4e2c4561517afe79395949807bb0f7557b813a1a560a186740a"
"""sha256 of spec/yaml/twilio_messaging_v1.yaml in twilio/twilio-oai at d50069b4."""

pytestmark = pytest.mark.skipif(API not in APIS, reason=f"SMSSPEC_APIS excludes {API}")


def test_the_vendor_file_is_byte_identical_to_upstream() -> None:
    manifest = read_manifest(SPEC_DIR / API)
    assert manifest is not None
    digest = hashlib.sha256(manifest.document_path.read_bytes()).hexdigest()
    assert digest == UPSTREAM_SHA256
    assert manifest.source["sha256"] == UPSTREAM_SHA256
    assert manifest.source["commit"] == "d50069b44ea8cd23141385bdb6db48f16ff75bb5"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with MockServer(API, tmp_path_factory.mktemp("twilio") / "mock.log", cli=True) as running:
        yield running


def _client(server: MockServer, role: str = "default", **kwargs: Any) -> Any:
    pkg = client_package(API)
    return pkg.AuthenticatedClient(base_url=server.root, token=demo_keys(API)[role], **kwargs)


def _api(name: str) -> Any:
    return client_module(API, name)


def test_services_round_trip_over_http(server: MockServer) -> None:
    server.reset()
    services = "api.messaging_v1_service"
    models = _api("models")
    with _client(server) as client:
        created = _api(f"{services}.create_service").sync(
            client=client,
            body=models.CreateServiceCreateServiceRequest(
                friendly_name="Alerts", sticky_sender=True, validity_period=600
            ),
        )
        assert created.friendly_name == "Alerts"
        assert created.sticky_sender is True
        assert created.validity_period == 600
        assert created.sid.startswith("MG")
        assert len(created.sid) == 34
        fetched = _api(f"{services}.fetch_service").sync(created.sid, client=client)
        assert fetched.to_dict() == created.to_dict()
        updated = _api(f"{services}.update_service").sync(
            created.sid,
            client=client,
            body=models.UpdateServiceUpdateServiceRequest(friendly_name="Renamed"),
        )
        assert updated.friendly_name == "Renamed"
        listed = _api(f"{services}.list_service").sync(client=client)
        assert created.sid in {service.sid for service in listed.services}
        _api(f"{services}.delete_service").sync_detailed(created.sid, client=client)
        errors = client_package(API)
        with pytest.raises(errors.NotFoundError) as caught:
            _api(f"{services}.fetch_service").sync(created.sid, client=client)
    assert caught.value.status_code == 404
    assert caught.value.code is errors.ErrorCode("20404")
    assert caught.value.body["more_info"] == "https://www.twilio.com/docs/errors/20404"


def test_phone_numbers_live_under_their_service(server: MockServer) -> None:
    server.reset()
    models = _api("models")
    numbers = "api.messaging_v1_phone_number"
    with _client(server) as client:
        service = _api("api.messaging_v1_service.create_service").sync(
            client=client, body=models.CreateServiceCreateServiceRequest(friendly_name="Numbers")
        )
        added = _api(f"{numbers}.create_phone_number").sync(
            service.sid,
            client=client,
            body=models.CreatePhoneNumberCreatePhoneNumberRequest(phone_number_sid="PN" + "1" * 32),
        )
        assert added.service_sid == service.sid
        mine = _api(f"{numbers}.list_phone_number").sync(service.sid, client=client)
        assert [number.sid for number in mine.phone_numbers] == [added.sid]
        with pytest.raises(client_package(API).NotFoundError):
            _api(f"{numbers}.list_phone_number").sync("MG" + "0" * 32, client=client)


def test_lists_page_with_next_page_urls(server: MockServer) -> None:
    server.reset()
    auth = httpx.BasicAuth(*demo_keys(API)["default"].split(":", 1))
    with httpx.Client(base_url=server.root, auth=auth, timeout=30) as http:
        for index in range(3):
            http.post("/v1/Services", data={"FriendlyName": f"s{index}"}).raise_for_status()
        seen: list[str] = []
        url: str | None = "/v1/Services?PageSize=2"
        pages = 0
        while url is not None:
            page = http.get(url).json()
            seen += [service["sid"] for service in page["services"]]
            next_url = page["meta"]["next_page_url"]
            url = None if next_url is None else httpx.URL(next_url).raw_path.decode()
            pages += 1
    assert pages == 2  # the documented example's service and three new ones, two per page
    assert len(seen) == len(set(seen)) == 4


def test_wrong_credentials_are_twilios_20003(server: MockServer) -> None:
    errors = client_package(API)
    pkg = client_package(API)
    account, _token = demo_keys(API)["default"].split(":", 1)
    client = pkg.AuthenticatedClient(base_url=server.root, token=f"{account}:wrong", max_retries=0)
    with client, pytest.raises(errors.AuthenticationError) as caught:
        _api("api.messaging_v1_service.list_service").sync(client=client)
    assert caught.value.status_code == 401
    assert caught.value.code is errors.ErrorCode("20003")
    assert caught.value.message == "Authenticate"
    assert "wrong" not in repr(client)
    assert account not in repr(client)


def test_a_missing_required_parameter_is_20001(server: MockServer) -> None:
    errors = client_package(API)
    with _client(server) as client, pytest.raises(errors.BadRequestError) as caught:
        _api("api.messaging_v1_service.create_service").sync(client=client)
    assert caught.value.code is errors.ErrorCode("20001")
    assert "FriendlyName" in caught.value.message


def test_another_account_sees_none_of_the_first_ones_services(server: MockServer) -> None:
    server.reset()
    models = _api("models")
    with _client(server) as client:
        service = _api("api.messaging_v1_service.create_service").sync(
            client=client, body=models.CreateServiceCreateServiceRequest(friendly_name="Mine")
        )
    with (
        _client(server, "other_account") as other,
        pytest.raises(client_package(API).NotFoundError),
    ):
        _api("api.messaging_v1_service.fetch_service").sync(service.sid, client=other)


def test_the_generated_client_sends_basic_credentials() -> None:
    pkg = client_package(API)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"services": [], "meta": {}})

    client = pkg.AuthenticatedClient(
        base_url="http://twilio.test",
        token="AC" + "a" * 32 + ":secret",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    with client:
        _api("api.messaging_v1_service.list_service").sync(client=client)
    assert seen == [httpx.BasicAuth("AC" + "a" * 32, "secret")._auth_header]
    assert Path(client_package(API).__file__).is_file()
