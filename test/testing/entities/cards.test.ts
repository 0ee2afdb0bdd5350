import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_BRANDS, creditCard, luhnInvalidCard, type CardBrand } from '../../../src/testing/index';
import { luhnCheckDigit } from '../../../src/testing/entities/cards';
import { luhn } from '../../../src/validators/luhn';

/** Each brand's IIN ranges and lengths, written out independently of the generator's table. */
const BRAND: Record<CardBrand, { iin: (d: string) => boolean; lengths: number[] }> = {
  visa: { iin: (d) => d.startsWith('4'), lengths: [13, 16, 19] },
  mastercard: { iin: (d) => (+d.slice(0, 2) >= 51 && +d.slice(0, 2) <= 55) || (+d.slice(0, 4) >= 2221 && +d.slice(0, 4) <= 2720), lengths: [16] },
  amex: { iin: (d) => d.startsWith('34') || d.startsWith('37'), lengths: [15] },
  discover: { iin: (d) => d.startsWith('6011') || d.startsWith('65') || (+d.slice(0, 3) >= 644 && +d.slice(0, 3) <= 649), lengths: [16, 19] },
  jcb: { iin: (d) => +d.slice(0, 4) >= 3528 && +d.slice(0, 4) <= 3589, lengths: [16] },
  diners: { iin: (d) => (+d.slice(0, 3) >= 300 && +d.slice(0, 3) <= 305) || d.startsWith('36') || d.startsWith('38'), lengths: [14] },
  unionpay: { iin: (d) => d.startsWith('62'), lengths: [16, 17, 18, 19] },
};

const digitsOf = (s: string) => s.replace(/[ -]/g, '');

describe('creditCard', () => {
  it.each(CARD_BRANDS)('%s numbers have the brand prefix and length and pass Luhn', (brand) => {
    fc.assert(
      fc.property(creditCard({ brand }), (card) => {
        const d = digitsOf(card);
        expect(d).toMatch(/^\d+$/);
        expect(BRAND[brand].iin(d)).toBe(true);
        expect(BRAND[brand].lengths).toContain(d.length);
        expect(luhn(card)).toBe(true);
      }),
    );
  });

  it('prints plain, spaced in the brand grouping, or dashed', () => {
    expect(fc.sample(creditCard({ brand: 'amex', format: 'spaced' }), 20).every((c) => /^\d{4} \d{6} \d{5}$/.test(c))).toBe(true);
    expect(fc.sample(creditCard({ brand: 'visa', format: 'dashed' }), 20).every((c) => /^\d{4}(-\d{4}){3}$|^\d{4}-\d{4}-\d{4}-\d{4}-\d{3}$|^\d{4}-\d{4}-\d{4}-\d$/.test(c))).toBe(true);
    expect(fc.sample(creditCard({ format: 'plain' }), 20).every((c) => /^\d{13,19}$/.test(c))).toBe(true);
  });

  it('computes check digits that agree with published test numbers', () => {
    expect(luhnCheckDigit('411111111111111')).toBe(1);
    expect(luhnCheckDigit('555555555555444')).toBe(4);
    expect(luhnCheckDigit('37828224631000')).toBe(5);
  });
});

describe('luhnInvalidCard', () => {
  it('looks like a card of the brand and fails Luhn', () => {
    fc.assert(
      fc.property(luhnInvalidCard(), (card) => {
        expect(digitsOf(card)).toMatch(/^\d{13,19}$/);
        expect(luhn(card)).toBe(false);
      }),
    );
  });
});
