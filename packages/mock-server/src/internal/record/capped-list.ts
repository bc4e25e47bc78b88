/**
 * A list that keeps the newest `capacity` items: past it the oldest go and `dropped` counts them, so
 * memory stays bounded however long the mock runs.
 */
export class CappedList<T> {
  private list: T[] = [];
  private copy: readonly T[] | undefined;
  dropped = 0;

  constructor(private readonly capacity: number) {}

  push(item: T): void {
    this.list.push(item);
    this.copy = undefined;
    if (this.list.length <= this.capacity) return;
    this.list.shift();
    this.dropped++;
  }

  /** The items, oldest first, for reading only. */
  get items(): readonly T[] {
    return this.list;
  }

  /**
   * A copy of the items, taken when first read after a change: what a test holds stays as it was, and
   * reading it again and again costs nothing.
   */
  get snapshot(): readonly T[] {
    this.copy ??= [...this.list];
    return this.copy;
  }

  clear(): void {
    this.list = [];
    this.copy = undefined;
    this.dropped = 0;
  }
}
