// The small HTML helpers every page shares.
import { guidePages, referencePageFile } from "./pages.mjs";

const entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (char) => entities[char]);
}

/** The site-wide top bar; `current` is the output file of the page it sits on. */
export function siteHeader(current, siteTitle) {
  const links = [
    ...guidePages.map((page) => ({ href: page.output, label: page.label })),
    { href: referencePageFile, label: "API reference" },
  ]
    .map(({ href, label }) => {
      const attrs = href === current ? ' aria-current="page"' : "";
      return `<li><a href="${href}"${attrs}>${escapeHtml(label)}</a></li>`;
    })
    .join("");
  return `<header class="site-header"><a class="site-title" href="index.html">${escapeHtml(siteTitle)}</a><nav aria-label="Site"><ul>${links}</ul></nav></header>`;
}

/** The document shell: no external resource of any kind, only files that sit in dist/. */
export function pageShell({ title, body, head = "", bodyClass = "" }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="site.css">
${head}
</head>
<body class="${bodyClass}">
${body}
</body>
</html>
`;
}
