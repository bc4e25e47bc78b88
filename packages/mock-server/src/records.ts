import type { components } from "@evovoice-sdk/client";

// The wire types come from the spec, through the SDK's generated `components`, so a field added to or
// retyped in the spec changes them here too. The spec marks every field optional, as ServiceStack does;
// the mock always fills them in, so its types say which ones a test can rely on.
type Schemas = components["schemas"];
/** `T` with every field required except those in `Optional`, flattened for readable hovers. */
type Filled<T, Optional extends keyof T = never> = {
  [K in keyof T as K extends Optional ? never : K]-?: Exclude<T[K], undefined>;
} & { [K in Optional]?: T[K] };

/** Whether a message came in to the endpoint or went out from it (`MessageDirections`). */
export type MessageDirection = Schemas["MessageDirections"];

/** A stored message as the mock answers with it (`MessageInfo`); only `text` may be left out. */
export type MessageInfo = Filled<Omit<Schemas["MessageInfo"], "direction">, "text"> & {
  direction: MessageDirection;
};

/** A conversation as `GET /conversations` answers with it (`ConversationInfo`), every field set. */
export type ConversationInfo = Filled<Omit<Schemas["ConversationInfo"], "mostRecentMessage">> & {
  mostRecentMessage: MessageInfo;
};

/** The `SendMessage` request as the server bound it (path, body or query string). */
export type SendMessageRequest = Schemas["SendMessage"];

/** The three operations the mock serves, by their ServiceStack request DTO names. */
export type OperationName = "SendMessage" | "ListMessages" | "ListConversations";

/** How the caller authenticated: Bearer token, Basic user and password, or an API key as the Basic user name. */
export type AuthKind = "bearer" | "basic" | "basic-api-key";

/** The routes a message can be sent on: SendMessage's two, and ServiceStack's predefined ones. */
export type SendRouteName =
  | "/sessions/{sessionId}/messages"
  | "/messages"
  | "/json/reply/SendMessage"
  | "/api/SendMessage";

/** Every route the mock serves. `/messages` is ListMessages for GET and SendMessage for other verbs. */
export type RouteName =
  | SendRouteName
  | "/conversations"
  | "/json/reply/ListMessages"
  | "/api/ListMessages"
  | "/json/reply/ListConversations"
  | "/api/ListConversations";

/** A message the server accepted from a client and stored. */
export interface SentMessage {
  route: SendRouteName;
  /** The HTTP verb; `/messages` takes every verb but GET, as ServiceStack's "All Verbs" route does. */
  method: string;
  auth: AuthKind;
  /** The API key or Basic user name that sent it (a test fixture, so kept for assertions). */
  principal: string;
  request: SendMessageRequest;
  /** Exactly what the server answered with. */
  response: MessageInfo;
}

/** What `receive()` takes: a reply that came in to one of your endpoints. */
export interface IncomingMessageInput {
  /** The endpoint that received it; it must be known when `endpoints` is configured. */
  endpointId: string;
  /** The other party, e.g. `+15556667777`; the message's `otherAddress` and `sender`. */
  fromAddress: string;
  /** Left out of the message when not given, as ServiceStack leaves out nulls. */
  text?: string;
  /** @default the account of the conversation's latest message, else `"mock-account"` */
  accountId?: string;
}

/**
 * A message recorded by `receive()`, as if the phone had replied. It came over no HTTP request, so it
 * has no verb, credentials or SendMessage fields; they are typed as absent, so code written for
 * {@link SentMessage} (`m.auth`, `m.request.body`) still compiles over the whole record.
 */
export interface ReceivedMessage {
  route: "receive";
  method?: undefined;
  auth?: undefined;
  principal?: undefined;
  request: IncomingMessageInput & {
    [K in Exclude<keyof SendMessageRequest, keyof IncomingMessageInput>]?: undefined;
  };
  /** The stored message: `direction: "Incoming"`, `isUnread: true`. */
  response: MessageInfo;
}

/** One entry of the record: a message sent through the API or received with `receive()`. */
export type RecordedMessage = SentMessage | ReceivedMessage;
