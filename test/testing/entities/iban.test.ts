import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badChecksumIban, iban, IBAN_COUNTRY_CODES } from '../../../src/testing/index';
import { ibanCheckDigits } from '../../../src/testing/entities/iban';
import { BBAN_STRUCTURE, parseStructure } from '../../../src/testing/entities/iban-registry';
import { iban as validIban, IBAN_COUNTRIES } from '../../../src/validators/iban';

describe('iban', () => {
  it('covers exactly the countries the validator knows, with the same lengths', () => {
    expect(IBAN_COUNTRY_CODES).toEqual(Object.keys(IBAN_COUNTRIES).sort());
    for (const [country, structure] of Object.entries(BBAN_STRUCTURE)) {
      const bban = parseStructure(structure).reduce((n, [, len]) => n + len, 0);
      expect(4 + bban, country).toBe(IBAN_COUNTRIES[country]);
    }
  });

  it.each(IBAN_COUNTRY_CODES)('%s: passes the mod-97 validator', (country) => {
    fc.assert(fc.property(iban({ country }), (value) => {
      expect(validIban(value)).toBe(true);
    }), { numRuns: 20 });
  });

  it('follows the BBAN structure: GB has a four-letter bank code, NL four letters then ten digits', () => {
    expect(fc.sample(iban({ country: 'GB', format: 'compact' }), 20).every((v) => /^GB\d{2}[A-Z]{4}\d{14}$/.test(v))).toBe(true);
    expect(fc.sample(iban({ country: 'NL', format: 'compact' }), 20).every((v) => /^NL\d{2}[A-Z]{4}\d{10}$/.test(v))).toBe(true);
  });

  it('prints in groups of four', () => {
    expect(fc.sample(iban({ country: 'DE', format: 'printed' }), 20).every((v) => /^DE\d{2}( \d{4}){4} \d{2}$/.test(v))).toBe(true);
  });

  it('computes the check digits of published examples', () => {
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89');
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82');
  });

  it('rejects a country that has no IBAN', () => {
    expect(() => iban({ country: 'US' })).toThrow(/'US' is not an IBAN country/);
  });
});

describe('badChecksumIban', () => {
  it('has the shape of an IBAN and fails mod-97', () => {
    fc.assert(
      fc.property(badChecksumIban(), (value) => {
        const compact = value.replace(/ /g, '');
        expect(compact.length).toBe(IBAN_COUNTRIES[compact.slice(0, 2)]);
        expect(validIban(value)).toBe(false);
      }),
    );
  });
});
