import type { RecordedMessage } from "./records.js";

/** An API key the server accepts, as `Authorization: Bearer <key>` or as the Basic user name. */
export interface ApiKeyConfig {
  key: string;
  /**
   * The key's roles. SendMessage needs `User` (`Admin` has every role, as in ServiceStack) and
   * answers 403 without it; ListMessages and ListConversations need authentication and no role.
   * @default ["User"]
   */
  roles?: readonly string[];
  /** Written into `MessageInfo.accountId` for messages sent with this key. @default "mock-account" */
  accountId?: string;
}

/** A user name and password the server accepts over HTTP Basic. */
export interface BasicUserConfig {
  username: string;
  password: string;
  /** @default ["User"] */
  roles?: readonly string[];
  /** @default "mock-account" */
  accountId?: string;
}

/** A session that messages can be posted into. */
export interface SessionConfig {
  id: string;
  /** The endpoint the session belongs to, written into `MessageInfo.endpointId`. @default "mock-endpoint" */
  endpointId?: string;
  /** The other party of the session. @default "+15550002222" */
  otherAddress?: string;
  /** @default "mock-customer" */
  customerId?: string;
}

/** An endpoint (typically a phone number) that messages can be sent from. */
export interface EndpointConfig {
  id: string;
  /** @default "Mock endpoint" */
  displayName?: string;
  /** The endpoint's own address, written into `MessageInfo.sender`. @default "+15550001111" */
  address?: string;
  /** @default "mock-customer" */
  customerId?: string;
}

/**
 * The mock's behaviour, the same for each of its forms: `startMockServer`, `createMockFetch` and the
 * MSW handlers of `@evovoice-sdk/mock-server/msw`. Every field is optional.
 */
export interface MockOptions {
  /**
   * Accepted API keys; a string is a key with the role `User`. When neither `apiKeys` nor `users` is
   * given the mock is open: any non-empty Bearer token or Basic user name is accepted with the role
   * `User` (missing credentials are still answered 401).
   */
  apiKeys?: readonly (string | ApiKeyConfig)[];
  /** Accepted HTTP Basic user names and passwords. See `apiKeys` for what happens when both are omitted. */
  users?: readonly BasicUserConfig[];
  /**
   * Known sessions; any other session ID is answered 404. When omitted, every session ID is known
   * and gets the defaults of {@link SessionConfig}.
   */
  sessions?: readonly (string | SessionConfig)[];
  /**
   * Known endpoints; any other endpoint ID is answered 404. When omitted, every endpoint ID is known
   * and gets the defaults of {@link EndpointConfig}.
   */
  endpoints?: readonly (string | EndpointConfig)[];
  /**
   * The largest request body read, in bytes. A bigger body is answered 400 without being buffered.
   * @default 1048576 (1 MiB)
   */
  maxBodyBytes?: number;
  /**
   * The most messages the record keeps. Past it the oldest go, `dropped` counts them, and the CLI
   * says so once; memory stays bounded however long the mock runs.
   * @default 10000
   */
  maxMessages?: number;
  /**
   * How `page` counts on `GET /messages`: from 0, or from 1. The real server's base is not documented.
   * With 1, a missing `page` or `page=0` is the first page, as a C# server that clamps would answer.
   * @default 0
   */
  pageBase?: 0 | 1;
  /** The page size of `GET /messages` when the request gives no `countPerPage` (or 0). @default 50 */
  defaultCountPerPage?: number;
  /** The bundled OpenAPI document to validate against. @default the copy shipped in this package */
  spec?: object;
  /** Called with each message as it is recorded, sent or received. */
  onMessage?: (message: RecordedMessage) => void;
}

/** Options of `startMockServer`: the mock's behaviour and where it listens. */
export interface MockServerOptions extends MockOptions {
  /** @default 0 (an ephemeral port; read the real one from `url`) */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
}
