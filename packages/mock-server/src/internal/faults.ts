import type { Fault, FaultRequest, InjectedFault } from "../fault.js";
import type { OperationName } from "../records.js";

interface Entry {
  fault: Fault;
  remaining: number;
  used: number;
}

/**
 * Faults in the order they were injected. Each request takes at most one: the oldest one whose
 * `match` accepts it and whose status (if any) the spec documents for the request's operation,
 * which is used up by one.
 */
export class FaultQueue {
  private entries: Entry[] = [];
  /** Every status the spec documents for at least one operation. */
  private readonly anyDocumented: ReadonlySet<number>;

  /** `documented`: the statuses the spec documents for each operation. */
  constructor(private readonly documented: Readonly<Record<OperationName, ReadonlySet<number>>>) {
    this.anyDocumented = new Set(Object.values(documented).flatMap((statuses) => [...statuses]));
  }

  add(fault: Fault): InjectedFault {
    check(fault, this.anyDocumented);
    const entry: Entry = { fault, remaining: fault.times ?? 1, used: 0 };
    this.entries.push(entry);
    const remove = () => {
      entry.remaining = 0;
      this.entries = this.entries.filter((other) => other !== entry);
    };
    return {
      get remaining() {
        return entry.remaining;
      },
      get used() {
        return entry.used;
      },
      cancel: remove,
    };
  }

  /** Takes the fault for this request, if any; a `match` that throws fails the request with 500. */
  take(request: FaultRequest): Fault | undefined {
    const documented = this.documented[request.operation];
    for (const entry of this.entries) {
      const { status, match } = entry.fault;
      if (status !== undefined && !documented.has(status)) continue;
      if (match && !match(request)) continue;
      entry.used++;
      if (--entry.remaining <= 0) this.entries = this.entries.filter((other) => other !== entry);
      return entry.fault;
    }
    return undefined;
  }

  get empty(): boolean {
    return this.entries.length === 0;
  }

  /** Removes every fault; their handles then say `remaining: 0`, as after `cancel()`. */
  clear(): void {
    for (const entry of this.entries) entry.remaining = 0;
    this.entries = [];
  }
}

function check(fault: Fault, documented: ReadonlySet<number>): void {
  const effects = [fault.status !== undefined, fault.drop !== undefined, fault.malformed === true];
  if (effects.filter(Boolean).length > 1)
    throw new TypeError("A fault takes at most one of status, drop and malformed.");
  if (!effects.some(Boolean) && fault.delayMs === undefined) {
    throw new TypeError("A fault needs status, drop, malformed or delayMs.");
  }
  if (fault.status !== undefined && !documented.has(fault.status)) {
    throw new RangeError(`Status ${fault.status} is not one the spec documents for any operation.`);
  }
  if (
    (fault.retryAfter !== undefined || fault.body !== undefined || fault.record) &&
    fault.status === undefined
  ) {
    throw new TypeError("retryAfter, body and record go with status.");
  }
  if (fault.drop !== undefined && fault.drop !== "before-record" && fault.drop !== "after-record") {
    throw new TypeError('drop is "before-record" or "after-record".');
  }
  const times = fault.times ?? 1;
  if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times >= 1))) {
    throw new RangeError("times is a positive integer or Infinity.");
  }
  if (fault.delayMs !== undefined && !(fault.delayMs >= 0 && Number.isFinite(fault.delayMs))) {
    throw new RangeError("delayMs is a finite number of milliseconds, 0 or more.");
  }
}
