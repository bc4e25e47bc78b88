import type { ApiKeyConfig, BasicUserConfig } from "../options.js";
import type { AuthKind } from "../records.js";
import { type Answer, jsonAnswer } from "./answer.js";
import { errorBody } from "./validation/service-stack-errors.js";

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

const OPEN_ACCOUNT: Account = { roles: ["User"], accountId: "mock-account" };
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const utf8 = new TextDecoder();

/**
 * Bearer and Basic authentication, as ServiceStack reads them. Tokens are opaque: a JWT is accepted
 * when it is configured as a key. With no credentials configured, any non-empty credential is a User.
 */
export class Authenticator {
  private readonly keys = new Map<string, Account>();
  private readonly users = new Map<string, Account & { password: string }>();
  private readonly open: boolean;

  constructor(apiKeys?: readonly (string | ApiKeyConfig)[], users?: readonly BasicUserConfig[]) {
    this.open = apiKeys === undefined && users === undefined;
    for (const entry of apiKeys ?? []) {
      const config = typeof entry === "string" ? { key: entry } : entry;
      this.keys.set(config.key, account(config));
    }
    for (const user of users ?? [])
      this.users.set(user.username, { ...account(user), password: user.password });
  }

  /**
   * The first step of every operation, with ServiceStack's answers: 401 without valid credentials, 403
   * when the operation needs the role `User` and the caller lacks it.
   */
  authenticate(header: string | undefined, requiresUser: boolean): Identity | Answer {
    const identity = this.identify(header ?? "");
    if (!identity) {
      return jsonAnswer(401, errorBody("Unauthorized", "Not Authenticated"), {
        "WWW-Authenticate": 'Bearer realm="evovoice-mock"',
      });
    }
    if (requiresUser && !identity.isUser) return jsonAnswer(403, errorBody("Forbidden", "Invalid Role"));
    return identity;
  }

  private identify(header: string): Identity | undefined {
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

function account(config: { roles?: readonly string[]; accountId?: string }): Account {
  return { roles: config.roles ?? OPEN_ACCOUNT.roles, accountId: config.accountId ?? OPEN_ACCOUNT.accountId };
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
