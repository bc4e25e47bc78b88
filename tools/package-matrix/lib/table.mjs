// Timing and the results table.

/** Runs fn; resolves { value, error, ms } and never rejects. */
export async function timed(fn) {
  const start = performance.now();
  try {
    const value = await fn();
    return { value, ms: performance.now() - start };
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
}

export function printTable(rows) {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`\n${"check".padEnd(width)}  result  time    detail`);
  console.log(`${"-".repeat(width)}  ------  ------  ${"-".repeat(40)}`);
  for (const { name, ok, detail, ms } of rows) {
    const [first, ...rest] = String(detail ?? "").split("\n");
    const time = `${(ms / 1000).toFixed(1)} s`.padStart(6);
    console.log(`${name.padEnd(width)}  ${ok ? "pass  " : "FAIL  "}  ${time}  ${first}`);
    // A failure keeps its evidence (the tail of the command's output).
    if (!ok) for (const line of rest.slice(-15)) console.log(`${" ".repeat(width + 18)}${line}`);
  }
}
