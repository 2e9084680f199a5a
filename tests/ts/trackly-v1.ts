// Usage of generated/trackly-v1/typescript/ as a TypeScript consumer writes it; compiled by
// tests/test_typescript.py with `tsc --noEmit --strict` (see tsconfig.json). Lines carrying a
// ts-expect-error directive prove that the types reject wrong usage: tsc fails if they compile.
import type {
  components,
  operations,
  paths,
  SchemaSendMessageRequest,
} from "@generated/trackly-v1/typescript/openapi";
import {
  ERROR_CODES,
  ERRORS,
  isKnownErrorCode,
  type AnyErrorCode,
  type ErrorCode,
  type ErrorId,
} from "@generated/trackly-v1/typescript/errors";
import { expectType, type Equal, type Extends } from "./assert";

// Path types: POST /v1/messages is sendMessage; DELETE /v1/contacts/{msisdn} takes a path param.
type Send = paths["/v1/messages"]["post"];
expectType<Equal<Send, operations["sendMessage"]>>();
type DeleteContact = paths["/v1/contacts/{msisdn}"]["delete"];
export const deleteParams: DeleteContact["parameters"]["path"] = { msisdn: "+14155551234" };
// @ts-expect-error the path parameter is msisdn, not phone
export const wrongParam: DeleteContact["parameters"]["path"] = { phone: "+14155551234" };

// A request body type: one of to_msisdn / to is required besides body and from_phone_number_id.
type SendBody = Send["requestBody"]["content"]["application/json"];
expectType<Equal<SendBody, SchemaSendMessageRequest>>();
export const modern: SendBody = {
  to_msisdn: "+14155551234",
  body: "Hello from Trackly!",
  from_phone_number_id: "pn_abc123def456",
};
export const legacy: SendBody = { to: "+14155551234", body: "hi", from_phone_number_id: "pn_1" };
// @ts-expect-error neither to_msisdn nor to
export const noRecipient: SendBody = { body: "hi", from_phone_number_id: "pn_1" };
// @ts-expect-error from_phone_number_id is required
export const noSender: SendBody = { to_msisdn: "+14155551234", body: "hi" };

// A response type (201 Created, with the deprecation headers v1 sends on every response).
type Sent = Send["responses"][201]["content"]["application/json"];
expectType<Equal<Sent, components["schemas"]["SendMessageResponse"]>>();
export function summary(sent: Sent): string {
  const deprecated: true = sent.deprecated;
  return `${sent.message_id} ${sent.status} ${String(deprecated)}`;
}
export type Deprecation = Send["responses"][201]["headers"]["Deprecation"];

// The error union.
type Send400Code = NonNullable<Send["responses"][400]["content"]["application/json"]["code"]>;
type Send404Code = Send["responses"][404]["content"]["application/json"]["code"];
type Send401Code = Send["responses"][401]["content"]["application/json"]["code"];
expectType<Extends<Send400Code | Send404Code | Send401Code, ErrorCode>>();

export const known: ErrorCode = "rate_limit";
// @ts-expect-error not a documented code
export const unknownCode: ErrorCode = "rate_limited";
export const later: AnyErrorCode = "a_code_added_later";
// body_too_long is only reported per item in bulk responses: an id with no status.
export const perItem: ErrorId = "body_too_long";
expectType<Equal<(typeof ERRORS)["body_too_long"]["statuses"], readonly []>>();

export function retryable(raw: unknown): boolean {
  return isKnownErrorCode(raw) && ERROR_CODES[raw].statuses.some((s) => s === 429 || s >= 500);
}
