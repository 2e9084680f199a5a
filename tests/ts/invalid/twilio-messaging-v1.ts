// Deliberately wrong usage of generated/twilio-messaging-v1/typescript/: tests/test_typescript.py
// requires tsc to report an error on exactly the lines marked `expect-error`, and no other.
import type { paths } from "@generated/twilio-messaging-v1/typescript/openapi";
import { ERRORS, type ErrorCode } from "@generated/twilio-messaging-v1/typescript/errors";

type CreateBody = NonNullable<paths["/v1/Services"]["post"]["requestBody"]>["content"]["application/x-www-form-urlencoded"];
type Created = paths["/v1/Services"]["post"]["responses"][201]["content"]["application/json"];

export const noName: CreateBody = { StickySender: true }; // expect-error TS2741
export const wrongMethod = {} as paths["/v1/Services"]["put"]["responses"]; // expect-error TS2339
export const notAString: Created["friendly_name"] = 42; // expect-error TS2322
export const wrongCode: ErrorCode = "20405"; // expect-error TS2820
export const noSuchId = ERRORS.not_an_error; // expect-error TS2339
