// The facts the guide states in prose about retries, timeouts, defaults and queries, each checked against the
// built SDK: the backoff and the Retry-After cap, the defaults, the query fields the SDK takes, what
// `npm init -y` writes. (What happens in each failure is not prose: the errors page's tables are generated
// by running the SDK, and errors-page.test.ts holds the prose around them to those tables.)
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { EvoVoice, EvoVoiceError, RequestValidationError } from "@evovoice-sdk/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { queryParameters } from "../scripts/lib/query-table.mjs";
import { page, prose } from "./support/guide-text.js";
import { bundledSpecFile } from "./support/paths.js";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const hang = (_input: unknown, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) =>
    init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
  );

describe("errors.md: backoff and the Retry-After cap", () => {
  /** The waits between the tries of a send answered 503 every time (with `retryAfter`, or none). */
  async function waits(random: number, retryAfter?: string): Promise<number[]> {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(random);
    const tries: number[] = [];
    const evo = new EvoVoice({
      apiKey: "key",
      maxRetries: 6,
      fetch: async () => {
        tries.push(Date.now());
        return new Response("{}", { status: 503, headers: retryAfter ? { "retry-after": retryAfter } : {} });
      },
    });
    const call = evo.messages.send({ sessionId: "S1", body: "Hi" }).catch(() => undefined);
    await vi.runAllTimersAsync();
    await call;
    return tries.slice(1).map((at, index) => at - (tries[index] ?? at));
  }

  it('"0.5 s, 1 s, 2 s … up to 8 s, each cut by up to a quarter at random"', async () => {
    expect(prose("errors.md")).toContain(
      "(0.5 s, 1 s, 2 s … up to 8 s, each cut by up to a quarter at random)",
    );
    expect(await waits(0)).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(await waits(1)).toEqual([375, 750, 1500, 3000, 6000, 6000]);
  });

  it('"A Retry-After longer than 60 s is not waited out inside your call"', async () => {
    expect(prose("errors.md")).toContain(
      "A `Retry-After` longer than 60 s is not waited out inside your call",
    );
    expect(await waits(0, "60")).toEqual(Array(6).fill(60_000));
    expect(await waits(0, "61")).toEqual([]);
  });
});

describe("defaults the prose repeats", () => {
  it('"`maxRetries` (default 2)": a send refused with 503 is tried three times', async () => {
    expect(prose("errors.md")).toContain("`maxRetries` (default 2)");
    let calls = 0;
    const evo = new EvoVoice({
      apiKey: "key",
      fetch: async () => {
        calls++;
        return new Response("{}", { status: 503, headers: { "retry-after": "0" } });
      },
    });
    await evo.messages.send({ sessionId: "S1", body: "Hi" }).catch(() => undefined);
    expect(calls).toBe(3);
  });

  it('"30 seconds unless you say otherwise"', async () => {
    expect(prose("timeouts.md")).toContain("30 seconds unless you say otherwise");
    vi.useFakeTimers();
    const evo = new EvoVoice({ apiKey: "key", fetch: hang, maxRetries: 0 });
    let settled: unknown;
    const call = evo.messages.send({ sessionId: "S1", body: "Hi" }).catch((error: unknown) => {
      settled = error;
    });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await call;
    expect((settled as Error).name).toBe("TimeoutError");
  });
});

describe("install.md: credentials and plain http://", () => {
  it('"The SDK refuses to send them over plain `http://`, except to a loopback address … opt out with `allowInsecureHttp: true`"', async () => {
    expect(prose("install.md")).toContain(
      "The SDK refuses to send them over plain `http://`, except to a loopback address",
    );
    expect(prose("install.md")).toContain("opt out with `allowInsecureHttp: true`");
    let calls = 0;
    const fetch = async () => {
      calls++;
      return Response.json({ conversations: [] });
    };
    const attempt = async (baseUrl: string, allowInsecureHttp?: boolean) => {
      try {
        const evo = new EvoVoice({
          apiKey: "key",
          baseUrl,
          fetch,
          ...(allowInsecureHttp ? { allowInsecureHttp } : {}),
        });
        await evo.conversations.list();
        return "sent";
      } catch (error) {
        return error instanceof EvoVoiceError ? "refused" : String(error);
      }
    };
    expect(await attempt("http://team.example.com")).toBe("refused");
    expect(calls).toBe(0);
    expect(await attempt("http://127.0.0.1:4010")).toBe("sent");
    expect(await attempt("http://team.example.com", true)).toBe("sent");
    expect(calls).toBe(2);
  });
});

describe("reading.md: the query fields", () => {
  const sent: string[] = [];
  const evo = new EvoVoice({
    apiKey: "key",
    maxRetries: 0,
    fetch: async (input) => {
      sent.push(typeof input === "string" ? input : input.url);
      return Response.json({ items: [], conversations: [] });
    },
  });
  // A value of the right type for each kind of field, so only the field's name can be refused.
  const sample = (type: string) => {
    if (type.endsWith("[]")) return ["E1"];
    if (type === "integer") return 1;
    if (type === "boolean") return true;
    if (type.startsWith('"')) return JSON.parse(type.split(" ")[0] ?? '""');
    return "2026-11-01T00:00:00Z";
  };
  /** Whether the SDK sends a query with `field`, or refuses it before sending. */
  async function takes(list: (query: never) => Promise<unknown>, field: string, value: unknown) {
    const before = sent.length;
    const error = await list({ [field]: value } as never).catch((e: unknown) => e);
    return !(error instanceof RequestValidationError) && sent.length === before + 1;
  }

  it("messages.list() takes every field of the generated table, and no other", async () => {
    expect(page("reading.md")).toContain("<!--@include: @/../generated/query/listMessages.md-->");
    const table = queryParameters(bundledSpecFile, "listMessages");
    expect(table.length).toBeGreaterThan(5);
    for (const { name, type } of table) {
      expect(await takes((q) => evo.messages.list(q), name, sample(type)), name).toBe(true);
    }
    expect(await takes((q) => evo.messages.list(q), "endpointId", "E1")).toBe(false);
  });

  it('conversations.list() "takes accountIds, endpointIds, customerIds and afterDate"', async () => {
    expect(prose("reading.md")).toContain(
      "It takes `accountIds`, `endpointIds`, `customerIds` and `afterDate`.",
    );
    for (const [name, value] of Object.entries({
      accountIds: ["A1"],
      endpointIds: ["E1"],
      customerIds: ["C1"],
      afterDate: "2026-11-01T00:00:00Z",
    })) {
      expect(await takes((q) => evo.conversations.list(q), name, value), name).toBe(true);
    }
    expect(await takes((q) => evo.conversations.list(q), "countPerPage", 1)).toBe(false);
  });
});

describe("install.md: the two kinds of project", () => {
  it('"`npm init -y` (npm 11) writes `"type": "commonjs"`"', async () => {
    expect(prose("install.md")).toContain('`npm init -y` (npm 11) writes `"type": "commonjs"`');
    const run = promisify(execFile);
    const { stdout: version } = await run("npm", ["--version"]);
    const dir = mkdtempSync(join(tmpdir(), "docs-npm-init-"));
    try {
      // Offline: npm init reads nothing from the registry.
      await run("npm", ["init", "-y"], { cwd: dir, env: { ...process.env, npm_config_offline: "true" } });
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { type?: string };
      if (version.startsWith("11.")) expect(manifest.type).toBe("commonjs");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
