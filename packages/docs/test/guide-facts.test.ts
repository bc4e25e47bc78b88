// The facts the guide states in prose, checked against the code that makes them true: the retry table row by
// row (a send and a read, each through the real SDK), the backoff and the Retry-After cap, the defaults, the
// query fields the SDK takes, what `npm init -y` writes, and that the build's generated parts are turbo inputs.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { EvoVoice, type LogEvent, type MessageInfo } from "@evovoice-sdk/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generatedSources } from "../scripts/lib/generated.mjs";
import { queryParameters } from "../scripts/lib/query-table.mjs";
import { bundledSpecFile, guideDir, turboJsonFile } from "./support/paths.js";

const page = (name: string) => readFileSync(join(guideDir, name), "utf8");
/** A page's text with its line breaks folded, so a phrase that wraps in the markdown is still found. */
const prose = (name: string) => page(name).replace(/\s+/g, " ");
const MESSAGE: MessageInfo = { id: "6571a3f09c2b4d8e91f0a7b3" };

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

type Fetch = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** A fetch that fails the first call with `fault` and answers every later one; it counts the calls. */
function faultyFetch(fault: Fetch) {
  const calls: string[] = [];
  const fetch: Fetch = (input, init) => {
    calls.push(typeof input === "string" ? input : input.url);
    if (calls.length > 1)
      return Promise.resolve(Response.json(init?.method === "GET" ? { items: [] } : MESSAGE));
    return fault(input, init);
  };
  return { fetch, calls };
}

const networkError = (code: string) => () =>
  Promise.reject(new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) }));
const status = (code: number) => () =>
  Promise.resolve(
    Response.json(
      { responseStatus: { errorCode: "Error", message: "failed" } },
      { status: code, headers: { "retry-after": "0" } },
    ),
  );
const hang: Fetch = (_input, init) =>
  new Promise((_resolve, reject) =>
    init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
  );

// Each row of the retry table in errors.md, by its first cell, and the faults that stand for it.
const faultsByRow: Record<string, Fetch[]> = {
  "connection refused before the request left": [networkError("ECONNREFUSED")],
  "429 Too Many Requests": [status(429)],
  "503 Service Unavailable": [status(503)],
  "500 or another 5xx": [status(500), status(502)],
  timeout: [hang],
  "connection reset or dropped mid-request": [networkError("ECONNRESET")],
  "408 Request Timeout": [status(408)],
  "400, 401, 403, 404, 409": [status(400), status(401), status(403), status(404), status(409)],
};

