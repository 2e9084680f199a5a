// Deliberately wrong usage of generated/trackly-v1/typescript/: tests/test_typescript.py
// requires tsc to report an error on exactly the lines marked `expect-error`, and no other.
import type { paths } from "@generated/trackly-v1/typescript/openapi";
import { ERRORS, type ErrorCode } from "@generated/trackly-v1/typescript/errors";

type SendBody = paths["/v1/messages"]["post"]["requestBody"]["content"]["application/json"];
type Sent = paths["/v1/messages"]["post"]["responses"][201]["content"]["application/json"];

export const noRecipient: SendBody = { body: "hi", from_phone_number_id: "pn_1" }; // expect-error TS2322
export const wrongMethod = {} as paths["/v1/messages"]["get"]["responses"]; // expect-error TS2339
export const notANumber: Sent["message_id"] = 42; // expect-error TS2322
export const wrongCode: ErrorCode = "rate_limited"; // expect-error TS2820
export const noSuchId = ERRORS.not_an_error; // expect-error TS2339
