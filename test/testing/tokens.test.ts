import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charsOf, listOf, randomToken } from '../../src/testing/tokens';
import { shannonEntropy } from '../../src/validators/entropy';

describe('randomToken', () => {
  it('uses only the alphabet, within the lengths, above the entropy floor', () => {
    fc.assert(
      fc.property(randomToken('abc123', 8, 20), (t) => {
        expect(t).toMatch(/^[abc123]{8,20}$/);
        expect(shannonEntropy(t)).toBeGreaterThanOrEqual(0.75 * Math.log2(6));
      }),
    );
  });
});

describe('charsOf', () => {
  it('never slips in the property names fc.string() mixes in', () => {
    const seen = fc.sample(charsOf('abcdefghijklmnopqrstuvwxyzIE_', 1, 30), { numRuns: 5000, seed: 3 });
    expect(seen.filter((s) => ['toString', 'valueOf', '__proto__', 'propertyIsEnumerable', 'constructor'].includes(s))).toEqual([]);
  });
});

describe('listOf', () => {
  it('turns an option into a list, defaulting to all', () => {
    expect(listOf(undefined, [1, 2])).toEqual([1, 2]);
    expect(listOf(3, [1, 2])).toEqual([3]);
    expect(listOf([4, 5], [1, 2])).toEqual([4, 5]);
  });
});
