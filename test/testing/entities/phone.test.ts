import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phone, PHONE_COUNTRIES } from '../../../src/testing/index';

/** ITU country calling codes, independent of the generator's table. */
const CC = { US: '1', CA: '1', GB: '44', DE: '49', FR: '33', NL: '31', ES: '34', IT: '39', JP: '81', AU: '61', IN: '91', BR: '55' } as const;

describe('phone', () => {
  it.each(PHONE_COUNTRIES)('%s: E.164 is + country code and 8-15 digits in all', (country) => {
    fc.assert(
      fc.property(phone({ country, format: 'e164' }), (p) => {
        expect(p).toMatch(/^\+\d{8,15}$/);
        expect(p.startsWith(`+${CC[country]}`)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it.each(PHONE_COUNTRIES)('%s: international and national forms have the same digits as E.164 would', (country) => {
    fc.assert(
      fc.property(phone({ country, format: ['international', 'national'] }), (p) => {
        expect(p).toMatch(/^[+(0-9][0-9 ().\/-]+[0-9]$/);
        const digits = p.replace(/\D/g, '');
        if (p.startsWith('+')) expect(digits.startsWith(CC[country])).toBe(true);
        expect(digits.length).toBeGreaterThanOrEqual(8);
        expect(digits.length).toBeLessThanOrEqual(15);
      }),
      { numRuns: 30 },
    );
  });

  it('writes North American numbers the ways people do', () => {
    const national = fc.sample(phone({ country: 'US', format: 'national' }), 50);
    expect(national.every((p) => /^\(\d{3}\) \d{3}-\d{4}$|^\d{3}-\d{3}-\d{4}$|^\d{3}\.\d{3}\.\d{4}$/.test(p))).toBe(true);
    // Area codes and exchanges never start with 0 or 1.
    expect(national.every((p) => /^\(?[2-9]\d\d\D+[2-9]/.test(p))).toBe(true);
  });
});
