export type { Middleware } from "openapi-fetch";
export type { APIPromise, PagePromise, WithResponse } from "./api-promise.js";
export { EvoVoice } from "./client.js";
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  EvoVoiceError,
  type FieldError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  type ResponseStatus,
  TimeoutError,
  type ValidationIssue,
} from "./errors.js";
export type { components, operations, paths } from "./generated/openapi.js";
export type { LogEvent } from "./internal/log.js";
export type { Api, ApiMethod, Route } from "./internal/request-core.js";
export type { Conversations } from "./resources/conversations.js";
export type { Messages } from "./resources/messages.js";
export type {
  ConversationInfo,
  EvoVoiceOptions,
  FetchLike,
  ListConversationsQuery,
  ListMessagesQuery,
  Logger,
  LogLevel,
  MessageDirection,
  MessageInfo,
  MessagePage,
  Override,
  RequestOptions,
  SendMessageInput,
  SendOptions,
  SortOrder,
} from "./types.js";
