import { describe, expect, test } from 'vitest';
import { InOrder } from '../../src/cli/in-order';

/** A promise settled by hand. */
function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('InOrder', () => {
  test('consumes in push order whatever order the results finish in', async () => {
    const seen: number[] = [];
    const q = new InOrder<number>(10, (v) => void seen.push(v));
    const d = [deferred<number>(), deferred<number>(), deferred<number>()];
    for (const x of d) await q.push(x.promise);
    await q.push(4);
    d[2]!.resolve(3);
    d[1]!.resolve(2);
    await tick();
    expect(seen).toEqual([]);
    d[0]!.resolve(1);
    await q.finish();
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  test('push waits while the window is full: memory stays bounded', async () => {
    const q = new InOrder<number>(2, () => undefined);
    const first = deferred<number>();
    await q.push(first.promise);
    await q.push(2);
    let third = false;
    const pushing = q.push(3).then(() => (third = true));
    await tick();
    expect(third).toBe(false);
    first.resolve(1);
    await pushing;
    expect(third).toBe(true);
    await q.finish();
  });

  test('the first failure ends the run, later results are not consumed, nothing is left unhandled', async () => {
    const seen: number[] = [];
    const q = new InOrder<number>(10, (v) => void seen.push(v));
    const failing = deferred<number>();
    await q.push(1);
    await q.push(failing.promise);
    await q.push(Promise.reject(new Error('second failure')));
    await q.push(4);
    failing.reject(new Error('worker died'));
    await expect(q.finish()).rejects.toThrow('worker died');
    expect(seen).toEqual([1]);
  });

  test('a consumer that throws (a full disk) fails the run', async () => {
    const q = new InOrder<number>(10, () => {
      throw new Error('ENOSPC');
    });
    await q.push(1);
    await expect(q.finish()).rejects.toThrow('ENOSPC');
  });
});
