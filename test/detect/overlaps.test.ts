import { describe, expect, test } from 'vitest';
import type { CompiledRule } from '../../src/compile/policy';
import { resolveOverlaps } from '../../src/detect/overlaps';

const rule = (id: string, priority: number, order: number) => ({ id, type: id.toUpperCase(), priority, order }) as CompiledRule;
const a = rule('a', 0, 0);
const b = rule('b', 5, 1);
const c = rule('c', 0, 2);

describe('resolveOverlaps', () => {
  test('overlapping candidates merge into one region owned by the longest', () => {
    const out = resolveOverlaps([
      { rule: a, start: 0, end: 5 },
      { rule: c, start: 3, end: 12 },
      { rule: b, start: 20, end: 22 },
    ]);
    expect(out.map((r) => [r.winner.rule.id, r.start, r.end])).toEqual([
      ['c', 0, 12],
      ['b', 20, 22],
    ]);
  });

  test('equal lengths: higher priority, then the rule listed first', () => {
    expect(resolveOverlaps([{ rule: a, start: 0, end: 4 }, { rule: b, start: 1, end: 5 }])[0]!.winner.rule.id).toBe('b');
    expect(resolveOverlaps([{ rule: c, start: 1, end: 5 }, { rule: a, start: 0, end: 4 }])[0]!.winner.rule.id).toBe('a');
  });

  test('touching regions stay separate', () => {
    expect(resolveOverlaps([{ rule: a, start: 0, end: 4 }, { rule: c, start: 4, end: 8 }])).toHaveLength(2);
  });

  test('the result does not depend on candidate order', () => {
    const cands = [
      { rule: a, start: 5, end: 9 },
      { rule: b, start: 0, end: 6 },
      { rule: c, start: 8, end: 10 },
    ];
    const key = (xs: typeof cands) => resolveOverlaps(xs).map((r) => [r.winner.rule.id, r.start, r.end]);
    expect(key([...cands].reverse())).toEqual(key(cands));
    expect(key(cands)).toEqual([['b', 0, 10]]);
  });
});
