// Deliberately wrong usage of generated/trackly-v2/typescript/: tests/test_typescript.py
// requires tsc to report an error on exactly the lines marked `expect-error`, and no other.
import type { paths } from "@generated/trackly-v2/typescript/openapi";
import { ERROR_CODES, type ErrorCode } from "@generated/trackly-v2/typescript/errors";

type SendBody = paths["/v2/send"]["post"]["requestBody"]["content"]["application/json"];
type Sent = paths["/v2/send"]["post"]["responses"][200]["content"]["application/json"];

export const missingField: SendBody = { to: "+14155551234", body: "hi" }; // expect-error TS2741
export const wrongPath = {} as paths["/v2/sendd"]; // expect-error TS2339
export const wrongStatus: Sent["status"] = "delivered"; // expect-error TS2322
export const wrongCode: ErrorCode = "not_a_documented_code"; // expect-error TS2322
export const wrongLookup = ERROR_CODES["account_suspended"]; // expect-error TS7053
