// Headless Chromium (the system's, or the one npm installed; never a downloaded browser), with every
// request outside the site blocked and recorded, and every page error and console error recorded.
import { launchChromium } from "@evovoice-sdk/chromium";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";

export interface Session {
  browser: Browser;
  context: BrowserContext;
  /** Requests the site tried to make outside `allowedPrefix`: each was aborted. */
  blocked: string[];
  /** Uncaught exceptions and console errors, prefixed with the page they happened on. */
  problems: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** `contextOptions` go over the default 1400×900 viewport: a phone's size and touch, say. */
export async function openSession(
  allowedPrefix: string,
  contextOptions: BrowserContextOptions = {},
): Promise<Session> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...contextOptions });
  context.setDefaultTimeout(15_000);
  const blocked: string[] = [];
  const problems: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedPrefix)) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return {
    browser,
    context,
    blocked,
    problems,
    async newPage() {
      const page = await context.newPage();
      page.on("pageerror", (error) => problems.push(`${page.url()}: uncaught ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`${page.url()}: console.error ${message.text()}`);
      });
      return page;
    },
    close: () => browser.close(),
  };
}
