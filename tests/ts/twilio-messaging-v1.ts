// Usage of generated/twilio-messaging-v1/typescript/ as a TypeScript consumer writes it;
// compiled by tests/test_typescript.py with `tsc --noEmit --strict` (see tsconfig.json).
// Twilio's document is imported unchanged (OpenAPI 3.0, upgraded to 3.1 at bundle time:
// `nullable` fields are `T | null`); its error responses come from smsspec's overlay.
import type {
  components,
  operations,
  paths,
  SchemaMessagingV1Service,
} from "@generated/twilio-messaging-v1/typescript/openapi";
import {
  ERROR_CODES,
  errorCodeOf,
  errorInfo,
  isKnownErrorCode,
  type AnyErrorCode,
  type ErrorCode,
} from "@generated/twilio-messaging-v1/typescript/errors";
import { expectType, type Equal, type Extends } from "./assert";

// Path types: POST /v1/Services is CreateService; GET /v1/Services/{Sid} takes a path param.
type Create = paths["/v1/Services"]["post"];
expectType<Equal<Create, operations["CreateService"]>>();
type Fetch = paths["/v1/Services/{Sid}"]["get"];
export const fetchParams: Fetch["parameters"]["path"] = { Sid: "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" };
// @ts-expect-error the path parameter is Sid, not ServiceSid
export const wrongParam: Fetch["parameters"]["path"] = { ServiceSid: "MG0" };

// A form-encoded request body: FriendlyName is required, the rest optional and typed.
type CreateBody = NonNullable<Create["requestBody"]>["content"]["application/x-www-form-urlencoded"];
export const body: CreateBody = { FriendlyName: "My Service", StickySender: true, ValidityPeriod: 600 };
// @ts-expect-error FriendlyName is required
export const noName: CreateBody = { StickySender: true };
// @ts-expect-error InboundMethod is GET or POST
export const wrongMethod: CreateBody = { FriendlyName: "x", InboundMethod: "PUT" };

// A response type: 3.0's `nullable: true` became `T | null`.
type Created = Create["responses"][201]["content"]["application/json"];
expectType<Equal<Created, SchemaMessagingV1Service>>();
expectType<Equal<Created["friendly_name"], string | null | undefined>>();
export function describe(service: Created): string {
  return `${service.sid ?? "?"} ${service.friendly_name ?? ""}`;
}

// The error responses the overlay adds: 400, 401 and 404, each with Twilio's numeric code.
type NotFound = Fetch["responses"][404]["content"]["application/json"];
expectType<Equal<NotFound, components["schemas"]["twilio.not_found_error"]>>();
expectType<Equal<NotFound["code"], 20404>>();
type Unauthorized = Create["responses"][401]["content"]["application/json"];
expectType<Extends<Unauthorized["code"], number>>();

// The catalogue lists the numeric codes as their decimal text; errorCodeOf reads a body.
export const known: ErrorCode = "20404";
// @ts-expect-error not a documented code
export const unknownCode: ErrorCode = "20405";
export const later: AnyErrorCode = "21211";
export function handle(raw: unknown): string {
  const code = errorCodeOf(raw);
  if (code !== undefined && isKnownErrorCode(code)) {
    return `${ERROR_CODES[code].statuses.join("/")} ${ERROR_CODES[code].message}`;
  }
  return errorInfo(code ?? "")?.message ?? "unknown";
}
