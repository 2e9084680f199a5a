"""Contains all the data models used in inputs/outputs"""

from .bulk_message import BulkMessage
from .contact_stub_result import ContactStubResult
from .phone_validation import PhoneValidation
from .phone_validation_disposition import PhoneValidationDisposition
from .phone_validation_item_error import PhoneValidationItemError
from .phone_validation_line_type import PhoneValidationLineType
from .phone_validation_summary import PhoneValidationSummary
from .send_bulk_item_error import SendBulkItemError
from .send_bulk_request import SendBulkRequest
from .send_bulk_response import SendBulkResponse
from .send_message_request import SendMessageRequest
from .send_message_request_metadata import SendMessageRequestMetadata
from .send_message_response import SendMessageResponse
from .validate_phone_batch_request import ValidatePhoneBatchRequest
from .validate_phone_batch_response import ValidatePhoneBatchResponse
from .validate_phone_request import ValidatePhoneRequest

__all__ = (
    "BulkMessage",
    "ContactStubResult",
    "PhoneValidation",
    "PhoneValidationDisposition",
    "PhoneValidationItemError",
    "PhoneValidationLineType",
    "PhoneValidationSummary",
    "SendBulkItemError",
    "SendBulkRequest",
    "SendBulkResponse",
    "SendMessageRequest",
    "SendMessageRequestMetadata",
    "SendMessageResponse",
    "ValidatePhoneBatchRequest",
    "ValidatePhoneBatchResponse",
    "ValidatePhoneRequest",
)
