import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/openapi-document.js";
import { createResponseChecker } from "../src/server-contract/check-response.js";
import { fetchExchange } from "../src/server-contract/fetch-exchange.js";
import { strictSpec } from "../src/server-contract/strict-spec.js";
import { createSpecValidator } from "../src/spec-validator.js";
import { mockTargetForFile } from "./support/mock-target.js";

// Server ↔ spec on generated list queries, valid and invalid: GET /messages and GET /conversations
// answer every one with a documented status, content type and a body that validates; a query the
// spec accepts is answered 200 and one it refuses 400 (401 without good credentials); and no GET
// ever records a message.
const spec = strictSpec(loadSpec());
const checker = createResponseChecker(spec, createSpecValidator(spec).validate);
const RUNS = 150;

const mock = mockTargetForFile({ replies: 4 });

/** One query value as it goes on the wire, and whether the spec's schema accepts it. */
type Value = [raw: string, valid: boolean];
const valid = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((raw): Value => [raw, true]);
const invalid = (...raws: string[]) => fc.constantFrom(...raws).map((raw): Value => [raw, false]);

// Any text, reserved characters included: each list value travels comma-separated, percent-encoded.
const ids = valid(
  fc
    .array(
      fc.oneof(
        fc.constantFrom("E-contract", "a&b=c", "x#y", "1+1", "with space", "ünï 😀"),
        fc.string({ minLength: 1, maxLength: 12 }),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((list) => list.filter((id) => !id.includes(",")).join(",") || "E-contract"),
);
const integer = fc.oneof(
  valid(fc.integer({ min: 0, max: 300 }).map(String)),
  invalid("first", "1.5", "1e3", "0x10"),
);
const flag = fc.oneof(valid(fc.constantFrom("true", "false")), invalid("yes", "2"));
const date = valid(
  fc
    .date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2100-01-01T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
);

const messagesQuery = fc.record(
  {
    accountIds: ids,
    customerIds: ids,
    endpointIds: ids,
    conversationIds: ids,
    afterDate: date,
    page: integer,
    all: flag,
    countPerPage: integer,
    specificIds: ids,
    sortField: valid(fc.constantFrom("date", "id", "direction")),
    sortOrder: fc.oneof(valid(fc.constantFrom("Ascend", "Descend")), invalid("Up", "Sideways")),
    simplifiedPaging: flag,
  },
  { requiredKeys: [] },
);
const conversationsQuery = fc.record(
  { accountIds: ids, endpointIds: ids, customerIds: ids, afterDate: date },
  { requiredKeys: [] },
);
const request = fc.oneof(
  fc.record({ route: fc.constant("/messages"), query: messagesQuery as fc.Arbitrary<Record<string, Value>> }),
  fc.record({
    route: fc.constant("/conversations"),
    query: conversationsQuery as fc.Arbitrary<Record<string, Value>>,
  }),
);
const generated = fc.record({
  request,
  format: fc.constantFrom("", "format=json", ".json", "callback=cb"),
  auth: fc.constantFrom("none", "bearer", "basic", "wrong"),
});

function authorization(kind: string): Record<string, string> {
  if (kind === "bearer") return { authorization: `Bearer ${mock.target.apiKey}` };
  if (kind === "basic") return { authorization: `Basic ${btoa(`${mock.target.apiKey}:`)}` };
  if (kind === "wrong") return { authorization: "Bearer wrong-key" };
  return {};
}

describe("generated list queries to the mock server", () => {
  it("each get a documented status, content type and body; 200 when the spec accepts the query, 400 when not", async () => {
    const statuses = new Set<number>();
    const recordedBefore = mock.server.messages.length;
    await fc.assert(
      fc.asyncProperty(generated, async ({ request, format, auth }) => {
        const query = new URLSearchParams(Object.entries(request.query).map(([name, [raw]]) => [name, raw]));
        if (format && format !== ".json") query.append(...(format.split("=") as [string, string]));
        const url = `${mock.target.baseUrl}${request.route}${format === ".json" ? ".json" : ""}${query.size ? `?${query}` : ""}`;
        const exchange = await fetchExchange(url, {
          method: "GET",
          headers: { accept: "application/json", ...authorization(auth) },
        });
        statuses.add(exchange.status);
        const context = `${url}\n${exchange.body.slice(0, 300)}`;
        expect(checker.check(exchange), context).toEqual([]);
        const accepted = Object.values(request.query).every(([, ok]) => ok);
        const expected = auth === "none" || auth === "wrong" ? 401 : accepted ? 200 : 400;
        expect(exchange.status, context).toBe(expected);
      }),
      { numRuns: RUNS, seed: 1130 },
    );
    // A GET lists; it never records a message.
    expect(mock.server.messages.length).toBe(recordedBefore);
    // The generator reached the interesting answers, or the property proved little.
    expect([...statuses].sort()).toEqual([200, 400, 401]);
  });

  it("the status oracle can fail: a query the spec refuses is not answered 200", async () => {
    const exchange = await fetchExchange(`${mock.target.baseUrl}/messages?page=first`, {
      method: "GET",
      headers: authorization("bearer"),
    });
    expect(exchange.status).toBe(400);
    expect(checker.check({ ...exchange, status: 422 })).toEqual([
      "GET /messages answered 422, a status the spec does not document for it",
    ]);
  });
});
