/** The parts of a live report, each already in words. */
export interface ReportParts {
  server: string;
  checked: string[];
  /** Findings.lines(): one line per kind of disagreement, each followed by its sources. */
  findings: string[];
  kinds: number;
  facts: string[];
}

/** The report `npm run contract:live` prints: what was checked, the disagreements, and the facts found. */
export function formatReport({ server, checked, findings, kinds, facts }: ReportParts): string[] {
  return [
    `server: ${server}`,
    "checked (each failure names the spec's or the vendor's words it holds the server to):",
    ...checked.map((line) => `  - ${line}`),
    kinds === 0 ? "disagreements with the spec: none" : `disagreements with the spec: ${kinds} kinds`,
    ...findings.map((line) => (line.startsWith("    ") ? `  ${line}` : `  ✗ ${line}`)),
    "facts found (neither the spec nor the vendor's pages state these; reported, never failed):",
    ...facts.map((line) => `  - ${line}`),
  ];
}
