import type { MessageInfo } from "../../records.js";
import type { Entry } from "./entry.js";
import { entriesFor, filtering, type MessageFilter, matches } from "./message-filter.js";
import type { MessageStore } from "./message-store.js";
import type { Entries } from "./sequence.js";

/** One ListMessages request, bound and checked. */
export interface PageQuery {
  filter: MessageFilter;
  sortField: keyof MessageInfo;
  descending: boolean;
  /** The page, counted from 0 whatever the mock's `pageBase`. */
  index: number;
  countPerPage: number;
  /** Every match in one page. */
  all: boolean;
  /** No totals; past the end `items` is empty. */
  simplified: boolean;
}

/** A page of `ListResponse<MessageInfo>`, as JSON built from the entries' own JSON. */
export function listPage(store: MessageStore, query: PageQuery): string {
  const start = query.all ? 0 : query.index * query.countPerPage;
  const end = query.all ? Number.POSITIVE_INFINITY : start + query.countPerPage;
  const { entries, rest } = entriesFor(store, query.filter);
  // Sorted by date, the entries are in order already: read them forwards or backwards.
  const ordered = query.sortField === "date" ? undefined : sorted(entries, rest, query);
  const size = ordered ? ordered.length : entries.size;
  const entryAt = ordered
    ? (i: number) => ordered[i] as Entry
    : (i: number) => entries.at(query.descending ? size - 1 - i : i);
  const filter = ordered ? {} : rest;
  const items: string[] = [];
  let total: number;
  if (!filtering(filter)) {
    total = size;
    for (let i = start; i < Math.min(end, size); i++) items.push(entryAt(i).json);
  } else {
    // Without totals, one match past the page is all it takes to know there are more.
    const stop = query.simplified ? end + 1 : Number.POSITIVE_INFINITY;
    let found = 0;
    for (let i = 0; i < size && found < stop; i++) {
      const entry = entryAt(i);
      if (!matches(entry, filter)) continue;
      if (found >= start && found < end) items.push(entry.json);
      found++;
    }
    total = found;
  }
  const more = total > end;
  if (query.simplified) return `{"items":[${items.join(",")}],"hasMorePages":${more}}`;
  const pages = query.all ? Math.min(total, 1) : Math.ceil(total / query.countPerPage);
  return `{"items":[${items.join(",")}],"totalCount":${total},"totalPages":${pages},"hasMorePages":${more}}`;
}

/** The matches ordered by another field than the date; ties keep the record's order. */
function sorted(entries: Entries, filter: MessageFilter, query: PageQuery): Entry[] {
  const field = query.sortField;
  const found: Entry[] = [];
  for (let i = 0; i < entries.size; i++) if (matches(entries.at(i), filter)) found.push(entries.at(i));
  found.sort((a, b) => compare(a.record.response[field], b.record.response[field]));
  return query.descending ? found.reverse() : found;
}

// Missing values first, as a C# comparer puts nulls; text by code unit, false before true.
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return (a as string | boolean) < (b as string | boolean) ? -1 : 1;
}
