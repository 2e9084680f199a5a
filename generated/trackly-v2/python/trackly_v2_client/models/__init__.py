"""Contains all the data models used in inputs/outputs"""

from .archive_result import ArchiveResult
from .audience import Audience
from .audience_carrier_condition import AudienceCarrierCondition
from .audience_count_condition import AudienceCountCondition
from .audience_count_condition_field import AudienceCountConditionField
from .audience_count_condition_operator import AudienceCountConditionOperator
from .audience_create_request import AudienceCreateRequest
from .audience_custom_field_condition import AudienceCustomFieldCondition
from .audience_custom_field_condition_operator import AudienceCustomFieldConditionOperator
from .audience_filter_condition import AudienceFilterCondition
from .audience_filter_condition_condition_type import AudienceFilterConditionConditionType
from .audience_filter_condition_rendered import AudienceFilterConditionRendered
from .audience_filter_group import AudienceFilterGroup
from .audience_filter_group_rendered import AudienceFilterGroupRendered
from .audience_filter_operator import AudienceFilterOperator
from .audience_list import AudienceList
from .audience_revenue_condition import AudienceRevenueCondition
from .audience_revenue_condition_field import AudienceRevenueConditionField
from .audience_size import AudienceSize
from .audience_status import AudienceStatus
from .audience_time_condition import AudienceTimeCondition
from .audience_time_condition_field import AudienceTimeConditionField
from .audience_time_condition_operator import AudienceTimeConditionOperator
from .audience_time_condition_unit import AudienceTimeConditionUnit
from .audience_timezone_condition import AudienceTimezoneCondition
from .audience_update_request import AudienceUpdateRequest
from .contact_bulk_item_error import ContactBulkItemError
from .contact_bulk_item_error_code import ContactBulkItemErrorCode
from .contact_bulk_request import ContactBulkRequest
from .contact_bulk_result import ContactBulkResult
from .contact_create_result import ContactCreateResult
from .contact_data import ContactData
from .contact_delete_request import ContactDeleteRequest
from .contact_delete_result import ContactDeleteResult
from .contact_detail import ContactDetail
from .contact_input import ContactInput
from .contact_line_type import ContactLineType
from .contact_membership import ContactMembership
from .contact_update_request import ContactUpdateRequest
from .contact_update_result import ContactUpdateResult
from .contact_validation import ContactValidation
from .create_link_request import CreateLinkRequest
from .creative import Creative
from .creative_create_request import CreativeCreateRequest
from .creative_create_request_status import CreativeCreateRequestStatus
from .creative_created import CreativeCreated
from .creative_list import CreativeList
from .creative_status import CreativeStatus
from .creative_type import CreativeType
from .creative_update_request import CreativeUpdateRequest
from .custom_fields import CustomFields
from .delivery_event import DeliveryEvent
from .delivery_status import DeliveryStatus
from .external_platform_name import ExternalPlatformName
from .history_clear_request import HistoryClearRequest
from .history_clear_result import HistoryClearResult
from .history_clear_result_cleared import HistoryClearResultCleared
from .history_click_item_error import HistoryClickItemError
from .history_click_item_error_code import HistoryClickItemErrorCode
from .history_click_record import HistoryClickRecord
from .history_clicks_request import HistoryClicksRequest
from .history_clicks_result import HistoryClicksResult
from .history_entity import HistoryEntity
from .history_revenue_item_error import HistoryRevenueItemError
from .history_revenue_item_error_code import HistoryRevenueItemErrorCode
from .history_revenue_record import HistoryRevenueRecord
from .history_revenue_record_attribution_type import HistoryRevenueRecordAttributionType
from .history_revenue_request import HistoryRevenueRequest
from .history_revenue_result import HistoryRevenueResult
from .history_send_item_error import HistorySendItemError
from .history_send_item_error_code import HistorySendItemErrorCode
from .history_send_record import HistorySendRecord
from .history_sends_request import HistorySendsRequest
from .history_sends_result import HistorySendsResult
from .list_contact import ListContact
from .list_contact_list import ListContactList
from .list_contacts_active import ListContactsActive
from .metadata import Metadata
from .offer import Offer
from .offer_create_request import OfferCreateRequest
from .offer_create_request_status import OfferCreateRequestStatus
from .offer_created import OfferCreated
from .offer_link import OfferLink
from .offer_link_input import OfferLinkInput
from .offer_link_input_url_params import OfferLinkInputUrlParams
from .offer_link_url_params import OfferLinkUrlParams
from .offer_list import OfferList
from .offer_metadata import OfferMetadata
from .offer_status import OfferStatus
from .offer_update_request import OfferUpdateRequest
from .pagination import Pagination
from .payout_type import PayoutType
from .reply_event import ReplyEvent
from .revenue_attribution_type import RevenueAttributionType
from .revenue_bulk_item_error import RevenueBulkItemError
from .revenue_bulk_item_error_code import RevenueBulkItemErrorCode
from .revenue_bulk_request import RevenueBulkRequest
from .revenue_bulk_result import RevenueBulkResult
from .revenue_record import RevenueRecord
from .revenue_record_result import RevenueRecordResult
from .schedule import Schedule
from .schedule_blast import ScheduleBlast
from .schedule_blast_offer_link import ScheduleBlastOfferLink
from .schedule_blast_offer_link_url_params import ScheduleBlastOfferLinkUrlParams
from .schedule_blast_rule import ScheduleBlastRule
from .schedule_create_request import ScheduleCreateRequest
from .schedule_create_request_status import ScheduleCreateRequestStatus
from .schedule_days_of_week import ScheduleDaysOfWeek
from .schedule_list import ScheduleList
from .schedule_one_off_rule import ScheduleOneOffRule
from .schedule_repeating_rule import ScheduleRepeatingRule
from .schedule_result import ScheduleResult
from .schedule_send_type import ScheduleSendType
from .schedule_status import ScheduleStatus
from .schedule_update_request import ScheduleUpdateRequest
from .send_bulk_item_error import SendBulkItemError
from .send_bulk_item_error_code import SendBulkItemErrorCode
from .send_bulk_request import SendBulkRequest
from .send_bulk_response import SendBulkResponse
from .send_message_request import SendMessageRequest
from .send_message_response import SendMessageResponse
from .send_raw_bulk_request import SendRawBulkRequest
from .send_raw_message_request import SendRawMessageRequest
from .sending_list import SendingList
from .sending_list_list import SendingListList
from .sending_list_status import SendingListStatus
from .sending_list_type import SendingListType
from .short_link import ShortLink
from .shorten_link_request import ShortenLinkRequest
from .unsubscribe_event import UnsubscribeEvent
from .unsubscribe_keyword import UnsubscribeKeyword

