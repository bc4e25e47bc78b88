import { isObject, type Json } from "./json.js";
import { resolvePointer } from "./json-pointer.js";

/**
 * Follows a local `$ref` (`{ $ref: "#/a/b" }`) until it reaches a node that is not a reference, and
 * returns that node; any other value comes back as it is. A chain that comes back to a reference it
 * already followed throws instead of looping. `Node` is the type of the document's nodes (`Json`
 * unless the caller says otherwise).
 *
 * @example
 * const schema = deref(spec, { $ref: "#/components/schemas/MessageInfo" });
 */
export function deref<Node = Json>(doc: unknown, value: unknown): Node | undefined {
  let current = value;
  const followed = new Set<string>();
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (followed.has(ref)) throw new Error(`$ref cycle: ${[...followed, ref].join(" → ")}`);
    followed.add(ref);
    current = resolvePointer(doc, ref);
  }
  return current as Node | undefined;
}
