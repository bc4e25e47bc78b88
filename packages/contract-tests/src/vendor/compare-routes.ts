import { isObject, type Json, type JsonObject } from "@evovoice-sdk/openapi-kit";
import { label, type SpecOperation, show } from "../spec-operations.js";
import type { VendorFixture, VendorRoute } from "./vendor-fixture.js";

// Which vendor operation answers each verb on each path, and whether the spec says the same.
// ServiceStack prefers, on one path, a route that names the request's verb over an "All Verbs"
// route: on /messages, GET is ListMessages and SendMessage's "All Verbs" route serves the rest.

interface Owner {
  vendor: VendorFixture;
  route: VendorRoute;
  /** Whether the route names the verb, or takes it as an "All Verbs" route. */
  named: boolean;
}

/** The vendor operation that answers `verb` on `path`, or undefined when none does. */
export function ownerOf(vendors: VendorFixture[], path: string, verb: string): Owner | undefined {
  let allVerbs: Owner | undefined;
  for (const vendor of vendors) {
    for (const route of vendor.operation.routes.filter((r) => r.path === path)) {
      if (route.verbs.includes(verb)) return { vendor, route, named: true };
      if (route.verbs.includes("ALL")) allVerbs ??= { vendor, route, named: false };
    }
  }
  return allVerbs;
}

export function compareRoutes(
  spec: JsonObject,
  vendors: VendorFixture[],
  operations: SpecOperation[],
): string[] {
  const problems = operations.flatMap((operation) => compareOperation(spec, vendors, operation));
  for (const vendor of vendors) {
    for (const route of vendor.operation.routes)
      problems.push(...compareRoute(vendors, operations, vendor, route));
  }
  return problems;
}

// One operation of the spec: the vendor operation it says it is must be the one that answers there.
function compareOperation(spec: JsonObject, vendors: VendorFixture[], operation: SpecOperation): string[] {
  const at = label(operation);
  const owner = ownerOf(vendors, operation.path, operation.verb);
  if (!owner)
    return [
      `${at} is not a route of any vendor operation (${vendors.map((v) => v.operation.name).join(", ")})`,
    ];
  const name = owner.vendor.operation.name;
  if (operation.servicestackName !== name) {
    const how = owner.named ? `a route naming ${operation.verb}` : `its "All Verbs" route`;
    return [
      `${at} is described as ${show(operation.servicestackName)}; the vendor answers it with ${name} (${how})`,
    ];
  }
  const problems: string[] = [];
  const meta = operation.operation["x-servicestack"];
  const expected = {
    operation: name,
    requestNamespace: owner.vendor.request.namespace,
    responseType: owner.vendor.response.name,
    responseNamespace: owner.vendor.response.namespace,
  };
  for (const [key, value] of Object.entries(expected)) {
    const actual = isObject(meta) ? meta[key] : undefined;
    if (actual !== value)
      problems.push(`${name}: ${at} x-servicestack.${key} is ${show(actual)}; vendor says ${show(value)}`);
  }
  const route = operation.operation["x-servicestack-route"];
  const declared = isObject(route) ? route : {};
  if (!sameList(declared.verbs, owner.route.verbs)) {
    problems.push(
      `${name}: ${at} x-servicestack-route.verbs is ${show(declared.verbs)}; vendor says ${show(owner.route.verbs)}`,
    );
  }
  const roles = owner.vendor.operation.requiredRoles;
  if (!sameList(declared.requiredRoles, roles)) {
    problems.push(
      `${name}: ${at} x-servicestack-route.requiredRoles is ${show(declared.requiredRoles)}; vendor says ${show(roles)}`,
    );
  }
  const description = String(operation.operation.description ?? "");
  for (const role of roles) {
    if (!description.includes(role))
      problems.push(`${name}: ${at} description does not state the required role ${role}`);
  }
  if (roles.length === 0 && /requires the role/i.test(description)) {
    problems.push(`${name}: ${at} description names a required role; vendor lists none`);
  }
  if (owner.vendor.operation.requiresAuthentication && !requiresCredentials(spec, operation.operation)) {
    problems.push(
      `${name}: ${at} can be called without credentials in the spec; vendor requires authentication`,
    );
  }
  return problems;
}

// One route of the vendor: the spec must describe it, and an "All Verbs" route must say which of
// its verbs another operation takes.
function compareRoute(
  vendors: VendorFixture[],
  operations: SpecOperation[],
  vendor: VendorFixture,
  route: VendorRoute,
): string[] {
  const name = vendor.operation.name;
  const onPath = operations.filter((operation) => operation.path === route.path);
  if (!route.verbs.includes("ALL")) {
    return route.verbs
      .filter((verb) => !onPath.some((operation) => operation.verb === verb))
      .map((verb) => `${name}: route ${verb} ${route.path} is missing from the spec`);
  }
  // An "All Verbs" route is described by its POST, which is what clients use.
  const post = onPath.find((operation) => operation.verb === "POST");
  if (!post) return [`${name}: route All Verbs ${route.path} has no POST in the spec (clients use POST)`];
  const description = String(post.operation.description ?? "");
  const problems: string[] = [];
  for (const other of vendors.filter((v) => v !== vendor)) {
    for (const taken of other.operation.routes.filter(
      (r) => r.path === route.path && !r.verbs.includes("ALL"),
    )) {
      for (const verb of taken.verbs) {
        if (!description.includes(verb) || !description.includes(other.operation.name)) {
          problems.push(
            `${name}: ${label(post)} description does not say that ${verb} ${route.path} is ${other.operation.name}, not this "All Verbs" route`,
          );
        }
      }
    }
  }
  return problems;
}

// Security applies per operation when given there, else the document's; `{}` means "no credentials".
function requiresCredentials(spec: JsonObject, operation: JsonObject): boolean {
  const security: Json | undefined = operation.security ?? spec.security;
  return (
    Array.isArray(security) &&
    security.length > 0 &&
    security.every((requirement) => isObject(requirement) && Object.keys(requirement).length > 0)
  );
}

function sameList(actual: Json | undefined, expected: string[]): boolean {
  return (
    Array.isArray(actual) && actual.length === expected.length && expected.every((v) => actual.includes(v))
  );
}
