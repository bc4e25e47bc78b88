import type { ValidationIssue } from "../errors.js";
import type { EvoVoiceOptions, FetchLike, Logger, LogLevel, RequestOptions } from "../types.js";
import { env } from "./env.js";
import { unknownKeyIssues } from "./known-keys.js";
import { createLog, LOG_LEVELS, type Log } from "./log.js";
import { assertSafeTarget } from "./target.js";
import { assertNoIssues } from "./validate.js";

/** The client's settings: read once from the options and the environment, checked, then fixed. */
export interface Settings {
  /** Without a trailing slash: openapi-fetch appends the route. */
  baseUrl: string;
  /** Scheme, host and port of `baseUrl`: what errors and logs name. */
  origin: string;
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

// Every option, so that a misspelt one is refused. Typed both ways: an option added to or removed from
// EvoVoiceOptions fails to compile here until this list follows.
const OPTION_KEYS = Object.keys({
  apiKey: 1,
  basicAuth: 1,
  baseUrl: 1,
  timeoutMs: 1,
  maxRetries: 1,
  fetch: 1,
  fetchOptions: 1,
  headers: 1,
  allowInsecureHttp: 1,
  logLevel: 1,
  logger: 1,
} satisfies Record<keyof EvoVoiceOptions, 1>);

const CALL_OPTION_KEYS = Object.keys({
  signal: 1,
  timeoutMs: 1,
  maxRetries: 1,
  headers: 1,
} satisfies Record<keyof RequestOptions, 1>);

// A header value may hold visible ASCII and inner spaces; anything else (CR, LF, other controls,
// non-Latin-1) makes fetch throw a TypeError that quotes the value, key and all.
const HEADER_SAFE = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * The problems of the options a client and a call share. A header's value is never echoed: a caller
 * may put a secret in any header, and fetch's own TypeError would quote it.
 */
function sharedIssues(issues: ValidationIssue[], timeoutMs: number, maxRetries: number, headers?: object) {
  const problem = (field: string, message: string) => issues.push({ field, message });
  for (const [name, value] of Object.entries(headers ?? {}))
    if (
      value != null &&
      !(/^[!#$%&'*+.^`|~\w-]+$/.test(name) && typeof value === "string" && HEADER_SAFE.test(value))
    )
      problem(`headers.${name}`, "is not a valid header name and value");
  // NaN, 0 and negatives would make every call fail obscurely; Infinity means no timeout.
  if (!(timeoutMs > 0)) problem("timeoutMs", `must be a positive number of milliseconds, got ${timeoutMs}`);
  if (!Number.isInteger(maxRetries) || maxRetries < 0)
    problem("maxRetries", `must be a whole number, 0 or more, got ${maxRetries}`);
  return issues;
}

/** Throws a RequestValidationError for any problem of one call's options (nothing has been sent). */
export function checkCallOptions(options: RequestOptions, timeoutMs: number, maxRetries: number): void {
  const issues = unknownKeyIssues(options, CALL_OPTION_KEYS, "an option of a call");
  assertNoIssues(sharedIssues(issues, timeoutMs, maxRetries, options.headers));
}

/**
 * The settings of `new EvoVoice(options)`. Throws one RequestValidationError naming every bad option
 * and its value (credentials and header values are never echoed), before anything can be sent.
 */
export function readOptions(options: EvoVoiceOptions): Settings {
  const issues = unknownKeyIssues(options, OPTION_KEYS, "an option");
  const problem = (field: string, message: string) => issues.push({ field, message });
  const {
    apiKey,
    basicAuth,
    timeoutMs = 30_000,
    maxRetries = 2,
    fetch,
    fetchOptions = {},
    logger = console,
  } = options;
  sharedIssues(issues, timeoutMs, maxRetries, options.headers);

  // An empty variable counts as unset; basicAuth turns the variable off.
  const key = apiKey ?? (basicAuth ? undefined : env("EVOVOICE_API_KEY") || undefined);
  let credentials: string | undefined;
  if (key !== undefined) {
    if (typeof key === "string" && HEADER_SAFE.test(key)) credentials = key;
    else
      problem(
        apiKey === undefined ? "EVOVOICE_API_KEY" : "apiKey",
        "must be printable ASCII, not empty, without line breaks (trim a key read from a file)",
      );
  } else if (basicAuth) {
    const { username, password } = basicAuth;
    if (typeof username === "string" && typeof password === "string" && !username.includes(":"))
      // UTF-8 first: btoa alone throws on characters beyond Latin-1.
      credentials = btoa(unescape(encodeURIComponent(`${username}:${password}`)));
    else problem("basicAuth", "needs a username without ':' and a password, both strings");
  }

  const headers: Record<string, string> = { accept: "application/json" };
  for (const [name, value] of Object.entries(options.headers ?? {}))
    if (value !== undefined) headers[name.toLowerCase()] = value;
  // A caller may bring their own Authorization header instead of apiKey or basicAuth.
  if (credentials) headers.authorization = `${key !== undefined ? "Bearer" : "Basic"} ${credentials}`;
  else if (headers.authorization) credentials = headers.authorization.replace(/^\S+ /, "");
  else if (!issues.length) problem("apiKey", "is missing: pass apiKey or basicAuth, or set EVOVOICE_API_KEY");

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
  // Not echoed: it holds a password.
  else if (url.username || url.password) problem("baseUrl", "must not carry credentials (user:password@)");

  if (fetch !== undefined && typeof fetch !== "function") problem("fetch", "must be a function");
  if (typeof fetchOptions !== "object") problem("fetchOptions", "must be an object");
  const logLevel = options.logLevel ?? ((env("EVOVOICE_LOG") || "off") as LogLevel);
  if (!LOG_LEVELS.includes(logLevel))
    problem(
      options.logLevel === undefined ? "EVOVOICE_LOG" : "logLevel",
      `must be one of ${LOG_LEVELS.join(", ")}, got ${JSON.stringify(logLevel)}`,
    );
  if (LOG_LEVELS.some((level) => level !== "off" && typeof (logger as Logger)[level] !== "function"))
    problem("logger", "must have debug, info, warn and error methods");

  assertNoIssues(issues);
  const allowInsecureHttp = options.allowInsecureHttp === true;
  assertSafeTarget(baseUrl, credentials, allowInsecureHttp);
  return {
    baseUrl,
    origin: (url as URL).origin,
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
