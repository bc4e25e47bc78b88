import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { specSource } from "./repo-paths.js";

// The slice of OpenAPI 3.1 the checks walk; everything else stays `unknown`.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Parses spec/openapi.yaml as written (not bundled): the hand-written source of truth. */
export function loadSpec(path = specSource): JsonObject {
  return parse(readFileSync(path, "utf8")) as JsonObject;
}

/** Follows a local `$ref` (`#/a/b`) until it reaches a value that is not a reference. */
export function deref(doc: JsonObject, value: Json | undefined): Json | undefined {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`);
    current = resolvePointer(doc, current.$ref);
  }
  return current;
}

export function resolvePointer(doc: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are used in this spec, got ${ref}`);
  let node: Json | undefined = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    node = isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Escapes one key for use inside a JSON pointer. */
export function pointerKey(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}
