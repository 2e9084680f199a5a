"""Contains all the data models used in inputs/outputs"""

from .add_campaign_message_request import AddCampaignMessageRequest
from .add_campaign_message_response import AddCampaignMessageResponse
from .bulk_send_response import BulkSendResponse
from .campaign import Campaign
from .campaign_counters import CampaignCounters
from .campaign_created import CampaignCreated
from .campaign_list import CampaignList
from .campaign_status import CampaignStatus
from .campaign_summary import CampaignSummary
from .channel_type import ChannelType
from .create_sms_campaign_request import CreateSmsCampaignRequest
from .create_sms_template_request import CreateSmsTemplateRequest
from .create_viber_campaign_request import CreateViberCampaignRequest
from .create_viber_template_request import CreateViberTemplateRequest
from .direct_send_request import DirectSendRequest
from .direct_send_response import DirectSendResponse
from .error import Error
from .message import Message
from .message_lookup_result_type_1 import MessageLookupResultType1
from .message_status import MessageStatus
from .pending_capacity_error import PendingCapacityError
from .placeholders import Placeholders
from .send_sms_promotional_request import SendSmsPromotionalRequest
from .send_viber_bulk_request import SendViberBulkRequest
from .sending_mode import SendingMode
from .sms_recipient import SmsRecipient
from .sms_sender import SmsSender
from .start_campaign_response import StartCampaignResponse
from .template import Template
from .template_list_type_1 import TemplateListType1
from .template_type_specific_config_type_0 import TemplateTypeSpecificConfigType0
from .type_specific_config_type_0 import TypeSpecificConfigType0
from .validation_errors import ValidationErrors
from .viber_error_code import ViberErrorCode
from .viber_error_name import ViberErrorName
from .viber_message_type import ViberMessageType
from .viber_recipient import ViberRecipient
from .viber_service_list_type_0_item import ViberServiceListType0Item
from .viber_service_list_type_1 import ViberServiceListType1

__all__ = (
    "AddCampaignMessageRequest",
    "AddCampaignMessageResponse",
    "BulkSendResponse",
    "Campaign",
    "CampaignCounters",
    "CampaignCreated",
    "CampaignList",
    "CampaignStatus",
    "CampaignSummary",
    "ChannelType",
    "CreateSmsCampaignRequest",
    "CreateSmsTemplateRequest",
    "CreateViberCampaignRequest",
    "CreateViberTemplateRequest",
    "DirectSendRequest",
    "DirectSendResponse",
    "Error",
    "Message",
    "MessageLookupResultType1",
    "MessageStatus",
    "PendingCapacityError",
    "Placeholders",
    "SendingMode",
    "SendSmsPromotionalRequest",
    "SendViberBulkRequest",
    "SmsRecipient",
    "SmsSender",
    "StartCampaignResponse",
    "Template",
    "TemplateListType1",
    "TemplateTypeSpecificConfigType0",
    "TypeSpecificConfigType0",
    "ValidationErrors",
    "ViberErrorCode",
    "ViberErrorName",
    "ViberMessageType",
    "ViberRecipient",
    "ViberServiceListType0Item",
    "ViberServiceListType1",
)
