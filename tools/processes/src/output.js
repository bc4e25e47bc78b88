import { stripVTControlCharacters } from "node:util";

// Enough for `npm test`'s whole log; beyond it the oldest output is dropped, so a runaway child
// cannot fill memory and a failure still shows its last lines.
export const KEEP_CHARS = 1_000_000;

/** Collects a child's stdout, stderr and both interleaved, colours removed when read. */
export function collectOutput(child, keepChars = KEEP_CHARS) {
  const text = { stdout: "", stderr: "", output: "" };
  const keep = (stream) => (chunk) => {
    text[stream] = (text[stream] + chunk).slice(-keepChars);
    text.output = (text.output + chunk).slice(-keepChars);
  };
  child.stdout.on("data", keep("stdout"));
  child.stderr.on("data", keep("stderr"));
  return {
    get stdout() {
      return stripVTControlCharacters(text.stdout);
    },
    get stderr() {
      return stripVTControlCharacters(text.stderr);
    },
    get output() {
      return stripVTControlCharacters(text.output);
    },
  };
}
