// A static look at dist/, the site as a static host serves it from its root: every asset a page loads is a
// file in dist/ and nothing names a remote resource (the browser tests prove the same at run time; this names
// the file and attribute when it breaks); every link between pages lands on a page and an anchor that exist;
// llms.txt lists every page and llms-full.txt holds them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distDir } from "./support/paths.js";
import { sitePages } from "./support/site-pages.js";

const files = readdirSync(distDir, { recursive: true, encoding: "utf8" });
const htmlFiles = files.filter((name) => name.endsWith(".html"));
const read = (name: string) => readFileSync(join(distDir, name), "utf8");
// Attributes that make a browser fetch something as the page loads (links a reader clicks are not in this list).
const loads =
  /<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?\s(src|href|data)="([^"]*)"/gi;

/** The dist/ file a root-relative URL path is served from. */
function fileOf(path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? "");
  return join(distDir, clean.endsWith("/") ? `${clean}index.html` : clean);
}

describe("dist/ loads nothing from elsewhere", () => {
  it.each(htmlFiles)("%s loads only files that are in dist/", (name) => {
    const assets = [...read(name).matchAll(loads)].map((match) => match[3] ?? "");
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset, `${name}: ${asset}`).not.toMatch(/^(https?:)?\/\//i);
      expect(existsSync(fileOf(asset)), `${name}: ${asset}`).toBe(true);
    }
  });

  it("no stylesheet names a remote font, image or stylesheet", () => {
    for (const name of files.filter((f) => f.endsWith(".css"))) {
      const text = read(name);
      expect(text, name).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
      expect(text.includes("fonts.googleapis.com"), `${name} names Google Fonts`).toBe(false);
    }
  });

  it("the theme's one remote URL, an icon service for social links, is never reached: the site has none", () => {
    const remote = files
      .filter((f) => f.endsWith(".js"))
      .flatMap((name) => [...read(name).matchAll(/url\(\s*["'`]?(https?:\/\/[^/"'`)]+)/g)].map((m) => m[1]));
    expect([...new Set(remote)]).toEqual(["https://api.iconify.design"]);
    for (const name of htmlFiles) expect(read(name), name).not.toContain("VPSocialLink");
  });
});

describe("links between pages", () => {
  it("every internal link lands on a page of the site and on an anchor of that page", () => {
    const broken: string[] = [];
    for (const name of htmlFiles) {
      for (const [, href = ""] of read(name).matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
        if (/^[a-z]+:/i.test(href) || href.startsWith("//")) continue;
        const target = href.startsWith("#")
          ? join(distDir, name)
          : fileOf(new URL(href, `http://site/${name}`).pathname);
        if (!existsSync(target)) {
          broken.push(`${name} → ${href}: no such file`);
          continue;
        }
        const fragment = href.split("#")[1];
        if (
          fragment &&
          target.endsWith(".html") &&
          !readFileSync(target, "utf8").includes(`id="${decodeURIComponent(fragment)}"`)
        )
          broken.push(`${name} → ${href}: no such anchor`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("llms.txt and llms-full.txt", () => {
  const index = read("llms.txt");
  const full = read("llms-full.txt");

  it("llms.txt links every page, as markdown", () => {
    const linked = [...index.matchAll(/\]\((\/[^)]*\.md)\)/g)].map((match) => match[1] ?? "");
    for (const link of linked) expect(existsSync(join(distDir, link)), link).toBe(true);
    expect(linked).toHaveLength(sitePages.length);
  });

  it("llms-full.txt holds every page, its generated parts included", () => {
    for (const name of ["errors.md", "install.md", "listMessages.md"]) expect(full).toContain(`/${name}`);
    expect(full).not.toContain("@include");
    expect(full).toContain("RateLimitError");
    expect(full).toContain("countPerPage");
  });
});
