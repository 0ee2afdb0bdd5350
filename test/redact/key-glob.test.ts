import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileKeyGlobs, globMatch } from '../../src/redact/key-glob';

describe('globMatch', () => {
  test.each([
    ['password', 'password', true],
    ['password', 'passwords', false],
    ['*token*', 'token', true],
    ['*token*', 'x_token_y', true],
    ['*token*', 'tokne', false],
    ['api?key', 'api-key', true],
    ['api?key', 'apikey', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXcYYb', false],
    ['*', '', true],
    ['**', 'anything', true],
    ['x-*-id', 'x--id', true],
  ])('%s ~ %s → %s', (glob, key, expected) => {
    expect(globMatch(glob, key)).toBe(expected);
  });

  test('agrees with a direct definition of * and ? on random globs and keys', () => {
    // Reference: a glob is a regular language; this test-only dynamic program decides it exactly.
    const reference = (g: string, k: string): boolean => {
      const ok: boolean[][] = Array.from({ length: g.length + 1 }, () => new Array<boolean>(k.length + 1).fill(false));
      ok[0]![0] = true;
      for (let i = 1; i <= g.length; i++) {
        for (let j = 0; j <= k.length; j++) {
          const c = g[i - 1];
          if (c === '*') ok[i]![j] = ok[i - 1]![j]! || (j > 0 && ok[i]![j - 1]!);
          else ok[i]![j] = j > 0 && ok[i - 1]![j - 1]! && (c === '?' || c === k[j - 1]);
        }
      }
      return ok[g.length]![k.length]!;
    };
    const glob = fc.string({ unit: fc.constantFrom('a', 'b', '*', '?'), maxLength: 8 });
    const key = fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 10 });
    fc.assert(fc.property(glob, key, (g, k) => globMatch(g, k) === reference(g, k)), { numRuns: 2000 });
  });
});

describe('compileKeyGlobs', () => {
  test('no globs, no matcher: the walker skips the check', () => {
    expect(compileKeyGlobs([])).toBeUndefined();
  });

  test('exact names, contains-globs and general globs, all case-insensitive', () => {
    const m = compileKeyGlobs(['Password', '*TOKEN*', 'x-*-secret', 'pin?'])!;
    expect(['password', 'my_token', 'x-api-secret', 'pin1'].map(m)).toEqual([true, true, true, true]);
    expect(['pass', 'toke', 'x-secret', 'pin'].map(m)).toEqual([false, false, false, false]);
  });
});
