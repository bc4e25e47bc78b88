import type { JsonObject } from "@evovoice-sdk/openapi-kit";
import type { Problem } from "./findings.js";
import { dateOf, entries, identity } from "./list-entries.js";
import type { ReadPage } from "./paging.js";
import { SOURCES } from "./sources.js";

// sortOrder is honoured: under the same filter, Descend lists the messages of Ascend in reverse. Which
// field a list sorts by when sortField is left out is not stated, so messages that share a date may
// trade places (they tie on the field most lists sort by); nothing else may. A list longer than one
// page is compared at its ends: Ascend's first page against Descend's last page read backwards.

const SIZE = 20;

export interface SortOrderCheck {
  problems: Problem[];
  /** What was compared, or why nothing could be, for the report. */
  checked: string;
}

export async function checkSortOrder(
  readPage: ReadPage,
  filter: Record<string, string>,
  pageBase: 0 | 1 | undefined,
): Promise<SortOrderCheck> {
  const query = (sortOrder: string, page?: number) => ({
    ...filter,
    sortOrder,
    countPerPage: String(SIZE),
    ...(page === undefined ? {} : { page: String(page) }),
  });
  const ascendPage = await readPage(query("Ascend"));
  if (!ascendPage) return { problems: [], checked: "not judged (no usable page with sortOrder=Ascend)" };
  const ascend = entries(ascendPage);
  // A server may hold fewer per page than asked (a cap the vendor does not state): page by what it held.
  const size = ascend.length;
  const total = typeof ascendPage.totalCount === "number" ? ascendPage.totalCount : undefined;
  const whole = total !== undefined ? total <= size : ascendPage.hasMorePages === false;
  let descend: JsonObject[];
  if (whole) {
    descend = entries(await readPage(query("Descend")));
  } else if (pageBase !== undefined && total !== undefined && size > 0) {
    const last = pageBase + Math.ceil(total / size) - 1;
    const before = last > pageBase ? entries(await readPage(query("Descend", last - 1))) : [];
    descend = [...before, ...entries(await readPage(query("Descend", last)))].slice(-size);
  } else {
    return {
      problems: [],
      checked: "not judged (more than one page, and the page base or totalCount unknown)",
    };
  }
  const backwards = [...descend].reverse();
  const compared = Math.min(ascend.length, backwards.length);
  const a = groupsByDate(ascend.slice(0, compared));
  const d = groupsByDate(backwards.slice(0, compared));
  if (a.length < 2) {
    return {
      problems: [],
      checked: `not judged (${compared} messages, ${a.length ? "all of one date" : "none"})`,
    };
  }
  // Cut off by the window, the last run of equal dates may hold different messages on either side.
  const edge = whole ? 0 : 1;
  const differs = a.slice(0, a.length - edge).findIndex((group, i) => !sameSet(group, d[i]));
  const checked = `Ascend and Descend compared on ${compared} messages${whole ? " (the whole list)" : " (the ends of the list)"}`;
  if (differs < 0 && a.length === d.length) return { problems: [], checked };
  const where = new URLSearchParams(filter).toString() || "no filter";
  return {
    checked,
    problems: [
      {
        kind: "sortOrder=Descend does not list the messages of sortOrder=Ascend in reverse",
        example: `${where}: Ascend begins ${describe(ascend)}; Descend, read from its end, ${describe(backwards)}`,
        sources: [SOURCES.sortOrder, SOURCES.sortOrders],
      },
    ],
  };
}

// Consecutive messages of one date form one group; a message without a date is a group of its own.
function groupsByDate(items: JsonObject[]): Set<string>[] {
  const groups: Set<string>[] = [];
  let last: number | undefined;
  for (const item of items) {
    const date = dateOf(item);
    const current = groups.at(-1);
    if (current && date !== undefined && date === last) current.add(identity(item));
    else groups.push(new Set([identity(item)]));
    last = date;
  }
  return groups;
}

function sameSet(a: Set<string>, b: Set<string> | undefined): boolean {
  return b !== undefined && a.size === b.size && [...a].every((id) => b.has(id));
}

function describe(items: JsonObject[]): string {
  return items
    .slice(0, 3)
    .map((item) => `${identity(item)} (${String(item.date)})`)
    .join(", ");
}
