import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PropertyFailure, runProperty } from '../../src/testing/index';
import { failureOf } from './failure-of';

describe('runProperty', () => {
  it('returns quietly when the check holds', () => {
    expect(() => runProperty('always', fc.nat(), () => undefined)).not.toThrow();
  });

  it('throws a PropertyFailure that leads with the verdict on the shrunk counterexample', () => {
    const err = failureOf(() => runProperty('small', fc.nat(), (n) => (n >= 10 ? `${n} is not small` : undefined), { seed: 1 }));
    expect(err.counterexample).toBe(10);
    expect(err.message.split('\n')[0]).toBe('small failed: 10 is not small');
    expect(err.message).toMatch(/^Counterexample \(shrunk \d+ times?\): 10$/m);
    expect(err.name).toBe('PropertyFailure');
    expect(err).toBeInstanceOf(Error);
  });

  it('reports a run that could not complete', () => {
    const err = failureOf(() => runProperty('skips', fc.nat(), () => { fc.pre(false); return undefined; }, { seed: 1, numRuns: 2 }));
    expect(err).toBeInstanceOf(PropertyFailure);
    expect(err.counterexample).toBeUndefined();
    expect(err.message).toMatch(/^skips failed: /);
  });
});
