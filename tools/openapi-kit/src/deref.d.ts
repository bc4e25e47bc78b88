import type { Json } from "./json.js";

/**
 * Follows a local `$ref` (`{ $ref: "#/a/b" }`) until it reaches a node that is not a reference, and
 * returns that node; any other value comes back as it is. A chain that comes back to a reference it
 * already followed throws instead of looping. `Node` is the type of the document's nodes (`Json`
 * unless the caller says otherwise).
 *
 * @example
 * const schema = deref(spec, { $ref: "#/components/schemas/MessageInfo" });
 */
export function deref<Node = Json>(doc: unknown, value: unknown): Node | undefined;
