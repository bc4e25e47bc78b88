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
export type { Messages } from "./messages.js";
export type {
  EvoVoiceOptions,
  MessageDirection,
  MessageInfo,
  SendMessageInput,
  SendOptions,
} from "./types.js";
