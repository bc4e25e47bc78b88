// One reference page per operation, from the bundled spec alone: the route, what the spec says about it,
// its parameters, its request body, every response it documents (headers, schema, examples) and its
// x-codeSamples. Nothing on the page is written by hand.
import { STATUS_CODES } from "node:http";
import { deref, refName } from "../spec.mjs";
import { cell, code, fence, table } from "./markdown.mjs";
import { constraintsText, schemaTable, sentence, typeText, variantsOf } from "./schema-table.mjs";

/** The page's file name under reference/, and so its URL: the operationId. */
export const operationPageName = (operation) => operation.operationId;

/** The sidebar's label of an operation: its method and route, as readers look for it. */
export const operationLabel = ({ method, path }) => `${method.toUpperCase()} ${path}`;

// The fence language a sample's `lang` is highlighted as.
const sampleLanguages = { typescript: "ts", javascript: "js", shell: "sh", curl: "sh" };

function examplesOf(spec, media) {
  if (media.examples) {
    return Object.entries(media.examples).map(([name, example]) => {
      const resolved = deref(spec, example) ?? {};
      return { title: resolved.summary ?? name, value: resolved.value };
    });
  }
  return media.example === undefined ? [] : [{ title: undefined, value: media.example }];
}

function exampleBlocks(spec, media) {
  return examplesOf(spec, media).flatMap(({ title, value }) => {
    const isText = typeof value === "string";
    return [
      `Example${title ? `: *${title}*` : ""}`,
      fence(isText ? "text" : "json", isText ? value : JSON.stringify(value, null, 2)),
    ];
  });
}

/**
 * The content of a request body or response. A schema already shown on this page (every error answer
 * shares ServiceStack's envelope) is named and linked instead of repeated; `shown` maps it to its anchor.
 */
function contentSections(spec, content, shown, anchor) {
  return Object.entries(content ?? {}).flatMap(([mediaType, media]) => {
    const name = refName(media.schema);
    const parts = [`Content type ${code(mediaType)}, schema ${typeText(spec, media.schema)}.`];
    const variants = variantsOf(spec, media.schema);
    if (variants.length > 0) {
      const which = variants[0].kind === "oneOf" ? "exactly one" : "at least one";
      const list = variants.map((v) => `**${v.title}** (${v.required.map(code).join(", ")})`).join("; ");
      parts.push(`It must match ${which} of: ${list}.`);
    }
    const description = deref(spec, media.schema)?.description;
    if (name && shown.has(name)) {
      parts.push(`Its fields are listed [above](#${shown.get(name)}).`);
    } else {
      if (name) shown.set(name, anchor);
      if (description) parts.push(description.trim());
      parts.push(schemaTable(spec, media.schema));
    }
    return [...parts, ...exampleBlocks(spec, media)];
  });
}

function parameterTables(spec, operation) {
  const parameters = (operation.parameters ?? []).map((parameter) => deref(spec, parameter));
  return ["path", "query", "header", "cookie"].flatMap((where) => {
    const these = parameters.filter((parameter) => parameter.in === where);
    if (these.length === 0) return [];
    const rows = these.map((parameter) => {
      const schema = deref(spec, parameter.schema) ?? {};
      const style = parameter.explode === false ? " Several values travel comma-separated." : "";
      return [
        `${code(parameter.name)}${parameter.required ? " *required*" : ""}`,
        typeText(spec, parameter.schema),
        cell([sentence(parameter.description), style, constraintsText(schema, parameter.example)].join(" ")),
      ];
    });
    const title = `${where[0].toUpperCase()}${where.slice(1)} parameters`;
    return [`### ${title}`, table(["name", "type", "description"], rows)];
  });
}

function securityLine(spec, operation) {
  const requirements = operation.security ?? spec.security ?? [];
  if (requirements.length === 0) return "No authentication.";
  const names = requirements.map((entry) => Object.keys(entry).map(code).join(" and ") || "none");
  return `${names.join(" or ")} ([how](./index.md#authentication)).`;
}

/** Facts the spec keeps in ServiceStack extensions: the service's own operation name, verbs and roles. */
function serviceStackLines(operation) {
  const service = operation["x-servicestack"];
  const route = operation["x-servicestack-route"];
  const lines = [];
  if (service?.operation) {
    const response = service.responseType ? `, answering ${code(service.responseType)}` : "";
    lines.push(`- ServiceStack operation: ${code(service.operation)}${response}`);
  }
  if (route?.verbs) lines.push(`- Route verbs: ${route.verbs.map(code).join(", ")}`);
  if (route?.requiredRoles) {
    const roles = route.requiredRoles.length > 0 ? route.requiredRoles.map(code).join(", ") : "none listed";
    lines.push(`- Required roles: ${roles}`);
  }
  return lines;
}

function responseSections(spec, operation, shown) {
  return Object.entries(operation.responses ?? {}).flatMap(([status, value]) => {
    const response = deref(spec, value) ?? {};
    const heading = `${status} ${STATUS_CODES[status] ?? ""}`.trim();
    const anchor = `response-${status}`;
    const headers = Object.entries(response.headers ?? {}).map(([name, header]) => {
      const resolved = deref(spec, header) ?? {};
      const schema = deref(spec, resolved.schema) ?? {};
      const description = `${sentence(resolved.description)} ${constraintsText(schema, resolved.example)}`;
      return [code(name), typeText(spec, resolved.schema), cell(description)];
    });
    return [
      `### ${heading} {#${anchor}}`,
      response.description?.trim() ?? "",
      ...(headers.length > 0 ? ["Headers:", table(["header", "type", "description"], headers)] : []),
      ...contentSections(spec, response.content, shown, anchor),
    ];
  });
}

function sampleSection(operation) {
  const samples = operation["x-codeSamples"] ?? [];
  if (samples.length === 0) return [];
  const blocks = samples.map((sample) => {
    const language = sampleLanguages[sample.lang.toLowerCase()] ?? sample.lang.toLowerCase();
    return fence(`${language} [${sample.label ?? sample.lang}]`, sample.source);
  });
  return ["## Samples", "::: code-group", ...blocks, ":::"];
}

/** The markdown of one operation's page. */
export function operationPage(spec, { path, method, operation }) {
  const shown = new Map();
  const body = deref(spec, operation.requestBody);
  const parameters = parameterTables(spec, operation);
  return [
    "---",
    `title: ${JSON.stringify(operation.summary ?? operation.operationId)}`,
    "outline: [2, 3]",
    "---",
    `# ${operation.summary ?? operation.operationId}`,
    `**${code(operationLabel({ method, path }))}** · operation ${code(operation.operationId)}`,
    operation.description?.trim() ?? "",
    [`- Authentication: ${securityLine(spec, operation)}`, ...serviceStackLines(operation)].join("\n"),
    ...sampleSection(operation),
    ...(parameters.length > 0 ? ["## Parameters", ...parameters] : []),
    ...(body
      ? [
          "## Request body",
          [body.required ? "Required." : "Optional.", body.description?.trim()].filter(Boolean).join(" "),
          ...contentSections(spec, body.content, shown, "request-body"),
        ]
      : []),
    "## Responses",
    ...responseSections(spec, operation, shown),
  ]
    .filter((part) => part !== "")
    .join("\n\n")
    .concat("\n");
}
