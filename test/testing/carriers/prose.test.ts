import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inProse, plantedValues } from '../../../src/testing/index';

/** Values with characters that need care: quotes, a newline, an astral-plane emoji. */
const awkward = fc.constantFrom('jane@x.io', 'a "quoted" value', 'line\nbreak', '🙂 4111 1111 1111 1111');

describe('inProse', () => {
  it('plants the value once, with the span on it', () => {
    fc.assert(
      fc.property(awkward, fc.nat(), (value) => {
        const [planted] = fc.sample(inProse(fc.constant(value)), 1);
        expect(plantedValues(planted!)).toEqual([value]);
      }),
    );
  });

  it('puts punctuation right against the value', () => {
    const seen = fc.sample(inProse(fc.constant('VALUE')), { numRuns: 500, seed: 2 }).map((p) => p.text);
    expect(seen.some((t) => t.includes('(VALUE)'))).toBe(true);
    expect(seen.some((t) => t.includes('VALUE.'))).toBe(true);
    expect(seen.some((t) => t.includes('"VALUE"'))).toBe(true);
    expect(seen.some((t) => t.startsWith('VALUE'))).toBe(true);
  });

  it('shrinks to the bare value, so a counterexample is as short as it can be', () => {
    const details = fc.check(fc.property(inProse(fc.constant('VALUE')), () => false), { seed: 5 });
    expect(details.counterexample![0].text).toBe('VALUE');
  });
});
