import { median } from "./median.mjs";

/** A number for a benchmark table: thousands separators and `digits` decimals. */
export function format(value, digits = 0) {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * Per-round ratios as "median× (lowest–highest)": the spread says how much the machine's load moved
 * them, which absolute numbers taken in different rounds cannot.
 */
export function formatRatios(ratios) {
  const spread = `${format(Math.min(...ratios), 2)}–${format(Math.max(...ratios), 2)}`;
  return `${format(median(ratios), 2)}× (${spread})`;
}
