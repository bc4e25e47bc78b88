import { createRequire } from "node:module";
import * as esm from "@evovoice-sdk/client";
import { describe, expect, it, vi } from "vitest";

// Two copies of the package in one process (the ESM and the CommonJS build, or two versions in
// node_modules) have two sets of classes. `instanceof` still holds across them.

async function secondCopy(): Promise<typeof esm> {
  vi.resetModules();
  return (await import("@evovoice-sdk/client")) as typeof esm;
}

const CLASSES: Record<string, { prototype: Error }> = {
  EvoVoiceError: esm.EvoVoiceError,
  RequestValidationError: esm.RequestValidationError,
  ApiError: esm.ApiError,
  BadRequestError: esm.BadRequestError,
  AuthenticationError: esm.AuthenticationError,
  PermissionDeniedError: esm.PermissionDeniedError,
  NotFoundError: esm.NotFoundError,
  ConflictError: esm.ConflictError,
  RateLimitError: esm.RateLimitError,
  InternalServerError: esm.InternalServerError,
  ConnectionError: esm.ConnectionError,
  TimeoutError: esm.TimeoutError,
};

describe("instanceof across two copies", () => {
  it("the copies really are distinct classes", async () => {
    const other = await secondCopy();
    expect(other.RateLimitError).not.toBe(esm.RateLimitError);
  });

  it("an error of either copy is an instance of the same-named class, and of its ancestors, in both", async () => {
    const other = await secondCopy();
    const rateLimited = new other.RateLimitError(429);
    expect(rateLimited).toBeInstanceOf(esm.RateLimitError);
    expect(rateLimited).toBeInstanceOf(esm.ApiError);
    expect(rateLimited).toBeInstanceOf(esm.EvoVoiceError);
    expect(rateLimited).toBeInstanceOf(Error);
    expect(new esm.TimeoutError("slow", true)).toBeInstanceOf(other.ConnectionError);
    expect(new esm.RequestValidationError([])).toBeInstanceOf(other.EvoVoiceError);
  });

  it("but not of a sibling or a subclass, and a look-alike is not one at all", async () => {
    const other = await secondCopy();
    expect(new other.RateLimitError(429)).not.toBeInstanceOf(esm.NotFoundError);
    expect(new other.ApiError(500)).not.toBeInstanceOf(esm.RateLimitError);
    expect(new other.ConnectionError("x", true)).not.toBeInstanceOf(esm.ApiError);
    const lookalike = Object.assign(new Error("x"), { name: "RateLimitError", status: 429 });
    expect(lookalike).not.toBeInstanceOf(esm.RateLimitError);
    for (const value of [null, undefined, 1, "RateLimitError", {}])
      expect(value instanceof esm.EvoVoiceError).toBe(false);
  });

  it("every class keeps its name", () => {
    for (const [name, { prototype }] of Object.entries(CLASSES))
      expect(Object.create(prototype).name).toBe(name);
    expect(new esm.RateLimitError(429).name).toBe("RateLimitError");
    expect(JSON.parse(JSON.stringify(new esm.RateLimitError(429)))).toMatchObject({
      name: "RateLimitError",
      status: 429,
    });
  });

  it("the built CommonJS copy, beside the ESM source (skipped until packages/client is built)", async (context) => {
    const require = createRequire(import.meta.url);
    let cjs: typeof esm;
    try {
      cjs = require("../dist/index.cjs");
    } catch {
      context.skip();
      return;
    }
    expect(new cjs.NotFoundError(404)).toBeInstanceOf(esm.NotFoundError);
    expect(new esm.NotFoundError(404)).toBeInstanceOf(cjs.ApiError);
  });
});
