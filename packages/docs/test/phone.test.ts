// The built site in Chromium on a phone (390×844, touch), served from dist/ at the root of a loopback host with
// every other host blocked: the menu reaches every page, no page is wider than the screen, every table is
// readable (each row a card whose lines fit the screen), search opens, and no page asks another host for
// anything or logs an error. Screenshots go to screenshots/phone/.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/screenshots.js";
import { landmarks, sitePages } from "./support/site-pages.js";
import { openSite, type SiteSession } from "./support/site-session.js";

const screen = "phone";
const width = 390;
let site: SiteSession;
let page: Page;
let open: SiteSession["open"];

beforeAll(async () => {
  site = await openSite({
    viewport: { width, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  ({ page, open } = site);
});
afterAll(() => site?.close());

/** What is too wide on the page now: the page itself, and table cells that reach past the screen. */
function overflow() {
  return page.evaluate((screenWidth) => {
    const found: string[] = [];
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth > screenWidth) found.push(`the page is ${pageWidth} px wide`);
    for (const table of document.querySelectorAll(".vp-doc table")) {
      if (table.scrollWidth > table.clientWidth + 1) found.push(`a table scrolls: ${table.scrollWidth} px`);
      for (const cell of table.querySelectorAll("td")) {
        const right = cell.getBoundingClientRect().right;
        if (right > screenWidth + 1)
          found.push(`a cell ends at ${Math.round(right)} px: ${cell.textContent?.slice(0, 40)}`);
      }
    }
    return found;
  }, width);
}

describe("screenshots at 390×844", () => {
  it.each(Object.entries(landmarks))("%s", async (name, path) => {
    await open(path);
    await page.locator(".VPContent").waitFor();
    await screenshot(page, screen, name);
  });

  it("search", async () => {
    await open(landmarks.guide);
    await page.locator(".VPNavBarSearch button").click();
    await page.locator(".VPLocalSearchBox input.search-input").fill("countPerPage");
    await page.locator(".VPLocalSearchBox ul.results a.result").first().waitFor();
    await screenshot(page, screen, "search");
    await page.keyboard.press("Escape");
  });
});

describe("the phone's menus", () => {
  it("the landing page's menu leads to the guide and the reference", async () => {
    await open(landmarks.landing);
    await page.getByRole("button", { name: "mobile navigation" }).click();
    const links = await page
      .locator(".VPNavScreen a")
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(expect.arrayContaining(["/guide/install.html", "/reference/"]));
  });

  it("the sidebar menu lists every page, and each of its links opens that page", async () => {
    const reached = new Set<string>();
    const problems: string[] = [];
    await open(landmarks.guide);
    const menu = page.locator(".VPLocalNav button.menu");
    await menu.click();
    const links = await page
      .locator(".VPSidebar a.link")
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect([...new Set(links)].sort()).toEqual(sitePages);
    for (const [index, path] of links.entries()) {
      // The landing page has no sidebar (its own menu is checked above): go on from a guide page.
      if (index > 0 && !(await menu.isVisible())) await open(landmarks.guide);
      if (index > 0) await menu.click();
      const [from, title] = [new URL(page.url()).pathname, await page.title()];
      await page.locator(".VPSidebar a.link").nth(index).click();
      await page.waitForURL(`${site.origin}${path}`);
      // The router changes the URL before it renders the page: wait for the new page's title (each
      // page has its own), so that the old page's DOM is not the one checked, nor its menu reused.
      if (path !== from) await page.waitForFunction((old) => document.title !== old, title);
      await page.locator(".VPDoc h1, .VPHome").first().waitFor();
      reached.add(path);
      problems.push(...(await overflow()).map((problem) => `${path}: ${problem}`));
    }
    expect([...reached].sort()).toEqual(sitePages);
    // Every page, reached from the menu, fits the screen: no sideways scrolling, no cell past the edge.
    expect(problems).toEqual([]);
  });
});

it("asked no other host for anything and logged no errors", () => {
  expect(site.session.blocked).toEqual([]);
  expect(site.session.problems).toEqual([]);
});
