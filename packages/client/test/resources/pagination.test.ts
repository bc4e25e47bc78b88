import { EvoVoice, type MessageInfo } from "@evovoice-sdk/client";
import { describe, expect, it } from "vitest";
import { sharedServer } from "../support/lifecycle.js";
import type { Recorded } from "../support/server.js";

const server = sharedServer();
const evo = () => new EvoVoice({ apiKey: "k", baseUrl: server().url, maxRetries: 0 });
const messages = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `M${i + 1}`, text: "x" }));
const pageAsked = (r: Recorded) => new URL(r.url, "http://x").searchParams.get("page");

/** A well-behaved ListMessages over `all`, counting pages from `base` (a missing or lower page is the first). */
function pagedServer(all: MessageInfo[], base: 0 | 1, perPage: number, fields: "totals" | "none" = "totals") {
  return (r: Recorded) => {
    const index = Math.max(Number(pageAsked(r) ?? 0), base) - base;
    const items = all.slice(index * perPage, (index + 1) * perPage);
    const totalPages = Math.ceil(all.length / perPage);
    return fields === "totals"
      ? { items, totalCount: all.length, totalPages, hasMorePages: index + 1 < totalPages }
      : { items };
  };
}

async function collect(iterable: AsyncIterable<MessageInfo>): Promise<string[]> {
  const ids: string[] = [];
  for await (const message of iterable) ids.push(message.id ?? "?");
  return ids;
}

describe("for await over messages.list: every message, page by page", () => {
  const all = messages(7);
  const ids = all.map((m) => m.id);

  it.each([0, 1] as const)("a server counting pages from %i, with totals", async (base) => {
    server().reply({ body: pagedServer(all, base, 3) });
    expect(await collect(evo().messages.list({ endpointIds: ["E1"] }))).toEqual(ids);
    // Base 0: pages 0, 1, 2 (totalCount reached). Base 1: 0 (= 1), 1 (a repeat, skipped once), 2, 3.
    expect(server().requests.map(pageAsked)).toEqual(base === 0 ? [null, "1", "2"] : [null, "1", "2", "3"]);
    expect(server().requests.every((r) => r.url.includes("endpointIds=E1"))).toBe(true);
  });

  it.each([0, 1] as const)(
    "a server counting from %i without totals (simplified paging): ends on the empty page",
    async (base) => {
      server().reply({ body: pagedServer(all, base, 3, "none") });
      expect(await collect(evo().messages.list({ simplifiedPaging: true }))).toEqual(ids);
      expect(server().requests.at(-1)?.url).toContain(`page=${base === 0 ? 3 : 4}`);
    },
  );

  it("an explicit first page is where it starts", async () => {
    server().reply({ body: pagedServer(all, 0, 3) });
    expect(await collect(evo().messages.list({ page: 1 }))).toEqual(ids.slice(3));
    expect(server().requests.map(pageAsked)).toEqual(["1", "2"]);
  });

  it("fetches a page only when the caller wants more", async () => {
    server().reply({ body: pagedServer(all, 0, 3) });
    for await (const message of evo().messages.list()) {
      expect(message.id).toBe("M1");
      break;
    }
    expect(server().requests).toHaveLength(1);
  });

  it("all: true is one request", async () => {
    server().reply({ body: { items: all, totalCount: 7, hasMorePages: true } });
    expect(await collect(evo().messages.list({ all: true }))).toEqual(ids);
    expect(server().requests).toHaveLength(1);
  });

  it("awaiting the same call gives the first page; iterating it does not fetch that page again", async () => {
    server().reply({ body: pagedServer(all, 0, 3) });
    const call = evo().messages.list();
    expect((await call).items?.map((m) => m.id)).toEqual(["M1", "M2", "M3"]);
    expect(await collect(call)).toEqual(ids);
    expect(server().requests.map(pageAsked)).toEqual([null, "1", "2"]);
  });
});

describe("it ends by itself on a server that misbehaves", () => {
  it("an empty page that claims there are more", async () => {
    server().reply(
      { body: { items: messages(2), hasMorePages: true, totalCount: 99 } },
      { body: { items: [], hasMorePages: true, totalCount: 99 } },
    );
    expect(await collect(evo().messages.list())).toEqual(["M1", "M2"]);
    expect(server().requests).toHaveLength(2);
  });

  it("a page that repeats forever", async () => {
    server().reply({ body: { items: messages(2), hasMorePages: true, totalCount: 99 } });
    expect(await collect(evo().messages.list())).toEqual(["M1", "M2"]);
    // Page 0, then page 1 (a repeat, passed over once), then page 2: a second repeat in a row ends it.
    expect(server().requests).toHaveLength(3);
  });

  it("a page that repeats from an explicit start: the same", async () => {
    server().reply({ body: { items: messages(2), hasMorePages: true } });
    expect(await collect(evo().messages.list({ page: 3 }))).toEqual(["M1", "M2"]);
    expect(server().requests.map(pageAsked)).toEqual(["3", "4", "5"]);
  });

  it("messages arriving while paging (newest first) push one page back: nothing is lost", async () => {
    // Two pages of 2; before page 1 is read, two new messages arrive at the front and push M1, M2 onto it.
    const older = messages(4);
    server().reply(
      { body: { items: older.slice(0, 2) } },
      { body: { items: older.slice(0, 2) } }, // page 1 after the arrivals: what was page 0
      { body: { items: older.slice(2, 4) } },
      { body: { items: [] } },
    );
    expect(await collect(evo().messages.list())).toEqual(["M1", "M2", "M3", "M4"]);
  });

  it("overlapping pages: each message once", async () => {
    server().reply(
      { body: { items: messages(3) } },
      { body: { items: messages(5).slice(2) } },
      { body: { items: [] } },
    );
    expect(await collect(evo().messages.list())).toEqual(["M1", "M2", "M3", "M4", "M5"]);
  });

  it("a server that ignores page and always sends new messages: ends past totalPages", async () => {
    let n = 0;
    server().reply({
      body: () => ({ items: [{ id: `R${++n}` }, { id: `R${++n}` }], totalPages: 3, hasMorePages: true }),
    });
    expect(await collect(evo().messages.list())).toEqual(["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"]);
    // Pages 0 to 3: the last page of a server counting from 1 is 3.
    expect(server().requests.map(pageAsked)).toEqual([null, "1", "2", "3"]);
  });

  it("hasMorePages: false ends it, even if the page was full", async () => {
    server().reply({ body: { items: messages(3), hasMorePages: false } });
    expect(await collect(evo().messages.list())).toEqual(["M1", "M2", "M3"]);
    expect(server().requests).toHaveLength(1);
  });

  it("a page that fails ends the iteration with its error, after the items already yielded", async () => {
    server().reply(
      { body: { items: messages(2) } },
      { status: 400, body: { responseStatus: { errorCode: "Bad", message: "no" } } },
    );
    const seen: string[] = [];
    const iterate = async () => {
      for await (const m of evo().messages.list()) seen.push(m.id ?? "?");
    };
    await expect(iterate()).rejects.toMatchObject({ status: 400, errorCode: "Bad" });
    expect(seen).toEqual(["M1", "M2"]);
  });
});
