// Option tables generated from the packages' own TypeScript: each property of an interface with its doc
// comment and `@default`, so a table in the guide says what the code says and cannot go stale.
import { readFileSync } from "node:fs";
import ts from "typescript";

/** `{ name, description, defaultValue }` for each property of `interfaceName` in `file`, in source order. */
export function interfaceOptions(file, interfaceName) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const declaration = source.statements.find(
    (node) => ts.isInterfaceDeclaration(node) && node.name.text === interfaceName,
  );
  if (!declaration) throw new Error(`${file}: no interface ${interfaceName}`);
  return declaration.members.filter(ts.isPropertySignature).map((member) => {
    const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
    const doc = docs.at(-1);
    const text = (value) => (typeof value === "string" ? value : (ts.getTextOfJSDocComment(value) ?? ""));
    const defaultTag = doc?.tags?.find((tag) => tag.tagName.text === "default");
    return {
      name: member.name.getText(source),
      description: text(doc?.comment).replace(/\s+/g, " ").trim(),
      defaultValue: defaultTag ? text(defaultTag.comment).replace(/\s+/g, " ").trim() : undefined,
    };
  });
}

// A table cell holds one line; a pipe would end the cell. {@link X} reads as X.
const cell = (text) =>
  text
    .replace(/\{@link\s+([^}]+)\}/g, "`$1`")
    .replace(/\|/g, "\\|")
    .trim();

/** A default as a reader wants it: code, with a parenthesised explanation kept as words. */
function formatDefault(value, missing) {
  if (value === undefined) return missing;
  const match = /^(.*?)\s*(\(.*\))?$/.exec(value);
  const [, code = value, note] = match ?? [];
  const shown = /^the |^none$/.test(code) ? code : `\`${code}\``;
  return note ? `${shown} ${note}` : shown;
}

/**
 * The markdown table of an interface's options: option, default, what it does. `missingDefault` is what
 * the default column says for a property without `@default`.
 */
export function optionsTable(file, interfaceName, missingDefault = "none") {
  const rows = interfaceOptions(file, interfaceName).map(
    ({ name, description, defaultValue }) =>
      `| \`${name}\` | ${cell(formatDefault(defaultValue, missingDefault))} | ${cell(description)} |`,
  );
  return ["| option | default | what it does |", "| --- | --- | --- |", ...rows].join("\n");
}
