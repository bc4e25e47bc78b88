// Turns ServiceStack's `/types/metadata` document into the vendor fixture of one operation, as
// committed at spec/vendor/{Operation}.json. Pure: no I/O, so the contract tests can check it
// against a metadata document served on loopback.
//
// A fixture is self-contained, like the vendor's metadata page for the operation: its routes,
// request fields (its own, then those it inherits, e.g. from `ListRequest<T>`), response fields,
// every other type those reach (`types`) and every enum they reach (`enums`). Types are spelled
// the way the metadata page prints them: `string`, `int`, `bool`, `List<string>`, `MessageInfo`.

// ServiceStack names .NET types; the metadata page shows them in C# spelling.
const DOTNET_TO_METADATA = {
  String: "string",
  Boolean: "bool",
  Int32: "int",
  Int64: "long",
  Double: "double",
  Decimal: "decimal",
  DateTime: "DateTime",
};

// Where a request field travels when the metadata does not say: GET-only operations bind the
// query string, every other verb the body.
const DEFAULT_LOCATION = { GET: "query" };

/**
 * @param {any} metadata the parsed JSON of GET /types/metadata
 * @param {{ operation: string, source: string, hosts: string[] }} context which operation, and where it came from
 * @returns {object} the fixture
 */
export function metadataToFixture(metadata, { operation: name, source, hosts }) {
  const operation = (metadata.operations ?? []).find((op) => op.request?.name === name);
  if (!operation) throw new Error(`/types/metadata has no operation named ${name}`);
  const lookup = typeLookup(metadata.types ?? []);
  const routes = (operation.routes ?? []).map((r) => ({ path: r.path, verbs: toVerbs(r.verbs) }));
  const pathParams = new Set(
    routes.flatMap((r) => [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1].toLowerCase())),
  );
  const verbs = new Set(routes.flatMap((r) => r.verbs));
  const fallback = verbs.size === 1 ? (DEFAULT_LOCATION[[...verbs][0]] ?? "body") : "body";
  const requestProperties = withInherited(operation.request, lookup);
  const response = resolveResponse(operation.response, lookup);
  if (!response) throw new Error(`/types/metadata has no response type for ${name}`);

  const reached = reachedTypes([...requestProperties, ...response.properties], lookup, [
    operation.request.name,
    response.name,
  ]);
  const inherits = operation.request.inherits;
  return {
    $comment: `Machine-readable copy of the vendor's public metadata for ${name} (/json/metadata?op=${name} and its sibling pages). Refresh from a live server with \`npm run vendor:refresh\`; packages/contract-tests compares it with the spec field by field.`,
    source,
    operation: {
      name: operation.request.name,
      namespace: operation.request.namespace,
      requiresAuthentication: Boolean(operation.requiresAuth),
      requiredRoles: operation.requiredRoles ?? [],
      routes,
    },
    request: {
      name: operation.request.name,
      namespace: operation.request.namespace,
      ...(inherits ? { inherits: typeName(inherits.name, inherits.genericArgs) } : {}),
      fields: requestProperties.map((p) =>
        toField(p, pathParams.has(p.name.toLowerCase()) ? "path" : (p.paramType ?? fallback)),
      ),
    },
    response: {
      name: response.name,
      namespace: response.namespace,
      fields: response.properties.map((p) => toField(p)),
    },
    types: reached.types,
    enums: reached.enums,
    hosts,
  };
}

function typeLookup(types) {
  const byName = new Map(types.map((t) => [t.name, t]));
  return (name) => byName.get(name);
}

// A request's own properties, then those of the types it inherits from (generic arguments bound).
function withInherited(type, lookup, bindings = {}) {
  const own = (type.properties ?? []).map((p) => bind(p, bindings));
  const parent = type.inherits;
  const parentType = parent ? lookup(parent.name) : undefined;
  if (!parentType) return own;
  const args = (parent.genericArgs ?? []).map((arg) => bindings[arg] ?? arg);
  return [...own, ...withInherited(parentType, lookup, parameterBindings(parentType, args))];
}

// The response of an operation, with a generic one (`ListResponse\`1` of `MessageInfo`) closed.
function resolveResponse(reference, lookup) {
  if (!reference) return undefined;
  const type = lookup(reference.name) ?? reference;
  const bindings = parameterBindings(type, reference.genericArgs ?? []);
  return {
    name: typeName(reference.name, reference.genericArgs),
    namespace: reference.namespace ?? type.namespace,
    properties: (type.properties ?? []).map((p) => bind(p, bindings)),
  };
}

function parameterBindings(type, args) {
  return Object.fromEntries((type.genericArgs ?? []).map((parameter, i) => [parameter, args[i]]));
}

function bind(property, bindings) {
  const type = bindings[property.type] ?? property.type;
  const genericArgs = property.genericArgs?.map((arg) => bindings[arg] ?? arg);
  return { ...property, type, ...(genericArgs ? { genericArgs } : {}) };
}

// Every named type and enum the given properties reach, transitively, except the ones named in `skip`.
function reachedTypes(properties, lookup, skip) {
  const types = {};
  const enums = {};
  const seen = new Set(skip);
  const queue = [...properties];
  while (queue.length > 0) {
    const property = queue.shift();
    for (const name of [property.type, ...(property.genericArgs ?? [])]) {
      const type = lookup(name);
      if (!type || seen.has(name)) continue;
      seen.add(name);
      if (type.isEnum) {
        enums[name] = type.enumNames ?? [];
      } else {
        types[name] = { namespace: type.namespace, fields: (type.properties ?? []).map((p) => toField(p)) };
        queue.push(...(type.properties ?? []));
      }
    }
  }
  return { types, enums };
}

// `List\`1` of `String` → `List<string>`; `Nullable\`1` of `Int32` → `int` (every field is optional anyway).
function typeName(name, genericArgs = []) {
  if (name === "Nullable`1" && genericArgs.length === 1) return typeName(genericArgs[0]);
  const base = DOTNET_TO_METADATA[name] ?? name.replace(/`\d+$/, "");
  return genericArgs.length ? `${base}<${genericArgs.map((arg) => typeName(arg)).join(",")}>` : base;
}

// ServiceStack leaves `verbs` out for an "All Verbs" route.
function toVerbs(verbs) {
  if (!verbs) return ["ALL"];
  return verbs.split(",").map((v) => v.trim().toUpperCase());
}

function toField(property, location) {
  const field = { name: property.name };
  if (location) field.in = location;
  field.type = typeName(property.type, property.genericArgs);
  field.required = Boolean(property.isRequired);
  field.description = property.description ?? "";
  return field;
}
