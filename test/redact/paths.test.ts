import { describe, expect, test } from 'vitest';
import { compilePaths, parsePath, type PathState } from '../../src/redact/paths';

/** Follows lower-cased names from the root; undefined stands for an unnamed level. */
function at(root: PathState | null, ...names: (string | undefined)[]): PathState | null {
  let s = root;
  for (const n of names) s = s === null ? null : n === undefined ? s.stepUnnamed() : s.step(n);
  return s;
}

describe('parsePath', () => {
  test('dots, brackets, quotes and wildcards', () => {
    expect(parsePath('req.headers["set-cookie"][0].*.**')).toEqual([
      { kind: 'name', name: 'req' },
      { kind: 'name', name: 'headers' },
      { kind: 'name', name: 'set-cookie' },
      { kind: 'name', name: '0' },
      { kind: 'any' },
      { kind: 'deep' },
    ]);
    expect(parsePath("a['*']")).toEqual([{ kind: 'name', name: 'a' }, { kind: 'name', name: '*' }]);
    expect(parsePath('A[*]')).toEqual([{ kind: 'name', name: 'a' }, { kind: 'any' }]);
  });

  test.each(['', 'a..b', 'a.', '.a', 'a[', 'a[x]', 'a["b]', 'a[0]b', 'a.[0]'])('rejects %j', (bad) => {
    expect(() => parsePath(bad)).toThrow(/'.*':/);
  });
});

describe('compilePaths', () => {
  test('no patterns, no automaton', () => {
    expect(compilePaths({ censor: [], skip: [] })).toBeNull();
  });

  test('a name, * for one level, ** for zero or more', () => {
    const root = compilePaths({ censor: ['a.b', 'x.*.y', '**.key'], skip: [] });
    expect(at(root, 'a', 'b')?.censor).toBe(true);
    expect(at(root, 'a', 'c')?.censor ?? false).toBe(false);
    expect(at(root, 'x', 'anything', 'y')?.censor).toBe(true);
    expect(at(root, 'x', undefined, 'y')?.censor).toBe(true);
    expect(at(root, 'x', 'y')?.censor ?? false).toBe(false);
    expect(at(root, 'key')?.censor).toBe(true);
    expect(at(root, 'p', 'q', undefined, 'key')?.censor).toBe(true);
  });

  test('a state knows whether a censor can still match below it', () => {
    const root = compilePaths({ censor: ['a.b.c'], skip: ['s'] });
    expect(root?.censorBelow).toBe(true);
    expect(at(root, 'a', 'b')?.censorBelow).toBe(true);
    expect(at(root, 'z')).toBeNull();
    expect(at(root, 's')?.skip).toBe(true);
    expect(at(root, 's')?.censorBelow).toBe(false);
  });

  test('states are shared: the same position reached twice is the same object', () => {
    const root = compilePaths({ censor: ['**.k'], skip: [] });
    expect(at(root, 'a')).toBe(at(root, 'b', 'c'));
  });
});
