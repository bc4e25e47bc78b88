// The errors page's tables, from what error-facts.mjs recorded.
import { cell, code, table } from "../reference/markdown.mjs";

const thrown = (error) => (error ? code(error.name) : "nothing: it succeeds");
const delivered = (error) =>
  error?.mayHaveBeenDelivered === undefined ? "no such field" : code(String(error.mayHaveBeenDelivered));

/** What a send does in each situation. */
export function sendTable(facts) {
  return table(
    ["what happened", "tries", "recorded", "`send()` throws", "may have been delivered"],
    facts.map(({ what, send }) => [
      cell(what),
      String(send.tries),
      send.recorded === undefined ? "–" : String(send.recorded),
      thrown(send.error),
      delivered(send.error),
    ]),
  );
}

/** What a read does in each situation. */
export function readTable(facts) {
  return table(
    ["what happened", "tries", "`list()` throws"],
    facts.map(({ what, read }) => [cell(what), String(read.tries), thrown(read.error)]),
  );
}

/** Each error class that came out, the class it extends, when it came, and the fields it carried. */
export function classTable(facts) {
  const classes = new Map();
  for (const { what, send, read } of facts) {
    for (const error of [send.error, read.error]) {
      if (!error) continue;
      const entry = classes.get(error.name) ?? { chain: error.chain, whats: new Set(), fields: new Set() };
      entry.whats.add(what);
      for (const field of error.fields) entry.fields.add(field);
      classes.set(error.name, entry);
    }
  }
  return table(
    ["class", "thrown for", "fields"],
    [...classes].map(([name, { chain, whats, fields }]) => [
      `${code(name)}, a ${code(chain[1] ?? "Object")}`,
      cell([...whats].join("; ")),
      [...fields].map(code).join(", ") || "none",
    ]),
  );
}
