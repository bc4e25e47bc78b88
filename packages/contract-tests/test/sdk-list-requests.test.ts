import {
  type EvoVoice,
  type ListConversationsQuery,
  type ListMessagesQuery,
  RequestValidationError,
} from "@evovoice-sdk/client";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../src/openapi-document.js";
import { queryProblems } from "../src/sdk-contract/query-problems.js";
import { matchOperation } from "../src/server-contract/match-operation.js";
import { createSpecValidator } from "../src/spec-validator.js";
import {
  type AuthKind,
  authorizationProblems,
  recordingClient,
  type Sent,
  steadyProblems,
  verdict,
} from "./support/recording-client.js";
import { type Steady, startSteady } from "./support/steady.js";

// SDK ↔ spec, reads: the request `evo.messages.list(query)` (one page) and `evo.conversations.list(query)`
// make for generated queries is accepted by Steady running the bundled spec and by the compiled
// schemas, and every value, reserved characters and all, arrives exactly once, as given.

const spec = loadSpec();
const validator = createSpecValidator(spec);
const RUNS = 40;

let steady: Steady;
beforeAll(async () => {
  steady = await startSteady();
});
afterAll(() => steady?.stop());

// Characters that would split or add a parameter if a value were not encoded, and some that must survive it.
const reserved = fc.constantFrom(
  "a&b=c",
  "x#y",
  "1+1",
  "with space",
  "ünï©ødé 😀",
  "%2C",
  "?q=1&page=9",
  "a/b",
  "E1",
  "a,b",
);
const RESERVED_CHARS = ["&", "=", "#", "+", " ", "%", "?"];
const id = fc.oneof(reserved, fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" }));
const ids = fc.array(id, { minLength: 1, maxLength: 3 });
const text = fc.oneof(reserved, fc.string({ minLength: 1, maxLength: 30, unit: "grapheme" }));
const date = fc.date({
  min: new Date("2000-01-01T00:00:00Z"),
  max: new Date("2100-01-01T00:00:00Z"),
  noInvalidDate: true,
});
const afterDate = fc.oneof(
  date,
  date.map((d) => d.toISOString()),
);
const messagesQuery = fc.record(
  {
    accountIds: ids,
    customerIds: ids,
    endpointIds: ids,
    conversationIds: ids,
    afterDate,
    page: fc.integer({ min: 0, max: 1000 }),
    all: fc.boolean(),
    countPerPage: fc.integer({ min: 0, max: 500 }),
    specificIds: ids,
    sortField: text,
    sortOrder: fc.constantFrom("Ascend", "Descend"),
    simplifiedPaging: fc.boolean(),
  },
  { requiredKeys: [] },
);
const conversationsQuery = fc.record(
  { accountIds: ids, endpointIds: ids, customerIds: ids, afterDate },
  { requiredKeys: [] },
);

/** What each field must arrive as: lists comma-separated, dates ISO 8601, the rest as written. */
function serialised(query: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(",") : value instanceof Date ? value.toISOString() : String(value),
    ]),
  );
}

// A comma would split an id in two; the SDK is also stricter than the spec about blank values.
const hasComma = (query: object) =>
  Object.values(query).some((v) => Array.isArray(v) && v.some((i) => String(i).includes(",")));
const hasBlank = (query: object) =>
  Object.values(query).some((v) =>
    Array.isArray(v) ? v.some((i) => !String(i).trim()) : typeof v === "string" && !v.trim(),
  );

function problemsWith(sent: Sent, path: string, query: object, auth: AuthKind): string[] {
  const url = new URL(sent.request.url);
  const matched = matchOperation(spec, sent.request.method, url.pathname);
  if (!matched || matched.path !== path) return [`${sent.request.method} ${url.pathname} is not GET ${path}`];
  return [
    ...steadyProblems(sent),
    ...queryProblems(spec, validator.validate, { path, method: "GET" }, url, serialised(query)),
    ...(sent.body ? ["a GET carried a body"] : []),
    ...authorizationProblems(sent, auth),
  ];
}

type Call = (evo: EvoVoice, query: never) => Promise<unknown>;
const operations: [string, string, fc.Arbitrary<object>, Call][] = [
  [
    "evo.messages.list(query), one page",
    "/messages",
    messagesQuery,
    (evo, q: ListMessagesQuery) => evo.messages.list(q),
  ],
  [
    "evo.conversations.list(query)",
    "/conversations",
    conversationsQuery,
    (evo, q: ListConversationsQuery) => evo.conversations.list(q),
  ],
];

describe.each(["apiKey", "basicAuth"] as const)("with %s", (auth) => {
  it.each(operations)(
    "%s sends a request the spec accepts, each value once and as given",
    async (_, path, inputs, call) => {
      const { evo, sent } = recordingClient(steady.url, auth);
      let accepted = 0;
      const reservedSeen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(inputs, async (query) => {
          const before = sent.length;
          let refused = false;
          try {
            await call(evo, query as never);
          } catch (error) {
            // Refused up front (nothing sent), or an answer from Steady the checks below explain.
            refused = error instanceof RequestValidationError;
          }
          if (refused || hasComma(query)) {
            expect(refused, `${JSON.stringify(query)}: an id with a comma must be refused`).toBe(true);
            expect(hasComma(query) || hasBlank(query), `${JSON.stringify(query)} was refused`).toBe(true);
            expect(sent.length).toBe(before);
            return;
          }
          expect(sent.length).toBe(before + 1);
          expect(problemsWith(sent.at(-1) as Sent, path, query, auth)).toEqual([]);
          accepted++;
          for (const value of Object.values(serialised(query))) {
            for (const char of RESERVED_CHARS) if (value.includes(char)) reservedSeen.add(char);
            if ([...value].some((c) => (c.codePointAt(0) ?? 0) > 0x7f)) reservedSeen.add("unicode");
          }
        }),
        { numRuns: RUNS, seed: 20261130 },
      );
      // Most generated queries are ordinary; if nearly all were refused, the check proved nothing…
      expect(accepted).toBeGreaterThan(RUNS / 2);
      // …and values with every reserved character got through the SDK and were checked above.
      expect([...reservedSeen].sort()).toEqual([...RESERVED_CHARS, "unicode"].sort());
    },
  );
});

describe("the judges can say no", () => {
  it("to a value sent twice, a list split on repeated keys, a value that lost its '&', and a wrong type", async () => {
    const search = "?endpointIds=E1&endpointIds=E2&sortField=a&b=c&page=first";
    const request = new Request(`${steady.url}/messages${search}`, {
      headers: { authorization: "Bearer k" },
    });
    const sent = verdict(request, "", await fetch(request.clone()));
    const problems = problemsWith(
      sent,
      "/messages",
      { endpointIds: ["E1", "E2"], sortField: "a&b=c", page: 1 },
      "apiKey",
    );
    expect(problems).toEqual([
      expect.stringContaining("Steady judged the request invalid"),
      "b is not a query parameter of GET /messages",
      `endpointIds arrived 2 times, not once (${JSON.stringify(search)})`,
      'sortField arrived as "a", not "a&b=c"',
      'page arrived as "first", not "1"',
      expect.stringMatching(
        /^page disagrees with #\/components\/parameters\/Page\/schema: .*must be integer/,
      ),
    ]);
  });
});
