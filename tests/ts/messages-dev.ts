// Usage of generated/messages-dev/typescript/ as a TypeScript consumer writes it; compiled by
// tests/test_typescript.py with `tsc --noEmit --strict` (see tsconfig.json). Lines carrying a
// ts-expect-error directive prove that the types reject wrong usage: tsc fails if they compile.
import type {
  components,
  operations,
  paths,
  SchemaSendMessageRequest,
} from "@generated/messages-dev/typescript/openapi";
import {
  ERROR_CODES,
  errorInfo,
  isKnownErrorCode,
  type AnyErrorCode,
  type ErrorCode,
} from "@generated/messages-dev/typescript/errors";
import { expectType, type Equal } from "./assert";

// Path types: GET and POST /v1/messages.
type List = paths["/v1/messages"]["get"];
type Send = paths["/v1/messages"]["post"];
expectType<Equal<List, operations["listMessages"]>>();
expectType<Equal<Send, operations["sendMessage"]>>();
export const query: List["parameters"]["query"] = { from: "+14155550100", to: "+14155551234" };
// @ts-expect-error the query parameter `to` is required
export const noTo: List["parameters"]["query"] = { from: "+14155550100" };

// A request body type: text or attachments (at least one) besides from and to.
type SendBody = Send["requestBody"]["content"]["application/json"];
expectType<Equal<SendBody, SchemaSendMessageRequest>>();
export const text: SendBody = { from: "+14155550100", to: "+14155551234", text: "hi" };
// @ts-expect-error neither text nor attachments
export const empty: SendBody = { from: "+14155550100", to: "+14155551234" };

// Response types: the 201 outbox record and the 200 message list.
type Queued = Send["responses"][201]["content"]["application/json"];
expectType<Equal<Queued, components["schemas"]["OutboxRecord"]>>();
type Page = List["responses"][200]["content"]["application/json"];
export function texts(page: Page): (string | null)[] {
  return page.has_more ? [] : page.data.map((m) => m.text);
}

// The error union; this provider's bodies nest the code under error.code and keep it open.
type Send400 = Send["responses"][400]["content"]["application/json"];
export function codeOf(body: Send400): AnyErrorCode {
  return body.error.code;
}
export const known: ErrorCode = "chat_not_found";
// @ts-expect-error not a documented code
export const unknownCode: ErrorCode = "chat_missing";

export function message(body: Send400): string {
  const code = body.error.code;
  if (isKnownErrorCode(code)) {
    const info = ERROR_CODES[code];
    return `${info.type ?? "error"}: ${info.message}`;
  }
  return errorInfo(code)?.message ?? body.error.message;
}
