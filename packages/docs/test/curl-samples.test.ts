// The reference's curl samples, run as written against the mock server (only the host is swapped), so a
// wrong route, header, query or body in a sample fails here instead of for a reader. A send must be accepted
// and recorded once on its route; a read must be answered with the operation's 200 schema and record nothing.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { deref, schemaCompiler } from "@evovoice-sdk/openapi-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { specCodeSamples } from "./support/code-blocks.js";
import { operations, spec } from "./support/spec-facts.js";

const run = promisify(execFile);
const apiKey = "docs-sample-key";
const production = "https://evovoice.io";
const curlSamples = specCodeSamples().filter((sample) => sample.label === "curl");
const compile = schemaCompiler(spec);
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [apiKey] });
});
afterAll(() => server?.close());

/** The pointer of the schema of an operation's 200 JSON answer, in the bundled spec. */
function successSchemaPointer(path: string, method: string): string {
  const paths = spec.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
  const response = deref(spec, paths[path]?.[method]?.responses["200"]) as {
    content: Record<string, { schema: { $ref?: string } }>;
  };
  const pointer = response.content["application/json"]?.schema.$ref;
  if (!pointer) throw new Error(`${method} ${path}: the 200 answer's schema is not a $ref`);
  return pointer;
}

async function runSample(source: string): Promise<Record<string, unknown>> {
  expect(source).toContain(production);
  const { stdout } = await run("sh", ["-c", source.replaceAll(production, server.url)], {
    env: { PATH: process.env.PATH, EVOVOICE_API_KEY: apiKey },
    timeout: 10_000,
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

it("every operation has a curl sample", () => {
  expect(curlSamples.map((s) => s.operationId).sort()).toEqual(operations.map((op) => op.operationId).sort());
});

// Each sample with its operation, split by what the operation does: a send, or a read.
const samplesOf = (method: string) =>
  curlSamples.flatMap((sample) => {
    const op = operations.find((o) => o.operationId === sample.operationId);
    return op?.method === method ? [[sample.operationId, sample, op] as const] : [];
  });

describe.each(samplesOf("post"))("the curl sample of %s", (_id, sample, op) => {
  it("sends a message the server accepts and records once, on the operation's route", async () => {
    const before = server.messages.length;
    const answer = await runSample(sample.source);
    expect(answer.responseStatus).toBeUndefined();
    expect(answer.id).toEqual(expect.any(String));

    expect(server.messages.length).toBe(before + 1);
    const recorded = server.messages.at(-1);
    expect(recorded?.route).toBe(op.path);
    expect(recorded?.auth).toBe("bearer");
    // The body the sample sends is what the server recorded (the session route adds the path's sessionId).
    const sent = JSON.parse(/-d '([^']*)'/.exec(sample.source)?.[1] ?? "null") as Record<string, string>;
    expect(recorded?.request).toMatchObject(sent);
  });
});

describe.each(samplesOf("get"))("the curl sample of %s", (_id, sample, op) => {
  it("reads: answered with the operation's 200 schema, nothing recorded", async () => {
    const before = server.messages.length;
    const answer = await runSample(sample.source);
    expect(answer.responseStatus).toBeUndefined();
    const pointer = successSchemaPointer(op.path, "get");
    const validate = compile(pointer);
    expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
    // Every field is optional in ServiceStack's schemas, so a message (a send's answer) would validate too:
    // the answer may hold only the fields the list's schema declares.
    const declared = Object.keys(
      (deref(spec, { $ref: pointer }) as { properties?: object }).properties ?? {},
    );
    expect(declared.length).toBeGreaterThan(0);
    for (const key of Object.keys(answer)) expect(declared, `field ${key} of the answer`).toContain(key);
    expect(server.messages.length).toBe(before);
  });
});
