import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/openapi-document.js";
import { createResponseChecker } from "../src/server-contract/check-response.js";
import { strictSpec } from "../src/server-contract/strict-spec.js";
import { createSpecValidator } from "../src/spec-validator.js";
import { mockTargetForFile } from "./support/mock-target.js";

// Server ↔ spec on generated requests, valid and invalid: every answer has a
// status the spec documents for the operation, in a documented content type,
// with a body that validates; and only a 200 ever records a message.
const spec = strictSpec(loadSpec());
const checker = createResponseChecker(spec, createSpecValidator(spec).validate);
const RUNS = 150;

const mock = mockTargetForFile();

const text = fc.string({ maxLength: 30 });
// Any non-empty ID except the dot segments, which URL parsing would remove from the path.
const sessionId = fc.string({ minLength: 1, maxLength: 30 }).filter((id) => id !== "." && id !== "..");
const messageFields = fc.record(
  {
    sessionId: fc.oneof(fc.constant("S-contract"), text),
    endpointId: fc.oneof(fc.constant("E-contract"), text),
    toAddress: fc.oneof(fc.constant("+15556667777"), text),
    body: text,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  messageFields.map((fields) => JSON.stringify(fields)),
  fc.json(),
  fc.string(),
  fc.record({ body: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)) }).map((b) => JSON.stringify(b)),
);
const request = fc.record({
  route: fc.oneof(fc.constant("/messages"), fc.oneof(fc.constant("S-contract"), sessionId).map(sessionPath)),
  format: fc.constantFrom("", "?format=json", ".json", "?callback=cb"),
  auth: fc.constantFrom("none", "bearer", "basic", "wrong"),
  contentType: fc.constantFrom("application/json", "text/plain", "application/json; charset=utf-8"),
  body,
});

function sessionPath(id: string): string {
  return `/sessions/${encodeURIComponent(id)}/messages`;
}

function authorization(kind: string): Record<string, string> {
  if (kind === "bearer") return { authorization: `Bearer ${mock.target.apiKey}` };
  if (kind === "basic") return { authorization: `Basic ${btoa(`${mock.target.apiKey}:`)}` };
  if (kind === "wrong") return { authorization: "Bearer wrong-key" };
  return {};
}

describe("generated requests to the mock server", () => {
  it("each get a documented status, content type and body", async () => {
    let ok = 0;
    const statuses = new Set<number>();
    const recordedBefore = mock.server.messages.length;
    await fc.assert(
      fc.asyncProperty(request, async (generated) => {
        const suffix = generated.format === ".json" ? ".json" : "";
        const query = generated.format.startsWith("?") ? generated.format : "";
        const url = `${mock.target.baseUrl}${generated.route}${suffix}${query}`;
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": generated.contentType, ...authorization(generated.auth) },
          body: generated.body,
          signal: AbortSignal.timeout(10_000),
        });
        const exchange = {
          method: "POST",
          url,
          status: response.status,
          contentType: response.headers.get("content-type") ?? "",
          body: await response.text(),
        };
        statuses.add(exchange.status);
        if (exchange.status === 200) ok++;
        expect(checker.check(exchange), JSON.stringify(generated)).toEqual([]);
        if (generated.auth === "none" || generated.auth === "wrong") expect(exchange.status).toBe(401);
      }),
      { numRuns: RUNS, seed: 42 },
    );
    // Only a 200 records, so the server's record grows by exactly the number of 200s.
    expect(mock.server.messages.length - recordedBefore).toBe(ok);
    // The generator reached the interesting answers, or the property proved little.
    expect([...statuses]).toEqual(expect.arrayContaining([200, 400, 401, 404]));
  });
});
