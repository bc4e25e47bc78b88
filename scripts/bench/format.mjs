/** A number for a benchmark table: thousands separators and `digits` decimals. */
export function format(value, digits = 0) {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
