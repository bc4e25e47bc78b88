import type { Fault, FaultRequest, InjectedFault } from "../fault.js";
import type { OperationName } from "../records.js";

interface Queued {
  fault: Fault;
  remaining: number;
  used: number;
  /** `whenUsed` promises still waiting; each returns true once it has settled. */
  waiting: Set<() => boolean>;
}

/**
 * Faults in the order they were injected. Each request takes at most one: the oldest whose `match`
 * accepts it and whose status (if any) the spec documents for the request's operation.
 */
export class FaultQueue {
  private queue: Queued[] = [];
  private readonly anyDocumented: ReadonlySet<number>;

  /** `documented`: the error statuses the spec documents for each operation. */
  constructor(private readonly documented: Readonly<Record<OperationName, ReadonlySet<number>>>) {
    this.anyDocumented = new Set(Object.values(documented).flatMap((statuses) => [...statuses]));
  }

  add(fault: Fault): InjectedFault {
    check(fault, this.anyDocumented);
    const queued: Queued = { fault, remaining: fault.times ?? 1, used: 0, waiting: new Set() };
    this.queue.push(queued);
    return {
      get remaining() {
        return queued.remaining;
      },
      get used() {
        return queued.used;
      },
      cancel: () => this.remove(queued),
      whenUsed: (count = 1) =>
        new Promise<void>((resolve, reject) => {
          const settle = () => {
            if (queued.used >= count) resolve();
            else if (queued.remaining > 0) return false;
            else
              reject(new Error(`The fault was removed after ${queued.used} of the ${count} uses awaited.`));
            return true;
          };
          if (!settle()) queued.waiting.add(settle);
        }),
    };
  }

  /** The fault this request takes, if any; a `match` that throws fails the request (a 500). */
  take(request: FaultRequest): Fault | undefined {
    const documented = this.documented[request.operation];
    const queued = this.queue.find(
      ({ fault }) =>
        (fault.status === undefined || documented.has(fault.status)) &&
        (!fault.match || fault.match(request)),
    );
    if (!queued) return undefined;
    queued.used++;
    if (--queued.remaining === 0) this.remove(queued);
    else notify(queued);
    return queued.fault;
  }

  /** Removes every fault; their handles then say `remaining: 0`, as after `cancel()`. */
  clear(): void {
    for (const queued of [...this.queue]) this.remove(queued);
  }

  private remove(queued: Queued): void {
    queued.remaining = 0;
    this.queue = this.queue.filter((other) => other !== queued);
    notify(queued);
  }
}

function notify(queued: Queued): void {
  for (const settle of queued.waiting) if (settle()) queued.waiting.delete(settle);
}

function check(fault: Fault, documented: ReadonlySet<number>): void {
  const effects = [fault.status !== undefined, fault.drop !== undefined, fault.malformed === true];
  if (effects.filter(Boolean).length > 1)
    throw new TypeError("A fault takes at most one of status, drop and malformed.");
  if (!effects.some(Boolean) && fault.delayMs === undefined)
    throw new TypeError("A fault needs status, drop, malformed or delayMs.");
  if (fault.status !== undefined && !documented.has(fault.status))
    throw new RangeError(`Status ${fault.status} is not one the spec documents for any operation.`);
  if (
    (fault.retryAfter !== undefined || fault.body !== undefined || fault.record) &&
    fault.status === undefined
  )
    throw new TypeError("retryAfter, body and record go with status.");
  if (fault.drop !== undefined && fault.drop !== "before-record" && fault.drop !== "after-record")
    throw new TypeError('drop is "before-record" or "after-record".');
  const times = fault.times ?? 1;
  if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times >= 1)))
    throw new RangeError("times is a positive integer or Infinity.");
  if (fault.delayMs !== undefined && !(fault.delayMs >= 0 && Number.isFinite(fault.delayMs)))
    throw new RangeError("delayMs is a finite number of milliseconds, 0 or more.");
}
