"""Contains all the data models used in inputs/outputs"""

from .brand_registrations_enum_brand_feedback import BrandRegistrationsEnumBrandFeedback
from .brand_registrations_enum_identity_status import BrandRegistrationsEnumIdentityStatus
from .brand_registrations_enum_status import BrandRegistrationsEnumStatus
from .brand_vetting_enum_vetting_provider import BrandVettingEnumVettingProvider
from .create_alpha_sender_create_alpha_sender_request import (
    CreateAlphaSenderCreateAlphaSenderRequest,
)
from .create_brand_registrations_create_brand_registrations_request import (
    CreateBrandRegistrationsCreateBrandRegistrationsRequest,
)
from .create_brand_vetting_create_brand_vetting_request import (
    CreateBrandVettingCreateBrandVettingRequest,
)
from .create_channel_sender_create_channel_sender_request import (
    CreateChannelSenderCreateChannelSenderRequest,
)
from .create_destination_alpha_sender_create_destination_alpha_sender_request import (
    CreateDestinationAlphaSenderCreateDestinationAlphaSenderRequest,
)
from .create_external_campaign_create_external_campaign_request import (
    CreateExternalCampaignCreateExternalCampaignRequest,
)
from .create_phone_number_create_phone_number_request import (
    CreatePhoneNumberCreatePhoneNumberRequest,
)
from .create_service_create_service_request import CreateServiceCreateServiceRequest
from .create_service_create_service_request_fallback_method import (
    CreateServiceCreateServiceRequestFallbackMethod,
)
from .create_service_create_service_request_inbound_method import (
    CreateServiceCreateServiceRequestInboundMethod,
)
from .create_short_code_create_short_code_request import CreateShortCodeCreateShortCodeRequest
from .create_tollfree_verification_create_tollfree_verification_request import (
    CreateTollfreeVerificationCreateTollfreeVerificationRequest,
)
from .create_us_app_to_person_create_us_app_to_person_request import (
    CreateUsAppToPersonCreateUsAppToPersonRequest,
)
from .list_alpha_sender_list_alpha_sender_response import ListAlphaSenderListAlphaSenderResponse
from .list_alpha_sender_list_alpha_sender_response_meta import (
    ListAlphaSenderListAlphaSenderResponseMeta,
)
from .list_brand_registrations_list_brand_registrations_response import (
    ListBrandRegistrationsListBrandRegistrationsResponse,
)
from .list_brand_registrations_list_brand_registrations_response_meta import (
    ListBrandRegistrationsListBrandRegistrationsResponseMeta,
)
from .list_brand_vetting_list_brand_vetting_response import ListBrandVettingListBrandVettingResponse
from .list_brand_vetting_list_brand_vetting_response_meta import (
    ListBrandVettingListBrandVettingResponseMeta,
)
from .list_channel_sender_list_channel_sender_response import (
    ListChannelSenderListChannelSenderResponse,
)
from .list_channel_sender_list_channel_sender_response_meta import (
    ListChannelSenderListChannelSenderResponseMeta,
)
from .list_destination_alpha_sender_list_destination_alpha_sender_response import (
    ListDestinationAlphaSenderListDestinationAlphaSenderResponse,
)
from .list_destination_alpha_sender_list_destination_alpha_sender_response_meta import (
    ListDestinationAlphaSenderListDestinationAlphaSenderResponseMeta,
)
from .list_phone_number_list_phone_number_response import ListPhoneNumberListPhoneNumberResponse
from .list_phone_number_list_phone_number_response_meta import (
    ListPhoneNumberListPhoneNumberResponseMeta,
)
from .list_service_list_service_response import ListServiceListServiceResponse
from .list_service_list_service_response_meta import ListServiceListServiceResponseMeta
from .list_short_code_list_short_code_response import ListShortCodeListShortCodeResponse
from .list_short_code_list_short_code_response_meta import ListShortCodeListShortCodeResponseMeta
from .list_tollfree_verification_list_tollfree_verification_response import (
    ListTollfreeVerificationListTollfreeVerificationResponse,
)
from .list_tollfree_verification_list_tollfree_verification_response_meta import (
    ListTollfreeVerificationListTollfreeVerificationResponseMeta,
)
from .list_us_app_to_person_list_us_app_to_person_response import (
    ListUsAppToPersonListUsAppToPersonResponse,
)
from .list_us_app_to_person_list_us_app_to_person_response_meta import (
    ListUsAppToPersonListUsAppToPersonResponseMeta,
)
from .messaging_v1_brand_registrations import MessagingV1BrandRegistrations
from .messaging_v1_brand_registrations_brand_registration_otp import (
    MessagingV1BrandRegistrationsBrandRegistrationOtp,
)
from .messaging_v1_brand_registrations_brand_vetting import (
    MessagingV1BrandRegistrationsBrandVetting,
)
from .messaging_v1_brand_registrations_links_type_0 import MessagingV1BrandRegistrationsLinksType0
from .messaging_v1_deactivation import MessagingV1Deactivation
from .messaging_v1_domain_cert_v4 import MessagingV1DomainCertV4
from .messaging_v1_domain_config import MessagingV1DomainConfig
from .messaging_v1_domain_config_messaging_service import MessagingV1DomainConfigMessagingService
from .messaging_v1_domain_dns_validation import MessagingV1DomainDnsValidation
from .messaging_v1_external_campaign import MessagingV1ExternalCampaign
from .messaging_v1_linkshortening_messaging_service import MessagingV1LinkshorteningMessagingService
from .messaging_v1_linkshortening_messaging_service_domain_association import (
    MessagingV1LinkshorteningMessagingServiceDomainAssociation,
)
from .messaging_v1_request_managed_cert import MessagingV1RequestManagedCert
from .messaging_v1_service import MessagingV1Service
from .messaging_v1_service_addons import MessagingV1ServiceAddons
from .messaging_v1_service_alpha_sender import MessagingV1ServiceAlphaSender
from .messaging_v1_service_channel_sender import MessagingV1ServiceChannelSender
from .messaging_v1_service_destination_alpha_sender import MessagingV1ServiceDestinationAlphaSender
from .messaging_v1_service_fallback_method_type_1 import MessagingV1ServiceFallbackMethodType1
from .messaging_v1_service_fallback_method_type_2_type_1 import (
    MessagingV1ServiceFallbackMethodType2Type1,
)
from .messaging_v1_service_fallback_method_type_3_type_1 import (
    MessagingV1ServiceFallbackMethodType3Type1,
)
from .messaging_v1_service_generic_sender import MessagingV1ServiceGenericSender
from .messaging_v1_service_inbound_method_type_1 import MessagingV1ServiceInboundMethodType1
from .messaging_v1_service_inbound_method_type_2_type_1 import (
    MessagingV1ServiceInboundMethodType2Type1,
)
from .messaging_v1_service_inbound_method_type_3_type_1 import (
    MessagingV1ServiceInboundMethodType3Type1,
)
from .messaging_v1_service_links_type_0 import MessagingV1ServiceLinksType0
from .messaging_v1_service_phone_number import MessagingV1ServicePhoneNumber
from .messaging_v1_service_service_for_number import MessagingV1ServiceServiceForNumber
from .messaging_v1_service_short_code import MessagingV1ServiceShortCode
from .messaging_v1_service_us_app_to_person import MessagingV1ServiceUsAppToPerson
from .messaging_v1_service_us_app_to_person_usecase import MessagingV1ServiceUsAppToPersonUsecase
from .messaging_v1_service_us_app_to_person_v2 import MessagingV1ServiceUsAppToPersonV2
from .messaging_v1_tollfree_verification import MessagingV1TollfreeVerification
from .messaging_v1_usecase import MessagingV1Usecase
from .service_enum_scan_message_content import ServiceEnumScanMessageContent
from .tollfree_verification_enum_business_registration_authority_type_1 import (
    TollfreeVerificationEnumBusinessRegistrationAuthorityType1,
)
from .tollfree_verification_enum_business_registration_authority_type_2_type_1 import (
    TollfreeVerificationEnumBusinessRegistrationAuthorityType2Type1,
)
from .tollfree_verification_enum_business_registration_authority_type_3_type_1 import (
    TollfreeVerificationEnumBusinessRegistrationAuthorityType3Type1,
)
from .tollfree_verification_enum_business_type_type_1 import (
    TollfreeVerificationEnumBusinessTypeType1,
)
from .tollfree_verification_enum_business_type_type_2_type_1 import (
    TollfreeVerificationEnumBusinessTypeType2Type1,
)
from .tollfree_verification_enum_business_type_type_3_type_1 import (
    TollfreeVerificationEnumBusinessTypeType3Type1,
)
from .tollfree_verification_enum_opt_in_type import TollfreeVerificationEnumOptInType
from .tollfree_verification_enum_status import TollfreeVerificationEnumStatus
from .tollfree_verification_enum_use_case_categories_type_0_item import (
    TollfreeVerificationEnumUseCaseCategoriesType0Item,
)
from .tollfree_verification_enum_vetting_provider_type_1 import (
    TollfreeVerificationEnumVettingProviderType1,
)
from .tollfree_verification_enum_vetting_provider_type_2_type_1 import (
    TollfreeVerificationEnumVettingProviderType2Type1,
)
from .tollfree_verification_enum_vetting_provider_type_3_type_1 import (
    TollfreeVerificationEnumVettingProviderType3Type1,
)
from .twilio_authentication_error import TwilioAuthenticationError
from .twilio_authentication_error_code import TwilioAuthenticationErrorCode
from .twilio_bad_request_error import TwilioBadRequestError
from .twilio_bad_request_error_code import TwilioBadRequestErrorCode
from .twilio_not_found_error import TwilioNotFoundError
from .twilio_not_found_error_code import TwilioNotFoundErrorCode
from .update_domain_cert_v4_update_domain_cert_v4_request import (
    UpdateDomainCertV4UpdateDomainCertV4Request,
)
from .update_domain_config_update_domain_config_request import (
    UpdateDomainConfigUpdateDomainConfigRequest,
)
from .update_service_update_service_request import UpdateServiceUpdateServiceRequest
from .update_service_update_service_request_fallback_method import (
    UpdateServiceUpdateServiceRequestFallbackMethod,
)
from .update_service_update_service_request_inbound_method import (
    UpdateServiceUpdateServiceRequestInboundMethod,
)
from .update_tollfree_verification_update_tollfree_verification_request import (
    UpdateTollfreeVerificationUpdateTollfreeVerificationRequest,
)
from .update_us_app_to_person_update_us_app_to_person_request import (
    UpdateUsAppToPersonUpdateUsAppToPersonRequest,
)
from .whatsapp_sender_enum_status import WhatsappSenderEnumStatus
from .whatsapp_template_enum_category import WhatsappTemplateEnumCategory

