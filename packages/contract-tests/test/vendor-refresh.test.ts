import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshVendorScript, vendorFixture } from "../src/repo-paths.js";

const run = promisify(execFile);
const metadata = await readFile(new URL("../fixtures/servicestack-types-metadata.json", import.meta.url));

// A ServiceStack-like server on loopback that serves /types/metadata and counts requests.
let server: Server;
let baseUrl: string;
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.setHeader("content-type", "application/json; charset=utf-8");
    response.end(metadata);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("npm run vendor:refresh", () => {
  it("rebuilds the committed fixture from ServiceStack's /types/metadata", async () => {
    requests = [];
    const out = join(tmpdir(), `vendor-fixture-${process.pid}.json`);
    await run(process.execPath, [refreshVendorScript, "--out", out], {
      env: { ...process.env, EVOVOICE_BASE_URL: baseUrl },
    });
    const refreshed = JSON.parse(await readFile(out, "utf8"));
    const committed = JSON.parse(await readFile(vendorFixture, "utf8"));
    expect(requests).toEqual(["GET /types/metadata"]);
    expect({ ...refreshed, source: "" }).toEqual({ ...committed, source: "" });
    expect(refreshed.source).toBe(`${baseUrl}/json/metadata?op=SendMessage`);
  });

  it("says so and changes nothing when the server cannot be reached", async () => {
    const before = await readFile(vendorFixture, "utf8");
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const failure = await run(process.execPath, [refreshVendorScript], {
      env: { ...process.env, EVOVOICE_BASE_URL: `http://127.0.0.1:${port}` },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain("is unchanged");
    expect(await readFile(vendorFixture, "utf8")).toBe(before);
  });
});
