import { isObject, type JsonObject, pointerKey } from "@evovoice-sdk/openapi-kit";
import { VERBS } from "./diff-location.js";

/** One operation as released and as it is now. */
export interface OperationPair {
  /** `POST /messages`, named by the released path. */
  location: string;
  /** The operation's JSON pointer in the current spec. */
  pointer: string;
  before: JsonObject;
  after: JsonObject;
}

/**
 * The operations both specs have, matched by method and path template; a template whose
 * parameters were renamed still matches (api-smart-diff reports the rename itself).
 */
export function operationPairs(before: JsonObject, after: JsonObject): OperationPair[] {
  const oldPaths = isObject(before.paths) ? before.paths : {};
  const newPaths = isObject(after.paths) ? after.paths : {};
  const shape = (template: string) => template.replace(/\{[^}]*\}/g, "{}");
  const pairs: OperationPair[] = [];
  for (const [path, oldItem] of Object.entries(oldPaths)) {
    const newPath = path in newPaths ? path : Object.keys(newPaths).find((p) => shape(p) === shape(path));
    const newItem = newPath === undefined ? undefined : newPaths[newPath];
    for (const verb of VERBS) {
      const oldOp = isObject(oldItem) ? oldItem[verb] : undefined;
      const newOp = isObject(newItem) ? newItem[verb] : undefined;
      if (!isObject(oldOp) || !isObject(newOp) || newPath === undefined) continue;
      pairs.push({
        location: `${verb.toUpperCase()} ${path}`,
        pointer: `#/paths/${pointerKey(newPath)}/${verb}`,
        before: oldOp,
        after: newOp,
      });
    }
  }
  return pairs;
}
