import bundledSpec from "../../openapi.json";
import type { MockOptions } from "../options.js";
import type { RecordedMessage } from "../records.js";
import { Authenticator } from "./auth/authenticator.js";
import { Delays } from "./delays.js";
import { FaultQueue } from "./faults.js";
import { Directory } from "./record/directory.js";
import { messageIds } from "./record/message-info.js";
import { MessageStore } from "./record/message-store.js";
import { compileValidators, type Validators } from "./validation/validators.js";

/** One mock: everything a request needs, built once from the options. Every form holds one. */
export interface Core {
  validators: Validators;
  auth: Authenticator;
  directory: Directory;
  store: MessageStore;
  faults: FaultQueue;
  delays: Delays;
  maxBodyBytes: number;
  pageBase: 0 | 1;
  defaultCountPerPage: number;
  nextId: () => string;
  /** Stores a message and tells `onMessage`. */
  record(record: RecordedMessage): void;
}

export const DEFAULTS = {
  maxBodyBytes: 1024 * 1024,
  maxMessages: 10_000,
  pageBase: 0,
  defaultCountPerPage: 50,
} as const;

export function createCore(options: MockOptions): Core {
  const maxMessages = checked("maxMessages", options.maxMessages ?? DEFAULTS.maxMessages, true);
  const defaultCountPerPage = checked(
    "defaultCountPerPage",
    options.defaultCountPerPage ?? DEFAULTS.defaultCountPerPage,
  );
  const pageBase = options.pageBase ?? DEFAULTS.pageBase;
  if (pageBase !== 0 && pageBase !== 1) throw new RangeError("pageBase is 0 or 1.");
  // JSON imported into the bundle rather than read from disk: the fetch and MSW forms run in browsers.
  const validators = compileValidators(options.spec ?? bundledSpec);
  const store = new MessageStore(maxMessages);
  const onMessage = options.onMessage;
  return {
    validators,
    auth: new Authenticator(options.apiKeys, options.users),
    directory: new Directory(options.sessions, options.endpoints),
    store,
    faults: new FaultQueue(validators.statuses),
    delays: new Delays(),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    pageBase,
    defaultCountPerPage,
    nextId: messageIds(),
    record(record) {
      store.add(record);
      onMessage?.(record);
    },
  };
}

/** Clears the record and the faults, and ends the requests waiting in a delay. */
export function resetCore(core: Core): void {
  core.store.reset();
  core.faults.clear();
  core.delays.cancelAll();
}

function checked(name: string, value: number, infinite = false): number {
  if (Number.isInteger(value) && value >= 1) return value;
  if (infinite && value === Number.POSITIVE_INFINITY) return value;
  throw new RangeError(`${name} is a whole number, 1 or more${infinite ? ", or Infinity" : ""}.`);
}
