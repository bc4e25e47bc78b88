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

// The Fetch standard's "bad ports" (fetch.spec.whatwg.org/#port-blocking): fetch fails on these before
// connecting, with an error that does not say why. Checked once, on the baseUrl.
const BAD_PORTS = [
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
];

// A header value may hold visible ASCII and inner spaces; anything else (CR, LF, other controls,
// non-Latin-1) makes fetch throw a TypeError that quotes the value, key and all.
const HEADER_SAFE = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * Every header that fetch could not send, by name. The value is not echoed: a caller may put a secret in
 * any header, and fetch's own TypeError would quote it.
 */
function headerIssues(headers: Record<string, unknown> | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const name in headers) {
    const value = headers[name];
    if (
      value != null &&
      !(/^[!#$%&'*+.^`|~\w-]+$/.test(name) && typeof value === "string" && HEADER_SAFE.test(value))
    )
      issues.push({ field: `headers.${name}`, message: "is not a valid header name and value" });
  }
  return issues;
}

/** Problems of a timeout and a retry count, the client's or one call's. */
function limitIssues(timeoutMs: number, maxRetries: number): ValidationIssue[] {
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

/** Throws a RequestValidationError for any problem of one call's options (nothing has been sent). */
export function checkCallOptions(options: RequestOptions, timeoutMs: number, maxRetries: number): void {
  assertNoIssues([
    ...unknownKeyIssues(options, CALL_OPTION_KEYS, "an option of a call"),
    ...headerIssues(options.headers),
    ...limitIssues(timeoutMs, maxRetries),
  ]);
}

/**
 * The settings of `new EvoVoice(options)`. Throws one RequestValidationError naming every bad option
 * and its value (credentials and header values are never echoed), before anything can be sent.
 */
export function readOptions(options: EvoVoiceOptions): Settings {
  const issues = unknownKeyIssues(options, OPTION_KEYS, "an option");
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
  for (const name in options.headers) {
    const value = options.headers[name];
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
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
  else if (BAD_PORTS.includes(+url.port))
    problem("baseUrl", `port ${url.port} is one that fetch refuses to connect to`);

  issues.push(...limitIssues(timeoutMs, maxRetries));
  if (fetch !== undefined && typeof fetch !== "function") problem("fetch", "must be a function");
  if (typeof fetchOptions !== "object") problem("fetchOptions", "must be an object");

  const levelFrom = options.logLevel === undefined ? "EVOVOICE_LOG" : "logLevel";
  const logLevel = (options.logLevel ?? (env("EVOVOICE_LOG") || "off")) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    problem(levelFrom, `must be one of ${LOG_LEVELS.join(", ")}, got ${JSON.stringify(logLevel)}`);
  const logger: Logger = options.logger ?? console;
  if (LOG_LEVELS.some((level) => level !== "off" && typeof logger[level] !== "function"))
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
