// Turns ServiceStack's `/types/metadata` document into the vendor fixture
// committed at spec/vendor/SendMessage.json. Pure: no I/O, so the contract
// tests can check it against a metadata document served on loopback.

const OPERATION = "SendMessage";

const FIXTURE_COMMENT =
  "Machine-readable copy of the vendor's public metadata for SendMessage (../shared/seed/SendMessage.metadata.md and its sibling pages). Refresh from a live server with `npm run vendor:refresh`; packages/contract-tests compares it with spec/openapi.yaml field by field.";

// ServiceStack names .NET types; the metadata page shows them in C# spelling.
const DOTNET_TO_METADATA = {
  String: "string",
  Boolean: "bool",
  Int32: "int",
  Int64: "long",
  Double: "double",
};

/**
 * @param {any} metadata the parsed JSON of GET /types/metadata
 * @param {{ source: string, hosts: string[] }} context where it came from
 * @returns {object} the fixture
 */
export function metadataToFixture(metadata, { source, hosts }) {
  const operation = (metadata.operations ?? []).find((op) => op.request?.name === OPERATION);
  if (!operation) throw new Error(`/types/metadata has no operation named ${OPERATION}`);
  const types = metadata.types ?? [];
  const responseName = operation.response?.name;
  const response = types.find((t) => t.name === responseName) ?? operation.response;
  if (!response) throw new Error(`/types/metadata has no response type for ${OPERATION}`);
  const pathParams = new Set(
    (operation.routes ?? []).flatMap((r) =>
      [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1].toLowerCase()),
    ),
  );
  const enums = {};
  for (const field of response.properties ?? []) {
    const type = types.find((t) => t.name === field.type && t.isEnum);
    if (type) enums[type.name] = type.enumNames ?? [];
  }
  return {
    $comment: FIXTURE_COMMENT,
    source,
    operation: {
      name: operation.request.name,
      namespace: operation.request.namespace,
      requiresAuthentication: Boolean(operation.requiresAuth),
      requiredRoles: operation.requiredRoles ?? [],
      routes: (operation.routes ?? []).map((r) => ({ path: r.path, verbs: toVerbs(r.verbs) })),
    },
    request: {
      name: operation.request.name,
      namespace: operation.request.namespace,
      fields: (operation.request.properties ?? []).map((p) =>
        toField(p, pathParams.has(p.name.toLowerCase()) ? "path" : (p.paramType ?? "body")),
      ),
    },
    response: {
      name: response.name,
      namespace: response.namespace,
      fields: (response.properties ?? []).map((p) => toField(p)),
    },
    enums,
    hosts,
  };
}

// ServiceStack leaves `verbs` out for an "All Verbs" route.
function toVerbs(verbs) {
  if (!verbs) return ["ALL"];
  return verbs.split(",").map((v) => v.trim().toUpperCase());
}

function toField(property, location) {
  const field = { name: property.name };
  if (location) field.in = location;
  field.type = DOTNET_TO_METADATA[property.type] ?? property.type;
  field.required = Boolean(property.isRequired);
  field.description = property.description ?? "";
  return field;
}
