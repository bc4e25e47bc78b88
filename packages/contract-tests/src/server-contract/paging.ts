// ListMessages' paging, held to what the vendor's page says and to itself: no page larger than
// countPerPage, totalPages consistent with totalCount and countPerPage, hasMorePages consistent with
// what the next page holds, no message on two consecutive pages, an empty `items` past the end under
// simplifiedPaging. Whether `page` counts from 0 or from 1 is not settled by the vendor: it is found
// from evidence (countPerPage=1: no page, page=0, page=1, page=2) and reported.

/** One page as it came, before anything is assumed about it (the schema checks judge its shape). */
export interface Page {
  items?: unknown;
  totalCount?: unknown;
  totalPages?: unknown;
  hasMorePages?: unknown;
}

/** Reads one page with this query; undefined when the answer was not a 200 JSON page (the response checks say why). */
export type ReadPage = (query: Record<string, string>) => Promise<Page | undefined>;

export interface PagingReport {
  findings: string[];
  /** The first page's number, or undefined when the evidence does not settle it. */
  pageBase: 0 | 1 | undefined;
  /** How the base was found, in words. */
  evidence: string;
  totalCount: number | undefined;
  /** The order of the first messages by date when no sort is asked for, in words. */
  order: string;
}

type First = string | null | undefined; // a message's identity, no message, or no usable page

export async function checkPaging(
  readPage: ReadPage,
  filter: Record<string, string> = {},
): Promise<PagingReport> {
  const findings: string[] = [];
  const read = async (countPerPage: number, page: number | undefined, extra: Record<string, string> = {}) => {
    const query: Record<string, string> = {
      ...filter,
      countPerPage: String(countPerPage),
      ...(page === undefined ? {} : { page: String(page) }),
      ...extra,
    };
    const body = await readPage(query);
    const where = `GET /messages?${new URLSearchParams(query)}`;
    if (body) findings.push(...pageInvariants(body, countPerPage, query.simplifiedPaging === "true", where));
    return body;
  };
  const unpaged = await read(1, undefined);
  const [page0, page1, page2] = [await read(1, 0), await read(1, 1), await read(1, 2)];
  const totalCount = typeof unpaged?.totalCount === "number" ? unpaged.totalCount : undefined;
  if (totalCount && first(unpaged) === null)
    findings.push(`the first page is empty, but totalCount is ${totalCount}`);
  const base = decideBase(first(unpaged), first(page0), first(page1), first(page2));
  if (base.problem) findings.push(base.problem);
  if (base.pageBase === undefined)
    return { findings, pageBase: undefined, evidence: base.evidence, totalCount, order: "not looked at" };

  const one = base.pageBase === 0 ? [page0, page1, page2] : [page1, page2];
  const two = [await read(2, base.pageBase), await read(2, base.pageBase + 1)];
  findings.push(
    ...consecutivePages(one, 1, base.pageBase, totalCount),
    ...consecutivePages(two, 2, base.pageBase, totalCount),
  );
  if (totalCount !== undefined) findings.push(...(await simplifiedEnd(read, base.pageBase, totalCount)));
  const order = defaultOrder(two);
  if (order.problem) findings.push(order.problem);
  return { findings, pageBase: base.pageBase, evidence: base.evidence, totalCount, order: order.words };
}

// Each page on its own: no larger than asked, no message twice, totalPages = ceil(totalCount / countPerPage),
// and the counts there: simplifiedPaging "disables total / page counts", so without it they are given, and
// hasMorePages is "used with simplified paging", so with it, it is given.
function pageInvariants(page: Page, countPerPage: number, simplified: boolean, where: string): string[] {
  const problems: string[] = [];
  const expected = simplified ? ["hasMorePages"] : ["totalCount", "totalPages"];
  for (const field of expected as (keyof Page)[]) {
    if (page[field] === undefined)
      problems.push(`${where}: ${field} is missing${simplified ? " under simplifiedPaging" : ""}`);
  }
  const items = Array.isArray(page.items) ? page.items : [];
  if (items.length > countPerPage)
    problems.push(`${where}: ${items.length} items on a page of countPerPage=${countPerPage}`);
  const ids = items.map(identity);
  if (new Set(ids).size !== ids.length) problems.push(`${where}: the same message twice on one page`);
  if (typeof page.totalCount === "number" && typeof page.totalPages === "number") {
    const expected = Math.ceil(page.totalCount / countPerPage);
    if (page.totalPages !== expected) {
      problems.push(
        `${where}: totalPages is ${page.totalPages}; totalCount ${page.totalCount} at countPerPage=${countPerPage} makes ${expected}`,
      );
    }
  }
  return problems;
}

