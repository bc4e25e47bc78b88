import type { Entry } from "./entry.js";

/** Entries oldest first, read by index: the whole record, or one endpoint's part of it. */
export interface Entries {
  readonly size: number;
  /** The entry at `index`, counted from the oldest; `index` must be below `size`. */
  at(index: number): Entry;
}

/**
 * A queue with a moving start rather than `shift()`, which V8 makes O(n) once an array is past about
 * 10,000 elements; it is compacted when the part dropped is at least as long as the part kept.
 */
export class Sequence implements Entries {
  private items: (Entry | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  at(index: number): Entry {
    return this.items[this.head + index] as Entry;
  }

  push(entry: Entry): void {
    this.items.push(entry);
  }

  dropOldest(): Entry {
    const oldest = this.at(0);
    this.items[this.head++] = undefined;
    if (this.head >= 64 && this.head >= this.size) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return oldest;
  }
}
