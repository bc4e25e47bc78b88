// The API reference, in headless Chromium, served from dist/ on loopback with every other request blocked:
// everything the spec says about each operation is on the page. Expectations come from the bundled spec.
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession, type Session } from "./support/browser.js";
import { specCodeSamples } from "./support/code-blocks.js";
import { distDir } from "./support/paths.js";
import { asRenderedText, operations, securitySchemes, spec } from "./support/spec-facts.js";
import { type StaticServer, serveDirectory } from "./support/static-server.js";
import { visibleText } from "./support/visible-text.js";

let server: StaticServer;
let session: Session;
let page: Page;

const section = (operationId: string): Locator =>
  page
    .locator(
      `[data-section-id="tag/Messaging/operation/${operationId}"], [data-section-id="operation/${operationId}"]`,
    )
    .first();
/**
 * Opens every collapsed nested schema in `scope` (Redoc shows two levels; the rest is a click away), so its
 * fields can be read. A collapsed field's chevron points right (rotated); each is clicked once, since the
 * chevron turns with a transition and a second look could catch it halfway.
 */
async function expandAll(scope: Locator): Promise<void> {
  const clicked = new Set<string>();
  for (let round = 0; round < 10; round++) {
    const labels = await scope.locator('[kind="field"] > button').evaluateAll((buttons) =>
      buttons.flatMap((button) => {
        const transform = getComputedStyle(button.querySelector("svg") ?? button).transform;
        const open = transform === "none" || transform === "matrix(1, 0, 0, 1, 0, 0)";
        return open ? [] : [button.getAttribute("aria-label") ?? ""];
      }),
    );
    const fresh = labels.filter((label) => !clicked.has(label));
    if (fresh.length === 0) return;
    for (const label of fresh) {
      clicked.add(label);
      await scope.getByRole("button", { name: label, exact: true }).first().click();
    }
  }
}

const fieldNames = (scope: Locator) =>
  scope
    .locator('[kind="field"]')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("title") ?? ""));

