import type { ApiKeyConfig, BasicUserConfig } from "../../options.js";
import type { AuthKind } from "../../records.js";

/** Who a request authenticated as. */
export interface Identity {
  kind: AuthKind;
  principal: string;
  accountId: string;
  /** Whether it has the role `User`, which SendMessage requires (`Admin` has every role). */
  isUser: boolean;
}

interface Account {
  roles: readonly string[];
  accountId: string;
}

const DEFAULT_ACCOUNT = "mock-account";
const DEFAULT_ROLES = ["User"];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const utf8 = new TextDecoder();

/**
 * Bearer and Basic authentication, as ServiceStack reads them. Tokens are opaque: a JWT is accepted
 * when it is configured as a key. Roles are checked by the operation that needs one.
 */
export class Authenticator {
  private readonly keys = new Map<string, Account>();
  private readonly users = new Map<string, Account & { password: string }>();
  /** `Bearer <key>` → its identity, so the common case is one map lookup and no allocation. */
  private readonly bearerHeaders = new Map<string, Identity>();
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
      this.bearerHeaders.set(`Bearer ${key}`, identity("bearer", key, found));
  }

  /** The caller's identity, or undefined without valid credentials. */
  authenticate(header: string | undefined): Identity | undefined {
    if (!header) return undefined;
    const known = this.bearerHeaders.get(header);
    if (known) return known;
    const space = header.indexOf(" ");
    const scheme = header.slice(0, space).toLowerCase();
    const credential = header.slice(space + 1).trim();
    if (space < 0 || credential === "") return undefined;
    if (scheme === "bearer") return this.byKey("bearer", credential);
    if (scheme === "basic") return this.byBasic(credential);
    return undefined;
  }

  private byKey(kind: AuthKind, key: string): Identity | undefined {
    const found = this.keys.get(key) ?? (this.open ? OPEN_ACCOUNT : undefined);
    return found && identity(kind, key, found);
  }

  private byBasic(encoded: string): Identity | undefined {
    const decoded = decodeBase64(encoded);
    if (decoded === undefined) return undefined;
    const colon = decoded.indexOf(":");
    const username = colon < 0 ? decoded : decoded.slice(0, colon);
    const password = colon < 0 ? "" : decoded.slice(colon + 1);
    if (username === "") return undefined;
    // An API key as the Basic user name, with an empty password.
    if (password === "" && (this.keys.has(username) || this.open))
      return this.byKey("basic-api-key", username);
    const user = this.users.get(username);
    if (user && user.password === password) return identity("basic", username, user);
    return this.open ? identity("basic", username, OPEN_ACCOUNT) : undefined;
  }
}

const OPEN_ACCOUNT: Account = { roles: DEFAULT_ROLES, accountId: DEFAULT_ACCOUNT };

function account(config: { roles?: readonly string[]; accountId?: string }): Account {
  return { roles: config.roles ?? DEFAULT_ROLES, accountId: config.accountId ?? DEFAULT_ACCOUNT };
}

function identity(kind: AuthKind, principal: string, found: Account): Identity {
  const isUser = found.roles.includes("User") || found.roles.includes("Admin");
  return { kind, principal, accountId: found.accountId, isUser };
}

/** Base64 as UTF-8 text, without node:buffer, so the same code runs in a browser. */
function decodeBase64(encoded: string): string | undefined {
  if (!BASE64.test(encoded)) return undefined;
  try {
    return utf8.decode(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}
