// Screenshots of the site for a reviewer to look at, in packages/docs/screenshots/<screen>/ (ignored by git).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { screenshotDir } from "./paths.js";

export async function screenshot(page: Page, screen: string, name: string): Promise<void> {
  mkdirSync(join(screenshotDir, screen), { recursive: true });
  await page.screenshot({ path: join(screenshotDir, screen, `${name}.png`) });
}
