import { isObject, type JsonObject } from "@evovoice-sdk/openapi-kit";
import type { Change } from "./change.js";
import { operationPairs } from "./operation-pairs.js";

// ServiceStack's roles and permissions, which this spec records per operation in
// `x-servicestack-route`: a caller must hold every one, so a new one locks out callers
// who were let in (the server answers 403). api-smart-diff leaves extensions unclassified.

const LISTS = ["requiredRoles", "requiredPermissions"] as const;
const SOURCE = "hand-written (role-changes.ts): ServiceStack roles live in an extension";

export function roleChanges(before: JsonObject, after: JsonObject): Change[] {
  const changes: Change[] = [];
  for (const pair of operationPairs(before, after)) {
    for (const list of LISTS) {
      const held = namesIn(pair.before, list);
      const asked = namesIn(pair.after, list);
      const pointer = `${pair.pointer}/x-servicestack-route/${list}`;
      for (const name of asked.filter((n) => !held.includes(n))) {
        const description = `narrowed auth: ${list} gained ${JSON.stringify(name)}`;
        changes.push({ severity: "breaking", location: pair.location, pointer, description, source: SOURCE });
      }
      for (const name of held.filter((n) => !asked.includes(n))) {
        const description = `widened auth: ${list} lost ${JSON.stringify(name)}`;
        changes.push({
          severity: "non-breaking",
          location: pair.location,
          pointer,
          description,
          source: SOURCE,
        });
      }
    }
  }
  return changes;
}

function namesIn(operation: JsonObject, list: (typeof LISTS)[number]): string[] {
  const route = operation["x-servicestack-route"];
  const names = isObject(route) ? route[list] : undefined;
  return Array.isArray(names) ? names.map(String) : [];
}
