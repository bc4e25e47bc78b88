/**
 * The waits of `delayMs` faults, so that closing the server or resetting the mock can end them at
 * once instead of leaving a request to be handled in the next test.
 */
export class Delays {
  private readonly pending = new Set<(alive: boolean) => void>();

  /** Resolves true after `ms`, or false as soon as {@link cancelAll} is called. */
  wait(ms: number): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => finish(true), ms);
      const finish = (alive: boolean) => {
        clearTimeout(timer);
        this.pending.delete(finish);
        resolve(alive);
      };
      this.pending.add(finish);
    });
  }

  cancelAll(): void {
    for (const finish of [...this.pending]) finish(false);
  }
}
