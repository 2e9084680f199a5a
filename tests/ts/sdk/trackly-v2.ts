// Trackly v2 through the generated TypeScript client, run under Node against the mock.
import { BadRequestError, TracklyV2 } from "./client.js";
import { baseUrl, check } from "./_env.js";

const client = new TracklyV2({ baseUrl }); // the API key comes from TRACKLY_API_KEY
const sent = await client.messages.send({
  to: "+14155551234",
  list_number: "+18005551000",
  body: "Hello from TypeScript",
});
console.log(`sent ${sent.message_id} ${sent.status}`);

for (let n = 0; n < 7; n += 1) {
  await client.contacts.create({ phone_number: `+1415555${5000 + n}`, list_number: "+18005551000" });
}
const page = await client.contacts.list({ per_page: 2 });
const seen: string[] = [];
for await (const contact of page) {
  seen.push(`${contact.phone_number}/${contact.list_number}`);
}
let pages = 0;
for await (const _ of page.pages()) {
  pages += 1;
}
check(seen.length >= 7 && new Set(seen).size === seen.length, "every contact once");
check(pages > 3 && pages === page.current.pagination.total_pages, "pages to the documented end");
console.log(`contacts ${seen.length} pages ${pages}`);

const lists = await client.lists.list();
console.log(`lists ${lists.lists.length}`);

try {
  await client.messages.send({ to: "0044 20", list_number: "+18005551000", body: "Hello" });
  check(false, "an invalid number is refused");
} catch (error) {
  if (!(error instanceof BadRequestError) || error.code !== "invalid_phone") {
    throw error;
  }
  console.log(`refused ${error.status} ${error.code}`);
}
