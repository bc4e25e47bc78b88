// reference/index.md: what the spec says about the API as a whole (its description, servers, tags and
// authentication schemes), and a table of its operations leading to their pages.
import { deref } from "../spec.mjs";
import { cell, code, table } from "./markdown.mjs";
import { operationLabel, operationPageName } from "./operation-page.mjs";

function schemeLines(name, scheme) {
  const facts = [`type ${code(scheme.type)}`];
  if (scheme.scheme) facts.push(`scheme ${code(scheme.scheme)}`);
  if (scheme.bearerFormat) facts.push(`bearer format: ${scheme.bearerFormat}`);
  if (scheme.in) facts.push(`in ${code(scheme.in)} ${code(scheme.name)}`);
  return [`### ${name}`, `${facts.join(", ")}.`, scheme.description?.trim() ?? ""];
}

/** The markdown of the reference's first page. */
export function overviewPage(spec, operations) {
  const { info } = spec;
  const schemes = Object.entries(spec.components?.securitySchemes ?? {});
  return [
    "---",
    `title: ${JSON.stringify(`${info.title} reference`)}`,
    "---",
    `# ${info.title} ${info.version}`,
    info.summary ?? "",
    info.description?.trim() ?? "",
    "## Operations",
    table(
      ["route", "operation", "summary"],
      operations.map((entry) => [
        `[${code(operationLabel(entry))}](./${operationPageName(entry.operation)}.md)`,
        code(entry.operation.operationId),
        cell(entry.operation.summary),
      ]),
    ),
    ...(spec.tags ?? []).flatMap((tag) => [`### ${tag.name}`, tag.description?.trim() ?? ""]),
    "## Servers",
    table(
      ["URL", "description"],
      (spec.servers ?? []).map((server) => [code(server.url), cell(server.description)]),
    ),
    "## Authentication",
    ...schemes.flatMap(([name, scheme]) => schemeLines(name, deref(spec, scheme))),
    "## The spec",
    "The whole OpenAPI document these pages are generated from: [openapi.json](/openapi.json).",
  ]
    .filter((part) => part !== "")
    .join("\n\n")
    .concat("\n");
}
