// The API reference as built into dist/: one page per operation, and on it everything the bundled spec says
// about that operation (route, parameters and their descriptions, request fields, enum values, auth, every
// documented status with its description, fields and headers, the examples and the x-codeSamples). The
// expectations come from the spec, read independently of the generator (support/spec-facts.ts).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { specCodeSamples } from "./support/code-blocks.js";
import { articleText } from "./support/page-text.js";
import { distDir } from "./support/paths.js";
import { asRenderedText, operations, securitySchemes, spec } from "./support/spec-facts.js";

const info = spec.info as { title: string; version: string; summary?: string };
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

describe("the reference's overview page", () => {
  const text = articleText("reference/index.html");

  it("shows the API's title, version and description", () => {
    expect(text).toContain(`${info.title} ${info.version}`);
    expect(text).toContain("Conventions of the service");
  });

  it("documents every auth scheme with its type and description", () => {
    for (const scheme of securitySchemes) {
      expect(text, scheme.name).toContain(scheme.name);
      expect(text, scheme.name).toContain(`scheme ${scheme.scheme}`);
      expect(text, scheme.name).toContain(asRenderedText(scheme.description ?? ""));
    }
  });

  it("lists every operation and every server", () => {
    for (const op of operations) expect(text).toContain(`${op.method.toUpperCase()} ${op.path}`);
    for (const server of spec.servers as { url: string }[]) expect(text).toContain(server.url);
  });

  it("offers the spec itself for download", () => {
    expect(existsSync(join(distDir, "openapi.json"))).toBe(true);
  });
});

describe.each(operations.map((op) => [op.operationId, op] as const))("the page of %s", (operationId, op) => {
  const page = `reference/${operationId}.html`;
  const text = existsSync(join(distDir, page)) ? articleText(page) : "";

  it("exists, with its summary, method and route", () => {
    expect(text).not.toBe("");
    expect(text).toContain(op.summary);
    expect(text).toContain(`${op.method.toUpperCase()} ${op.path}`);
  });

  it("lists every parameter and request field, with its description", () => {
    for (const field of op.requestFields) {
      expect(text, `request field ${field.name}`).toContain(field.name);
      if (field.description)
        expect(text, `description of ${field.name}`).toContain(asRenderedText(field.description));
    }
  });

  it("lists every enum value", () => {
    expect(op.enumValues.length).toBeGreaterThan(0);
    for (const value of op.enumValues) expect(text, `enum value ${value}`).toContain(`"${value}"`);
  });

  it("names the auth schemes it accepts", () => {
    for (const name of op.security) expect(text).toContain(name);
  });

  it("shows every documented status with its description, fields and headers", () => {
    expect(op.responses.length).toBeGreaterThan(3);
    for (const response of op.responses) {
      expect(text, response.status).toMatch(new RegExp(`\\b${response.status} [A-Z]`));
      expect(text, `${response.status} description`).toContain(asRenderedText(response.description));
      for (const name of [...response.fields.map((f) => f.name), ...response.headers])
        expect(text, `${response.status} field ${name}`).toContain(name);
      for (const field of response.fields) {
        if (field.description)
          expect(text, `${response.status} ${field.name}`).toContain(asRenderedText(field.description));
      }
    }
  });

  it("shows the request example: the body's, or the parameters'", () => {
    if (op.method === "get") {
      expect(op.parameterExamples.length).toBeGreaterThan(0);
      for (const example of op.parameterExamples)
        expect(text.toLowerCase(), example).toContain(`example ${example.split("=")[1]}`.toLowerCase());
      return;
    }
    expect(op.requestExample).toBeDefined();
    for (const [key, value] of Object.entries(op.requestExample ?? {}))
      expect(text, `example ${key}`).toContain(`"${key}": ${JSON.stringify(value)}`);
  });

  it("shows every x-codeSample in full", () => {
    const samples = specCodeSamples().filter((s) => s.operationId === operationId);
    expect(samples.length).toBeGreaterThanOrEqual(2);
    for (const sample of samples) {
      expect(text).toContain(sample.label ?? sample.lang);
      for (const line of sample.source.split("\n").filter((l) => l.trim()))
        expect(text, `${sample.label}: ${line}`).toContain(collapse(line));
    }
  });
});
