// Trackly v1 (deprecated) through the generated TypeScript client, under Node against the mock.
import { TracklyV1 } from "./client.js";
import { baseUrl } from "./_env.js";

const client = new TracklyV1({ baseUrl }); // the API key comes from TRACKLY_API_KEY
const sent = await client.messages.send({
  to_msisdn: "+14155551234",
  body: "Hello from v1",
  from_phone_number_id: "pn_abc123def456",
});
console.log(`sent ${sent.message_id} ${sent.status}`);
const checked = await client.phone.validate({ phone: "+14155551234" });
console.log(`validated ${checked.phone} ${checked.valid}`);