/** The rows of the first table under the heading that starts with `heading`, cells trimmed. */
function tableRows(markdown: string, heading: string): string[][] {
  const section = markdown.slice(markdown.indexOf(`\n## ${heading}`)).split(/\n## /)[1] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2)
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

function retryTable(): { what: string; send: boolean; read: boolean }[] {
  const rows = tableRows(page("errors.md"), "What is retried");
  return rows.map(([what = "", send = "", read = ""]) => {
    const yes = (cell: string) => /^yes/.test(cell.replace(/\*/g, ""));
    return { what, send: yes(send), read: yes(read) };
  });
}

/** How many times the SDK called fetch for one send or one read that met `fault` first (maxRetries 1). */
async function attempts(fault: Fetch, kind: "send" | "read"): Promise<number> {
  const { fetch, calls } = faultyFetch(fault);
  const evo = new EvoVoice({ apiKey: "key", fetch, maxRetries: 1, timeoutMs: 50 });
  // Backoff waits are cut to nothing: the count is the assertion, not the time.
  vi.spyOn(Math, "random").mockReturnValue(1);
  const call =
    kind === "send"
      ? evo.messages.send({ sessionId: "S1", body: "Hi" })
      : evo.messages.list({ countPerPage: 1 });
  await call.catch(() => undefined);
  return calls.length;
}

describe("errors.md: the retry table is the SDK's policy", () => {
  const table = retryTable();

  it("names every situation this test knows how to cause", () => {
    expect(table.map((row) => row.what.replace(/`/g, ""))).toEqual(Object.keys(faultsByRow));
  });

  it.each(table.map((row) => [row.what, row] as const))("%s", async (what, row) => {
    for (const fault of faultsByRow[what.replace(/`/g, "")] ?? []) {
      expect(await attempts(fault, "send"), `a send after: ${what}`).toBe(row.send ? 2 : 1);
      expect(await attempts(fault, "read"), `a read after: ${what}`).toBe(row.read ? 2 : 1);
    }
  });
});

describe("errors.md: the error classes", () => {
  const rows = tableRows(page("errors.md"), "The error classes").map(([name = "", when = ""]) => ({
    name: name.replace(/`/g, ""),
    statuses: [...when.matchAll(/\b([1-5]\d\d)\b/g)].map((match) => Number(match[1])),
  }));

  it.each(rows.filter((row) => row.statuses.length > 0).map((row) => [row.name, row.statuses] as const))(
    "%s is what a send answered %j throws",
    async (name, statuses) => {
      for (const code of statuses) {
        const evo = new EvoVoice({ apiKey: "key", maxRetries: 0, fetch: status(code) });
        const error = await evo.messages.send({ sessionId: "S1", body: "Hi" }).catch((e: unknown) => e);
        expect((error as Error).name, `status ${code}`).toBe(name);
      }
    },
  );

  it('"A 3xx answer is an `ApiError` too"', async () => {
    expect(prose("errors.md")).toContain("A 3xx answer is an `ApiError` too");
    const redirect = async () =>
      new Response(null, { status: 302, headers: { location: "https://example.com/" } });
    const evo = new EvoVoice({ apiKey: "key", maxRetries: 0, fetch: redirect });
    const error = await evo.messages.send({ sessionId: "S1", body: "Hi" }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("ApiError");
  });
});

describe("errors.md: backoff and the Retry-After cap", () => {
  /** The waits the SDK logs before each retry of a send answered 503 `retryAfter` (or no Retry-After). */
  async function waits(random: number, retryAfter?: string): Promise<{ waits: number[]; calls: number }> {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(random);
    const events: LogEvent[] = [];
    const record = (_line: string, event?: object) => events.push(event as LogEvent);
    let calls = 0;
    const evo = new EvoVoice({
      apiKey: "key",
      maxRetries: 6,
      logLevel: "warn",
      logger: { debug: record, info: record, warn: record, error: record },
      fetch: async () => {
        calls++;
        return new Response("{}", { status: 503, headers: retryAfter ? { "retry-after": retryAfter } : {} });
      },
    });
    const call = evo.messages.send({ sessionId: "S1", body: "Hi" }).catch(() => undefined);
    await vi.runAllTimersAsync();
    await call;
    return { waits: events.flatMap((e) => (e.retryInMs === undefined ? [] : [e.retryInMs])), calls };
  }

  it('"0.5 s, 1 s, 2 s … up to 8 s, each cut by up to a quarter at random"', async () => {
    expect(prose("errors.md")).toContain(
      "(0.5 s, 1 s, 2 s … up to 8 s, each cut by up to a quarter at random)",
    );
    expect((await waits(0)).waits).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect((await waits(1)).waits).toEqual([375, 750, 1500, 3000, 6000, 6000]);
  });

  it('"A Retry-After longer than 60 s is not waited out inside your call"', async () => {
    expect(prose("errors.md")).toContain(
      "A `Retry-After` longer than 60 s is not waited out inside your call",
    );
    expect(await waits(0, "60")).toMatchObject({ waits: Array(6).fill(60_000), calls: 7 });
    expect(await waits(0, "61")).toEqual({ waits: [], calls: 1 });
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

describe("reading.md: the query fields", () => {
  /** The fields the SDK accepts, from the error it gives for one it does not. */
  async function acceptedFields(list: (query: never) => Promise<unknown>): Promise<string[]> {
    const error = await list({ noSuchField: 1 } as never).catch((e: unknown) => e);
    const message = (error as Error).message;
    return (/not a field of this query \(([^)]*)\)/.exec(message)?.[1] ?? message).split(", ").sort();
  }
  const evo = new EvoVoice({ apiKey: "key", fetch: async () => Response.json({}) });

  it("the generated table of listMessages' parameters is what messages.list() takes", async () => {
    const table = queryParameters(bundledSpecFile, "listMessages").map((p) => p.name);
    expect(await acceptedFields((q) => evo.messages.list(q))).toEqual([...table].sort());
  });

  it('conversations.list() "takes accountIds, endpointIds, customerIds and afterDate"', async () => {
    expect(prose("reading.md")).toContain(
      "It takes `accountIds`, `endpointIds`, `customerIds` and `afterDate`.",
    );
    expect(await acceptedFields((q) => evo.conversations.list(q))).toEqual([
      "accountIds",
      "afterDate",
      "customerIds",
      "endpointIds",
    ]);
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

describe("the build's generated parts", () => {
  it("every file a guide page generates from is an input of the docs build in turbo.json", () => {
    const turbo = JSON.parse(readFileSync(turboJsonFile, "utf8")) as {
      tasks: Record<string, { inputs?: string[]; dependsOn?: string[] }>;
    };
    const task = turbo.tasks["@evovoice-sdk/docs#build"];
    const sources = new Set(
      ["index.md", "install.md", "reading.md", "testing.md", "errors.md", "observing.md"].flatMap((name) =>
        generatedSources(page(name)),
      ),
    );
    expect(sources.size).toBeGreaterThan(0);
    for (const source of sources) {
      // The bundled spec is the spec package's bundle output: a dependency of the build, not a file input.
      if (source === "spec/dist/openapi.json") expect(task?.dependsOn).toContain("^bundle");
      else expect(task?.inputs, source).toContain(`$TURBO_ROOT$/${source}`);
    }
    expect(task?.inputs).toContain("$TURBO_DEFAULT$");
  });
});
