import { isObject } from "./json.js";
import { resolvePointer } from "./json-pointer.js";

// Plain JavaScript with types beside it (deref.d.ts): the docs build and the client's field generator,
// which run on plain node, import it as `@evovoice-sdk/openapi-kit/deref`; there is no second copy.

/**
 * Follows a local `$ref` (`{ $ref: "#/a/b" }`) until it reaches a node that is not a reference, and
 * returns that node; any other value comes back as it is. A chain that comes back to a reference it
 * already followed throws instead of looping.
 */
export function deref(doc, value) {
  let current = value;
  const followed = new Set();
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (followed.has(ref)) throw new Error(`$ref cycle: ${[...followed, ref].join(" → ")}`);
    followed.add(ref);
    current = resolvePointer(doc, ref);
  }
  return current;
}
