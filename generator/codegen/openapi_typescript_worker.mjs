// A long-lived openapi-typescript for `smsspec generate` (generator/codegen/typescript.py).
//
// Starting Node and loading openapi-typescript, TypeScript and Redocly costs more than
// converting one spec, so one worker serves every spec of a run. Protocol: one JSON request
// per stdin line, {"source": "<path of the JSON document>", "options": {...openapiTS options}},
// answered by one JSON line on stdout, {"ok": true, "text": "..."} or {"ok": false, "error":
// "..."}. The text is what the CLI writes (COMMENT_HEADER + astToString), byte for byte, with
// the CLI's default Redocly config (`extends: [minimal]`). The worker exits at stdin's end.

import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

import { createConfig } from "@redocly/openapi-core";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";

// stdout carries the protocol: anything a library logs goes to stderr.
console.log = console.info = console.warn = console.error;

const redocly = await createConfig({}, { extends: ["minimal"] });

async function convert(request) {
  const ast = await openapiTS(pathToFileURL(request.source), {
    ...request.options,
    redocly,
    silent: true,
  });
  return `${COMMENT_HEADER}${astToString(ast)}`;
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  let answer;
  try {
    answer = { ok: true, text: await convert(JSON.parse(line)) };
  } catch (problem) {
    answer = { ok: false, error: String(problem?.stack ?? problem) };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