__all__ = (
    "ArchiveResult",
    "Audience",
    "AudienceCarrierCondition",
    "AudienceCountCondition",
    "AudienceCountConditionField",
    "AudienceCountConditionOperator",
    "AudienceCreateRequest",
    "AudienceCustomFieldCondition",
    "AudienceCustomFieldConditionOperator",
    "AudienceFilterCondition",
    "AudienceFilterConditionConditionType",
    "AudienceFilterConditionRendered",
    "AudienceFilterGroup",
    "AudienceFilterGroupRendered",
    "AudienceFilterOperator",
    "AudienceList",
    "AudienceRevenueCondition",
    "AudienceRevenueConditionField",
    "AudienceSize",
    "AudienceStatus",
    "AudienceTimeCondition",
    "AudienceTimeConditionField",
    "AudienceTimeConditionOperator",
    "AudienceTimeConditionUnit",
    "AudienceTimezoneCondition",
    "AudienceUpdateRequest",
    "ContactBulkItemError",
    "ContactBulkItemErrorCode",
    "ContactBulkRequest",
    "ContactBulkResult",
    "ContactCreateResult",
    "ContactData",
    "ContactDeleteRequest",
    "ContactDeleteResult",
    "ContactDetail",
    "ContactInput",
    "ContactLineType",
    "ContactMembership",
    "ContactUpdateRequest",
    "ContactUpdateResult",
    "ContactValidation",
    "CreateLinkRequest",
    "Creative",
    "CreativeCreated",
    "CreativeCreateRequest",
    "CreativeCreateRequestStatus",
    "CreativeList",
    "CreativeStatus",
    "CreativeType",
    "CreativeUpdateRequest",
    "CustomFields",
    "DeliveryEvent",
    "DeliveryStatus",
    "ExternalPlatformName",
    "HistoryClearRequest",
    "HistoryClearResult",
    "HistoryClearResultCleared",
    "HistoryClickItemError",
    "HistoryClickItemErrorCode",
    "HistoryClickRecord",
    "HistoryClicksRequest",
    "HistoryClicksResult",
    "HistoryEntity",
    "HistoryRevenueItemError",
    "HistoryRevenueItemErrorCode",
    "HistoryRevenueRecord",
    "HistoryRevenueRecordAttributionType",
    "HistoryRevenueRequest",
    "HistoryRevenueResult",
    "HistorySendItemError",
    "HistorySendItemErrorCode",
    "HistorySendRecord",
    "HistorySendsRequest",
    "HistorySendsResult",
    "ListContact",
    "ListContactList",
    "ListContactsActive",
    "Metadata",
    "Offer",
    "OfferCreated",
    "OfferCreateRequest",
    "OfferCreateRequestStatus",
    "OfferLink",
    "OfferLinkInput",
    "OfferLinkInputUrlParams",
    "OfferLinkUrlParams",
    "OfferList",
    "OfferMetadata",
    "OfferStatus",
    "OfferUpdateRequest",
    "Pagination",
    "PayoutType",
    "ReplyEvent",
    "RevenueAttributionType",
    "RevenueBulkItemError",
    "RevenueBulkItemErrorCode",
    "RevenueBulkRequest",
    "RevenueBulkResult",
    "RevenueRecord",
    "RevenueRecordResult",
    "Schedule",
    "ScheduleBlast",
    "ScheduleBlastOfferLink",
    "ScheduleBlastOfferLinkUrlParams",
    "ScheduleBlastRule",
    "ScheduleCreateRequest",
    "ScheduleCreateRequestStatus",
    "ScheduleDaysOfWeek",
    "ScheduleList",
    "ScheduleOneOffRule",
    "ScheduleRepeatingRule",
    "ScheduleResult",
    "ScheduleSendType",
    "ScheduleStatus",
    "ScheduleUpdateRequest",
    "SendBulkItemError",
    "SendBulkItemErrorCode",
    "SendBulkRequest",
    "SendBulkResponse",
    "SendingList",
    "SendingListList",
    "SendingListStatus",
    "SendingListType",
    "SendMessageRequest",
    "SendMessageResponse",
    "SendRawBulkRequest",
    "SendRawMessageRequest",
    "ShortenLinkRequest",
    "ShortLink",
    "UnsubscribeEvent",
    "UnsubscribeKeyword",
)
