// ListMessages' paging, held to what the vendor's words in the spec say and to itself: no page larger
// than countPerPage, totalPages consistent with totalCount and countPerPage, hasMorePages consistent
// with what the next page holds, no message on two consecutive pages, an empty `items` past the end
// under simplifiedPaging. Whether `page` counts from 0 or from 1 is not stated: it is found from
// evidence (countPerPage=1: no page, page=0, page=1, page=2) and reported, never failed.

import type { Problem } from "./findings.js";
import { identity } from "./list-entries.js";
import { SOURCES, type Source } from "./sources.js";

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
  problems: Problem[];
  /** The first page's number, or undefined when the evidence does not settle it. */
  pageBase: 0 | 1 | undefined;
  /** How the base was found, in words. */
  evidence: string;
  totalCount: number | undefined;
  /** The pages of two read one after the other from the first, for the facts about order. */
  pagesOfTwo: (Page | undefined)[];
}

type First = string | null | undefined; // a message's identity, no message, or no usable page

const problem = (kind: string, example: string, ...sources: Source[]): Problem => ({
  kind,
  example,
  sources,
});

export async function checkPaging(
  readPage: ReadPage,
  filter: Record<string, string> = {},
): Promise<PagingReport> {
  const problems: Problem[] = [];
  const read = async (countPerPage: number, page: number | undefined, extra: Record<string, string> = {}) => {
    const query: Record<string, string> = {
      ...filter,
      countPerPage: String(countPerPage),
      ...(page === undefined ? {} : { page: String(page) }),
      ...extra,
    };
    const body = await readPage(query);
    const where = `GET /messages?${new URLSearchParams(query)}`;
    if (body) problems.push(...pageInvariants(body, countPerPage, query.simplifiedPaging === "true", where));
    return body;
  };
  const unpaged = await read(1, undefined);
  const [page0, page1, page2] = [await read(1, 0), await read(1, 1), await read(1, 2)];
  const totalCount = typeof unpaged?.totalCount === "number" ? unpaged.totalCount : undefined;
  if (totalCount && first(unpaged) === null) {
    problems.push(
      problem(
        "the first page is empty, though totalCount is above 0",
        `totalCount ${totalCount}`,
        SOURCES.totalCount,
      ),
    );
  }
  const base = decideBase(first(unpaged), first(page0), first(page1), first(page2), totalCount);
  if (base.problem) problems.push(base.problem);
  if (base.pageBase === undefined) {
    return { problems, pageBase: undefined, evidence: base.evidence, totalCount, pagesOfTwo: [] };
  }
  const one = base.pageBase === 0 ? [page0, page1, page2] : [page1, page2];
  const two = [await read(2, base.pageBase), await read(2, base.pageBase + 1)];
  problems.push(
    ...consecutivePages(one, 1, base.pageBase, totalCount),
    ...consecutivePages(two, 2, base.pageBase, totalCount),
  );
  if (totalCount !== undefined) problems.push(...(await simplifiedEnd(read, base.pageBase, totalCount)));
  return { problems, pageBase: base.pageBase, evidence: base.evidence, totalCount, pagesOfTwo: two };
}

