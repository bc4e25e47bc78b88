// Markdown → HTML for guide pages: heading anchors, links between guide/*.md rewritten to the .html pages,
// code highlighted at build time under a caption that says what it is, tables that scroll on a phone.
import { Marked, Renderer } from "marked";
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

// A TypeScript sample says how it runs: "ts esm" (an ES module: import, top-level await) or "ts cjs" (a
// CommonJS module: no top-level await). npm init writes "type": "commonjs", so the difference bites.
const moduleFormats = { esm: "ES module", cjs: "CommonJS" };

/** What a fenced block's info string says: its language, and the caption shown above it. */
export function describeFence(info, fileName) {
  const [language = "", ...meta] = (info ?? "").trim().split(/\s+/);
  if (language === "ts" || language === "typescript") {
    const format = meta.find((word) => word in moduleFormats);
    if (!format) throw new Error(`${fileName}: a \`\`\`ts block must say "esm" or "cjs" (\`\`\`${info})`);
    return { language, caption: `TypeScript · ${moduleFormats[format]}`, format };
  }
  if (meta.some((word) => word.startsWith("output="))) return { language, caption: "Output" };
  const captions = { sh: "Terminal", json: "JSON", text: "" };
  return { language, caption: captions[language] ?? "" };
}

/**
 * Renders one page. `pageFor(mdFile)` maps a linked guide file to its output page, or undefined when
 * no such page exists — which is an error, so a renamed page cannot leave a dead link behind.
 * `highlight(code, language)` returns the block's `<pre>`.
 */
export function renderMarkdown(source, { pageFor, fileName, highlight }) {
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
        const { language, caption } = describeFence(lang, fileName);
        const pre = highlight(text, language);
        if (!caption) return `<figure class="code">${pre}</figure>\n`;
        return `<figure class="code"><figcaption>${escapeHtml(caption)}</figcaption>${pre}</figure>\n`;
      },
      table(token) {
        // Marked's own table markup, in a box that scrolls sideways when the table is wider than a phone.
        return `<div class="table-scroll">${Renderer.prototype.table.call(this, token)}</div>\n`;
      },
    },
  });
  const html = marked.parse(source, { async: false });
  const title = headings.find((heading) => heading.depth === 1);
  if (!title) throw new Error(`${fileName}: a guide page needs a "# Title" heading`);
  return { html, title: title.html.replace(/<[^>]*>/g, ""), headings };
}
