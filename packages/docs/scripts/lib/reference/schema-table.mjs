// A schema of the spec as the table a reader scans: one row per field, nested fields under their parent
// (`items[].text`), with the type, whether it is required, and the spec's own description and constraints.
import { deref, refName } from "../spec.mjs";
import { cell, code, table } from "./markdown.mjs";

/** The properties and required names of `schema`, its `allOf` parts merged in. */
function objectParts(spec, schema) {
  const resolved = deref(spec, schema) ?? {};
  const properties = { ...resolved.properties };
  const required = new Set(resolved.required ?? []);
  for (const part of resolved.allOf ?? []) {
    const inner = objectParts(spec, part);
    Object.assign(properties, inner.properties);
    for (const name of inner.required) required.add(name);
  }
  return { properties, required };
}

/** The alternatives of an `anyOf` / `oneOf`, each with its title and the fields it requires. */
export function variantsOf(spec, schema) {
  const resolved = deref(spec, schema) ?? {};
  const variants = resolved.anyOf ?? resolved.oneOf ?? [];
  return variants.map((variant, index) => ({
    title: deref(spec, variant)?.title ?? `Variant ${index + 1}`,
    required: [...objectParts(spec, variant).required],
    kind: resolved.anyOf ? "anyOf" : "oneOf",
  }));
}

/** A schema's type in words: `string (date-time)`, `array of MessageInfo`, `one of "Ascend", "Descend"`. */
export function typeText(spec, schema) {
  const resolved = deref(spec, schema) ?? {};
  const name = refName(schema);
  if (resolved.enum) {
    const values = resolved.enum.map((value) => code(JSON.stringify(value))).join(", ");
    return `${name ? `${code(name)}: ` : ""}one of ${values}`;
  }
  if (resolved.type === "array") return `array of ${typeText(spec, resolved.items)}`;
  if (name && (resolved.properties || resolved.allOf || resolved.anyOf)) return code(name);
  if (resolved.type === "object" && resolved.additionalProperties && !resolved.properties) {
    return `map of ${typeText(spec, resolved.additionalProperties)}`;
  }
  const type = Array.isArray(resolved.type) ? resolved.type.join(" or ") : (resolved.type ?? "any");
  return resolved.format ? `${type} (${resolved.format})` : type;
}

/** `text` as a sentence: ending in a full stop unless it ends in other punctuation already. */
export function sentence(text) {
  const trimmed = String(text ?? "").trim();
  return trimmed === "" || /[.!?:)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The constraints and example the spec gives a schema or parameter, as a sentence after its description. */
export function constraintsText(schema, example) {
  const notes = [];
  if (schema?.minLength !== undefined) notes.push(`at least ${schema.minLength} character(s)`);
  if (schema?.maxLength !== undefined) notes.push(`at most ${schema.maxLength} characters`);
  if (schema?.minimum !== undefined) notes.push(`minimum ${schema.minimum}`);
  if (schema?.maximum !== undefined) notes.push(`maximum ${schema.maximum}`);
  if (schema?.pattern) notes.push(`pattern ${code(schema.pattern)}`);
  if (schema?.default !== undefined) notes.push(`default ${code(JSON.stringify(schema.default))}`);
  const shown = example ?? schema?.example;
  if (shown !== undefined)
    notes.push(`example ${code(Array.isArray(shown) ? shown.join(",") : String(shown))}`);
  if (notes.length === 0) return "";
  const text = notes.join("; ");
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

/** The schema a field's rows continue into: an object's, or an array's items' when those are objects. */
function nestedObject(spec, schema) {
  const resolved = deref(spec, schema) ?? {};
  if (resolved.type === "array") {
    const inner = nestedObject(spec, resolved.items);
    return inner && { ...inner, suffix: `[]${inner.suffix}` };
  }
  const { properties } = objectParts(spec, schema);
  return Object.keys(properties).length > 0 ? { schema, suffix: "" } : undefined;
}

/**
 * One row per field of `schema`, depth first: `{ field, type, required, description }`. A schema that
 * contains itself is shown once per path (`seen` holds the `$ref`s on the way down).
 */
export function schemaRows(spec, schema, prefix = "", seen = new Set()) {
  const { properties, required } = objectParts(spec, schema);
  // The alternatives of an anyOf share one table: every field any of them has.
  for (const variant of deref(spec, schema)?.anyOf ?? deref(spec, schema)?.oneOf ?? []) {
    Object.assign(properties, { ...objectParts(spec, variant).properties, ...properties });
  }
  return Object.entries(properties).flatMap(([name, property]) => {
    const resolved = deref(spec, property) ?? {};
    const description = [sentence(property.description ?? resolved.description), constraintsText(resolved)]
      .filter(Boolean)
      .join(" ");
    const field = `${prefix}${name}`;
    const row = { field, type: typeText(spec, property), required: required.has(name), description };
    const nested = nestedObject(spec, property);
    const ref = nested && refName(nested.schema);
    if (!nested || (ref && seen.has(ref))) return [row];
    const below = ref ? new Set([...seen, ref]) : seen;
    return [row, ...schemaRows(spec, nested.schema, `${field}${nested.suffix}.`, below)];
  });
}

/**
 * A field's path as a code span that may wrap after each dot (`<wbr>`), so a nested path such as
 * `conversations[].mostRecentMessage.endpointDisplayName` does not force its column wider than the page.
 */
function fieldPath(field) {
  const escaped = field.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<code>${escaped.replace(/\./g, ".<wbr>")}</code>`;
}

/** The markdown table of a schema's fields, or a sentence when it has none (a plain string, say). */
export function schemaTable(spec, schema) {
  const rows = schemaRows(spec, schema);
  if (rows.length === 0) {
    const resolved = deref(spec, schema) ?? {};
    return [typeText(spec, schema), resolved.description, constraintsText(resolved)]
      .filter(Boolean)
      .join(": ");
  }
  return table(
    ["field", "type", "description"],
    rows.map(({ field, type, required, description }) => [
      `${fieldPath(field)}${required ? " *required*" : ""}`,
      type,
      cell(description),
    ]),
  );
}
