import type { JsonObject } from "@evovoice-sdk/openapi-kit";
import type { Change } from "./change.js";
import { libraryChanges } from "./library-changes.js";
import { roleChanges } from "./role-changes.js";
import { securityChanges } from "./security-changes.js";

/**
 * Every change from the released spec to the current one, classified for users of the SDK:
 * api-smart-diff's findings (corrected where it is wrong for them) and the hand-written auth rules.
 */
export function specChanges(before: JsonObject, after: JsonObject): Change[] {
  const all = [
    ...libraryChanges(before, after),
    ...securityChanges(before, after),
    ...roleChanges(before, after),
  ];
  // One field reached through two anyOf branches is one change to the person reading;
  // the first place it was found is kept.
  const seen = new Set<string>();
  return all.filter((change) => {
    const key = `${change.severity} ${change.location} ${change.description}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
