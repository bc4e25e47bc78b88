// The query parameters of an operation, as the bundled spec describes them (the vendor's own words), for the
// guide's tables. The JSONP and format switches are left out: the SDK reads JSON only.
import { readFileSync } from "node:fs";
import { deref } from "./spec.mjs";

const notForTheSdk = new Set(["format", "callback"]);

function typeOf(spec, schema) {
  const resolved = deref(spec, schema) ?? {};
  if (resolved.type === "array") return `${typeOf(spec, resolved.items)}[]`;
  if (resolved.enum) return resolved.enum.map((value) => `"${value}"`).join(" \\| ");
  return resolved.type ?? "string";
}

/** The query parameters of `operationId` that the SDK takes: `{ name, type, description }`. */
export function queryParameters(specFile, operationId) {
  const spec = JSON.parse(readFileSync(specFile, "utf8"));
  const operation = Object.values(spec.paths)
    .flatMap((item) => Object.values(item))
    .find((candidate) => candidate?.operationId === operationId);
  if (!operation) throw new Error(`${specFile}: no operation ${operationId}`);
  return (operation.parameters ?? [])
    .map((parameter) => deref(spec, parameter))
    .filter((parameter) => parameter.in === "query" && !notForTheSdk.has(parameter.name))
    .map((parameter) => ({
      name: parameter.name,
      type: typeOf(spec, parameter.schema),
      description: (parameter.description ?? "").replace(/\s+/g, " ").trim(),
    }));
}

/** The markdown table of those parameters. */
export function queryTable(specFile, operationId) {
  const rows = queryParameters(specFile, operationId).map(
    ({ name, type, description }) => `| \`${name}\` | \`${type}\` | ${description.replace(/\|/g, "\\|")} |`,
  );
  return ["| field | type | what it does |", "| --- | --- | --- |", ...rows].join("\n");
}
