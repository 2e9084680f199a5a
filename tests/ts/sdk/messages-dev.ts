// messages.dev through the generated TypeScript client, run under Node against the mock.
import { MessagesDev, PermissionDeniedError } from "./client.js";
import { baseUrl, check } from "./_env.js";

const client = new MessagesDev({ baseUrl }); // the API key comes from MESSAGES_API_KEY
const lines = await client.lines.list();
const line = lines.data[0];
check(line !== undefined, "a line");
const handle = line?.handle ?? "";
const chat = "+15559876543";
for (let n = 0; n < 7; n += 1) {
  await client.messages.send({ from: handle, to: chat, text: `Hello ${n}` });
}
const clock = await fetch(`${baseUrl}/__smsspec/clock`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ advance: 60 }),
});
check(clock.ok, "the mock clock moved");
const page = await client.messages.list({ from: handle, to: chat, limit: 2 });
const ids: string[] = [];
for await (const message of page) {
  ids.push(message.id);
}
let pages = 0;
for await (const _ of page.pages()) {
  pages += 1;
}
check(ids.length >= 8 && new Set(ids).size === ids.length && pages > 3, "every message once");
console.log(`messages ${ids.length} pages ${pages}`);

const readOnly = new MessagesDev({ baseUrl, apiKey: "sk_live_demoReadOnly000000000000" });
try {
  await readOnly.messages.send({ from: handle, to: chat, text: "Hello" });
  check(false, "a read-only key cannot send");
} catch (error) {
  if (!(error instanceof PermissionDeniedError) || error.code !== "insufficient_scope") {
    throw error;
  }
  console.log(`refused ${error.status} ${error.code}`);
}
