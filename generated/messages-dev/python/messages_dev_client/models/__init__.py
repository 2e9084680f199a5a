"""Contains all the data models used in inputs/outputs"""

from .attachment import Attachment
from .chat import Chat
from .chat_list import ChatList
from .create_webhook_request import CreateWebhookRequest
from .created_webhook import CreatedWebhook
from .delete_webhook_request import DeleteWebhookRequest
from .deleted_webhook import DeletedWebhook
from .error_type import ErrorType
from .line import Line
from .line_list import LineList
from .line_service import LineService
from .message import Message
from .message_event_data import MessageEventData
from .message_list import MessageList
from .message_received_event import MessageReceivedEvent
from .message_sent_event import MessageSentEvent
from .outbox_item import OutboxItem
from .outbox_item_payload import OutboxItemPayload
from .outbox_item_status import OutboxItemStatus
from .outbox_record import OutboxRecord
from .outbox_record_status import OutboxRecordStatus
from .reaction import Reaction
from .reaction_added_event import ReactionAddedEvent
from .reaction_event_data import ReactionEventData
from .reaction_list import ReactionList
from .reaction_removed_event import ReactionRemovedEvent
from .reaction_type import ReactionType
from .read_receipt import ReadReceipt
from .read_receipt_list import ReadReceiptList
from .send_audio_message_request import SendAudioMessageRequest
from .send_message_request import SendMessageRequest
from .send_reaction_request import SendReactionRequest
from .send_read_receipt_request import SendReadReceiptRequest
from .send_typing_indicator_request import SendTypingIndicatorRequest
from .send_typing_indicator_request_state import SendTypingIndicatorRequestState
from .send_voice_note_request import SendVoiceNoteRequest
from .subscribable_webhook_event import SubscribableWebhookEvent
from .typing_indicator import TypingIndicator
from .typing_indicator_list import TypingIndicatorList
from .uploaded_file import UploadedFile
from .webhook import Webhook
from .webhook_event import WebhookEvent
from .webhook_list import WebhookList

__all__ = (
    "Attachment",
    "Chat",
    "ChatList",
    "CreatedWebhook",
    "CreateWebhookRequest",
    "DeletedWebhook",
    "DeleteWebhookRequest",
    "ErrorType",
    "Line",
    "LineList",
    "LineService",
    "Message",
    "MessageEventData",
    "MessageList",
    "MessageReceivedEvent",
    "MessageSentEvent",
    "OutboxItem",
    "OutboxItemPayload",
    "OutboxItemStatus",
    "OutboxRecord",
    "OutboxRecordStatus",
    "Reaction",
    "ReactionAddedEvent",
    "ReactionEventData",
    "ReactionList",
    "ReactionRemovedEvent",
    "ReactionType",
    "ReadReceipt",
    "ReadReceiptList",
    "SendAudioMessageRequest",
    "SendMessageRequest",
    "SendReactionRequest",
    "SendReadReceiptRequest",
    "SendTypingIndicatorRequest",
    "SendTypingIndicatorRequestState",
    "SendVoiceNoteRequest",
    "SubscribableWebhookEvent",
    "TypingIndicator",
    "TypingIndicatorList",
    "UploadedFile",
    "Webhook",
    "WebhookEvent",
    "WebhookList",
)
