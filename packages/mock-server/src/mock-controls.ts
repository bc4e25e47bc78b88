import type { Fault, FaultRequest, InjectedFault } from "./fault.js";
import type { IncomingMessageInput, MessageInfo, RecordedMessage } from "./records.js";

/** What every form of the mock has: its record, the requests, incoming messages, faults and a reset. */
export interface MockControls {
  /**
   * The recorded messages, sent and received, oldest first, at most `maxMessages` of them. A copy
   * taken when read: read it again after more requests.
   */
  readonly messages: readonly RecordedMessage[];
  /** How many of the oldest messages the `maxMessages` cap removed since the start or `reset()`. */
  readonly dropped: number;
  /**
   * Every request to a route of the three operations, oldest first, recorded once its body was read
   * and before a fault or the operation acted on it: refused, faulted and dropped ones too. At most
   * `maxMessages` of them, the newest. A copy taken when read, like `messages`. Preflights, unknown
   * paths, 405s and bodies over the size limit are not recorded.
   */
  readonly requests: readonly FaultRequest[];
  /**
   * Records a message that came in to an endpoint, as if the phone had replied, and returns it:
   * `direction: "Incoming"`, `isUnread: true`. It shows in `GET /messages` and `GET /conversations`.
   * @example
   * mock.receive({ endpointId: "E1", fromAddress: "+15556667777", text: "Thanks!" });
   */
  receive(message: IncomingMessageInput): MessageInfo;
  /**
   * Queues a fault for the next matching requests to a route of the three operations (preflights,
   * unknown paths and 405s never take one). Each request takes at most one fault, the oldest whose
   * `match` accepts it, once its body has been read; a request whose body is over the size limit
   * takes none.
   */
  inject(fault: Fault): InjectedFault;
  /**
   * Clears the record, `dropped`, `requests` and the queued faults, and drops the requests waiting in
   * a delay.
   */
  reset(): void;
}
