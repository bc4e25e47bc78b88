// The reference's curl samples, run as written against the mock server (only the host is swapped), so a
// wrong route, header or body in a sample fails here instead of for a reader.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { specCodeSamples } from "./support/code-blocks.js";
import { operations } from "./support/spec-facts.js";

const run = promisify(execFile);
const apiKey = "docs-sample-key";
const curlSamples = specCodeSamples().filter((sample) => sample.label === "curl");
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [apiKey] });
});
afterAll(() => server?.close());

it("every operation has a curl sample", () => {
  expect(curlSamples.map((s) => s.operationId).sort()).toEqual(operations.map((op) => op.operationId).sort());
});

describe.each(curlSamples.map((s) => [s.operationId, s] as const))("the curl sample of %s", (_id, sample) => {
  it("sends a request the server accepts and records once, on the operation's route", async () => {
    const production = "https://evovoice.io";
    expect(sample.source).toContain(production);
    const before = server.messages.length;
    const { stdout } = await run("sh", ["-c", sample.source.replaceAll(production, server.url)], {
      env: { PATH: process.env.PATH, EVOVOICE_API_KEY: apiKey },
      timeout: 10_000,
    });
    const answer = JSON.parse(stdout) as { id?: string; responseStatus?: unknown };
    expect(answer.responseStatus).toBeUndefined();
    expect(answer.id).toEqual(expect.any(String));

    expect(server.messages.length).toBe(before + 1);
    const recorded = server.messages.at(-1);
    const op = operations.find((o) => o.operationId === sample.operationId);
    expect(recorded?.route).toBe(op?.path);
    expect(recorded?.auth).toBe("bearer");
    // The body the sample sends is what the server recorded (the session route adds the path's sessionId).
    const sent = JSON.parse(/-d '([^']*)'/.exec(sample.source)?.[1] ?? "null") as Record<string, string>;
    expect(recorded?.request).toMatchObject(sent);
  });
});
