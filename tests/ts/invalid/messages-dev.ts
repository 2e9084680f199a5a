// Deliberately wrong usage of generated/messages-dev/typescript/: tests/test_typescript.py
// requires tsc to report an error on exactly the lines marked `expect-error`, and no other.
import type { operations, paths } from "@generated/messages-dev/typescript/openapi";
import { isKnownErrorCode, type ErrorCode } from "@generated/messages-dev/typescript/errors";

type SendBody = paths["/v1/messages"]["post"]["requestBody"]["content"]["application/json"];

export const noFrom: SendBody = { to: "+14155551234", text: "hi" }; // expect-error TS2322
export const noSuchOperation = {} as operations["sendMessages"]; // expect-error TS2339
export const wrongCode: ErrorCode = "chat_missing"; // expect-error TS2322
export const notAGuard = isKnownErrorCode(); // expect-error TS2554
