// The guide pages in headless Chromium: served from dist/ on loopback with every other request blocked, then
// opened straight from disk. Pages render their samples, every link lands, and reference ↔ guide links work.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guidePages } from "../scripts/lib/pages.mjs";
import { openSession, type Session } from "./support/browser.js";
import { markdownTypeScriptBlocks } from "./support/code-blocks.js";
import { distDir, guideDir } from "./support/paths.js";
import { operations } from "./support/spec-facts.js";
import { type StaticServer, serveDirectory } from "./support/static-server.js";
import { visibleText } from "./support/visible-text.js";

let server: StaticServer;
let session: Session;
let page: Page;

beforeAll(async () => {
  server = await serveDirectory(distDir);
  session = await openSession(`${server.origin}/`);
  page = await session.newPage();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const waitForReference = (p: Page) => p.locator('[data-section-id^="tag/"]').first().waitFor();

describe.each(guidePages.map((p) => [p.output, p] as const))("guide page %s", (_name, guidePage) => {
  it("renders its title and every TypeScript sample of its markdown", async () => {
    await page.goto(`${server.origin}/${guidePage.output}`);
    const markdown = readFileSync(join(guideDir, guidePage.source), "utf8");
    const heading = /^# (.+)$/m.exec(markdown)?.[1] ?? "";
    expect(await visibleText(page.locator("h1"))).toContain(heading.replace(/`/g, ""));
    const rendered = await page.locator("pre code.language-ts").allTextContents();
    const expected = markdownTypeScriptBlocks(guidePage.source, markdown).map((block) => block.code);
    expect(rendered.map((code) => code.replace(/\n$/, ""))).toEqual(expected);
  });

  it("links only to pages and anchors that exist", async () => {
    await page.goto(`${server.origin}/${guidePage.output}`);
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const built = new Set(readdirSync(distDir));
    for (const href of hrefs.filter((h) => !/^[a-z]+:/i.test(h))) {
      const [file = "", fragment] = href.split("#");
      const target = file === "" ? guidePage.output : file;
      expect(built, `${guidePage.output} links to ${href}`).toContain(target);
      if (!fragment || target === "reference.html") continue;
      const html = readFileSync(join(distDir, target), "utf8");
      expect(html, `${guidePage.output} links to ${href}`).toContain(`id="${fragment}"`);
    }
  });
});

describe("links between the guide and the reference", () => {
  it("every reference anchor the guide uses opens that part of the reference", async () => {
    const anchors = new Set<string>();
    for (const { output } of guidePages) {
      await page.goto(`${server.origin}/${output}`);
      const hrefs = await page
        .locator('a[href^="reference.html#"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      for (const href of hrefs) anchors.add(href.slice("reference.html#".length));
    }
    // The guide points at both operations, so a renamed operationId cannot leave it pointing nowhere.
    for (const { operationId } of operations)
      expect(anchors).toContain(`tag/Messaging/operation/${operationId}`);
    for (const anchor of anchors) {
      await page.goto(`${server.origin}/reference.html#${anchor}`);
      const target = page.locator(`[data-section-id="${anchor}"]`);
      await target.waitFor();
      await expect
        .poll(() => target.evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 200), {
          timeout: 5_000,
        })
        .toBe(true);
    }
  });

  it("the reference's header leads to every guide page and back", async () => {
    await page.goto(`${server.origin}/reference.html`);
    await waitForReference(page);
    for (const { output, label } of guidePages) {
      await page.locator(".site-header").getByRole("link", { name: label, exact: true }).click();
      await page.waitForURL(`**/${output}`);
      await page.locator(".site-header").getByRole("link", { name: "API reference", exact: true }).click();
      await page.waitForURL("**/reference.html");
      await waitForReference(page);
    }
  });

  it("stayed offline and logged no errors", () => {
    expect(session.blocked).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});

describe("opened from disk (file://), with every network request blocked", () => {
  let fileSession: Session;
  const root = pathToFileURL(`${distDir}/`).href;

  beforeAll(async () => {
    fileSession = await openSession(root);
  });
  afterAll(async () => {
    await fileSession?.close();
  });

  it("index.html leads to a working reference", async () => {
    const filePage = await fileSession.newPage();
    await filePage.goto(`${root}index.html`);
    await filePage.getByRole("link", { name: "API reference", exact: true }).first().click();
    for (const { operationId } of operations) {
      await filePage.locator(`[data-section-id="tag/Messaging/operation/${operationId}"]`).waitFor();
    }
    await filePage.getByRole("textbox", { name: "Search" }).fill("toAddress");
    await filePage.locator('[data-role="search:results"] [data-item-id]').first().waitFor();
    expect(fileSession.blocked).toEqual([]);
    expect(fileSession.problems).toEqual([]);
  });
});
