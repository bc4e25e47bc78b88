import type { ChildProcess } from "node:child_process";

export interface ExecOptions {
  cwd?: string;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** The whole process group is killed after this long. @default 60_000 */
  timeoutMs?: number;
  /** Reject, with the reason and the output's last lines, unless the command exits 0 in time. @default false */
  throwOnError?: boolean;
}

export interface ExecResult {
  /** undefined when a signal ended it (the time limit's included). */
  exitCode: number | undefined;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved, in the order they arrived. */
  output: string;
}

export function exec(
  command: string,
  args?: readonly string[],
  options?: ExecOptions,
): Promise<ExecResult> & { process: ChildProcess };

export function waitForOutput(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs?: number,
): Promise<RegExpExecArray>;
