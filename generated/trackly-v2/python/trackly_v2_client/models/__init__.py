"""Contains all the data models used in inputs/outputs"""

from .archive_result import ArchiveResult
from .contact_data import ContactData
from .custom_fields import CustomFields
from .metadata import Metadata
from .pagination import Pagination
from .send_bulk_item_error import SendBulkItemError
from .send_bulk_item_error_code import SendBulkItemErrorCode
from .send_bulk_request import SendBulkRequest
from .send_bulk_response import SendBulkResponse
from .send_message_request import SendMessageRequest
from .send_message_response import SendMessageResponse
from .send_raw_bulk_request import SendRawBulkRequest
from .send_raw_message_request import SendRawMessageRequest

__all__ = (
    "ArchiveResult",
    "ContactData",
    "CustomFields",
    "Metadata",
    "Pagination",
    "SendBulkItemError",
    "SendBulkItemErrorCode",
    "SendBulkRequest",
    "SendBulkResponse",
    "SendMessageRequest",
    "SendMessageResponse",
    "SendRawBulkRequest",
    "SendRawMessageRequest",
)
