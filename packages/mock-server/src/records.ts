/** The `SendMessage` request as the server bound it (path, body or query string). */
export interface SendMessageRequest {
  sessionId?: string;
  endpointId?: string;
  toAddress?: string;
  body?: string;
}

/** Whether a message came in to the endpoint or went out from it. */
export type MessageDirection = "Incoming" | "Outgoing";

/** The stored message the server answers with (`Voice.Api.Messaging.MessageInfo`). */
export interface MessageInfo {
  id: string;
  accountId: string;
  customerId: string;
  endpointId: string;
  endpointDisplayName: string;
  /** ISO 8601 date and time. */
  date: string;
  direction: MessageDirection;
  otherAddress: string;
  sender: string;
  /** Left out, like every null field, when the request had no `body`. */
  text?: string;
  isUnread: boolean;
}

/** How the caller authenticated: Bearer token, Basic user and password, or an API key as the Basic user name. */
export type AuthKind = "bearer" | "basic" | "basic-api-key";

/** The two routes of SendMessage. */
export type RouteName = "/sessions/{sessionId}/messages" | "/messages";

/** One message the server accepted and stored. */
export interface RecordedMessage {
  route: RouteName;
  /** The HTTP verb; `/messages` accepts every verb, as ServiceStack's "All Verbs" route does. */
  method: string;
  auth: AuthKind;
  /** The API key or Basic user name that sent it (a test fixture, so kept for assertions). */
  principal: string;
  request: SendMessageRequest;
  /** Exactly what the server answered with. */
  response: MessageInfo;
}
