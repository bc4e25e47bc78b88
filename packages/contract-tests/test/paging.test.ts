import { describe, expect, it } from "vitest";
import { checkPaging, type Page, type ReadPage } from "../src/server-contract/paging.js";

// checkPaging against in-memory servers that page correctly from 0 or from 1, and that break it in
// the ways a real server could: the base must be found from evidence, and each break named.

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
    // Newest first, as the spec says: m0 is the latest message.
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

describe("checkPaging", () => {
  it.each([0, 1] as const)("finds that pages count from %i, and nothing wrong", async (base) => {
    const report = await checkPaging(pager(5, { base }));
    expect(report.findings).toEqual([]);
    expect(report.pageBase).toBe(base);
    expect(report.totalCount).toBe(5);
    expect(report.order).toBe("newest first (by date, the first 4 messages)");
    expect(report.evidence).toMatch(
      new RegExp(`^${base} \\(with countPerPage=1, no page gave a message; page=0 gave`),
    );
  });

  it("leaves the base undetermined, and says why, when there is nothing to page through", async () => {
    const report = await checkPaging(pager(0, { base: 1 }));
    expect(report).toMatchObject({ findings: [], pageBase: undefined });
    expect(report.evidence).toMatch(/^undetermined \(.*nothing to page through\)$/);
  });

  it("names a server that ignores page, instead of taking it for base 1", async () => {
    const report = await checkPaging(pager(5, { base: 0, ignoresPage: true }));
    expect(report.pageBase).toBeUndefined();
    expect(report.findings).toContain(
      "page is ignored: with countPerPage=1, no page gave a message; page=0 gave the same message, page=1 the same message, page=2 the same message",
    );
  });

  it("names each broken invariant", async () => {
    const broken = await checkPaging(
      pager(2, {
        base: 1,
        change: (page, query) =>
          query.simplifiedPaging === "true"
            ? { items: undefined, hasMorePages: page.hasMorePages }
            : { ...page, totalPages: Number(page.totalPages) + 1, hasMorePages: true },
      }),
    );
    expect(broken.findings).toEqual(
      expect.arrayContaining([
        "GET /messages?countPerPage=1: totalPages is 3; totalCount 2 at countPerPage=1 makes 2",
        "page=2 at countPerPage=1: hasMorePages is true; totalCount 2 says false",
        "simplifiedPaging past the last page (page=3 at countPerPage=1): items is undefined; the vendor says Items will be an empty array",
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
    expect(overlapping.findings).toEqual(["page=0 at countPerPage=2 and the page after it share a message"]);
  });

  it("names a default order other than the spec's newest first", async () => {
    const oldestFirst = (page: Page) => ({
      ...page,
      items: (page.items as { id: string; date: string }[]).map((item) => ({
        ...item,
        date: `${2000 + Number(item.id.slice(1))}-01-01T00:00:00Z`,
      })),
    });
    const report = await checkPaging(pager(5, { base: 1, change: oldestFirst }));
    expect(report.order).toBe("oldest first (by date, the first 4 messages)");
    expect(report.findings).toEqual([
      "asked for no sort, the first pages come oldest first; the spec says newest first",
    ]);
  });
});
