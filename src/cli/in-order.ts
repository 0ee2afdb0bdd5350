type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Consumes results in the order they were pushed, whatever order they finish in, with at most
 * `limit` unconsumed at a time: `push` waits when the window is full, which is what keeps a
 * multi-gigabyte input in constant memory.
 */
export class InOrder<T> {
  private readonly window: Promise<void>[] = [];
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly limit: number,
    private readonly consume: (value: T) => Promise<void> | void,
  ) {}

  async push(result: T | Promise<T>): Promise<void> {
    // Settled at once, so a batch failing while earlier ones are pending is never "unhandled".
    const settled: Promise<Settled<T>> = Promise.resolve(result).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );
    this.tail = this.tail.then(async () => {
      const s = await settled;
      if (!s.ok) throw s.error;
      await this.consume(s.value);
    });
    // The first failure ends the run; later entries fail with it, and are awaited below or in finish().
    this.tail.catch(() => undefined);
    this.window.push(this.tail);
    while (this.window.length > this.limit) await this.window.shift();
  }

  /** Waits for everything pushed to be consumed; throws the first failure. */
  async finish(): Promise<void> {
    this.window.length = 0;
    await this.tail;
  }
}
