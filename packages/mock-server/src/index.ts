export type { Fault, FaultRequest, InjectedFault } from "./fault.js";
export type {
  ApiKeyConfig,
  BasicUserConfig,
  EndpointConfig,
  MockServerOptions,
  SessionConfig,
} from "./options.js";
export type {
  AuthKind,
  MessageDirection,
  MessageInfo,
  RecordedMessage,
  RouteName,
  SendMessageRequest,
} from "./records.js";
export { type MockServer, startMockServer } from "./start-mock-server.js";