// Pages read one after the other at the same size: each holds what totalCount says it should, no
// message is on two of them, and hasMorePages says whether there is more (by totalCount when given,
// else by what the next page holds).
function consecutivePages(
  pages: (Page | undefined)[],
  countPerPage: number,
  base: number,
  totalCount: number | undefined,
): string[] {
  const problems: string[] = [];
  for (const [index, page] of pages.entries()) {
    if (!page) continue;
    const where = `page=${base + index} at countPerPage=${countPerPage}`;
    const items = Array.isArray(page.items) ? page.items : [];
    if (totalCount !== undefined) {
      const expected = Math.min(countPerPage, Math.max(0, totalCount - index * countPerPage));
      if (items.length !== expected)
        problems.push(`${where} holds ${items.length} messages; totalCount ${totalCount} says ${expected}`);
    }
    const next = pages[index + 1];
    if (typeof page.hasMorePages === "boolean" && totalCount !== undefined) {
      const more = (index + 1) * countPerPage < totalCount;
      if (page.hasMorePages !== more) {
        problems.push(
          `${where}: hasMorePages is ${page.hasMorePages}; totalCount ${totalCount} says ${more}`,
        );
      }
    } else if (typeof page.hasMorePages === "boolean" && next) {
      const more = Array.isArray(next.items) && next.items.length > 0;
      if (page.hasMorePages !== more)
        problems.push(
          `${where}: hasMorePages is ${page.hasMorePages}, but the next page holds ${more ? "messages" : "none"}`,
        );
    }
    if (next && Array.isArray(next.items)) {
      const here = new Set(items.map(identity));
      if (next.items.some((item) => here.has(identity(item))))
        problems.push(`${where} and the page after it share a message`);
    }
  }
  return problems;
}

// "If there is no more data, Items will be empty array": past the last page, an empty array, not nothing.
async function simplifiedEnd(
  read: (
    countPerPage: number,
    page: number | undefined,
    extra?: Record<string, string>,
  ) => Promise<Page | undefined>,
  base: number,
  totalCount: number,
): Promise<string[]> {
  const past = await read(1, base + totalCount, { simplifiedPaging: "true" });
  const where = `simplifiedPaging past the last page (page=${base + totalCount} at countPerPage=1)`;
  if (!past) return [];
  const problems: string[] = [];
  if (!Array.isArray(past.items) || past.items.length > 0) {
    problems.push(
      `${where}: items is ${JSON.stringify(past.items)}; the vendor says Items will be an empty array`,
    );
  }
  if (past.hasMorePages === true) problems.push(`${where}: hasMorePages is true`);
  return problems;
}

// The spec says a page is "newest first unless sortField/sortOrder say otherwise"; the vendor is silent.
function defaultOrder(pages: (Page | undefined)[]): { words: string; problem?: string } {
  const dates = pages
    .flatMap((page) => (Array.isArray(page?.items) ? page.items : []))
    .map((item) =>
      typeof item === "object" && item !== null
        ? Date.parse(String((item as { date?: unknown }).date))
        : Number.NaN,
    )
    .filter((date) => !Number.isNaN(date));
  if (new Set(dates).size < 2) {
    const why =
      dates.length < 2
        ? `${dates.length} dated messages on the first two pages`
        : `the first ${dates.length} messages share one date`;
    return { words: `undetermined (${why})` };
  }
  const pairs = dates.slice(1).map((date, i) => date - (dates[i] as number));
  const seen = `by date, the first ${dates.length} messages`;
  if (pairs.every((step) => step <= 0)) return { words: `newest first (${seen})` };
  const words = pairs.every((step) => step >= 0) ? "oldest first" : "neither newest nor oldest first";
  return {
    words: `${words} (${seen})`,
    problem: `asked for no sort, the first pages come ${words}; the spec says newest first`,
  };
}

function decideBase(
  unpaged: First,
  page0: First,
  page1: First,
  page2: First,
): {
  pageBase: 0 | 1 | undefined;
  evidence: string;
  problem?: string;
} {
  const what = (value: First) =>
    value === undefined
      ? "no usable page"
      : value === null
        ? "no message"
        : value === unpaged
          ? "the same message"
          : "another message";
  const seen = `with countPerPage=1, no page gave ${unpaged === null ? "no message" : "a message"}; page=0 gave ${what(page0)}, page=1 ${what(page1)}, page=2 ${what(page2)}`;
  if (unpaged === undefined || unpaged === null)
    return { pageBase: undefined, evidence: `undetermined (${seen}: nothing to page through)` };
  if (page1 === unpaged && page2 === unpaged) {
    return { pageBase: undefined, evidence: `undetermined (${seen})`, problem: `page is ignored: ${seen}` };
  }
  if (page1 === unpaged) return { pageBase: 1, evidence: `1 (${seen})` };
  if (page0 === unpaged) return { pageBase: 0, evidence: `0 (${seen})` };
  return {
    pageBase: undefined,
    evidence: `undetermined (${seen})`,
    problem: `the first page (no page given) is neither page=0 nor page=1: ${seen}`,
  };
}

// A page's first message, by id (or by its whole JSON when it has none); null when the page is empty.
function first(page: Page | undefined): First {
  if (!page) return undefined;
  return Array.isArray(page.items) && page.items.length > 0 ? identity(page.items[0]) : null;
}

function identity(item: unknown): string {
  const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : JSON.stringify(item);
}
