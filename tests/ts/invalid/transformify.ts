// Deliberately wrong usage of generated/transformify/typescript/: tests/test_typescript.py
// requires tsc to report an error on exactly the lines marked `expect-error`, and no other.
import type { paths } from "@generated/transformify/typescript/openapi";
import { ERRORS, type ErrorCode } from "@generated/transformify/typescript/errors";

type StartCampaign = paths["/api/v1/campaigns/{id}/start"]["post"];
type Campaign = paths["/api/v1/campaigns/{id}"]["get"]["responses"][200]["content"]["application/json"];

export const noId: StartCampaign["parameters"]["path"] = {}; // expect-error TS2741
export const noSuchPath = {} as paths["/api/v1/campaigns/{id}/stop"]; // expect-error TS2339
export const wrongChannel: Campaign["channel"] = "WhatsApp"; // expect-error TS2322
export const wrongId: ErrorCode = "rate_limited"; // expect-error TS2322
export const noSuchError = ERRORS.campaign_missing; // expect-error TS2339
