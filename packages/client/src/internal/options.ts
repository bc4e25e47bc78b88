import { RequestValidationError, type ValidationIssue } from "../errors.js";
import type { EvoVoiceOptions, FetchLike, Logger, LogLevel } from "../types.js";
import { env } from "./env.js";
import { createLog, LOG_LEVELS, type Log } from "./log.js";
import { assertSafeTarget } from "./target.js";

/** The client's settings: read once from the options and the environment, checked, then fixed. */
export interface Settings {
  /** Without a trailing slash: openapi-fetch appends the route. */
  baseUrl: string;
  /** Sent with every request; Authorization included. */
  headers: Record<string, string>;
  /** The secret part of Authorization, redacted wherever an answer could echo it. */
  credentials: string | undefined;
  timeoutMs: number;
  maxRetries: number;
  fetch: FetchLike | undefined;
  fetchOptions: Record<string, unknown>;
  allowInsecureHttp: boolean;
  log: Log | undefined;
}

// A header value may hold visible ASCII and inner spaces; anything else (CR, LF, other controls,
// non-Latin-1) makes fetch throw a TypeError that quotes the value, key and all.
const HEADER_SAFE = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * Every header that fetch could not send, by name. The value is not echoed: a caller may put a secret in
 * any header, and fetch's own TypeError would quote it.
 */
export function headerIssues(headers: Record<string, unknown> | undefined): ValidationIssue[] {
  return Object.entries(headers ?? {}).flatMap(([name, value]) =>
    value == null ||
    (/^[!#$%&'*+.^`|~\w-]+$/.test(name) && typeof value === "string" && HEADER_SAFE.test(value))
      ? []
      : [{ field: `headers.${name}`, message: "is not a valid header name and value" }],
  );
}

/** Problems of a timeout and a retry count, the client's or one call's. */
export function limitIssues(timeoutMs: number, maxRetries: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // NaN, 0 and negatives would make every call fail obscurely; Infinity means no timeout.
  if (!(timeoutMs > 0))
    issues.push({
      field: "timeoutMs",
      message: `must be a positive number of milliseconds, got ${timeoutMs}`,
    });
  if (!Number.isInteger(maxRetries) || maxRetries < 0)
    issues.push({ field: "maxRetries", message: `must be a whole number, 0 or more, got ${maxRetries}` });
  return issues;
}

/**
 * The settings of `new EvoVoice(options)`. Throws one RequestValidationError naming every bad option
 * and its value (credentials and header values are never echoed), before anything can be sent.
 */
export function readOptions(options: EvoVoiceOptions): Settings {
  const issues: ValidationIssue[] = [];
  const problem = (field: string, message: string) => issues.push({ field, message });
  const { apiKey, basicAuth, timeoutMs = 30_000, maxRetries = 2, fetch, fetchOptions = {} } = options;

  // An empty variable counts as unset; basicAuth turns the variable off.
  const key = apiKey ?? (basicAuth ? undefined : env("EVOVOICE_API_KEY") || undefined);
  let credentials: string | undefined;
  if (key !== undefined) {
    const field = apiKey === undefined ? "EVOVOICE_API_KEY" : "apiKey";
    if (key === "") problem(field, "is empty");
    else if (typeof key !== "string" || !HEADER_SAFE.test(key))
      problem(
        field,
        "must be printable ASCII without line breaks or other control characters (a key read from a file often ends with a newline: trim it)",
      );
    else credentials = key;
  } else if (basicAuth) {
    const { username, password } = basicAuth;
    if (typeof username !== "string" || typeof password !== "string" || username.includes(":"))
      problem("basicAuth", "needs a username without ':' and a password, both strings");
    // UTF-8 first: btoa alone throws on characters beyond Latin-1.
    else credentials = btoa(unescape(encodeURIComponent(`${username}:${password}`)));
  }

  issues.push(...headerIssues(options.headers));
  const headers: Record<string, string> = { accept: "application/json" };
  for (const [name, value] of Object.entries(options.headers ?? {}))
    if (value !== undefined) headers[name.toLowerCase()] = value;
  // A caller may bring their own Authorization header instead of apiKey or basicAuth.
  if (credentials) headers.authorization = `${key !== undefined ? "Bearer" : "Basic"} ${credentials}`;
  else if (headers.authorization) credentials = headers.authorization.replace(/^\S+ /, "");
  else if (!issues.length)
    problem("apiKey", "is missing: pass apiKey or basicAuth, or set EVOVOICE_API_KEY (nothing was sent)");

  const baseUrl = (options.baseUrl ?? (env("EVOVOICE_BASE_URL") || "https://evovoice.io")).replace(
    /\/+$/,
    "",
  );
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash)
    problem(
      "baseUrl",
      `must be an absolute http(s) URL without a query or fragment, got ${JSON.stringify(baseUrl)}`,
    );
  else if (url.username || url.password) problem("baseUrl", "must not carry credentials (user:password@)");

  issues.push(...limitIssues(timeoutMs, maxRetries));
  if (fetch !== undefined && typeof fetch !== "function") problem("fetch", "must be a function");
  if (typeof fetchOptions !== "object") problem("fetchOptions", "must be an object");

  const levelFrom = options.logLevel === undefined ? "EVOVOICE_LOG" : "logLevel";
  const logLevel = (options.logLevel ?? (env("EVOVOICE_LOG") || "off")) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    problem(levelFrom, `must be one of ${LOG_LEVELS.join(", ")}, got ${JSON.stringify(logLevel)}`);
  const logger: Logger = options.logger ?? console;
  if (
    LOG_LEVELS.some(
      (level) => level !== "off" && typeof logger[level as Exclude<LogLevel, "off">] !== "function",
    )
  )
    problem("logger", "must have debug, info, warn and error methods");

  if (issues.length) throw new RequestValidationError(issues);
  const allowInsecureHttp = options.allowInsecureHttp === true;
  assertSafeTarget(baseUrl, credentials, allowInsecureHttp);
  return {
    baseUrl,
    headers,
    credentials,
    timeoutMs,
    maxRetries,
    fetch,
    fetchOptions: { ...fetchOptions },
    allowInsecureHttp,
    log: createLog(logLevel, logger),
  };
}
