export {
  createMockFetch,
  type MockFetch,
  type MockFetchFunction,
  type MockFetchOptions,
} from "./create-mock-fetch.js";
export type { Fault, FaultRequest, InjectedFault } from "./fault.js";
export type { MockControls } from "./mock-controls.js";
export type {
  ApiKeyConfig,
  BasicUserConfig,
  EndpointConfig,
  MockOptions,
  MockServerOptions,
  SessionConfig,
} from "./options.js";
export type {
  AuthKind,
  ConversationInfo,
  IncomingMessageInput,
  MessageDirection,
  MessageInfo,
  OperationName,
  ReceivedMessage,
  RecordedMessage,
  RouteName,
  SendMessageRequest,
  SendRouteName,
  SentMessage,
} from "./records.js";
export { type MockServer, startMockServer } from "./start-mock-server.js";
