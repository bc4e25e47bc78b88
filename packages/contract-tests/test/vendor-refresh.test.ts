import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exec } from "@evovoice-sdk/processes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshVendorScript, vendorDir } from "../src/repo-paths.js";

const refresh = (args: string[], baseUrl: string) =>
  exec(process.execPath, [refreshVendorScript, ...args], {
    env: { ...process.env, EVOVOICE_BASE_URL: baseUrl },
  });
const metadata = await readFile(
  new URL("../fixtures/servicestack-types-metadata.json", import.meta.url),
  "utf8",
);
const OPERATIONS = ["ListConversations", "ListMessages", "SendMessage"];

// A ServiceStack-like server on loopback that serves /types/metadata and counts requests.
let server: Server;
let baseUrl: string;
let requests: string[] = [];
let served = metadata;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.setHeader("content-type", "application/json; charset=utf-8");
    response.end(served);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const readAll = (dir: string) =>
  Promise.all(OPERATIONS.map(async (name) => JSON.parse(await readFile(join(dir, `${name}.json`), "utf8"))));

async function refreshInto(baseUrl: string) {
  const out = await mkdtemp(join(tmpdir(), "vendor-fixtures-"));
  return { out, result: await refresh(["--out", out], baseUrl) };
}

describe("npm run vendor:refresh", () => {
  it("rebuilds all three committed fixtures from one read of ServiceStack's /types/metadata", async () => {
    requests = [];
    served = metadata;
    const { out, result } = await refreshInto(baseUrl);
    try {
      expect(result.exitCode).toBe(0);
      expect(requests).toEqual(["GET /types/metadata"]);
      const refreshed = await readAll(out);
      const committed = await readAll(vendorDir);
      for (const [index, name] of OPERATIONS.entries()) {
        expect({ ...refreshed[index], source: "" }, name).toEqual({ ...committed[index], source: "" });
        expect(refreshed[index].source).toBe(`${baseUrl}/json/metadata?op=${name}`);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("would write something else if the server said something else, so the check above can fail", async () => {
    served = metadata.replace('"The number per page to retrieve"', '"How many per page"');
    const { out, result } = await refreshInto(baseUrl);
    try {
      expect(result.exitCode).toBe(0);
      const [, listMessages] = await readAll(out);
      const countPerPage = listMessages.request.fields.find(
        (field: { name: string }) => field.name === "CountPerPage",
      );
      expect(countPerPage).toMatchObject({ in: "query", type: "int", description: "How many per page" });
    } finally {
      served = metadata;
      await rm(out, { recursive: true, force: true });
    }
  });

  it("writes nothing when one operation is missing from the metadata", async () => {
    served = metadata.replace('"name": "ListConversations"', '"name": "ListSomethingElse"');
    const { out, result } = await refreshInto(baseUrl);
    try {
      expect(result.exitCode).not.toBe(0);
      expect(result.stderr).toContain("no operation named ListConversations");
      expect(await readdir(out)).toEqual([]);
    } finally {
      served = metadata;
      await rm(out, { recursive: true, force: true });
    }
  });

  it("says so and changes nothing when the server cannot be reached", async () => {
    const before = await readAll(vendorDir);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    // Into spec/vendor/ itself, as `npm run vendor:refresh` writes: nothing there may change.
    const failure = await refresh([], `http://127.0.0.1:${port}`);
    expect(failure.exitCode).toBe(2);
    expect(failure.stderr).toContain("are unchanged");
    expect(await readAll(vendorDir)).toEqual(before);
  });
});
