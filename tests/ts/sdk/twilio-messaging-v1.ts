// Twilio Messaging v1 (an imported vendor spec) through the generated TypeScript client, run
// under Node against the mock: form-encoded bodies, HTTP Basic credentials, next-link paging.
import { NotFoundError, TwilioMessagingV1 } from "./client.js";
import { baseUrl, check } from "./_env.js";

// The credentials ("<account sid>:<auth token>") come from TWILIO_MESSAGING_V1_API_KEY.
const client = new TwilioMessagingV1({ baseUrl });
const created: string[] = [];
for (const name of ["alerts", "billing", "support"]) {
  const service = await client.service.create({ FriendlyName: name });
  check(service.friendly_name === name, "the service keeps its name");
  created.push(service.sid ?? "");
}
console.log(`created ${created.length}`);

const page = await client.service.list({ PageSize: 2 });
const sids: string[] = [];
for await (const service of page) {
  sids.push(service.sid ?? "");
}
check(new Set(sids).size === sids.length, "each service once");
check(created.every((sid) => sids.includes(sid)), "every created service is listed");
console.log(`services ${sids.length}`);

try {
  await client.service.fetch(`MG${"0".repeat(32)}`);
  check(false, "an unknown service is refused");
} catch (error) {
  if (!(error instanceof NotFoundError) || error.code !== "20404") {
    throw error;
  }
  console.log(`not found ${error.status} ${error.code}`);
}
