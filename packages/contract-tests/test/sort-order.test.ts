import { describe, expect, it } from "vitest";
import type { ReadPage } from "../src/server-contract/paging.js";
import { checkSortOrder } from "../src/server-contract/sort-order.js";

// checkSortOrder against in-memory lists longer than one page (compared at their ends), with a page
// cap the vendor does not state, with messages that share a date, and with sortOrder ignored.

interface List {
  count: number;
  base?: 0 | 1;
  /** The most a page holds, whatever countPerPage asks. */
  cap?: number;
  /** Messages per date: 2 makes every date shared by two messages. */
  perDate?: number;
  ignoresSortOrder?: boolean;
}

function list({
  count,
  base = 0,
  cap = Number.POSITIVE_INFINITY,
  perDate = 1,
  ignoresSortOrder,
}: List): ReadPage {
  // Recorded oldest first; equal dates keep that order in both directions (a stable sort on the date).
  const messages = Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    date: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / perDate) * 60_000).toISOString(),
  }));
  return async (query) => {
    const descending = query.sortOrder === "Descend" && !ignoresSortOrder;
    const ordered = descending
      ? [...messages].sort((a, b) => b.date.localeCompare(a.date))
      : [...messages].sort((a, b) => a.date.localeCompare(b.date));
    const size = Math.min(Number(query.countPerPage), cap);
    const index = Number(query.page ?? base) - base;
    return { items: ordered.slice(index * size, (index + 1) * size), totalCount: count };
  };
}

describe("checkSortOrder", () => {
  it.each([
    ["the whole list", { count: 12 }, "Ascend and Descend compared on 12 messages (the whole list)"],
    [
      "the ends of a long list",
      { count: 45, base: 1 as const },
      "Ascend and Descend compared on 20 messages (the ends of the list)",
    ],
    [
      "a page cap of 7",
      { count: 45, cap: 7 },
      "Ascend and Descend compared on 7 messages (the ends of the list)",
    ],
    [
      "dates shared by two messages",
      { count: 45, perDate: 2 },
      "Ascend and Descend compared on 20 messages (the ends of the list)",
    ],
  ] as [string, List, string][])("passes a server that honours sortOrder: %s", async (_, shape, checked) => {
    const result = await checkSortOrder(list(shape), {}, shape.base ?? 0);
    expect(result).toEqual({ problems: [], checked });
  });

  it.each([
    ["the whole list", { count: 12 }],
    ["a long list", { count: 45 }],
  ])("fails a server that ignores sortOrder: %s", async (_, shape) => {
    const result = await checkSortOrder(list({ ...shape, ignoresSortOrder: true }), {}, 0);
    expect(result.problems).toEqual([
      expect.objectContaining({
        kind: "sortOrder=Descend does not list the messages of sortOrder=Ascend in reverse",
        sources: [
          { at: "#/components/parameters/SortOrder", says: "Specify a sort order" },
          { at: "#/components/schemas/SortOrders", says: "The order of a sorted list." },
        ],
      }),
    ]);
  });

  it("does not judge what it cannot: one date for every message, or a long list with no known page base", async () => {
    expect(await checkSortOrder(list({ count: 5, perDate: 5 }), {}, 0)).toEqual({
      problems: [],
      checked: "not judged (5 messages, all of one date)",
    });
    expect((await checkSortOrder(list({ count: 45 }), {}, undefined)).checked).toBe(
      "not judged (more than one page, and the page base or totalCount unknown)",
    );
  });
});
