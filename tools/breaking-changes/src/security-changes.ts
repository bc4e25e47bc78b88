import { isObject, type Json, type JsonObject } from "@evovoice-sdk/openapi-kit";
import type { Change } from "./change.js";
import { type OperationPair, operationPairs } from "./operation-pairs.js";

// Narrowed auth, by hand: api-smart-diff compares `security` arrays position by position,
// so it calls a removed alternative non-breaking, a scope added to a requirement
// unclassified, and a new (unused) security scheme breaking.
//
// An operation's security is a list of alternatives; each names schemes that must all be
// satisfied, with scopes. A caller who satisfied a released alternative is locked out when no
// current alternative asks only for schemes it had (defined the same way) and scopes it held.

type Requirement = Record<string, string[]>;
const SOURCE = "hand-written (security-changes.ts): api-smart-diff misclassifies security arrays";

export function securityChanges(before: JsonObject, after: JsonObject): Change[] {
  return operationPairs(before, after).flatMap((pair) => compareOperation(pair, before, after));
}

function compareOperation(pair: OperationPair, before: JsonObject, after: JsonObject): Change[] {
  const oldAlternatives = effectiveSecurity(before, pair.before);
  const newAlternatives = effectiveSecurity(after, pair.after);
  const pointer = "security" in pair.after ? `${pair.pointer}/security` : "#/security";
  const admits = (held: Requirement, asked: Requirement) =>
    Object.entries(asked).every(
      ([scheme, scopes]) =>
        scheme in held &&
        sameScheme(schemeOf(before, scheme), schemeOf(after, scheme)) &&
        scopes.every((scope) => held[scheme]?.includes(scope)),
    );
  const changes: Change[] = [];
  for (const held of oldAlternatives) {
    if (newAlternatives.some((asked) => admits(held, asked))) continue;
    changes.push({
      severity: "breaking",
      location: pair.location,
      pointer,
      description: `narrowed auth: a caller with ${label(held)} is no longer let in${redefined(held, before, after)}`,
      source: SOURCE,
    });
  }
  for (const asked of newAlternatives) {
    if (oldAlternatives.some((held) => admits(held, asked))) continue;
    changes.push({
      severity: "non-breaking",
      location: pair.location,
      pointer,
      description: `widened auth: ${label(asked)} is now accepted`,
      source: SOURCE,
    });
  }
  return changes;
}

// An operation's own `security` replaces the document's; none at all (or `[]`) is one
// alternative that asks for nothing.
function effectiveSecurity(doc: JsonObject, operation: JsonObject): Requirement[] {
  const declared = "security" in operation ? operation.security : doc.security;
  const list = Array.isArray(declared) ? declared.filter(isObject) : [];
  if (list.length === 0) return [{}];
  return list.map((requirement) =>
    Object.fromEntries(
      Object.entries(requirement).map(([scheme, scopes]) => [
        scheme,
        Array.isArray(scopes) ? scopes.map(String) : [],
      ]),
    ),
  );
}

function schemeOf(doc: JsonObject, name: string): Json | undefined {
  const components = isObject(doc.components) ? doc.components : {};
  return isObject(components.securitySchemes) ? components.securitySchemes[name] : undefined;
}

// What a caller must send: descriptions and bearerFormat are documentation.
function sameScheme(a: Json | undefined, b: Json | undefined): boolean {
  if (!isObject(a) || !isObject(b)) return false;
  const key = (scheme: JsonObject) =>
    JSON.stringify([
      scheme.type,
      typeof scheme.scheme === "string" ? scheme.scheme.toLowerCase() : scheme.scheme,
      scheme.in,
      scheme.name,
      scheme.openIdConnectUrl,
      scheme.flows,
    ]);
  return key(a) === key(b);
}

function redefined(held: Requirement, before: JsonObject, after: JsonObject): string {
  const changed = Object.keys(held).filter(
    (scheme) => !sameScheme(schemeOf(before, scheme), schemeOf(after, scheme)),
  );
  return changed.length ? ` (scheme ${changed.join(", ")} was redefined or removed)` : "";
}

function label(requirement: Requirement): string {
  const parts = Object.entries(requirement).map(([scheme, scopes]) =>
    scopes.length ? `${scheme} [${scopes.join(", ")}]` : scheme,
  );
  return parts.length ? parts.join(" + ") : "no credentials";
}
