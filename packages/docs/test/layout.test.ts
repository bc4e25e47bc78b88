// Every page at a laptop's width (1280×800) and a phone's (390×844), in headless Chromium with every request
// outside dist/ blocked: no page wider than the screen, no code cut off without a way to scroll it, the title
// visible below the site header on load, guide code highlighted. Screenshots of each go to screenshots/
// (ignored by git) for a reviewer to look at.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guidePages, referencePageFile } from "../scripts/lib/pages.mjs";
import { openSession, type Session } from "./support/browser.js";
import { type LayoutFacts, measureLayout } from "./support/measure-layout.js";
import { distDir, docsDir } from "./support/paths.js";
import { operations } from "./support/spec-facts.js";
import { type StaticServer, serveDirectory } from "./support/static-server.js";

const screens = [
  { name: "laptop", width: 1280, height: 800, mobile: false },
  { name: "phone", width: 390, height: 844, mobile: true },
] as const;
const screenshotDir = join(docsDir, "screenshots");
const operationAnchor = (operationId: string) => `tag/Messaging/operation/${operationId}`;

let server: StaticServer;

beforeAll(async () => {
  rmSync(screenshotDir, { recursive: true, force: true });
  server = await serveDirectory(distDir);
});
afterAll(() => server?.close());

/** The failures of one measurement, as readable lines (empty when the page is fine). */
function problems(facts: LayoutFacts, { highlighted }: { highlighted: boolean }): string[] {
  const found: string[] = [];
  if (facts.pageWidth > facts.viewportWidth)
    found.push(`the page is ${facts.pageWidth} px wide on a ${facts.viewportWidth} px screen`);
  const { title } = facts;
  if (!title.visible)
    found.push(
      `the title "${title.text}" is not visible (top ${title.top}, header ends at ${title.headerBottom})`,
    );
  for (const block of facts.codeBlocks) {
    if (block.cutOff) found.push(`code cut off without a way to scroll: "${block.text}"`);
    if (highlighted && block.language !== "text" && block.tokenColours < 2)
      found.push(`code not highlighted (${block.tokenColours} colour): "${block.text}"`);
  }
  return found;
}

