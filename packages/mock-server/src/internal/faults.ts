import type { Fault, FaultRequest, InjectedFault } from "../fault.js";

const DOCUMENTED_STATUSES = new Set([400, 401, 403, 404, 429, 500, 503]);

interface Entry {
  fault: Fault;
  remaining: number;
  used: number;
}

/**
 * Faults in the order they were injected. Each request to either route takes at most one: the
 * oldest one whose `match` accepts it, which is used up by one.
 */
export class FaultQueue {
  private entries: Entry[] = [];

  add(fault: Fault): InjectedFault {
    check(fault);
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
    for (const entry of this.entries) {
      if (entry.fault.match && !entry.fault.match(request)) continue;
      entry.used++;
      if (--entry.remaining <= 0) this.entries = this.entries.filter((other) => other !== entry);
      return entry.fault;
    }
    return undefined;
  }

  get empty(): boolean {
    return this.entries.length === 0;
  }

  clear(): void {
    this.entries = [];
  }
}

function check(fault: Fault): void {
  const effects = [fault.status !== undefined, fault.drop !== undefined, fault.malformed === true];
  if (effects.filter(Boolean).length > 1)
    throw new TypeError("A fault takes at most one of status, drop and malformed.");
  if (!effects.some(Boolean) && fault.delayMs === undefined) {
    throw new TypeError("A fault needs status, drop, malformed or delayMs.");
  }
  if (fault.status !== undefined && !DOCUMENTED_STATUSES.has(fault.status)) {
    throw new RangeError(`Status ${fault.status} is not one the spec documents for SendMessage.`);
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
