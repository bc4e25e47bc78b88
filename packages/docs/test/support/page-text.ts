// The text a reader sees on a built page, read from dist/ without a browser: the page's article, tags
// removed, entities decoded, whitespace collapsed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { distDir } from "./paths.js";

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  "#x27": "'",
  nbsp: " ",
};

export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#?\w+);/g, (whole, name: string) => {
      if (entities[name]) return entities[name];
      if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** The visible text of the article of `page` (a path under dist/, e.g. `reference/sendMessage.html`). */
export function articleText(page: string): string {
  const html = readFileSync(join(distDir, page), "utf8");
  const start = html.search(/<main class="main"/);
  const end = html.indexOf("</main>", start);
  if (start === -1 || end === -1) throw new Error(`${page}: no <main class="main"> in the built page`);
  return htmlText(html.slice(start, end));
}
