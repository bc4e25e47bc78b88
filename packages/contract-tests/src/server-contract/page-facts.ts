import { dateOf } from "./list-entries.js";
import type { Page, ReadPage } from "./paging.js";

// What neither the spec nor the vendor's pages state about ListMessages, found from evidence and
// reported, never failed: the order of a list that asks for none, the page size when countPerPage
// is left out, and what `all` does to a page and its counts.

export async function pageFacts(readPage: ReadPage, filter: Record<string, string>): Promise<string[]> {
  const plain = await readPage(filter);
  const all = await readPage({ ...filter, all: "true", countPerPage: "1" });
  return [
    `ListMessages default order (no sortField, no sortOrder): ${orderOf(plain)}`,
    `ListMessages default page size (no countPerPage): ${pageSize(plain)}`,
    `ListMessages all=true, with countPerPage=1: ${allEffect(all)}`,
  ];
}

/** The order of a page's messages by their own dates: newest first, oldest first, or neither. */
export function orderOf(page: Page | undefined): string {
  const items = Array.isArray(page?.items) ? page.items : [];
  const dates = items.map(dateOf).filter((date) => date !== undefined);
  if (new Set(dates).size < 2) {
    const why =
      dates.length < 2
        ? `${dates.length} dated messages on the page`
        : `its ${dates.length} messages share one date`;
    return `undetermined (${why})`;
  }
  const steps = dates.slice(1).map((date, i) => date - (dates[i] as number));
  const seen = `by the dates of the first ${dates.length} messages`;
  if (steps.every((step) => step <= 0)) return `newest first (${seen})`;
  if (steps.every((step) => step >= 0)) return `oldest first (${seen})`;
  return `neither newest nor oldest first (${seen})`;
}

function pageSize(page: Page | undefined): string {
  if (!page) return "not read (no usable page)";
  const held = Array.isArray(page.items) ? page.items.length : 0;
  const total = typeof page.totalCount === "number" ? page.totalCount : undefined;
  if (total === undefined)
    return `${held} messages on the first page; no totalCount to tell whether more were left out`;
  if (total > held) return `${held} (the first page holds ${held} of ${total} messages)`;
  return `at least ${held} (all ${total} messages fit on the first page)`;
}

function allEffect(page: Page | undefined): string {
  if (!page) return "not read (no usable page)";
  const held = Array.isArray(page.items) ? page.items.length : 0;
  const counts = `${held} message${held === 1 ? "" : "s"} on the page, totalCount ${show(page.totalCount)}, totalPages ${show(page.totalPages)}, hasMorePages ${show(page.hasMorePages)}`;
  const total = typeof page.totalCount === "number" ? page.totalCount : undefined;
  if (total === undefined || total < 2) return `${counts} (too few messages to tell what all does)`;
  return `${counts}: ${held === total ? "every message on one page, countPerPage ignored" : "countPerPage still applies"}`;
}

function show(value: unknown): string {
  return value === undefined ? "absent" : JSON.stringify(value);
}
