import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isObject, type Json } from "@evovoice-sdk/openapi-kit";
import { parse } from "yaml";

// The spec is split the Redocly way: spec/openapi.yaml $refs files under spec/paths/ and
// spec/components/, which $ref each other. Redocly's no-unused-components sees only what the
// root declares; a file no $ref reaches is invisible to lint, bundle and docs alike.

/** Every file reached from `rootFile` by following `$ref`s into other files, the root included. */
export function filesReachedFrom(rootFile: string): Set<string> {
  const reached = new Set<string>();
  const queue = [resolve(rootFile)];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (reached.has(file)) continue;
    reached.add(file);
    const document = parse(readFileSync(file, "utf8")) as Json;
    for (const ref of fileRefs(document)) queue.push(resolve(dirname(file), ref));
  }
  return reached;
}

/** The YAML files in `dir` and below. */
export function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".yaml") || file.endsWith(".yml"))
    .map((file) => join(dir, file));
}

// `$ref: ../schemas/MessageInfo.yaml` (optionally `#/pointer` after it); local `#/…` refs stay in the file.
function fileRefs(node: Json): string[] {
  if (Array.isArray(node)) return node.flatMap(fileRefs);
  if (!isObject(node)) return [];
  const own =
    typeof node.$ref === "string" && !node.$ref.startsWith("#") ? [node.$ref.split("#")[0] ?? ""] : [];
  return [...own, ...Object.values(node).flatMap(fileRefs)];
}
