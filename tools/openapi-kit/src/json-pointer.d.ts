import type { Json } from "./json.js";

/** Escapes one key for use inside a JSON pointer: `/messages` → `~1messages`. */
export function pointerKey(key: string): string;

/**
 * The node `pointer` (`#/a/b`, or `#` for the whole document) names in `doc`, or undefined when
 * nothing is there. Throws on a pointer into another document: only local references are followed.
 * `Node` is the type of the document's nodes (`Json` unless the caller says otherwise).
 *
 * @example
 * resolvePointer(spec, "#/components/schemas/MessageInfo");
 */
export function resolvePointer<Node = Json>(doc: unknown, pointer: string): Node | undefined;
