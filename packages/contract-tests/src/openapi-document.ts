import { readFileSync } from "node:fs";
import type { JsonObject } from "@evovoice-sdk/openapi-kit";
import { parse } from "yaml";
import { bundledSpec } from "./repo-paths.js";

// Walking the parsed spec ($refs, pointers, the Json types) is @evovoice-sdk/openapi-kit's.

/**
 * The spec as one document. By default the Redocly bundle of the split spec (spec/dist/openapi.json),
 * in which every $ref is local (`#/components/…`); test/spec-bundle.test.ts holds that bundle to the
 * hand-written files. Given a path, that one file (YAML or JSON) as written.
 */
export function loadSpec(path = bundledSpec): JsonObject {
  const text = readFileSync(path, "utf8");
  return (path.endsWith(".json") ? JSON.parse(text) : parse(text)) as JsonObject;
}
