import { describe, expect, test } from 'vitest';
import { progressLine, ProgressBar } from '../../src/cli/progress';

const stats = { lines: 10, records: 8, withheld: 0, types: { EMAIL: 1200, PHONE: 30, IPV4: 1200 } };

describe('progress line', () => {
  test('with a known total: percent, bar, bytes, MB/s and findings by type (most first, ties by name)', () => {
    expect(progressLine({ done: 250_000_000, total: 1_000_000_000, seconds: 2, stats }, 200)).toBe(
      ' 25% ███░░░░░░░░░ 250.0 MB / 1.0 GB · 125.0 MB/s · 2,430 findings: EMAIL 1,200 IPV4 1,200 PHONE 30',
    );
  });

  test('from a pipe: no total, so no bar', () => {
    expect(progressLine({ done: 1_500, total: undefined, seconds: 0.5, stats: { ...stats, types: {} } }, 200)).toBe('1.5 kB · 0.0 MB/s · 0 findings');
  });

  test('cut to the terminal width', () => {
    const line = progressLine({ done: 250_000_000, total: 1_000_000_000, seconds: 2, stats }, 40);
    expect(line).toHaveLength(40);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('ProgressBar', () => {
  test('draws at most every 200 ms, never in the first 200 ms, and clears its line', () => {
    let now = 1000;
    const written: string[] = [];
    const bar = new ProgressBar({ columns: 80, write: (s) => (written.push(s), true) }, () => now);
    const state = () => ({ done: 1_000_000, total: undefined, seconds: (now - 1000) / 1000, stats });
    bar.update(state);
    now += 150;
    bar.update(state);
    expect(written).toEqual([]);
    now += 100;
    bar.update(state);
    now += 100;
    bar.update(state);
    expect(written).toEqual(['\r\x1b[2K1.0 MB · 4.0 MB/s · 2,430 findings: EMAIL 1,200 IPV4 1,200 PHONE 30']);
    bar.clear();
    bar.clear();
    expect(written.slice(1)).toEqual(['\r\x1b[2K']);
  });
});
