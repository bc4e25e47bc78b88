// Reads the numbers out of `tsc --extendedDiagnostics`, which prints one "Name:   value" line each,
// e.g. "Check time:   0.05s", "Memory used:   59231K", "Instantiations:   62".

const FIELDS = {
  files: "Files",
  types: "Types",
  instantiations: "Instantiations",
  memoryKB: "Memory used",
  checkSeconds: "Check time",
  totalSeconds: "Total time",
};

/** `{ files, types, instantiations, memoryKB, checkSeconds, totalSeconds }`; throws if one is missing. */
export function parseExtendedDiagnostics(output) {
  const numbers = {};
  for (const [key, label] of Object.entries(FIELDS)) {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)[sK]?$`, "m").exec(output);
    if (!match) throw new Error(`tsc --extendedDiagnostics printed no "${label}:" line:\n${output}`);
    numbers[key] = Number(match[1]);
  }
  return numbers;
}

/** The compiler's error lines ("file(line,col): error TS…"), without the diagnostics block. */
export function compilerErrors(output) {
  return output.split("\n").filter((line) => /error TS\d+/.test(line));
}
