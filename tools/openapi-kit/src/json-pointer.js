import { isObject } from "./json.js";

// JSON pointers as OpenAPI writes them in a local `$ref`: a URI fragment, `#/paths/~1messages/post`.
// Keys are escaped with `~0`/`~1` only (RFC 6901 §3); percent-encoding is not undone, so a pointer
// built with pointerKey() always finds its way back. Plain JavaScript with types beside it
// (json-pointer.d.ts): the build scripts that run on plain node import it too.

/** Escapes one key for use inside a JSON pointer: `/messages` → `~1messages`. */
export function pointerKey(key) {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * The node `pointer` (`#/a/b`, or `#` for the whole document) names in `doc`, or undefined when
 * nothing is there. Throws on a pointer into another document: only local references are followed.
 */
export function resolvePointer(doc, pointer) {
  if (pointer !== "#" && !pointer.startsWith("#/")) {
    throw new Error(`only local JSON pointers (#/…) can be resolved, got ${pointer}`);
  }
  let node = doc;
  for (const raw of pointer === "#" ? [] : pointer.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    // Own keys only: `#/constructor` must not find Object.prototype's.
    if (isObject(node)) node = Object.hasOwn(node, key) ? node[key] : undefined;
    else if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(key)) node = node[Number(key)];
    else return undefined;
  }
  return node;
}
