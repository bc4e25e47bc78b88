// The stub `fetch` every client gets in the overhead benchmark. It does what fetch does first, before
// any network: builds a Request from its arguments and reads the body. Then it answers a canned
// MessageInfo to a POST, or a canned page of messages to a GET. It keeps the last request it saw, so
// the benchmark can check what each client sent.
export const CANNED = {
  id: "6a1f0c2d9e8b4f7aa1c3d5e7",
  accountId: "5e2d1c0b9a8f4e3dbc2a1f0e",
  endpointId: "63b0f1d2a4c84e19b7d5e2a1",
  date: "2026-11-26T09:30:00Z",
  direction: "Outgoing",
  otherAddress: "+15556667777",
  text: "Hello from Evo Voice",
  isUnread: false,
};
/** One page of ListMessages, as the stub and the loopback server answer GET /messages. */
export const CANNED_PAGE = {
  items: [CANNED, { ...CANNED, id: "6a1f0c2d9e8b4f7aa1c3d5e8", direction: "Incoming" }],
  totalCount: 2,
  totalPages: 1,
  hasMorePages: false,
};
const body = JSON.stringify(CANNED);
const pageBody = JSON.stringify(CANNED_PAGE);
const headers = { "content-type": "application/json" };

export const seen = { calls: 0, last: undefined };

export async function stubFetch(input, init) {
  const request = new Request(input, init);
  const text = await request.text();
  seen.calls++;
  seen.last = {
    method: request.method,
    url: request.url,
    text,
    authorization: request.headers.get("authorization"),
  };
  return new Response(request.method === "GET" ? pageBody : body, { status: 200, headers });
}
