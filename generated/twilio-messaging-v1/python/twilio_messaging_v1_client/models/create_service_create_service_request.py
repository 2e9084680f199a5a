from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_service_create_service_request_fallback_method import (
    CreateServiceCreateServiceRequestFallbackMethod,
)
from ..models.create_service_create_service_request_inbound_method import (
    CreateServiceCreateServiceRequestInboundMethod,
)
from ..models.service_enum_scan_message_content import ServiceEnumScanMessageContent
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceCreateServiceRequest")


@_attrs_define
class CreateServiceCreateServiceRequest:
    friendly_name: str
    """ A descriptive string that you create to describe the resource. It can be up to 64 characters long. """
    inbound_request_url: str | Unset = UNSET
    """ The URL we call using `inbound_method` when a message is received by any phone number or short code in the
    Service. When this property is `null`, receiving inbound messages is disabled. All messages sent to the Twilio
    phone number or short code will not be logged and received on the Account. If the
    `use_inbound_webhook_on_number` field is enabled then the webhook url defined on the phone number will override
    the `inbound_request_url` defined for the Messaging Service. """
    inbound_method: CreateServiceCreateServiceRequestInboundMethod | Unset = UNSET
    """ The HTTP method we should use to call `inbound_request_url`. Can be `GET` or `POST` and the default is
    `POST`. """
    fallback_url: str | Unset = UNSET
    """ The URL that we call using `fallback_method` if an error occurs while retrieving or executing the TwiML from
    the Inbound Request URL. If the `use_inbound_webhook_on_number` field is enabled then the webhook url defined on
    the phone number will override the `fallback_url` defined for the Messaging Service. """
    fallback_method: CreateServiceCreateServiceRequestFallbackMethod | Unset = UNSET
    """ The HTTP method we should use to call `fallback_url`. Can be: `GET` or `POST`. """
    status_callback: str | Unset = UNSET
    """ The URL we should call to [pass status updates](https://www.twilio.com/docs/sms/api/message-
    resource#message-status-values) about message delivery. """
    sticky_sender: bool | Unset = UNSET
    """ Whether to enable [Sticky Sender](https://www.twilio.com/docs/messaging/services#sticky-sender) on the
    Service instance. """
    mms_converter: bool | Unset = UNSET
    """ Whether to enable the [MMS Converter](https://www.twilio.com/docs/messaging/services#mms-converter) for
    messages sent through the Service instance. """
    smart_encoding: bool | Unset = UNSET
    """ Whether to enable [Smart Encoding](https://www.twilio.com/docs/messaging/services#smart-encoding) for
    messages sent through the Service instance. """
    scan_message_content: ServiceEnumScanMessageContent | Unset = UNSET
    """ Reserved. """
    fallback_to_long_code: bool | Unset = UNSET
    """ [OBSOLETE] Former feature used to fallback to long code sender after certain short code message failures.
    """
    area_code_geomatch: bool | Unset = UNSET
    """ Whether to enable [Area Code Geomatch](https://www.twilio.com/docs/messaging/services#area-code-geomatch) on
    the Service Instance. """
    validity_period: int | Unset = UNSET
    """ How long, in seconds, messages sent from the Service are valid. Can be an integer from `1` to `36,000`.
    Default value is `36,000`. """
    synchronous_validation: bool | Unset = UNSET
    """ Reserved. """
    usecase: str | Unset = UNSET
    """ A string that describes the scenario in which the Messaging Service will be used. Possible values are
    `notifications`, `marketing`, `verification`, `discussion`, `poll`, `undeclared`. """
    use_inbound_webhook_on_number: bool | Unset = UNSET
    """ A boolean value that indicates either the webhook url configured on the phone number will be used or
    `inbound_request_url`/`fallback_url` url will be called when a message is received from the phone number. If
    this field is enabled then the webhook url defined on the phone number will override the
    `inbound_request_url`/`fallback_url` defined for the Messaging Service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        inbound_request_url = self.inbound_request_url

        inbound_method: str | Unset = UNSET
        if not isinstance(self.inbound_method, Unset):
            inbound_method = self.inbound_method.value

        fallback_url = self.fallback_url

        fallback_method: str | Unset = UNSET
        if not isinstance(self.fallback_method, Unset):
            fallback_method = self.fallback_method.value

        status_callback = self.status_callback

        sticky_sender = self.sticky_sender

        mms_converter = self.mms_converter

        smart_encoding = self.smart_encoding

        scan_message_content: str | Unset = UNSET
        if not isinstance(self.scan_message_content, Unset):
            scan_message_content = self.scan_message_content.value

        fallback_to_long_code = self.fallback_to_long_code

        area_code_geomatch = self.area_code_geomatch

        validity_period = self.validity_period

        synchronous_validation = self.synchronous_validation

        usecase = self.usecase

        use_inbound_webhook_on_number = self.use_inbound_webhook_on_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FriendlyName": friendly_name,
            }
        )
        if inbound_request_url is not UNSET:
            field_dict["InboundRequestUrl"] = inbound_request_url
        if inbound_method is not UNSET:
            field_dict["InboundMethod"] = inbound_method
        if fallback_url is not UNSET:
            field_dict["FallbackUrl"] = fallback_url
        if fallback_method is not UNSET:
            field_dict["FallbackMethod"] = fallback_method
        if status_callback is not UNSET:
            field_dict["StatusCallback"] = status_callback
        if sticky_sender is not UNSET:
            field_dict["StickySender"] = sticky_sender
        if mms_converter is not UNSET:
            field_dict["MmsConverter"] = mms_converter
        if smart_encoding is not UNSET:
            field_dict["SmartEncoding"] = smart_encoding
        if scan_message_content is not UNSET:
            field_dict["ScanMessageContent"] = scan_message_content
        if fallback_to_long_code is not UNSET:
            field_dict["FallbackToLongCode"] = fallback_to_long_code
        if area_code_geomatch is not UNSET:
            field_dict["AreaCodeGeomatch"] = area_code_geomatch
        if validity_period is not UNSET:
            field_dict["ValidityPeriod"] = validity_period
        if synchronous_validation is not UNSET:
            field_dict["SynchronousValidation"] = synchronous_validation
        if usecase is not UNSET:
            field_dict["Usecase"] = usecase
        if use_inbound_webhook_on_number is not UNSET:
            field_dict["UseInboundWebhookOnNumber"] = use_inbound_webhook_on_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        friendly_name = d.pop("FriendlyName")

        inbound_request_url = d.pop("InboundRequestUrl", UNSET)

        _inbound_method = d.pop("InboundMethod", UNSET)
        inbound_method: CreateServiceCreateServiceRequestInboundMethod | Unset
        if isinstance(_inbound_method, Unset):
            inbound_method = UNSET
        else:
            inbound_method = CreateServiceCreateServiceRequestInboundMethod(_inbound_method)

        fallback_url = d.pop("FallbackUrl", UNSET)

        _fallback_method = d.pop("FallbackMethod", UNSET)
        fallback_method: CreateServiceCreateServiceRequestFallbackMethod | Unset
        if isinstance(_fallback_method, Unset):
            fallback_method = UNSET
        else:
            fallback_method = CreateServiceCreateServiceRequestFallbackMethod(_fallback_method)

        status_callback = d.pop("StatusCallback", UNSET)

        sticky_sender = d.pop("StickySender", UNSET)

        mms_converter = d.pop("MmsConverter", UNSET)

        smart_encoding = d.pop("SmartEncoding", UNSET)

        _scan_message_content = d.pop("ScanMessageContent", UNSET)
        scan_message_content: ServiceEnumScanMessageContent | Unset
        if isinstance(_scan_message_content, Unset):
            scan_message_content = UNSET
        else:
            scan_message_content = ServiceEnumScanMessageContent(_scan_message_content)

        fallback_to_long_code = d.pop("FallbackToLongCode", UNSET)

        area_code_geomatch = d.pop("AreaCodeGeomatch", UNSET)

        validity_period = d.pop("ValidityPeriod", UNSET)

        synchronous_validation = d.pop("SynchronousValidation", UNSET)

        usecase = d.pop("Usecase", UNSET)

        use_inbound_webhook_on_number = d.pop("UseInboundWebhookOnNumber", UNSET)

        create_service_create_service_request = cls(
            friendly_name=friendly_name,
            inbound_request_url=inbound_request_url,
            inbound_method=inbound_method,
            fallback_url=fallback_url,
            fallback_method=fallback_method,
            status_callback=status_callback,
            sticky_sender=sticky_sender,
            mms_converter=mms_converter,
            smart_encoding=smart_encoding,
            scan_message_content=scan_message_content,
            fallback_to_long_code=fallback_to_long_code,
            area_code_geomatch=area_code_geomatch,
            validity_period=validity_period,
            synchronous_validation=synchronous_validation,
            usecase=usecase,
            use_inbound_webhook_on_number=use_inbound_webhook_on_number,
        )

        create_service_create_service_request.additional_properties = d
        return create_service_create_service_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
