import bundledSpec from "../../openapi.json";
import type { FaultRequest } from "../fault.js";
import type { MockOptions } from "../options.js";
import type { RecordedMessage } from "../records.js";
import { Authenticator } from "./auth.js";
import { Delays } from "./delays.js";
import { FaultQueue } from "./faults.js";
import { CappedList } from "./record/capped-list.js";
import { Directory } from "./record/directory.js";
import { messageIds } from "./record/message-info.js";
import { compileValidators, type Validators } from "./validation/validators.js";

/** One mock's state and settings, built once from its options; each form answers with one. */
export interface MockService {
  validators: Validators;
  auth: Authenticator;
  directory: Directory;
  /** The record: messages sent and incoming, oldest first. */
  messages: CappedList<RecordedMessage>;
  /** The requests to the three operations' routes, oldest first. */
  requests: CappedList<FaultRequest>;
  faults: FaultQueue;
  delays: Delays;
  maxBodyBytes: number;
  pageBase: 0 | 1;
  defaultCountPerPage: number;
  nextId: () => string;
  /** Records a message and tells `onMessage`. */
  record(message: RecordedMessage): void;
}

export const DEFAULTS = {
  maxBodyBytes: 1024 * 1024,
  maxMessages: 10_000,
  pageBase: 0,
  defaultCountPerPage: 50,
} as const;

export function createMockService(options: MockOptions): MockService {
  const maxMessages = checked("maxMessages", options.maxMessages ?? DEFAULTS.maxMessages, true);
  const defaultCountPerPage = checked(
    "defaultCountPerPage",
    options.defaultCountPerPage ?? DEFAULTS.defaultCountPerPage,
  );
  const pageBase = options.pageBase ?? DEFAULTS.pageBase;
  if (pageBase !== 0 && pageBase !== 1) throw new RangeError("pageBase is 0 or 1.");
  // JSON imported into the bundle rather than read from disk: the fetch and MSW forms run in browsers.
  const validators = compileValidators(options.spec ?? bundledSpec);
  const messages = new CappedList<RecordedMessage>(maxMessages);
  return {
    validators,
    auth: new Authenticator(options.apiKeys, options.users),
    directory: new Directory(options.sessions, options.endpoints),
    messages,
    requests: new CappedList(maxMessages),
    faults: new FaultQueue(validators.statuses),
    delays: new Delays(),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    pageBase,
    defaultCountPerPage,
    nextId: messageIds(),
    record(message) {
      messages.push(message);
      options.onMessage?.(message);
    },
  };
}

/** Clears the record, the requests and the faults, and ends the requests waiting in a delay. */
export function resetMockService(service: MockService): void {
  service.messages.clear();
  service.requests.clear();
  service.faults.clear();
  service.delays.cancelAll();
}

function checked(name: string, value: number, infinite = false): number {
  if (Number.isInteger(value) && value >= 1) return value;
  if (infinite && value === Number.POSITIVE_INFINITY) return value;
  throw new RangeError(`${name} is a whole number, 1 or more${infinite ? ", or Infinity" : ""}.`);
}