// Each page on its own: no larger than asked, no message twice, totalPages = ceil(totalCount / countPerPage),
// and the counts there: simplifiedPaging "disables total / page counts", so without it they are given, and
// hasMorePages is "used with simplified paging", so with it, it is given.
function pageInvariants(page: Page, countPerPage: number, simplified: boolean, where: string): Problem[] {
  const problems: Problem[] = [];
  if (simplified && page.hasMorePages === undefined) {
    problems.push(problem("hasMorePages is missing under simplifiedPaging", where, SOURCES.hasMorePages));
  }
  for (const field of simplified ? [] : (["totalCount", "totalPages"] as const)) {
    if (page[field] === undefined) {
      problems.push(
        problem(
          `${field} is missing without simplifiedPaging`,
          where,
          SOURCES.simplifiedPaging,
          SOURCES[field],
        ),
      );
    }
  }
  const items = Array.isArray(page.items) ? page.items : [];
  if (items.length > countPerPage) {
    problems.push(
      problem(
        "a page holds more messages than countPerPage",
        `${where}: ${items.length} items`,
        SOURCES.countPerPage,
      ),
    );
  }
  const ids = items.map(identity);
  if (new Set(ids).size !== ids.length) {
    problems.push(problem("a page holds the same message twice", where, SOURCES.page, SOURCES.totalCount));
  }
  if (typeof page.totalCount === "number" && typeof page.totalPages === "number") {
    const expected = Math.ceil(page.totalCount / countPerPage);
    if (page.totalPages !== expected) {
      problems.push(
        problem(
          "totalPages disagrees with totalCount and countPerPage",
          `${where}: totalPages is ${page.totalPages}; totalCount ${page.totalCount} at countPerPage=${countPerPage} makes ${expected}`,
          SOURCES.totalPages,
          SOURCES.totalCount,
          SOURCES.countPerPage,
        ),
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
): Problem[] {
  const problems: Problem[] = [];
  for (const [index, page] of pages.entries()) {
    if (!page) continue;
    const where = `page=${base + index} at countPerPage=${countPerPage}`;
    const items = Array.isArray(page.items) ? page.items : [];
    if (totalCount !== undefined) {
      const expected = Math.min(countPerPage, Math.max(0, totalCount - index * countPerPage));
      if (items.length !== expected) {
        problems.push(
          problem(
            "a page holds another number of messages than totalCount leaves for it",
            `${where} holds ${items.length} messages; totalCount ${totalCount} says ${expected}`,
            SOURCES.totalCount,
            SOURCES.countPerPage,
            SOURCES.page,
          ),
        );
      }
    }
    const next = pages[index + 1];
    if (typeof page.hasMorePages === "boolean" && totalCount !== undefined) {
      const more = (index + 1) * countPerPage < totalCount;
      if (page.hasMorePages !== more) {
        problems.push(
          problem(
            "hasMorePages disagrees with totalCount",
            `${where}: hasMorePages is ${page.hasMorePages}; totalCount ${totalCount} says ${more}`,
            SOURCES.hasMorePages,
            SOURCES.totalCount,
          ),
        );
      }
    } else if (typeof page.hasMorePages === "boolean" && next) {
      const more = Array.isArray(next.items) && next.items.length > 0;
      if (page.hasMorePages !== more) {
        problems.push(
          problem(
            "hasMorePages disagrees with the next page",
            `${where}: hasMorePages is ${page.hasMorePages}, but the next page holds ${more ? "messages" : "none"}`,
            SOURCES.hasMorePages,
          ),
        );
      }
    }
    if (next && Array.isArray(next.items)) {
      const here = new Set(items.map(identity));
      if (next.items.some((item) => here.has(identity(item)))) {
        problems.push(
          problem("two consecutive pages share a message", `${where} and the page after it`, SOURCES.page),
        );
      }
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
): Promise<Problem[]> {
  const past = await read(1, base + totalCount, { simplifiedPaging: "true" });
  const where = `simplifiedPaging past the last page (page=${base + totalCount} at countPerPage=1)`;
  if (!past) return [];
  const problems: Problem[] = [];
  if (!Array.isArray(past.items) || past.items.length > 0) {
    problems.push(
      problem(
        "past the last page under simplifiedPaging, items is not an empty array",
        `${where}: items is ${JSON.stringify(past.items)}`,
        SOURCES.simplifiedEnd,
      ),
    );
  }
  if (past.hasMorePages === true) {
    problems.push(problem("hasMorePages is true past the last page", where, SOURCES.hasMorePages));
  }
  return problems;
}

function decideBase(
  unpaged: First,
  page0: First,
  page1: First,
  page2: First,
  totalCount: number | undefined,
): { pageBase: 0 | 1 | undefined; evidence: string; problem?: Problem } {
  const what = (value: First) =>
    value === undefined
      ? "no usable page"
      : value === null
        ? "no message"
        : value === unpaged
          ? "the same message"
          : "another message";
  const seen = `with countPerPage=1, no page gave ${unpaged === null ? "no message" : "a message"}; page=0 gave ${what(page0)}, page=1 ${what(page1)}, page=2 ${what(page2)}`;
  if (unpaged === undefined || unpaged === null) {
    return { pageBase: undefined, evidence: `undetermined (${seen}: nothing to page through)` };
  }
  if (page1 === unpaged && page2 === unpaged) {
    // Pages 1 and 2 both exist, whatever the base, only with three messages or more; with fewer, a
    // server may answer a page past the end with the last one, which nothing forbids.
    const ignored = totalCount !== undefined && totalCount >= 3;
    return {
      pageBase: undefined,
      evidence: `undetermined (${seen}${ignored ? "" : `; totalCount ${totalCount ?? "not given"}, too few to tell`})`,
      ...(ignored
        ? { problem: problem("page is ignored: every page is the first", seen, SOURCES.page) }
        : {}),
    };
  }
  if (page1 === unpaged) return { pageBase: 1, evidence: `1 (${seen})` };
  if (page0 === unpaged) return { pageBase: 0, evidence: `0 (${seen})` };
  // Neither: the spec's hint (no page asks for C#'s default, 0, and gets the first page) is not the vendor's word.
  return {
    pageBase: undefined,
    evidence: `undetermined: the first page (no page given) is neither page=0 nor page=1 (${seen})`,
  };
}

// A page's first message, by identity; null when the page is empty.
function first(page: Page | undefined): First {
  if (!page) return undefined;
  return Array.isArray(page.items) && page.items.length > 0 ? identity(page.items[0]) : null;
}
