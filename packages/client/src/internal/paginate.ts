/** The part of a ListResponse that paging reads. */
interface Page<Item> {
  items?: Item[];
  totalCount?: number;
  totalPages?: number;
  hasMorePages?: boolean;
}

/**
 * Every item of a list, page after page, fetching a page only when the caller wants more. It ends on
 * its own on any server: on an empty page (whatever the page claims), `hasMorePages: false`, once
 * `totalCount` items were seen, past page `totalPages` (whichever base), after one page with `all`, and on
 * the second page in a row with nothing new (a server that repeats a page). Items are told apart by id,
 * and each is yielded once.
 *
 * One page with nothing new is passed over, for two reasons that need no guess about the server:
 * messages that arrive while paging push older ones onto later pages, so a page can hold only messages
 * already seen; and the page base is not documented. Asked for page 0 (or for none, which a ServiceStack
 * server reads as 0), a server that counts from 1 answers with its first page, and then page 1 repeats
 * it. A server that counts from 0 simply goes on.
 */
export async function* paginate<Item extends { id?: string }>(
  first: Promise<Page<Item>>,
  fetchPage: (page: number) => Promise<Page<Item>>,
  startPage = 0,
  all = false,
): AsyncGenerator<Item> {
  const seen = new Set<string>();
  let page = startPage;
  for (let current = await first, stale = 0; ; current = await fetchPage(++page)) {
    const items = current.items ?? [];
    const before = seen.size;
    for (const item of items) {
      const key = item.id ?? JSON.stringify(item);
      if (seen.has(key)) continue;
      seen.add(key);
      yield item;
    }
    stale = seen.size > before ? 0 : stale + 1;
    if (all || !items.length || current.hasMorePages === false || stale > 1) return;
    // Bounds a server that keeps sending new items: page `totalPages` is the last whether pages count
    // from 0 or from 1.
    if (
      seen.size >= (current.totalCount ?? Number.POSITIVE_INFINITY) ||
      page >= (current.totalPages ?? Number.POSITIVE_INFINITY)
    )
      return;
  }
}
