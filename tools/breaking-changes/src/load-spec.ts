import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isObject, type Json, type JsonObject } from "@evovoice-sdk/openapi-kit";
import { exec } from "@evovoice-sdk/processes";
import { parse } from "yaml";

/** One spec file as written, YAML or JSON. */
export function parseSpecFile(path: string): JsonObject {
  const text = readFileSync(path, "utf8");
  return (path.endsWith(".json") ? JSON.parse(text) : parse(text)) as JsonObject;
}

/**
 * The spec at `path` as one document, every `$ref` local. A spec split into files (spec/openapi.yaml
 * `$ref`s spec/paths/ and spec/components/) is bundled by the pinned Redocly first, exactly as the
 * build bundles it; a single-file spec (a release, a test's checkout) is read as it is.
 */
export async function loadSpec(path: string): Promise<JsonObject> {
  const written = parseSpecFile(path);
  if (!refersToOtherFiles(written)) return written;
  const dir = await mkdtemp(join(tmpdir(), "evovoice-spec-breaking-"));
  try {
    const bundled = join(dir, "openapi.json");
    await exec("redocly", ["bundle", path, "--ext", "json", "-o", bundled], {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      timeoutMs: 120_000,
      throwOnError: true,
    });
    return parseSpecFile(bundled);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function refersToOtherFiles(node: Json): boolean {
  if (Array.isArray(node)) return node.some(refersToOtherFiles);
  if (!isObject(node)) return false;
  if (typeof node.$ref === "string" && !node.$ref.startsWith("#")) return true;
  return Object.values(node).some(refersToOtherFiles);
}
