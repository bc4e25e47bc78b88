import type { Locator } from "playwright-core";

/**
 * The text a reader sees in `locator`, whitespace collapsed. Playwright's innerText (not the DOM's
 * textContent) because it puts line breaks between blocks, so "POST" and "/messages" do not run together.
 */
export async function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property.
  const text = await locator.innerText();
  return text.replace(/\s+/g, " ");
}
