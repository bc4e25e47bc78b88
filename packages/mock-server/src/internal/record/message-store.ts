import type { RecordedMessage } from "../../records.js";
import { Entry } from "./entry.js";
import { type Entries, Sequence } from "./sequence.js";

const NONE: Entries = { size: 0, at: () => undefined as unknown as Entry };

/**
 * The record, oldest first, capped at `capacity` entries: past it the oldest go and `dropped` counts
 * them. Each endpoint's entries are also kept apart, in the same order: a page of one endpoint's
 * messages, the usual query, reads only those.
 */
export class MessageStore implements Entries {
  private all = new Sequence();
  private byEndpoint = new Map<string, Sequence>();
  private snapshot: readonly RecordedMessage[] | undefined;
  /** How many of the oldest entries the cap removed since the start or the last `reset()`. */
  dropped = 0;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.all.size;
  }

  at(index: number): Entry {
    return this.all.at(index);
  }

  /** The entries the endpoint sent or received, oldest first. */
  ofEndpoint(endpointId: string): Entries {
    return this.byEndpoint.get(endpointId) ?? NONE;
  }

  /** Returns true when this entry pushed the oldest one out. */
  add(record: RecordedMessage): boolean {
    const entry = new Entry(record);
    this.all.push(entry);
    const endpointId = record.response.endpointId;
    let own = this.byEndpoint.get(endpointId);
    if (!own) {
      own = new Sequence();
      this.byEndpoint.set(endpointId, own);
    }
    own.push(entry);
    this.snapshot = undefined;
    if (this.all.size <= this.capacity) return false;
    // The oldest entry of all is also the oldest of its endpoint.
    const oldest = this.all.dropOldest().record.response.endpointId;
    const its = this.byEndpoint.get(oldest) as Sequence;
    its.dropOldest();
    if (its.size === 0) this.byEndpoint.delete(oldest);
    this.dropped++;
    return true;
  }

  /**
   * The records, oldest first: a copy taken when first read after a change, so reading it in a loop
   * costs nothing and a test that holds it sees what was there when it read it.
   */
  get messages(): readonly RecordedMessage[] {
    if (!this.snapshot) {
      const records: RecordedMessage[] = new Array(this.size);
      for (let i = 0; i < records.length; i++) records[i] = this.at(i).record;
      this.snapshot = records;
    }
    return this.snapshot;
  }

  reset(): void {
    this.all = new Sequence();
    this.byEndpoint = new Map();
    this.dropped = 0;
    this.snapshot = undefined;
  }
}
