// The few markdown forms the generated pages are written in. Text from the spec goes into a table cell on
// one line, with its pipes escaped; code spans take a longer fence when the text holds a backtick.

/** Spec prose for a table cell: one line, pipes escaped, `{@link X}` as `X`. */
export function cell(text) {
  return String(text ?? "")
    .replace(/\{@link\s+([^}]+)\}/g, "`$1`")
    .replace(/\s+/g, " ")
    .replace(/\|/g, "\\|")
    .trim();
}

/** `text` as a code span. */
export function code(text) {
  const value = String(text);
  const fence = value.includes("`") ? "``" : "`";
  return `${fence}${value.includes("`") ? ` ${value} ` : value}${fence}`;
}

/** A markdown table; every cell is already markdown. */
export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A fenced code block whose fence is longer than any run of backticks inside it. */
export function fence(language, source) {
  const longest = Math.max(2, ...[...source.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${language}\n${source.replace(/\n$/, "")}\n${ticks}`;
}
