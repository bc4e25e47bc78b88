// Copies Redoc's standalone bundle into dist/ and removes the only things in it that reach the network.
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

// The sidebar's "API docs by Redocly" link shows a logo loaded from Redocly's CDN. Pointing it at an
// empty inline SVG keeps the page offline; the link text stays.
const cdnLogo = 'src:"https://cdn.redoc.ly/redoc/logo-mini.svg"';
const offlineLogo = `src:"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"`;
// The source map is 4 MB and only for debugging Redoc itself; without the comment no tool asks for it.
const sourceMapComment = /\n\/\/# sourceMappingURL=redoc\.standalone\.js\.map\s*$/;

export const redocScript = "redoc.standalone.js";

/** Writes dist/redoc.standalone.js (patched) and its license file; throws if the bundle changed shape. */
export async function copyRedocBundle(distDir) {
  const bundlePath = require.resolve("redoc/bundles/redoc.standalone.js");
  const { version } = require("redoc/package.json");
  let source = await readFile(bundlePath, "utf8");

  const logoCount = source.split(cdnLogo).length - 1;
  if (logoCount !== 1) {
    throw new Error(`redoc@${version}: expected the CDN logo exactly once in the bundle, found ${logoCount}`);
  }
  source = source.replace(cdnLogo, offlineLogo);
  if (!sourceMapComment.test(source)) {
    throw new Error(`redoc@${version}: the bundle no longer ends with its sourceMappingURL comment`);
  }
  source = source.replace(sourceMapComment, "\n");
  if (source.includes("fonts.googleapis.com")) {
    throw new Error(`redoc@${version}: the bundle now loads Google Fonts; the site must not`);
  }

  await writeFile(join(distDir, redocScript), source);
  const license = await readFile(`${bundlePath}.LICENSE.txt`, "utf8");
  await writeFile(join(distDir, `${redocScript}.LICENSE.txt`), license);
  return version;
}
