import { isObject, type JsonObject } from "@evovoice-sdk/openapi-kit";
import { show, specOperations } from "../spec-operations.js";
import { compareFields } from "./compare-fields.js";
import { compareRoutes } from "./compare-routes.js";
import type { VendorFixture } from "./vendor-fixture.js";
import { schemaForVendorType } from "./vendor-type.js";

/**
 * Compares the spec (bundled: every $ref local) with the vendor's metadata pages, one fixture per
 * operation, and names every disagreement in words a reviewer can act on: routes and which operation
 * answers each verb, `x-servicestack`, roles, every field (body, query, path, response, and the types
 * they reach) with its type, required-ness and description, enum values and hosts. Empty means agreement.
 */
export function compareWithVendor(spec: JsonObject, vendors: VendorFixture[]): string[] {
  const operations = specOperations(spec);
  const problems = [
    ...compareRoutes(spec, vendors, operations),
    ...vendors.flatMap((vendor) => {
      const owned = operations.filter((operation) => operation.servicestackName === vendor.operation.name);
      return [
        ...compareFields(spec, vendor, owned),
        ...compareEnums(spec, vendor),
        ...compareHosts(spec, vendor),
      ];
    }),
  ];
  // Fixtures share types (MessageInfo, its enum, the hosts); a shared drift is named once per wording.
  return [...new Set(problems)];
}

function compareEnums(spec: JsonObject, vendor: VendorFixture): string[] {
  const problems: string[] = [];
  for (const [name, values] of Object.entries(vendor.enums)) {
    const schema = schemaForVendorType(spec, name)?.schema;
    const actual = isObject(schema) && Array.isArray(schema.enum) ? schema.enum : undefined;
    if (!actual) {
      problems.push(`enum ${name} is missing from components.schemas`);
      continue;
    }
    for (const value of values)
      if (!actual.includes(value)) problems.push(`enum ${name} lacks the value ${value}`);
    for (const value of actual) {
      if (!values.includes(String(value)))
        problems.push(`enum ${name} has ${show(value)}, which the vendor does not list`);
    }
  }
  return problems;
}

function compareHosts(spec: JsonObject, vendor: VendorFixture): string[] {
  const servers = Array.isArray(spec.servers) ? spec.servers : [];
  const hosts = servers.map((server) => (isObject(server) ? new URL(String(server.url)).host : ""));
  return vendor.hosts.filter((host) => !hosts.includes(host)).map((host) => `servers lack https://${host}`);
}
