import { describe, expect, it } from 'vitest';
import { emptyAccuracy } from '../../../bench/measure/accuracy';
import { chart } from '../../../bench/report/chart';
import { markdown, targets } from '../../../bench/report/markdown';
import { worstDoubling, type ContenderResult, type Results } from '../../../bench/report/results';

function contender(name: string, group: ContenderResult['group'], mbps: number, smallUs: number, scale: (number | undefined)[]): ContenderResult {
  const accuracy = emptyAccuracy();
  for (const t of Object.values(accuracy.recall)) Object.assign(t, { hit: 200, total: 200 });
  accuracy.recall.IBAN.hit = 198;
  return {
    name,
    group,
    config: 'test',
    accuracy,
    firstCallMs: 1,
    throughput: { mbps, runs: 5, bytes: 1e6, records: 100 },
    smallUs,
    scaling: [16, 32, 64, 128].map((kb, i) => ({ kb, ms: scale[i] })),
  };
}

const results: Results = {
  mode: 'full',
  date: '2026-11-29T00:00:00.000Z',
  machine: { node: '20.20.2', cpu: 'test cpu', cores: 2 },
  corpus: { seed: 1, records: 100, bytes: 1e6, piiRecords: 30, planted: 50, lookalikes: 80, smallRecords: 10, smallAvgBytes: 300 },
  contenders: [
    contender('V8 20 regexes, one by one', 'v8-baseline', 10, 30, [4, 16, 64, 256]),
    contender('V8 one alternation', 'v8-baseline', 20, 20, [2, 4, 8, 16]),
    contender('scrubline (re2)', 'scrubline', 120, 4, [0.1, 0.2, 0.4, 0.8]),
    contender('scrubline (re2-wasm)', 'scrubline', 15, 40, [3000, undefined, undefined, undefined]),
  ],
  unavailable: [{ name: 'openredaction', reason: 'not installed' }],
  loggers: [{ logger: 'pino 10', how: 'hook', plainUs: 10, scrubbedUs: 15 }],
  pathological: [
    { name: 'scrubline (re2)', chars: 100_000, ms: 0.5 },
    { name: 'V8 RegExp', chars: 5000, ms: 17 },
  ],
};

describe('targets', () => {
  it('checks each target against the numbers of the same run', () => {
    const t = Object.fromEntries(targets(results).map((r) => [r.target, r]));
    expect(t['node-re2 ≥ 10× the naive baseline (MB/s)']).toMatchObject({ measured: '12.0×', met: true });
    expect(t['node-re2 ≥ 4× the V8 alternation (MB/s)']).toMatchObject({ measured: '6.00×', met: true });
    expect(t['node-re2 recall ≥ 99.5 % on every type']).toMatchObject({ measured: 'lowest 99.0 % (IBAN)', met: false });
    expect(t['re2-wasm ≥ 2× the naive baseline (MB/s)']).toMatchObject({ met: false });
    expect(t['scrubline (re2): time per doubling of the blob ≤ 2.2×']).toMatchObject({ measured: 'worst 2.00×', met: true });
    expect(t['scrubline (re2-wasm): time per doubling of the blob ≤ 2.2×']).toMatchObject({ met: false });
    expect(t['node-re2 ≤ 5 µs per ~300 B record']).toMatchObject({ measured: '4.00 µs', met: true });
  });
});

describe('worstDoubling', () => {
  it('is 2 for linear growth, 4 for quadratic, and ignores skipped sizes', () => {
    expect(worstDoubling([16, 32, 64].map((kb) => ({ kb, ms: kb / 8 })))).toBe(2);
    expect(worstDoubling([16, 32, 64].map((kb) => ({ kb, ms: (kb * kb) / 64 })))).toBe(4);
    expect(worstDoubling([{ kb: 16, ms: 1 }, { kb: 32, ms: undefined }])).toBeNaN();
  });
});

describe('markdown and chart', () => {
  it('report every contender, the skipped ones and the logger overhead', () => {
    const md = markdown(results, 'chart.svg');
    for (const c of results.contenders) expect(md).toContain(`| ${c.name} |`);
    expect(md).toContain('openredaction**: not run: not installed');
    expect(md).toContain('![Throughput and scaling](chart.svg)');
    expect(md).toContain('| IBAN (200) | 99.0 | 99.0 | 99.0 | 99.0 |');
    expect(md).toContain('| pino 10 |');
    expect(md).toContain('| scrubline (re2) | 100,000 | 0.50 ms |');
  });

  it('draws one bar per contender and one line per measured series', () => {
    const svg = chart(results);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    for (const c of results.contenders) expect(svg).toContain(`>${c.name}</text>`);
    // re2-wasm has one point only: a dot, no line.
    expect(svg.match(/<polyline/g)).toHaveLength(3);
    expect(svg).toContain('scrubline (re2-wasm) (stopped: over budget)');
  });
});
