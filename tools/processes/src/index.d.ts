import type { ChildProcess } from "node:child_process";

export interface RunOptions {
  cwd?: string;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** The whole process group is killed after this long. @default 60_000 */
  timeoutMs?: number;
}

export interface RunResult {
  /** Exit code 0 within the time limit. */
  ok: boolean;
  /** null when it timed out or was killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  timeoutMs: number;
  /** Wall time from spawn to close. */
  seconds: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved, colours removed (the last 1,000,000 characters). */
  output: string;
}

export interface Started {
  name: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function run(command: string, args: readonly string[], options?: RunOptions): Promise<RunResult>;
export function runOrThrow(
  command: string,
  args: readonly string[],
  options?: RunOptions,
): Promise<RunResult>;
export function start(
  command: string,
  args: readonly string[],
  options?: { name?: string; cwd?: string; env?: NodeJS.ProcessEnv },
): Started;
export function killAll(): void;
export function cleanEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export function describeExit(result: Pick<RunResult, "code" | "signal" | "timedOut" | "timeoutMs">): string;
export function tail(output: string, lines?: number): string;
