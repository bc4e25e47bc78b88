let lastMs = 0;
let lastIso = "";

/** The current time in ISO 8601; formatted once per millisecond, as busy servers answer many per ms. */
export function isoNow(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}

// A date and time without an offset: read as UTC rather than as the machine's local time, so a
// filter means the same wherever the tests run.
const NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * `afterDate` as the ISO 8601 string the record's dates use (`toISOString()`), so that it compares
 * with them as text; undefined when it is not a date.
 */
export function canonicalDate(value: string): string | undefined {
  const ms = Date.parse(NO_OFFSET.test(value) ? `${value}Z` : value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
