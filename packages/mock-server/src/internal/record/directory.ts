import type { EndpointConfig, SessionConfig } from "../../options.js";

export type Session = Required<SessionConfig>;
export type Endpoint = Required<EndpointConfig>;

const DEFAULT_ENDPOINT_ID = "mock-endpoint";
const DEFAULT_CUSTOMER_ID = "mock-customer";

/**
 * The sessions and endpoints the server knows. A list that is not given means "every ID is
 * known", so a demo works without setup; a given list (even an empty one) is exact.
 */
export class Directory {
  private readonly sessions?: Map<string, Session>;
  private readonly endpoints?: Map<string, Endpoint>;

  constructor(
    sessions?: readonly (string | SessionConfig)[],
    endpoints?: readonly (string | EndpointConfig)[],
  ) {
    if (sessions) this.sessions = new Map(sessions.map((entry) => toSession(entry)).map((s) => [s.id, s]));
    if (endpoints)
      this.endpoints = new Map(endpoints.map((entry) => toEndpoint(entry)).map((e) => [e.id, e]));
  }

  session(id: string): Session | undefined {
    return this.sessions ? this.sessions.get(id) : toSession(id);
  }

  endpoint(id: string): Endpoint | undefined {
    return this.endpoints ? this.endpoints.get(id) : toEndpoint(id);
  }

  /** The endpoint a session's messages go out from, known or not. */
  endpointOf(session: Session): Endpoint {
    return this.endpoints?.get(session.endpointId) ?? toEndpoint(session.endpointId);
  }

  /** An endpoint a reply can come in to: a known one, or the endpoint of a known session. */
  receivingEndpoint(id: string): Endpoint | undefined {
    const known = this.endpoint(id);
    if (known || !this.sessions) return known;
    for (const session of this.sessions.values())
      if (session.endpointId === id) return this.endpointOf(session);
    return undefined;
  }
}

function toSession(entry: string | SessionConfig): Session {
  const config = typeof entry === "string" ? { id: entry } : entry;
  return {
    id: config.id,
    endpointId: config.endpointId ?? DEFAULT_ENDPOINT_ID,
    otherAddress: config.otherAddress ?? "+15550002222",
    customerId: config.customerId ?? DEFAULT_CUSTOMER_ID,
  };
}

function toEndpoint(entry: string | EndpointConfig): Endpoint {
  const config = typeof entry === "string" ? { id: entry } : entry;
  return {
    id: config.id,
    displayName: config.displayName ?? "Mock endpoint",
    address: config.address ?? "+15550001111",
    customerId: config.customerId ?? DEFAULT_CUSTOMER_ID,
  };
}
