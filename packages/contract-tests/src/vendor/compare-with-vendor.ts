import { deref, isObject, type Json, type JsonObject } from "../openapi-document.js";
import { jsonName, type VendorField, type VendorFixture } from "./vendor-fixture.js";

// Compares the hand-written spec with the vendor's metadata and names every
// disagreement in words a reviewer can act on. An empty list means agreement.

const VERBS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

// The metadata page spells types the C# way; this is their JSON Schema twin.
const SCHEMA_TYPE: Record<string, string> = {
  string: "string",
  bool: "boolean",
  int: "integer",
  long: "integer",
  double: "number",
};

export function compareWithVendor(spec: JsonObject, vendor: VendorFixture): string[] {
  return [
    ...compareOperation(spec, vendor),
    ...compareRoutes(spec, vendor),
    ...compareRequest(spec, vendor),
    ...compareResponse(spec, vendor),
    ...compareEnums(spec, vendor),
    ...compareHosts(spec, vendor),
  ];
}

function compareOperation(spec: JsonObject, vendor: VendorFixture): string[] {
  const problems: string[] = [];
  const meta = isObject(spec.info) ? spec.info["x-servicestack"] : undefined;
  const expected = {
    operation: vendor.operation.name,
    requestNamespace: vendor.operation.namespace,
    responseType: vendor.response.name,
    responseNamespace: vendor.response.namespace,
  };
  for (const [key, value] of Object.entries(expected)) {
    const actual = isObject(meta) ? meta[key] : undefined;
    if (actual !== value)
      problems.push(`info.x-servicestack.${key} is ${show(actual)}; vendor says ${show(value)}`);
  }
  const security = spec.security;
  if (vendor.operation.requiresAuthentication && (!Array.isArray(security) || security.length === 0)) {
    problems.push("vendor requires authentication, but the spec has no top-level security requirement");
  }
  return problems;
}

function compareRoutes(spec: JsonObject, vendor: VendorFixture): string[] {
  const problems: string[] = [];
  const paths = isObject(spec.paths) ? spec.paths : {};
  const vendorPaths = new Set(vendor.operation.routes.map((route) => route.path));
  for (const path of Object.keys(paths)) {
    if (!vendorPaths.has(path)) problems.push(`spec path ${path} is not a route of the vendor's SendMessage`);
  }
  for (const route of vendor.operation.routes) {
    const item = paths[route.path];
    if (!isObject(item)) {
      problems.push(`route ${route.verbs.join(",")} ${route.path} is missing from the spec's paths`);
      continue;
    }
    // An "All Verbs" route is described by its POST, which is what clients use.
    const verbs = route.verbs.includes("ALL") ? ["post"] : route.verbs.map((v) => v.toLowerCase());
    for (const verb of verbs) {
      if (!isObject(item[verb]))
        problems.push(`route ${route.path} has no ${verb.toUpperCase()} operation in the spec`);
    }
    for (const verb of VERBS) {
      if (isObject(item[verb]) && !verbs.includes(verb)) {
        problems.push(
          `spec describes ${verb.toUpperCase()} ${route.path}; vendor lists only ${route.verbs.join(",")}`,
        );
      }
    }
    for (const verb of verbs) {
      const operation = item[verb];
      if (!isObject(operation)) continue;
      const declared = isObject(operation["x-servicestack-route"]) ? operation["x-servicestack-route"] : {};
      if (!sameList(declared.verbs, route.verbs)) {
        problems.push(
          `${route.path} x-servicestack-route.verbs is ${show(declared.verbs)}; vendor says ${show(route.verbs)}`,
        );
      }
      if (!sameList(declared.requiredRoles, vendor.operation.requiredRoles)) {
        problems.push(
          `${route.path} x-servicestack-route.requiredRoles is ${show(declared.requiredRoles)}; vendor says ${show(vendor.operation.requiredRoles)}`,
        );
      }
      for (const role of vendor.operation.requiredRoles) {
        if (!String(operation.description ?? "").includes(role)) {
          problems.push(`${route.path} description does not state the required role ${role}`);
        }
      }
    }
  }
  return problems;
}