__all__ = (
    "BrandRegistrationsEnumBrandFeedback",
    "BrandRegistrationsEnumIdentityStatus",
    "BrandRegistrationsEnumStatus",
    "BrandVettingEnumVettingProvider",
    "CreateAlphaSenderCreateAlphaSenderRequest",
    "CreateBrandRegistrationsCreateBrandRegistrationsRequest",
    "CreateBrandVettingCreateBrandVettingRequest",
    "CreateChannelSenderCreateChannelSenderRequest",
    "CreateDestinationAlphaSenderCreateDestinationAlphaSenderRequest",
    "CreateExternalCampaignCreateExternalCampaignRequest",
    "CreatePhoneNumberCreatePhoneNumberRequest",
    "CreateServiceCreateServiceRequest",
    "CreateServiceCreateServiceRequestFallbackMethod",
    "CreateServiceCreateServiceRequestInboundMethod",
    "CreateShortCodeCreateShortCodeRequest",
    "CreateTollfreeVerificationCreateTollfreeVerificationRequest",
    "CreateUsAppToPersonCreateUsAppToPersonRequest",
    "ListAlphaSenderListAlphaSenderResponse",
    "ListAlphaSenderListAlphaSenderResponseMeta",
    "ListBrandRegistrationsListBrandRegistrationsResponse",
    "ListBrandRegistrationsListBrandRegistrationsResponseMeta",
    "ListBrandVettingListBrandVettingResponse",
    "ListBrandVettingListBrandVettingResponseMeta",
    "ListChannelSenderListChannelSenderResponse",
    "ListChannelSenderListChannelSenderResponseMeta",
    "ListDestinationAlphaSenderListDestinationAlphaSenderResponse",
    "ListDestinationAlphaSenderListDestinationAlphaSenderResponseMeta",
    "ListPhoneNumberListPhoneNumberResponse",
    "ListPhoneNumberListPhoneNumberResponseMeta",
    "ListServiceListServiceResponse",
    "ListServiceListServiceResponseMeta",
    "ListShortCodeListShortCodeResponse",
    "ListShortCodeListShortCodeResponseMeta",
    "ListTollfreeVerificationListTollfreeVerificationResponse",
    "ListTollfreeVerificationListTollfreeVerificationResponseMeta",
    "ListUsAppToPersonListUsAppToPersonResponse",
    "ListUsAppToPersonListUsAppToPersonResponseMeta",
    "MessagingV1BrandRegistrations",
    "MessagingV1BrandRegistrationsBrandRegistrationOtp",
    "MessagingV1BrandRegistrationsBrandVetting",
    "MessagingV1BrandRegistrationsLinksType0",
    "MessagingV1Deactivation",
    "MessagingV1DomainCertV4",
    "MessagingV1DomainConfig",
    "MessagingV1DomainConfigMessagingService",
    "MessagingV1DomainDnsValidation",
    "MessagingV1ExternalCampaign",
    "MessagingV1LinkshorteningMessagingService",
    "MessagingV1LinkshorteningMessagingServiceDomainAssociation",
    "MessagingV1RequestManagedCert",
    "MessagingV1Service",
    "MessagingV1ServiceAddons",
    "MessagingV1ServiceAlphaSender",
    "MessagingV1ServiceChannelSender",
    "MessagingV1ServiceDestinationAlphaSender",
    "MessagingV1ServiceFallbackMethodType1",
    "MessagingV1ServiceFallbackMethodType2Type1",
    "MessagingV1ServiceFallbackMethodType3Type1",
    "MessagingV1ServiceGenericSender",
    "MessagingV1ServiceInboundMethodType1",
    "MessagingV1ServiceInboundMethodType2Type1",
    "MessagingV1ServiceInboundMethodType3Type1",
    "MessagingV1ServiceLinksType0",
    "MessagingV1ServicePhoneNumber",
    "MessagingV1ServiceServiceForNumber",
    "MessagingV1ServiceShortCode",
    "MessagingV1ServiceUsAppToPerson",
    "MessagingV1ServiceUsAppToPersonUsecase",
    "MessagingV1ServiceUsAppToPersonV2",
    "MessagingV1TollfreeVerification",
    "MessagingV1Usecase",
    "ServiceEnumScanMessageContent",
    "TollfreeVerificationEnumBusinessRegistrationAuthorityType1",
    "TollfreeVerificationEnumBusinessRegistrationAuthorityType2Type1",
    "TollfreeVerificationEnumBusinessRegistrationAuthorityType3Type1",
    "TollfreeVerificationEnumBusinessTypeType1",
    "TollfreeVerificationEnumBusinessTypeType2Type1",
    "TollfreeVerificationEnumBusinessTypeType3Type1",
    "TollfreeVerificationEnumOptInType",
    "TollfreeVerificationEnumStatus",
    "TollfreeVerificationEnumUseCaseCategoriesType0Item",
    "TollfreeVerificationEnumVettingProviderType1",
    "TollfreeVerificationEnumVettingProviderType2Type1",
    "TollfreeVerificationEnumVettingProviderType3Type1",
    "TwilioAuthenticationError",
    "TwilioAuthenticationErrorCode",
    "TwilioBadRequestError",
    "TwilioBadRequestErrorCode",
    "TwilioNotFoundError",
    "TwilioNotFoundErrorCode",
    "UpdateDomainCertV4UpdateDomainCertV4Request",
    "UpdateDomainConfigUpdateDomainConfigRequest",
    "UpdateServiceUpdateServiceRequest",
    "UpdateServiceUpdateServiceRequestFallbackMethod",
    "UpdateServiceUpdateServiceRequestInboundMethod",
    "UpdateTollfreeVerificationUpdateTollfreeVerificationRequest",
    "UpdateUsAppToPersonUpdateUsAppToPersonRequest",
    "WhatsappSenderEnumStatus",
    "WhatsappTemplateEnumCategory",
)