describe.each(screens)("at $width×$height ($name)", (screen) => {
  let session: Session;
  let page: Page;
  // What was measured on each page, written beside the screenshots for a reviewer.
  const measured: Record<
    string,
    Omit<LayoutFacts, "codeBlocks"> & {
      codeBlocks: number;
      scrolling: number;
      cutOff: number;
      unhighlighted: number;
    }
  > = {};
  const keep = (name: string, facts: LayoutFacts) => {
    const { codeBlocks, ...rest } = facts;
    measured[name] = {
      ...rest,
      codeBlocks: codeBlocks.length,
      scrolling: codeBlocks.filter((b) => b.scrolls).length,
      cutOff: codeBlocks.filter((b) => b.cutOff).length,
      unhighlighted: codeBlocks.filter((b) => b.language !== "text" && b.tokenColours < 2).length,
    };
  };
  const shot = (name: string, fullPage = false) => {
    mkdirSync(join(screenshotDir, screen.name), { recursive: true });
    return page.screenshot({ path: join(screenshotDir, screen.name, `${name}.png`), fullPage });
  };

  beforeAll(async () => {
    // A session per screen: its viewport, and a phone's touch and meta-viewport handling.
    session = await openSession(`${server.origin}/`, {
      viewport: { width: screen.width, height: screen.height },
      isMobile: screen.mobile,
      hasTouch: screen.mobile,
    });
    page = await session.newPage();
  });
  afterAll(async () => {
    mkdirSync(join(screenshotDir, screen.name), { recursive: true });
    writeFileSync(
      join(screenshotDir, screen.name, "measurements.json"),
      `${JSON.stringify(measured, null, 2)}\n`,
    );
    await session?.close();
  });

  it.each(guidePages.map((p) => [p.output, p] as const))("guide page %s", async (name) => {
    await page.goto(`${server.origin}/${name}`);
    const facts = await measureLayout(page);
    keep(name, facts);
    await shot(name.replace(/\.html$/, ""));
    await shot(`${name.replace(/\.html$/, "")}-full`, true);
    expect(problems(facts, { highlighted: true })).toEqual([]);
    expect(facts.codeBlocks.length).toBeGreaterThan(0);
    // At a laptop's width every guide sample fits its box: none needs a sideways scroll.
    if (screen.name === "laptop")
      expect(facts.codeBlocks.filter((b) => b.scrolls).map((b) => b.text)).toEqual([]);
  });

  it("the reference, on load", async () => {
    await page.goto(`${server.origin}/${referencePageFile}`);
    await page.locator(`[data-section-id="${operationAnchor(operations[0]?.operationId ?? "")}"]`).waitFor();
    const facts = await measureLayout(page);
    keep("reference.html", facts);
    await shot("reference");
    expect(problems(facts, { highlighted: true })).toEqual([]);
  });

  it.each(operations.map((op) => [op.operationId] as const))(
    "the reference at operation %s, with each code sample shown",
    async (operationId) => {
      await page.goto(`${server.origin}/${referencePageFile}#${operationAnchor(operationId)}`);
      const section = page.locator(`[data-section-id="${operationAnchor(operationId)}"]`);
      const heading = section.locator("h2").first();
      await heading.waitFor();
      // Redoc scrolls to the anchor once it has rendered; the operation's heading then sits below the header.
      await expect
        .poll(() => measureLayout(page, `[data-section-id="${operationAnchor(operationId)}"] h2`))
        .toMatchObject({ title: { visible: true } });
      await shot(`reference-${operationId}`);
      const atAnchor = await measureLayout(page, `[data-section-id="${operationAnchor(operationId)}"] h2`);
      keep(`reference.html#${operationId}`, atAnchor);
      const found = problems(atAnchor, {
        highlighted: true,
      });
      const tabs = section.getByRole("tab");
      for (const label of await tabs.allTextContents()) {
        await section.getByRole("tab", { name: label, exact: true }).click();
        const facts = await measureLayout(page, `[data-section-id="${operationAnchor(operationId)}"] h2`);
        found.push(...problems(facts, { highlighted: true }).filter((p) => !p.startsWith("the title")));
        if (/typescript/i.test(label)) {
          await section.getByRole("tab", { name: label, exact: true }).scrollIntoViewIfNeeded();
          await shot(`reference-${operationId}-typescript`);
        }
      }
      expect([...new Set(found)]).toEqual([]);
    },
  );

  it("the reference opens error responses on demand, not all at once", async () => {
    await page.goto(`${server.origin}/${referencePageFile}`);
    await page.locator(`[data-section-id="${operationAnchor(operations[0]?.operationId ?? "")}"]`).waitFor();
    const expanded = await page
      .locator('button[aria-expanded="true"]')
      .evaluateAll((buttons) => buttons.map((b) => /\b(\d{3})\b/.exec(b.textContent ?? "")?.[1] ?? ""));
    expect(expanded.filter((status) => status !== "")).toEqual(operations.map(() => "200"));
  });

  it("the measure itself sees cut-off code, a page too wide and a title under the header", async () => {
    await page.setContent(`
      <header class="site-header" style="position: fixed; top: 0; left: 0; right: 0; height: 80px"></header>
      <h1 style="margin: 20px 0">Under the header</h1>
      <pre style="overflow: hidden; width: 100px">${"cut ".repeat(60)}</pre>
      <pre style="overflow-x: auto; width: 100px">${"scrolls ".repeat(60)}</pre>
      <div style="width: 2000px">wide</div>`);
    const facts = await measureLayout(page);
    expect(facts.title.visible).toBe(false);
    expect(facts.codeBlocks.map((block) => block.cutOff)).toEqual([true, false]);
    expect(facts.pageWidth).toBeGreaterThan(facts.viewportWidth);
  });

  it("stayed offline and logged no errors", () => {
    expect(session.blocked).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