function compareRequest(spec: JsonObject, vendor: VendorFixture): string[] {
  const schemaName = vendor.request.name;
  const problems = compareFields(spec, schemaName, vendor.request.fields, "request");
  const sessionRoute = vendor.operation.routes.find((route) => route.path.includes("{"));
  for (const field of vendor.request.fields.filter((f) => f.in === "path")) {
    if (!sessionRoute) continue;
    const parameter = findPathParameter(spec, sessionRoute.path, jsonName(field.name));
    if (!parameter) {
      problems.push(
        `request field ${field.name}: no path parameter ${jsonName(field.name)} on ${sessionRoute.path}`,
      );
      continue;
    }
    if (parameter.description !== field.description) {
      problems.push(
        `request field ${field.name}: path parameter description is ${show(parameter.description)}; vendor says ${show(field.description)}`,
      );
    }
    const schema = deref(spec, parameter.schema);
    if (!isObject(schema) || schema.type !== SCHEMA_TYPE[field.type]) {
      problems.push(`request field ${field.name}: path parameter is not of type ${field.type}`);
    }
  }
  return problems;
}

function compareResponse(spec: JsonObject, vendor: VendorFixture): string[] {
  return compareFields(spec, vendor.response.name, vendor.response.fields, "response");
}

function compareFields(spec: JsonObject, schemaName: string, fields: VendorField[], side: string): string[] {
  const schema = deref(spec, { $ref: `#/components/schemas/${schemaName}` });
  if (!isObject(schema)) return [`${side} schema components.schemas.${schemaName} is missing`];
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  const problems: string[] = [];
  const expectedNames = new Set(fields.map((field) => jsonName(field.name)));
  for (const name of Object.keys(properties)) {
    if (!expectedNames.has(name)) {
      problems.push(`${side} field ${name} in ${schemaName} is not in the vendor's metadata`);
    }
  }
  for (const field of fields) {
    const name = jsonName(field.name);
    const where = `${side} field ${field.name} (${schemaName}.${name})`;
    const property = properties[name];
    if (property === undefined) {
      problems.push(`${where} is missing from the spec`);
      continue;
    }
    const typeProblem = compareType(spec, property, field.type);
    if (typeProblem) problems.push(`${where}: ${typeProblem}`);
    if (required.includes(name) !== field.required) {
      problems.push(
        `${where}: spec says required=${required.includes(name)}; vendor says required=${field.required}`,
      );
    }
    // The vendor leaves most response fields undescribed; where it does describe one, we say the same.
    const description = isObject(property) ? property.description : undefined;
    if (field.description && description !== field.description) {
      problems.push(`${where}: description is ${show(description)}; vendor says ${show(field.description)}`);
    }
  }
  return problems;
}

function compareType(spec: JsonObject, property: Json, vendorType: string): string | undefined {
  const schemaType = SCHEMA_TYPE[vendorType];
  if (schemaType) {
    const resolved = deref(spec, property);
    const actual = isObject(resolved) ? resolved.type : undefined;
    return actual === schemaType
      ? undefined
      : `type is ${show(actual)}; vendor says ${vendorType} (${schemaType})`;
  }
  // A named type (an enum): the property must reference the schema of that name.
  const ref = isObject(property) ? property.$ref : undefined;
  const expected = `#/components/schemas/${vendorType}`;
  return ref === expected
    ? undefined
    : `type is ${show(ref ?? (isObject(property) ? property.type : property))}; vendor says ${vendorType}`;
}

function compareEnums(spec: JsonObject, vendor: VendorFixture): string[] {
  const problems: string[] = [];
  for (const [name, values] of Object.entries(vendor.enums)) {
    const schema = deref(spec, { $ref: `#/components/schemas/${name}` });
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

function findPathParameter(spec: JsonObject, path: string, name: string): JsonObject | undefined {
  const item = isObject(spec.paths) ? spec.paths[path] : undefined;
  if (!isObject(item)) return undefined;
  const operations = VERBS.map((verb) => item[verb]).filter(isObject);
  const candidates = [item.parameters, ...operations.map((operation) => operation.parameters)];
  for (const list of candidates) {
    for (const entry of Array.isArray(list) ? list : []) {
      const parameter = deref(spec, entry);
      if (isObject(parameter) && parameter.in === "path" && parameter.name === name) return parameter;
    }
  }
  return undefined;
}

function sameList(actual: Json | undefined, expected: string[]): boolean {
  return (
    Array.isArray(actual) && actual.length === expected.length && expected.every((v) => actual.includes(v))
  );
}

function show(value: unknown): string {
  return value === undefined ? "absent" : JSON.stringify(value);
}
