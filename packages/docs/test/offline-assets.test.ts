// A static look at dist/: every asset a page loads is a file in dist/, and nothing names a remote resource.
// (The browser tests prove the same at run time; this names the file and attribute when it breaks.)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distDir } from "./support/paths.js";

const files = readdirSync(distDir);
const htmlFiles = files.filter((name) => name.endsWith(".html"));
// Attributes that make a browser fetch something as the page loads (links a reader clicks are not in this list).
const loads =
  /<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?\s(src|href|data)="([^"]*)"/gi;

describe("dist/", () => {
  it("has index.html, the reference and its script", () => {
    expect(files).toEqual(
      expect.arrayContaining(["index.html", "reference.html", "redoc.standalone.js", "site.css"]),
    );
  });

  it.each(htmlFiles)("%s loads only files that are in dist/", (name) => {
    const html = readFileSync(join(distDir, name), "utf8");
    const assets = [...html.matchAll(loads)].map((match) => match[3] ?? "");
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset, `${name}: ${asset}`).not.toMatch(/^(https?:)?\/\//i);
      expect(existsSync(join(distDir, asset.split(/[?#]/)[0] ?? "")), `${name}: ${asset}`).toBe(true);
    }
  });

  it("the stylesheet imports nothing and names no web font", () => {
    const css = readFileSync(join(distDir, "site.css"), "utf8");
    expect(css).not.toMatch(/@import|@font-face|url\(/i);
  });

  it("Redoc's bundle no longer points at its CDN or at Google Fonts", () => {
    const script = readFileSync(join(distDir, "redoc.standalone.js"), "utf8");
    // Booleans, not the 900 kB script, in the failure message.
    expect(script.includes("cdn.redoc.ly"), "mentions cdn.redoc.ly").toBe(false);
    expect(script.includes("fonts.googleapis.com"), "mentions fonts.googleapis.com").toBe(false);
    expect(/sourceMappingURL=redoc/.test(script), "has its sourceMappingURL comment").toBe(false);
  });
});
