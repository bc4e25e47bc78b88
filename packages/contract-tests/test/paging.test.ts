import { describe, expect, it } from "vitest";
import { orderOf } from "../src/server-contract/page-facts.js";
import { checkPaging, type Page, type ReadPage } from "../src/server-contract/paging.js";

// checkPaging against in-memory servers that page correctly from 0 or from 1, and that break it in
// the ways a real server could: the base must be found from evidence, each break named with the
// vendor's words it breaks, and nothing the vendor leaves open held against a server.

interface Pager {
  base: 0 | 1;
  /** A server that forgets `page` and always answers the first one. */
  ignoresPage?: boolean;
  /** Changes each page before it is answered. */
  change?: (page: Page, query: Record<string, string>) => Page;
}

function pager(count: number, { base, ignoresPage, change }: Pager): ReadPage {
  const ids = Array.from({ length: count }, (_, i) => `m${i}`);
  return async (query) => {
    const per = Number(query.countPerPage);
    const asked = query.page === undefined || ignoresPage ? base : Number(query.page);
    const index = Math.max(asked, base) - base; // C#'s default page 0 is taken as the first page
    const date = (id: string) =>
      new Date(Date.UTC(2026, 10, 30) - Number(id.slice(1)) * 60_000).toISOString();
    const items = ids.slice(index * per, index * per + per).map((id) => ({ id, date: date(id) }));
    const more = (index + 1) * per < count;
    const page: Page =
      query.simplifiedPaging === "true"
        ? { items, hasMorePages: more }
        : { items, totalCount: count, totalPages: Math.ceil(count / per), hasMorePages: more };
    return change ? change(page, query) : page;
  };
}

const kinds = (report: { problems: { kind: string }[] }) => report.problems.map((problem) => problem.kind);

describe("checkPaging", () => {
  it.each([0, 1] as const)("finds that pages count from %i, and nothing wrong", async (base) => {
    const report = await checkPaging(pager(5, { base }));
    expect(report.problems).toEqual([]);
    expect(report.pageBase).toBe(base);
    expect(report.totalCount).toBe(5);
    expect(report.evidence).toMatch(
      new RegExp(`^${base} \\(with countPerPage=1, no page gave a message; page=0 gave`),
    );
  });

  it("leaves the base undetermined, and says why, when there is nothing to page through", async () => {
    const report = await checkPaging(pager(0, { base: 1 }));
    expect(report).toMatchObject({ problems: [], pageBase: undefined });
    expect(report.evidence).toMatch(/^undetermined \(.*nothing to page through\)$/);
  });

  it("names a server that ignores page, instead of taking it for base 1, holding it to the vendor's words", async () => {
    const report = await checkPaging(pager(5, { base: 0, ignoresPage: true }));
    expect(report.pageBase).toBeUndefined();
    expect(report.problems).toEqual([
      {
        kind: "page is ignored: every page is the first",
        example:
          "with countPerPage=1, no page gave a message; page=0 gave the same message, page=1 the same message, page=2 the same message",
        sources: [{ at: "#/components/parameters/Page", says: "The page of data to retrieve" }],
      },
    ]);
  });

  it("does not call page ignored on too few messages to tell: a page past the end may repeat the last", async () => {
    const report = await checkPaging(pager(1, { base: 1, ignoresPage: true }));
    expect(report.problems).toEqual([]);
    expect(report.evidence).toMatch(/^undetermined \(.*totalCount 1, too few to tell\)$/);
  });

  it("reports a first page that is neither page=0 nor page=1 as undetermined, not as a failure", async () => {
    // The spec's hint that no page means C#'s page 0 is not the vendor's word.
    const report = await checkPaging(
      pager(5, {
        base: 0,
        change: (page, q) => (q.page === undefined ? { ...page, items: [{ id: "x" }] } : page),
      }),
    );
    expect(report.problems).toEqual([]);
    expect(report.evidence).toMatch(
      /^undetermined: the first page \(no page given\) is neither page=0 nor page=1/,
    );
  });

  it("names each broken invariant, with its source", async () => {
    const broken = await checkPaging(
      pager(2, {
        base: 1,
        change: (page, query) =>
          query.simplifiedPaging === "true"
            ? { items: undefined, hasMorePages: page.hasMorePages }
            : { ...page, totalPages: Number(page.totalPages) + 1, hasMorePages: true },
      }),
    );
    expect(broken.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "totalPages disagrees with totalCount and countPerPage",
          example: "GET /messages?countPerPage=1: totalPages is 3; totalCount 2 at countPerPage=1 makes 2",
        }),
        expect.objectContaining({
          kind: "hasMorePages disagrees with totalCount",
          example: "page=2 at countPerPage=1: hasMorePages is true; totalCount 2 says false",
        }),
        expect.objectContaining({
          kind: "past the last page under simplifiedPaging, items is not an empty array",
          sources: [
            {
              at: "#/components/parameters/SimplifiedPaging",
              says: "If there is no more data, Items will be empty array",
            },
          ],
        }),
      ]),
    );
    // Pages of two that overlap by one: the second starts with the first's last message.
    const shift = (page: Page, query: Record<string, string>) =>
      query.countPerPage === "2" && query.page === "1"
        ? {
            ...page,
            items: (page.items as { id: string }[]).map(({ id }) => ({ id: `m${Number(id.slice(1)) - 1}` })),
          }
        : page;
    const overlapping = await checkPaging(pager(5, { base: 0, change: shift }));
    expect(kinds(overlapping)).toEqual(["two consecutive pages share a message"]);
  });

  it("holds no order against a server: oldest first passes, and the order is only described", async () => {
    const oldestFirst = (page: Page) => ({
      ...page,
      items: (page.items as { id: string; date: string }[]).map((item) => ({
        ...item,
        date: `${2000 + Number(item.id.slice(1))}-01-01T00:00:00Z`,
      })),
    });
    const read = pager(5, { base: 1, change: oldestFirst });
    expect((await checkPaging(read)).problems).toEqual([]);
    expect(orderOf(await read({ countPerPage: "4" }))).toBe(
      "oldest first (by the dates of the first 4 messages)",
    );
    expect(orderOf(await pager(5, { base: 1 })({ countPerPage: "4" }))).toBe(
      "newest first (by the dates of the first 4 messages)",
    );
    expect(orderOf({ items: [{ date: "2026-01-01T00:00:00Z" }, { date: "2026-01-01T00:00:00Z" }] })).toBe(
      "undetermined (its 2 messages share one date)",
    );
  });
});
