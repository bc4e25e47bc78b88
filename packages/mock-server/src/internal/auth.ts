import type { ApiKeyConfig, BasicUserConfig } from "../options.js";
import type { AuthKind } from "../records.js";
import { type ErrorBody, errorBody } from "./service-status.js";

export type AuthResult =
  | { ok: true; kind: AuthKind; principal: string; accountId: string }
  | { ok: false; status: 401 | 403; body: ErrorBody };

interface Account {
  roles: readonly string[];
  accountId: string;
}

const DEFAULT_ACCOUNT = "mock-account";
const DEFAULT_ROLES = ["User"];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const UNAUTHENTICATED: AuthResult = {
  ok: false,
  status: 401,
  body: errorBody("Unauthorized", "Not Authenticated"),
};
const INVALID_ROLE: AuthResult = { ok: false, status: 403, body: errorBody("Forbidden", "Invalid Role") };

/**
 * Bearer and Basic authentication with ServiceStack's answers: 401 without valid credentials,
 * 403 when they lack the role `User` (`Admin` has every role). Tokens are opaque: a JWT is
 * accepted when it is configured as a key.
 */
export class Authenticator {
  private readonly keys = new Map<string, Account>();
  private readonly users = new Map<string, Account & { password: string }>();
  /** `Bearer <key>` → its result, so the common case is one map lookup and no allocation. */
  private readonly bearerHeaders = new Map<string, AuthResult>();
  /** With no credentials configured, any non-empty credential is a User. */
  private readonly open: boolean;

  constructor(apiKeys?: readonly (string | ApiKeyConfig)[], users?: readonly BasicUserConfig[]) {
    this.open = apiKeys === undefined && users === undefined;
    for (const entry of apiKeys ?? []) {
      const config = typeof entry === "string" ? { key: entry } : entry;
      this.keys.set(config.key, account(config));
    }
    for (const user of users ?? [])
      this.users.set(user.username, { ...account(user), password: user.password });
    for (const [key, found] of this.keys)
      this.bearerHeaders.set(`Bearer ${key}`, authorize("bearer", key, found));
  }

  authenticate(header: string | undefined): AuthResult {
    if (!header) return UNAUTHENTICATED;
    const known = this.bearerHeaders.get(header);
    if (known) return known;
    const space = header.indexOf(" ");
    const scheme = header.slice(0, space).toLowerCase();
    const credential = header.slice(space + 1).trim();
    if (space < 0 || credential === "") return UNAUTHENTICATED;
    if (scheme === "bearer") return this.byKey("bearer", credential);
    if (scheme === "basic") return this.byBasic(credential);
    return UNAUTHENTICATED;
  }

  private byKey(kind: AuthKind, key: string): AuthResult {
    const found = this.keys.get(key) ?? (this.open ? OPEN_ACCOUNT : undefined);
    return found ? authorize(kind, key, found) : UNAUTHENTICATED;
  }

  private byBasic(encoded: string): AuthResult {
    if (!BASE64.test(encoded)) return UNAUTHENTICATED;
    const decoded = Buffer.from(encoded, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const username = colon < 0 ? decoded : decoded.slice(0, colon);
    const password = colon < 0 ? "" : decoded.slice(colon + 1);
    if (username === "") return UNAUTHENTICATED;
    // An API key as the Basic user name, with an empty password.
    if (password === "" && (this.keys.has(username) || this.open))
      return this.byKey("basic-api-key", username);
    const user = this.users.get(username);
    if (user && user.password === password) return authorize("basic", username, user);
    return this.open ? authorize("basic", username, OPEN_ACCOUNT) : UNAUTHENTICATED;
  }
}

const OPEN_ACCOUNT: Account = { roles: DEFAULT_ROLES, accountId: DEFAULT_ACCOUNT };

function account(config: { roles?: readonly string[]; accountId?: string }): Account {
  return { roles: config.roles ?? DEFAULT_ROLES, accountId: config.accountId ?? DEFAULT_ACCOUNT };
}

function authorize(kind: AuthKind, principal: string, found: Account): AuthResult {
  if (!found.roles.includes("User") && !found.roles.includes("Admin")) return INVALID_ROLE;
  return { ok: true, kind, principal, accountId: found.accountId };
}
