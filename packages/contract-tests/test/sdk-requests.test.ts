import { RequestValidationError, type SendMessageInput } from "@evovoice-sdk/client";
import { deref, isObject } from "@evovoice-sdk/openapi-kit";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../src/openapi-document.js";
import { matchOperation } from "../src/server-contract/match-operation.js";
import { createSpecValidator, describeErrors } from "../src/spec-validator.js";
import {
  type AuthKind,
  authorizationProblems,
  recordingClient,
  type Sent,
  steadyProblems,
  verdict,
} from "./support/recording-client.js";
import { type Steady, startSteady } from "./support/steady.js";

// SDK ↔ spec, sends: every request the SDK produces, for generated inputs on both routes
// and both auth kinds, is accepted by Steady (an independent validator running the
// bundled spec) and by our own schemas compiled from the spec. (Lists: sdk-list-requests.test.ts.)

const spec = loadSpec();
const validator = createSpecValidator(spec);
const RUNS = 25;

let steady: Steady;
beforeAll(async () => {
  steady = await startSteady();
});
afterAll(() => steady?.stop());

const text = fc.string({ minLength: 1, maxLength: 60, unit: "grapheme" });
const bySession = fc.record({ sessionId: text, body: text });
const byEndpoint = fc.record({ endpointId: text, toAddress: text, body: text });

function problemsWith(sent: Sent, input: SendMessageInput, auth: AuthKind): string[] {
  const problems: string[] = steadyProblems(sent);
  const url = new URL(sent.request.url);
  const matched = matchOperation(spec, sent.request.method, url.pathname);
  if (!matched)
    return [...problems, `${sent.request.method} ${url.pathname} is not an operation of the spec`];
  if ("sessionId" in input && input.sessionId !== undefined) {
    const segment = url.pathname.split("/")[2] ?? "";
    if (decodeURIComponent(segment) !== input.sessionId)
      problems.push(`path carries ${segment}, not the session id`);
  }
  const requestBody = deref(spec, matched.operation.requestBody);
  const media =
    isObject(requestBody) && isObject(requestBody.content)
      ? requestBody.content["application/json"]
      : undefined;
  const schemaRef = isObject(media) && isObject(media.schema) ? media.schema.$ref : undefined;
  const errors = validator.validate(String(schemaRef), JSON.parse(sent.body));
  if (errors.length) problems.push(`body disagrees with ${schemaRef}: ${describeErrors(errors)}`);
  if (!sent.request.headers.get("content-type")?.startsWith("application/json"))
    problems.push("not sent as JSON");
  return [...problems, ...authorizationProblems(sent, auth)];
}

describe.each(["apiKey", "basicAuth"] as const)("with %s", (auth) => {
  it.each([
    ["into a session", bySession],
    ["from an endpoint to an address", byEndpoint],
  ] as const)("every message sent %s is a request the spec accepts", async (_, inputs) => {
    const { evo, sent } = recordingClient(steady.url, auth);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(inputs, async (input: SendMessageInput) => {
        const before = sent.length;
        try {
          await evo.messages.send(input);
        } catch (error) {
          // The SDK may refuse an input up front (blank, `.`, `..`); then nothing may be sent.
          expect(error).toBeInstanceOf(RequestValidationError);
          expect(sent.length).toBe(before);
          return;
        }
        expect(sent.length).toBe(before + 1);
        const last = sent.at(-1) as Sent;
        expect(problemsWith(last, input, auth)).toEqual([]);
        accepted++;
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
    // Most generated inputs are ordinary; if nearly all were refused, the check proved nothing.
    expect(accepted).toBeGreaterThan(RUNS / 2);
  });
});

describe("the judges can say no", () => {
  it("Steady and the compiled schemas both flag a request the spec does not accept", async () => {
    const request = new Request(`${steady.url}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer k" },
      body: JSON.stringify({ endpointId: "E1", body: 5 }),
    });
    const response = await fetch(request.clone());
    const sent = verdict(request, await request.text(), response);
    const problems = problemsWith(sent, { endpointId: "E1", toAddress: "", body: "" }, "apiKey");
    expect(problems).toEqual([
      expect.stringContaining("Steady judged the request invalid"),
      expect.stringContaining("body disagrees with #/components/schemas/AddressedSendMessage"),
    ]);
  });
});
