// Usage of generated/transformify/typescript/ as a TypeScript consumer writes it; compiled by
// tests/test_typescript.py with `tsc --noEmit --strict` (see tsconfig.json). Lines carrying a
// ts-expect-error directive prove that the types reject wrong usage: tsc fails if they compile.
import type {
  components,
  operations,
  paths,
  SchemaSendSmsPromotionalRequest,
} from "@generated/transformify/typescript/openapi";
import {
  ERRORS,
  ERROR_CODES,
  errorInfo,
  isKnownErrorCode,
  type AnyErrorCode,
  type ErrorCode,
  type ErrorId,
} from "@generated/transformify/typescript/errors";
import { expectType, type Equal } from "./assert";

// A path type: POST /api/v1/sms/promotional sends one SMS template to many recipients.
type Promo = paths["/api/v1/sms/promotional"]["post"];
expectType<Equal<Promo, operations["sendSmsPromotional"]>>();
// @ts-expect-error the promotional endpoint has no GET
export type NoGet = paths["/api/v1/sms/promotional"]["get"]["responses"];

// A request body type; placeholders are free-form (their value types are not documented).
type PromoBody = Promo["requestBody"]["content"]["application/json"];
expectType<Equal<PromoBody, SchemaSendSmsPromotionalRequest>>();
export const promo: PromoBody = {
  templateId: "3f6c2a9e-8d1b-4c7a-9e2f-5b8d7c6a1e40",
  recipients: [
    { phoneNumber: "38970123456", placeholders: { name: "John" } },
    { phoneNumber: "38970654321" },
  ],
  placeholders: { offer: "20%", days: 3 },
};
// @ts-expect-error recipients is required
export const noRecipients: PromoBody = { templateId: promo.templateId };
// @ts-expect-error a recipient is an object with a phoneNumber, not a bare number
export const bareNumbers: PromoBody = { templateId: promo.templateId, recipients: ["38970123456"] };

// Response types: 202 with the queued campaign; 429 when pending capacity would be exceeded.
type Queued = Promo["responses"][202]["content"]["application/json"];
expectType<Equal<Queued, components["schemas"]["BulkSendResponse"]>>();
export function summary(queued: Queued): string {
  return `${queued.campaignId}: ${queued.messageCount} queued (${queued.status})`;
}
type Busy = Promo["responses"][429]["content"]["application/json"];
export function retryAfterMs(busy: Busy): number {
  return busy.retryAfterSeconds * 1000;
}
// @ts-expect-error campaign statuses are a closed union
export const wrongStatus: components["schemas"]["CampaignStatus"] = "Running";

// Errors: bodies carry no code, so the union lists smsspec's stable identifiers.
type Promo400 = Promo["responses"][400]["content"]["application/json"];
export const known: ErrorCode = "too_many_recipients";
// @ts-expect-error not a documented identifier
export const unknownId: ErrorCode = "too_many_numbers";
export const later: AnyErrorCode = "an_id_added_later";
expectType<Equal<ErrorCode, ErrorId>>();
expectType<Equal<(typeof ERRORS)["too_many_recipients"]["code"], null>>();
expectType<Equal<(typeof ERRORS)["pending_capacity_exceeded"]["statuses"], readonly [429]>>();

export function explain(id: string, body: Promo400): string {
  if (isKnownErrorCode(id)) {
    return `${id} (HTTP ${ERROR_CODES[id].statuses.join("/")}): ${ERROR_CODES[id].description}`;
  }
  return errorInfo(id)?.message ?? body.message;
}
