import { deref, isObject, type Json, type JsonObject, pointerKey } from "@evovoice-sdk/openapi-kit";

/** One example the spec shows, and the JSON pointer of the schema it must satisfy. */
export interface SpecExample {
  /** Where the example is written, as a JSON pointer into the spec. */
  at: string;
  value: Json;
  schemaPointer: string;
}

// Media types, parameters and headers all carry `schema` beside `example` or
// `examples`; walking for that shape finds every example without a list of places.
export function collectExamples(doc: JsonObject): SpecExample[] {
  const found: SpecExample[] = [];
  walk(doc, "#", (node, pointer) => {
    if (!("schema" in node) || !("example" in node || "examples" in node)) return;
    const schemaPointer = `${pointer}/schema`;
    if ("example" in node)
      found.push({ at: `${pointer}/example`, value: node.example ?? null, schemaPointer });
    if (isObject(node.examples)) {
      for (const [name, entry] of Object.entries(node.examples)) {
        const example = deref(doc, entry);
        if (isObject(example) && "value" in example) {
          found.push({
            at: `${pointer}/examples/${pointerKey(name)}`,
            value: example.value ?? null,
            schemaPointer,
          });
        }
      }
    }
  });
  return found;
}

function walk(node: Json, pointer: string, visit: (node: JsonObject, pointer: string) => void): void {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) walk(child, `${pointer}/${index}`, visit);
  } else if (isObject(node)) {
    visit(node, pointer);
    for (const [key, child] of Object.entries(node)) {
      // Example values are data, not spec structure: don't look inside them.
      if (key === "example" || key === "examples") continue;
      walk(child, `${pointer}/${pointerKey(key)}`, visit);
    }
  }
}
