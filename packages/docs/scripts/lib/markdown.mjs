// Markdown → HTML for guide pages: heading anchors, and links between guide/*.md rewritten to the .html pages.
import { Marked } from "marked";
import { escapeHtml } from "./html.mjs";

export function slugify(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/&[a-z0-9#]+;/g, "")
    .replace(/[^a-z0-9 _-]/g, "")
    .trim()
    .replace(/\s+/g, "-");
}

/**
 * Renders one page. `pageFor(mdFile)` maps a linked guide file to its output page, or undefined when
 * no such page exists — which is an error, so a renamed page cannot leave a dead link behind.
 */
export function renderMarkdown(source, { pageFor, fileName }) {
  const headings = [];
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type !== "link") return;
      const match = /^([A-Za-z0-9_-]+)\.md(#.*)?$/.exec(token.href);
      if (!match) return;
      const page = pageFor(`${match[1]}.md`);
      if (!page) throw new Error(`${fileName}: links to ${token.href}, which is not a guide page`);
      token.href = `${page}${match[2] ?? ""}`;
    },
    renderer: {
      heading({ tokens, depth }) {
        const html = this.parser.parseInline(tokens);
        const id = slugify(html);
        headings.push({ depth, id, html });
        return `<h${depth} id="${id}"><a class="anchor" href="#${id}" aria-hidden="true">#</a>${html}</h${depth}>\n`;
      },
      code({ text, lang }) {
        const language = (lang ?? "").split(/\s/)[0];
        const cls = language ? ` class="language-${escapeHtml(language)}"` : "";
        return `<pre><code${cls}>${escapeHtml(text)}</code></pre>\n`;
      },
    },
  });
  const html = marked.parse(source, { async: false });
  const title = headings.find((heading) => heading.depth === 1);
  if (!title) throw new Error(`${fileName}: a guide page needs a "# Title" heading`);
  return { html, title: title.html.replace(/<[^>]*>/g, ""), headings };
}
