/** A base URL the fetch and MSW forms answer for: an origin and a path prefix without a trailing slash. */
export interface BaseUrl {
  origin: string;
  path: string;
}

/** The hosts the vendor serves the API on; the MSW handlers answer for both by default. */
export const VENDOR_BASE_URLS: readonly string[] = ["https://evovoice.io", "https://team.evovoice.io"];

export function parseBaseUrls(given: string | readonly string[]): BaseUrl[] {
  return (typeof given === "string" ? [given] : given).map((text) => {
    const url = new URL(text);
    if (url.search || url.hash)
      throw new TypeError(`baseUrl ${text} has a query or fragment; give only origin and path.`);
    return { origin: url.origin, path: url.pathname.replace(/\/+$/, "") };
  });
}

/**
 * The path and query of `url` below the first base it falls under (`/messages?page=1`), or undefined
 * when it is under none. Without bases every URL is answered, by its path.
 */
export function pathBelow(url: URL, bases: readonly BaseUrl[] | undefined): string | undefined {
  if (!bases) return url.pathname + url.search;
  for (const { origin, path } of bases) {
    if (url.origin !== origin) continue;
    if (url.pathname === path) return `/${url.search}`;
    if (url.pathname.startsWith(`${path}/`)) return url.pathname.slice(path.length) + url.search;
  }
  return undefined;
}
