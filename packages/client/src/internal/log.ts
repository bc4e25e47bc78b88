import type { Logger, LogLevel } from "../types.js";

export const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/** What the SDK says about one attempt. Method, route template, numbers: never a URL, body or header. */
export interface LogEvent {
  method: string;
  /** The route template, e.g. `/sessions/{sessionId}/messages`: ids and query values stay out. */
  route: string;
  attempt: number;
  status?: number | undefined;
  durationMs?: number | undefined;
  /** The error's class name, when the attempt failed. */
  error?: string | undefined;
  /** The wait before the next attempt, when there will be one. */
  retryInMs?: number | undefined;
}

/** Writes one event at `level`, if the client's level lets it through. */
export type Log = (level: Exclude<LogLevel, "off">, event: LogEvent) => void;

/** The client's log, or undefined when logging is off: then nothing is measured or built per call. */
export function createLog(level: LogLevel, logger: Logger): Log | undefined {
  const threshold = LOG_LEVELS.indexOf(level);
  if (threshold < 1) return undefined;
  return (at, event) => {
    if (LOG_LEVELS.indexOf(at) > threshold) return;
    const { method, route, attempt, status, durationMs, error, retryInMs } = event;
    const outcome = error ?? (status === undefined ? "sending" : `${status}`);
    const took = durationMs === undefined ? "" : ` in ${Math.round(durationMs)} ms`;
    const next = retryInMs === undefined ? "" : `; retrying in ${Math.round(retryInMs)} ms`;
    // A fixed prefix and plain words, and the same facts as an object for structured loggers.
    logger[at](`[evovoice] ${method} ${route} attempt ${attempt}: ${outcome}${took}${next}`, event);
  };
}
