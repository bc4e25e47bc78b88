import type { ValidationIssue } from "../errors.js";

/**
 * An issue for each key of `given` (an object, or anything else) that `known` lacks, naming the nearest
 * known key: a typo such as `baseURL` or `timeout` is refused instead of being ignored. Undefined values
 * count too: `{ timout: undefined }` is still a typo.
 */
export function unknownKeyIssues(given: unknown, known: readonly string[], what: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Only an object has keys to refuse; anything else is refused by the checks of its fields.
  if (typeof given !== "object") return issues;
  // for…in, not Object.keys(): this runs on every call (this path is timed: see BENCHMARKS.md).
  for (const key in given as object)
    if (!known.includes(key))
      issues.push({ field: key, message: `is not ${what}; did you mean ${nearest(key, known)}?` });
  return issues;
}

/** The known key closest to `key` by edit distance, ignoring case (`baseURL` is one step from `baseUrl`). */
function nearest(key: string, known: readonly string[]): string {
  // Runs only for a refused key, over a handful of names: the repeated distance costs nothing there.
  let best = known[0] as string;
  for (const candidate of known) if (distance(key, candidate) < distance(key, best)) best = candidate;
  return best;
}

/** Levenshtein distance, case-insensitive. */
function distance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let row = [...Array(y.length + 1).keys()];
  for (const char of x) {
    const next = [(row[0] as number) + 1];
    for (let j = 0; j < y.length; j++)
      next.push(
        Math.min((row[j + 1] as number) + 1, (next[j] as number) + 1, (row[j] as number) + +(char !== y[j])),
      );
    row = next;
  }
  return row[y.length] as number;
}
