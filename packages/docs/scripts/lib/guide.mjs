// Renders guide/*.md into dist/*.html, in the order and with the labels pages.mjs gives.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expandGenerated } from "./generated.mjs";
import { createCodeHighlighter } from "./highlight.mjs";
import { escapeHtml, pageShell, siteHeader } from "./html.mjs";
import { renderMarkdown } from "./markdown.mjs";
import { guidePages } from "./pages.mjs";
import { siteTitle } from "./site.mjs";

function pagerLink(page, rel) {
  if (!page) return "<span></span>";
  const word = rel === "prev" ? "Previous" : "Next";
  return `<a rel="${rel}" href="${page.output}">${word}: ${escapeHtml(page.label)}</a>`;
}

async function checkPageList(guideDir) {
  const onDisk = (await readdir(guideDir)).filter((name) => name.endsWith(".md")).sort();
  const listed = guidePages.map((page) => page.source).sort();
  if (onDisk.join() !== listed.join()) {
    throw new Error(`guide/*.md (${onDisk.join(", ")}) and pages.mjs (${listed.join(", ")}) disagree`);
  }
}

/** Writes one HTML page per guide page and returns their output names. */
export async function renderGuide({ guideDir, distDir, repoRoot, spec }) {
  await checkPageList(guideDir);
  const highlight = await createCodeHighlighter();
  const pageFor = (source) => guidePages.find((page) => page.source === source)?.output;
  for (const [index, page] of guidePages.entries()) {
    const fileName = `guide/${page.source}`;
    const markdown = expandGenerated(await readFile(join(guideDir, page.source), "utf8"), {
      repoRoot,
      fileName,
    });
    const { html, title } = renderMarkdown(markdown, { pageFor, fileName, highlight });
    const body = `${siteHeader(page.output, siteTitle(spec))}
<main class="guide">
<article>
${html}</article>
<nav class="pager" aria-label="Guide pages">${pagerLink(guidePages[index - 1], "prev")}${pagerLink(guidePages[index + 1], "next")}</nav>
</main>`;
    await writeFile(join(distDir, page.output), pageShell({ title: `${title} · ${siteTitle(spec)}`, body }));
  }
  return guidePages.map((page) => page.output);
}
