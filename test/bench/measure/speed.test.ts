import { describe, expect, it } from 'vitest';
import type { Contender } from '../../../bench/contenders/types';
import { prefixFor, scaling } from '../../../bench/measure/speed';

describe('prefixFor', () => {
  it('takes records until one run would take the budget at the given rate, never fewer than 50', () => {
    const bytes = Array.from({ length: 1000 }, () => 1000);
    // 1 MB/s for 100 ms is 100,000 bytes: 100 records of 1,000 B.
    expect(prefixFor(bytes, 1, 100)).toEqual({ records: 100, bytes: 100_000 });
    expect(prefixFor(bytes, 0.001, 100)).toEqual({ records: 50, bytes: 50_000 });
    expect(prefixFor(bytes, 1000, 1000)).toEqual({ records: 1000, bytes: 1_000_000 });
  });
});

describe('scaling', () => {
  const blobs = [16, 32, 64].map((kb) => ({ kb, line: 'x'.repeat(kb) }));

  it('stops a series after a call over the budget and marks the larger sizes skipped', async () => {
    let calls = 0;
    const slow: Contender = {
      name: 'slow',
      group: 'peer',
      config: '',
      redact: (line) => {
        calls++;
        // Busy for 30 ms on the same monotonic clock the bench reads (Date.now is too coarse).
        const until = performance.now() + 30;
        while (performance.now() < until);
        return line;
      },
    };
    const points = await scaling(slow, blobs, 10);
    expect(points.map((p) => p.kb)).toEqual([16, 32, 64]);
    // Over the 10 ms budget: the series stops after this size.
    expect(points[0]!.ms).toBeGreaterThan(10);
    expect(points.slice(1).map((p) => p.ms)).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
  });

  it('measures every size of a fast contender and awaits async ones', async () => {
    const fast: Contender = { name: 'fast', group: 'peer', config: '', redact: async (line) => line.toUpperCase() };
    const points = await scaling(fast, blobs, 1000);
    for (const p of points) expect(p.ms).toBeGreaterThanOrEqual(0);
  });
});
