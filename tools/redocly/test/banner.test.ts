import { describe, expect, it } from "vitest";
import { withoutBanner } from "../src/index.js";

// Redocly CLI 2.77.0's stderr under Node 20, as it prints it.
const BANNER = `
    ╔═════════════════════════════════════════════════════════════════╗
    ║                                                                 ║
    ║  Deprecation warning: Node.js 20 support is ending              ║
    ║                                                                 ║
    ║  Node.js 20 reached end-of-life on April 30, 2026.              ║
    ║  Future Redocly CLI releases require Node.js 22.12.0 or later.  ║
    ║  You are using Node.js v20.20.2.                                ║
    ║                                                                 ║
    ║  Update Node.js: https://nodejs.org/en/download                 ║
    ║                                                                 ║
    ╚═════════════════════════════════════════════════════════════════╝
`;

describe("withoutBanner", () => {
  it("removes the Node 20 banner and the blank lines around it, and nothing else", () => {
    const stderr = `${BANNER}\nvalidating openapi.yaml...\nopenapi.yaml: validated in 237ms\n\nWoohoo!\n`;
    expect(withoutBanner(stderr)).toBe(
      "validating openapi.yaml...\nopenapi.yaml: validated in 237ms\n\nWoohoo!\n",
    );
  });

  it("recognises the banner in colour too", () => {
    const coloured = BANNER.replace(
      "Deprecation warning",
      "\u001b[1m\u001b[33mDeprecation warning\u001b[39m\u001b[22m",
    );
    expect(withoutBanner(`${coloured}\nbundled\n`)).toBe("bundled\n");
  });

  it("keeps any other box, and a box cut off before its bottom edge", () => {
    const other = "╔══╗\n║ lint: 3 errors ║\n╚══╝";
    expect(withoutBanner(`before\n${other}\nafter`)).toBe(`before\n${other}\nafter`);
    expect(withoutBanner("╔══╗\n║ Node.js 20 support is ending")).toBe(
      "╔══╗\n║ Node.js 20 support is ending",
    );
  });

  it("leaves output without the banner as it is", () => {
    const text = "\nline one\n\n\nline two\n";
    expect(withoutBanner(text)).toBe(text);
  });
});
