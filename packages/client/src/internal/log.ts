import type { Logger, LogLevel } from "../types.js";

export const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/**
 * What the SDK says about one attempt: method, where it went (origin and route template), numbers;
 * never an id, a query value, a body or a header. Fields that do not apply are left out.
 */
export interface LogEvent {
  method: string;
  /** Scheme, host and port: where the request went. */
  origin: string;
  /** The route template, e.g. `/sessions/{sessionId}/messages`: ids and query values stay out. */
  route: string;
  attempt: number;
  status?: number;
  /** Whole milliseconds. */
  durationMs?: number;
  /** The error's class name, when the attempt failed. */
  error?: string;
  /** The wait before the next attempt in whole milliseconds, when there will be one. */
  retryInMs?: number;
}

/** Writes one event at `level`, if the client's level lets it through. */
export type Log = (level: Exclude<LogLevel, "off">, event: LogEvent) => void;

type Write = (...args: unknown[]) => void;

/**
 * The client's log, or undefined when logging is off: then nothing is measured or built per call.
 * Each event is one line of plain words. The console (the default) gets the line alone; any other
 * logger also gets the fields, where it expects them: pino (it has `bindings()`) before the line,
 * winston and every other logger after it.
 */
export function createLog(level: LogLevel, logger: Logger): Log | undefined {
  const threshold = LOG_LEVELS.indexOf(level);
  if (threshold < 1) return undefined;
  const pino = typeof (logger as { bindings?: unknown }).bindings === "function";
  return (at, event) => {
    if (LOG_LEVELS.indexOf(at) > threshold) return;
    const { method, origin, route, attempt, status, durationMs, error, retryInMs } = event;
    const outcome = [status, error].filter((part) => part !== undefined).join(" ") || "sending";
    const took = durationMs === undefined ? "" : ` in ${durationMs} ms`;
    const next = retryInMs === undefined ? "" : `; retrying in ${retryInMs} ms`;
    const line = `[evovoice] ${method} ${origin}${route} attempt ${attempt}: ${outcome}${took}${next}`;
    const write = logger[at].bind(logger) as Write;
    if (pino) write(event, line);
    else if (logger === globalThis.console) write(line);
    else write(line, event);
  };
}
