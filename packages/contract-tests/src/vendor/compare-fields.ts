import { deref, isObject, type Json, type JsonObject } from "@evovoice-sdk/openapi-kit";
import { label, type SpecOperation, show } from "../spec-operations.js";
import { jsonName, type VendorField, type VendorFixture } from "./vendor-fixture.js";
import { schemaForVendorType, typeMismatch } from "./vendor-type.js";

// Every field of the vendor's page against the place the spec describes it: a property of a
// component schema (request body, response, other types) or a parameter (query, path).

/** Where the spec describes one field: its schema, description and required-ness. */
interface Slot {
  schema: Json | undefined;
  description: Json | undefined;
  required: boolean;
}

// ServiceStack's own query parameters, on every route; they are not fields of any request DTO.
const SERVICESTACK_QUERY = new Set(["format", "callback"]);

export function compareFields(spec: JsonObject, vendor: VendorFixture, owned: SpecOperation[]): string[] {
  const op = vendor.operation.name;
  const problems: string[] = [];
  const inBody = vendor.request.fields.filter((field) => field.in !== "query");
  if (inBody.length > 0) problems.push(...compareSchema(spec, vendor.request.name, inBody, `${op}: request`));
  const inQuery = vendor.request.fields.filter((field) => field.in === "query");
  for (const operation of owned) {
    if (inQuery.length > 0 || queryParameters(spec, operation).size > 0) {
      const where = (name: string) => `query parameter ${name} of ${label(operation)}`;
      problems.push(
        ...compareSlots(spec, inQuery, queryParameters(spec, operation), `${op}: request`, where),
      );
    }
    problems.push(...comparePathFields(spec, vendor, operation));
    problems.push(...compareResponseBody(spec, vendor, operation));
  }
  problems.push(...compareSchema(spec, vendor.response.name, vendor.response.fields, `${op}: response`));
  for (const [name, type] of Object.entries(vendor.types ?? {})) {
    problems.push(...compareSchema(spec, name, type.fields, `${op}: type ${name},`));
  }
  return problems;
}

function compareSchema(spec: JsonObject, typeName: string, fields: VendorField[], side: string): string[] {
  const found = schemaForVendorType(spec, typeName);
  if (!found) return [`${side} schema for ${typeName} is missing from components.schemas`];
  const properties = isObject(found.schema.properties) ? found.schema.properties : {};
  const required = Array.isArray(found.schema.required) ? found.schema.required : [];
  const slots = new Map(
    Object.entries(properties).map(([name, property]) => [
      name,
      {
        schema: property,
        description: isObject(property) ? property.description : undefined,
        required: required.includes(name),
      },
    ]),
  );
  return compareSlots(spec, fields, slots, side, (name) => `${found.name}.${name}`);
}

function compareSlots(
  spec: JsonObject,
  fields: VendorField[],
  slots: Map<string, Slot>,
  side: string,
  where: (name: string) => string,
): string[] {
  const problems: string[] = [];
  const expected = new Set(fields.map((field) => jsonName(field.name)));
  for (const name of slots.keys()) {
    if (!expected.has(name))
      problems.push(`${side} field ${name} (${where(name)}) is not in the vendor's metadata`);
  }
  for (const field of fields) {
    const name = jsonName(field.name);
    const at = `${side} field ${field.name} (${where(name)})`;
    const slot = slots.get(name);
    if (!slot) {
      problems.push(`${at} is missing from the spec`);
      continue;
    }
    const mismatch = typeMismatch(spec, slot.schema, field.type);
    if (mismatch) problems.push(`${at}: ${mismatch}`);
    if (slot.required !== field.required) {
      problems.push(`${at}: spec says required=${slot.required}; vendor says required=${field.required}`);
    }
    // The vendor leaves most response fields undescribed; where it does describe one, we say the same.
    if (field.description && slot.description !== field.description) {
      problems.push(
        `${at}: description is ${show(slot.description)}; vendor says ${show(field.description)}`,
      );
    }
  }
  return problems;
}

function queryParameters(spec: JsonObject, operation: SpecOperation): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  for (const parameter of parametersOf(spec, operation)) {
    if (parameter.in !== "query" || SERVICESTACK_QUERY.has(String(parameter.name))) continue;
    slots.set(String(parameter.name), {
      schema: parameter.schema,
      description: parameter.description,
      required: parameter.required === true,
    });
  }
  return slots;
}

// A path field is a path parameter on each route that names it. OpenAPI requires path parameters,
// so only type and description are compared.
function comparePathFields(spec: JsonObject, vendor: VendorFixture, operation: SpecOperation): string[] {
  const problems: string[] = [];
  for (const field of vendor.request.fields.filter((f) => f.in === "path")) {
    const name = jsonName(field.name);
    if (!operation.path.includes(`{${name}}`)) continue;
    const at = `${vendor.operation.name}: request field ${field.name} (path parameter ${name} of ${label(operation)})`;
    const parameter = parametersOf(spec, operation).find((p) => p.in === "path" && p.name === name);
    if (!parameter) {
      problems.push(`${at} is missing from the spec`);
      continue;
    }
    if (parameter.description !== field.description) {
      problems.push(
        `${at}: description is ${show(parameter.description)}; vendor says ${show(field.description)}`,
      );
    }
    const mismatch = typeMismatch(spec, parameter.schema, field.type);
    if (mismatch) problems.push(`${at}: ${mismatch}`);
  }
  return problems;
}

// What the operation answers with on success must be the vendor's response type.
function compareResponseBody(spec: JsonObject, vendor: VendorFixture, operation: SpecOperation): string[] {
  const responses = isObject(operation.operation.responses) ? operation.operation.responses : {};
  const ok = deref(spec, responses["200"]);
  const media = isObject(ok) && isObject(ok.content) ? ok.content["application/json"] : undefined;
  const mismatch = typeMismatch(spec, isObject(media) ? media.schema : undefined, vendor.response.name);
  return mismatch ? [`${vendor.operation.name}: ${label(operation)} 200 body: ${mismatch}`] : [];
}

function parametersOf(spec: JsonObject, operation: SpecOperation): JsonObject[] {
  const item = isObject(spec.paths) ? spec.paths[operation.path] : undefined;
  const lists = [isObject(item) ? item.parameters : undefined, operation.operation.parameters];
  return lists
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .flatMap((entry) => {
      const parameter = deref(spec, entry);
      return isObject(parameter) ? [parameter] : [];
    });
}
