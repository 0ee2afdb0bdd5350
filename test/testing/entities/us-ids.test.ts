import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidSsn, usItin, usSsn } from '../../../src/testing/index';
import { usSsn as validSsn } from '../../../src/validators/us-ssn';

describe('usSsn', () => {
  it('passes the SSA-range validator, dashed or spaced by default', () => {
    fc.assert(
      fc.property(usSsn(), (ssn) => {
        expect(ssn).toMatch(/^\d{3}[- ]\d{2}[- ]\d{4}$/);
        expect(validSsn(ssn)).toBe(true);
      }),
    );
  });

  it('writes nine bare digits when asked', () => {
    expect(fc.sample(usSsn({ format: 'plain' }), 20).every((s) => /^\d{9}$/.test(s) && validSsn(s))).toBe(true);
  });
});

describe('invalidSsn', () => {
  it('has the shape of an SSN and fails the validator', () => {
    fc.assert(
      fc.property(invalidSsn(), (ssn) => {
        expect(ssn).toMatch(/^\d{3}[- ]\d{2}[- ]\d{4}$/);
        expect(validSsn(ssn)).toBe(false);
      }),
    );
  });
});

describe('usItin', () => {
  it('starts with 9 and has a group in the IRS ranges', () => {
    fc.assert(
      fc.property(usItin(), (itin) => {
        const [area, group] = itin.split(/[- ]/).map(Number) as [number, number];
        expect(area).toBeGreaterThanOrEqual(900);
        const inRange = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
        expect(inRange).toBe(true);
      }),
    );
  });
});
