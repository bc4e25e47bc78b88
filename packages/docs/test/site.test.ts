// The built site in Chromium at a laptop's size (1280×800), served from dist/ at the root of a loopback host
// with every other host blocked: local search finds an error class and a query parameter and nothing for a
// nonsense word, every code block has a working copy button, long pages have an outline, dark mode switches,
// and no page asks another host for anything or logs an error. Screenshots go to screenshots/laptop/.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/screenshots.js";
import { landmarks, sitePages } from "./support/site-pages.js";
import { openSite, type SiteSession } from "./support/site-session.js";

const screen = "laptop";
let site: SiteSession;
let page: Page;
let open: SiteSession["open"];

beforeAll(async () => {
  site = await openSite({
    viewport: { width: 1280, height: 800 },
    permissions: ["clipboard-read", "clipboard-write"],
  });
  ({ page, open } = site);
});
afterAll(() => site?.close());

/** The pages local search lists for `query`, as paths with their anchors. */
async function search(query: string): Promise<string[]> {
  await page.getByRole("button", { name: "Search" }).first().click();
  const box = page.locator(".VPLocalSearchBox");
  await box.locator("input.search-input").fill(query);
  await box.locator("ul.results a.result, .no-results").first().waitFor();
  return box
    .locator("ul.results a.result")
    .evaluateAll((links) =>
      links.map(
        (a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash,
      ),
    );
}

describe("screenshots at 1280×800", () => {
  it.each(Object.entries(landmarks))("%s", async (name, path) => {
    await open(path);
    await page.locator(".VPContent").waitFor();
    await screenshot(page, screen, name);
  });
});

describe("search, in the browser, offline", () => {
  it("finds an error class: RateLimitError on the errors page", async () => {
    await open(landmarks.guide);
    const found = await search("RateLimitError");
    await screenshot(page, screen, "search");
    await page.keyboard.press("Escape");
    expect(found.some((hit) => hit.startsWith("/guide/errors.html"))).toBe(true);
  });

  it("finds a query parameter: countPerPage in the reference of listMessages", async () => {
    await open(landmarks.landing);
    const found = await search("countPerPage");
    await page.keyboard.press("Escape");
    expect(found.some((hit) => hit.startsWith("/reference/listMessages.html"))).toBe(true);
  });

  it("finds nothing for a nonsense word", async () => {
    await open(landmarks.landing);
    const found = await search("qzxvbwplk");
    await expect.poll(() => page.locator(".VPLocalSearchBox .no-results").isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(found).toEqual([]);
  });
});

describe("every page", () => {
  const seen: {
    path: string;
    blocks: number;
    buttons: number;
    long: boolean;
    headings: number;
    outline: number;
    scrollingTables: number;
    brokenNames: string[];
  }[] = [];

  beforeAll(async () => {
    for (const path of sitePages) {
      await open(path);
      await page.locator(".VPContent").waitFor();
      seen.push({
        path,
        ...(await page.evaluate(() => {
          // A documentation page (the landing page is laid out as a home page, without an aside).
          const doc = document.querySelector(".VPDoc .vp-doc");
          const headings = doc?.querySelectorAll("h2, h3").length ?? 0;
          return {
            blocks: document.querySelectorAll('.vp-doc div[class*="language-"]').length,
            buttons: document.querySelectorAll('.vp-doc div[class*="language-"] > button.copy').length,
            long: (doc?.querySelectorAll("h2").length ?? 0) >= 3,
            headings,
            outline: [...document.querySelectorAll(".VPDocAsideOutline .outline-link")].filter(
              (link) => (link as HTMLElement).offsetParent !== null,
            ).length,
            scrollingTables: [...document.querySelectorAll(".vp-doc .table-box")].filter(
              (box) => box.scrollWidth > box.clientWidth + 1,
            ).length,
            // A name in a table cell (one word of code) that the table squeezed onto two lines (a break at a hyphen
            // as in Retry-After, or after a dot of a field path, is where such names are meant to wrap).
            brokenNames: [...document.querySelectorAll(".vp-doc td code")]
              .filter((code) => !/[\s.-]/.test(code.textContent ?? "") && code.getClientRects().length > 1)
              .map((code) => code.textContent ?? ""),
          };
        })),
      });
    }
  });

  it("has a copy button on every code block", () => {
    expect(seen.filter((p) => p.blocks > 0).length).toBeGreaterThan(10);
    for (const p of seen) expect(p.buttons, p.path).toBe(p.blocks);
  });

  it("fits every table in the text's width, names whole", () => {
    for (const p of seen)
      expect({ path: p.path, tables: p.scrollingTables, names: p.brokenNames }).toEqual({
        path: p.path,
        tables: 0,
        names: [],
      });
  });

  it("shows an outline of its sections when it is long", () => {
    expect(seen.filter((p) => p.long).length).toBeGreaterThan(8);
    for (const p of seen.filter((q) => q.long)) expect(p.outline, p.path).toBe(p.headings);
  });
});

it("a copy button copies its block's code", async () => {
  await open("/guide/install.html");
  const block = page.locator('.vp-doc div[class*="language-ts"]').first();
  await block.hover();
  await block.locator("button.copy").click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe(((await block.locator("pre").textContent()) ?? "").trim());
  expect(copied).toContain('from "@evovoice-sdk/client"');
});

it("switches to dark mode and back", async () => {
  await open(landmarks.guide);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  const toggle = page.locator(".VPNavBarAppearance .VPSwitchAppearance");
  await toggle.click();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.classList.contains("dark")))
    .toBe(true);
  await expect.poll(background).not.toBe(light);
  await screenshot(page, screen, "guide-dark");
  await toggle.click();
  await expect.poll(background).toBe(light);
});

it("asked no other host for anything and logged no errors", () => {
  expect(site.session.blocked).toEqual([]);
  expect(site.session.problems).toEqual([]);
});