beforeAll(async () => {
  server = await serveDirectory(distDir);
  session = await openSession(`${server.origin}/`);
  page = await session.newPage();
  await page.goto(`${server.origin}/reference.html`);
  await section(operations[0]?.operationId ?? "").waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe("the API reference page", () => {
  it("shows the API's title and version", async () => {
    const info = spec.info as { title: string; version: string };
    expect(await visibleText(page.locator("h1").first())).toContain(`${info.title} (${info.version})`);
  });

  it("documents every auth scheme with its type and description", async () => {
    for (const scheme of securitySchemes) {
      const block = page.locator(`[data-section-id="section/Authentication/${scheme.name}"]`);
      const text = await visibleText(block);
      expect(text, scheme.name).toContain(`HTTP Authorization Scheme: ${scheme.scheme}`);
      expect(text, scheme.name).toContain(asRenderedText(scheme.description ?? ""));
    }
  });
});

describe.each(operations.map((op) => [op.operationId, op] as const))("operation %s", (_id, op) => {
  let text: string;
  beforeAll(async () => {
    // Open every response and every nested schema, so the whole operation can be read.
    const closed = section(op.operationId)
      .locator("button:not([aria-expanded])")
      .filter({ hasText: /^\s*\d{3}\b/ });
    // A response's button gains aria-expanded once open, and so leaves this list.
    for (let left = await closed.count(); left > 0; left = await closed.count()) await closed.first().click();
    await expandAll(section(op.operationId));
    text = await visibleText(section(op.operationId));
  });

  it("renders its summary, method and route", async () => {
    expect(text).toContain(op.summary);
    expect(text).toContain(`${op.method.toUpperCase()} ${op.path}`);
  });

  it("lists every request field, with its description", async () => {
    const rendered = await fieldNames(section(op.operationId));
    for (const field of op.requestFields) {
      expect(rendered, `request field ${field.name}`).toContain(field.name);
      if (field.description)
        expect(text, `description of ${field.name}`).toContain(asRenderedText(field.description));
    }
  });

  it("lists every enum value", () => {
    expect(op.enumValues.length).toBeGreaterThan(0);
    for (const value of op.enumValues) expect(text, `enum value ${value}`).toContain(`"${value}"`);
  });

  it("names the auth schemes it accepts", () => {
    expect(text).toMatch(/Authorizations:/i);
    for (const name of op.security) expect(text).toContain(name);
  });

  it("renders every response status with its description, fields and headers", async () => {
    for (const response of op.responses) {
      const button = section(op.operationId)
        .locator("button", {
          has: page.locator("strong", { hasText: new RegExp(`^\\s*${response.status}\\s*$`) }),
        })
        .first();
      expect(await visibleText(button), response.status).toContain(asRenderedText(response.description));
      // Opened above (only success answers are open on load). The button's next sibling is the response's schema.
      expect(await button.getAttribute("aria-expanded"), response.status).toBe("true");
      const body = button.locator("xpath=following-sibling::*[1]");
      const rendered = await fieldNames(body);
      for (const field of [...response.fields.map((f) => f.name), ...response.headers]) {
        expect(rendered, `${response.status} field ${field}`).toContain(field);
      }
      const bodyText = await visibleText(body);
      for (const field of response.fields) {
        if (field.description)
          expect(bodyText, `${response.status} ${field.name}`).toContain(asRenderedText(field.description));
      }
    }
  });

  it("shows ServiceStack's error envelope for every error status", () => {
    const errors = op.responses.filter((r) => Number(r.status) >= 400);
    expect(errors.length).toBeGreaterThan(0);
    for (const response of errors) {
      const names = response.fields.map((f) => f.name);
      expect(names, response.status).toEqual(
        expect.arrayContaining(["responseStatus", "errorCode", "message", "errors", "fieldName"]),
      );
    }
  });

  it("shows the request example: the body's, or the parameters' of an operation without a body", () => {
    if (op.method === "get") {
      expect(op.parameterExamples.length).toBeGreaterThan(0);
      // Redoc shows no example whose value is falsy (`page=0`, say), so those cannot be checked on the page.
      const shown = op.parameterExamples.filter((example) => !/=(0|false)?$/.test(example));
      for (const example of shown) expect(text, example).toContain(example);
      return;
    }
    expect(op.requestExample).toBeDefined();
    for (const [key, value] of Object.entries(op.requestExample ?? {})) {
      expect(text, `example ${key}`).toContain(`"${key}": ${JSON.stringify(value)}`);
    }
  });

  it("shows the TypeScript and curl samples from x-codeSamples", async () => {
    const samples = specCodeSamples().filter((s) => s.operationId === op.operationId);
    expect(samples.length).toBeGreaterThanOrEqual(2);
    for (const sample of samples) {
      const tab = section(op.operationId).getByRole("tab", {
        name: sample.label ?? sample.lang,
        exact: true,
      });
      await tab.click();
      const panel = section(op.operationId)
        .locator('[role="tabpanel"][aria-selected="true"], .react-tabs__tab-panel--selected')
        .first();
      const firstLine = sample.source.split("\n")[0] ?? "";
      expect(await visibleText(panel)).toContain(firstLine.trim());
    }
  });
});

describe("search", () => {
  it("finds toAddress in the operations that take it", async () => {
    await page.getByRole("textbox", { name: "Search" }).fill("toAddress");
    const results = page.locator('[data-role="search:results"] [data-item-id]');
    await results.first().waitFor();
    const ids = await results.evaluateAll((items) => items.map((item) => item.getAttribute("data-item-id")));
    expect(ids).toContain("tag/Messaging/operation/sendMessage");
  });
});

describe("the page stayed offline and healthy", () => {
  it("made no request outside dist/ and logged no errors", () => {
    expect(session.blocked).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
