import type { RunOptions, RunResult } from "@evovoice-sdk/processes";

/** The pinned @redocly/cli's bin/cli.js. */
export const REDOCLY_CLI: string;
/** `{ REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" }`, set on every run. */
export const QUIET_ENV: Readonly<Record<string, string>>;

/**
 * Runs `redocly <args>` to completion with QUIET_ENV, the Node 20 deprecation banner removed from
 * `stderr` and `output`. Never rejects.
 *
 * @default { timeoutMs: 120_000 }
 * @example
 * const result = await redocly(["bundle", "spec/openapi.yaml", "--ext", "json", "-o", out]);
 * if (!result.ok) throw new Error(result.output);
 */
export function redocly(args: readonly string[], options?: RunOptions): Promise<RunResult>;

/** Text without Redocly's boxed Node 20 deprecation banner (and the blank lines around it). */
export function withoutBanner(text: string): string;

/** The line-by-line form of withoutBanner(), for streams. */
export function bannerFilter(write: (line: string) => void): { push(line: string): void; end(): void };
