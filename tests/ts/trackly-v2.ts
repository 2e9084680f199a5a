// Usage of generated/trackly-v2/typescript/ as a TypeScript consumer writes it; compiled by
// tests/test_typescript.py with `tsc --noEmit --strict` (see tsconfig.json). Lines carrying a
// ts-expect-error directive prove that the types reject wrong usage: tsc fails if they compile.
import type {
  components,
  operations,
  paths,
  SchemaSendMessageRequest,
} from "@generated/trackly-v2/typescript/openapi";
import {
  ERROR_CODES,
  ERROR_CODE_VALUES,
  ERRORS,
  errorInfo,
  isKnownErrorCode,
  type AnyErrorCode,
  type ErrorCode,
  type ErrorId,
} from "@generated/trackly-v2/typescript/errors";
import { expectType, type Equal, type Extends } from "./assert";

// A path type: POST /v2/send is the sendMessage operation.
type Send = paths["/v2/send"]["post"];
expectType<Equal<Send, operations["sendMessage"]>>();
// @ts-expect-error /v2/send has no GET
export type NoGet = paths["/v2/send"]["get"]["responses"];

// A request body type.
type SendBody = Send["requestBody"]["content"]["application/json"];
expectType<Equal<SendBody, SchemaSendMessageRequest>>();
export const body: SendBody = {
  to: "+14155551234",
  list_number: "+18005550100",
  body: "Your code is 123456",
  wrap_links: true,
};
// @ts-expect-error list_number is required
export const noList: SendBody = { to: "+14155551234", body: "hi" };
// @ts-expect-error wrap_links is a boolean
export const badFlag: SendBody = { ...body, wrap_links: "yes" };

// A response type.
type Sent = Send["responses"][200]["content"]["application/json"];
export function messageId(sent: Sent): string {
  const status: "queued" = sent.status;
  return `${sent.message_id} ${status}`;
}
expectType<Equal<Sent, components["schemas"]["SendMessageResponse"]>>();

// The error union: every code the 400 and 401 bodies of sendMessage enumerate is documented.
type Send400Code = NonNullable<Send["responses"][400]["content"]["application/json"]["code"]>;
type Send401Code = NonNullable<Send["responses"][401]["content"]["application/json"]["code"]>;
expectType<Extends<Send400Code | Send401Code, ErrorCode>>();
expectType<Extends<ErrorCode, ErrorId>>();

export const known: ErrorCode = "invalid_api_key";
// @ts-expect-error not a documented code
export const unknownCode: ErrorCode = "definitely_not_a_code";
// Open: a code the server adds later is still representable.
export const later: AnyErrorCode = "a_code_added_later";
// account_suspended is documented, but its body carries no code.
export const suspended: ErrorId = "account_suspended";
// @ts-expect-error account_suspended is an id, not a code
export const suspendedCode: ErrorCode = "account_suspended";
expectType<Equal<(typeof ERRORS)["account_suspended"]["code"], null>>();

export function describe(raw: string): string {
  if (isKnownErrorCode(raw)) {
    const code: ErrorCode = raw;
    const info = ERROR_CODES[code];
    return `${code}: HTTP ${info.statuses.join("/")} ${info.message}`;
  }
  return errorInfo(raw)?.message ?? `unknown code ${raw}`;
}

export function handle(code: ErrorCode): string {
  switch (code) {
    case "invalid_api_key":
    case "missing_api_key":
      return "check the X-Api-Key header";
    default:
      return ERROR_CODES[code].description;
  }
}

export const statuses: readonly number[] = ERRORS.invalid_api_key.statuses;
expectType<Equal<(typeof ERRORS)["invalid_api_key"]["statuses"], readonly [401]>>();
export const allCodes: readonly ErrorCode[] = ERROR_CODE_VALUES;
