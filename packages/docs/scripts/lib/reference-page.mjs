// reference.html: Redoc rendering the bundled spec, embedded inline so the page also works from file://.
import { pageShell, siteHeader } from "./html.mjs";
import { referencePageFile } from "./pages.mjs";
import { redocScript } from "./redoc-bundle.mjs";
import { specForRedoc } from "./redoc-spec.mjs";
import { siteTitle } from "./site.mjs";

const systemSans = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const systemMono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

// Redoc's defaults name web fonts (Montserrat, Roboto) that its CDN page loads; we load none, so
// name system fonts instead.
export const redocOptions = {
  // The site header sits above Redoc (sticky): Redoc measures it to keep its menu and anchors below it.
  scrollYOffset: ".site-header",
  // Success answers open, error answers (all ServiceStack's same envelope) one click away; schemas open two
  // levels (a list's items show their fields), JSON samples three: the page stays short enough to scan.
  expandResponses: "200",
  schemaExpansionLevel: 2,
  jsonSampleExpandLevel: 3,
  pathInMiddlePanel: true,
  requiredPropsFirst: true,
  downloadDefinitionUrl: "openapi.json",
  downloadFileName: "openapi.json",
  theme: {
    // Below 90rem (so at a laptop's 1280 px too) the samples go under each operation at the full width of
    // the text instead of into a third column a sample line does not fit in.
    breakpoints: { small: "50rem", medium: "90rem", large: "110rem" },
    // Redoc's 40 px each side leaves a phone's code samples 270 px; 24 px gives them 300.
    spacing: { sectionHorizontal: 24 },
    typography: {
      fontFamily: systemSans,
      headings: { fontFamily: systemSans },
      code: { fontFamily: systemMono },
    },
  },
};

// Inside <script> only "</" (and "<!--") can end or confuse the element; escaping every "<" keeps the JSON valid.
function inlineJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function referencePage(spec) {
  const body = `${siteHeader(referencePageFile, siteTitle(spec))}
<main id="redoc-container"><noscript>The API reference needs JavaScript. The spec itself is in <a href="openapi.json">openapi.json</a>.</noscript></main>
<script id="openapi-spec" type="application/json">${inlineJson(specForRedoc(spec))}</script>
<script id="redoc-options" type="application/json">${inlineJson(redocOptions)}</script>
<script src="${redocScript}"></script>
<script>
  Redoc.init(
    JSON.parse(document.getElementById("openapi-spec").textContent),
    JSON.parse(document.getElementById("redoc-options").textContent),
    document.getElementById("redoc-container"),
  );
</script>`;
  return pageShell({
    title: `API reference · ${spec.info.title}`,
    body,
    bodyClass: "reference",
  });
}
