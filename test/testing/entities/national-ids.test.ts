import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caSin, ukNhs, ukNino } from '../../../src/testing/index';
import { nhsCheckDigit } from '../../../src/testing/entities/national-ids';
import { luhn } from '../../../src/validators/luhn';

describe('ukNino', () => {
  it('follows the HMRC prefix and suffix rules', () => {
    fc.assert(
      fc.property(ukNino(), (nino) => {
        const compact = nino.replace(/ /g, '');
        expect(compact).toMatch(/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/);
        expect(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']).not.toContain(compact.slice(0, 2));
      }),
    );
  });
});

describe('ukNhs', () => {
  /** The NHS mod-11 rule as the NHS data dictionary states it. */
  const valid = (n: string) => {
    const d = n.replace(/ /g, '');
    const sum = [...d.slice(0, 9)].reduce((s, c, i) => s + Number(c) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    return check !== 10 && check === Number(d[9]);
  };

  it('has a valid mod-11 check digit', () => {
    fc.assert(fc.property(ukNhs(), (n) => {
      expect(valid(n)).toBe(true);
    }));
  });

  it('agrees with the published example 943 476 5919', () => {
    expect(nhsCheckDigit('943476591')).toBe(9);
    expect(valid('943 476 5919')).toBe(true);
  });
});

describe('caSin', () => {
  it('is nine digits, Luhn-valid, not starting with 0 or 8', () => {
    fc.assert(
      fc.property(caSin(), (sin) => {
        const d = sin.replace(/[ -]/g, '');
        expect(d).toMatch(/^[1-79]\d{8}$/);
        expect(luhn(sin)).toBe(true);
      }),
    );
  });
});
