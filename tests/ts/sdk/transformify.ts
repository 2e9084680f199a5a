// Transformify through the generated TypeScript client, run under Node against the mock.
import { NotFoundError, Transformify } from "./client.js";
import { baseUrl, check } from "./_env.js";

const client = new Transformify({ baseUrl }); // the API key comes from TRANSFORMIFY_API_KEY
const page = await client.campaigns.list({ pageSize: 1 });
const ids: string[] = [];
for await (const campaign of page) {
  ids.push(campaign.campaignId);
}
check(ids.length === page.current.totalCount && new Set(ids).size === ids.length, "each once");
console.log(`campaigns ${ids.length}`);

try {
  await client.templates.retrieve("00000000-0000-4000-8000-000000000000");
  check(false, "an unknown template is refused");
} catch (error) {
  if (!(error instanceof NotFoundError) || error.code !== "template_not_found") {
    throw error;
  }
  console.log(`not found ${error.status} ${error.code}`);
}
