import { describe, expect, it } from 'vitest';
import { iban, IBAN_COUNTRIES } from '../../src/validators/iban';

/** ISO 7064 mod 97-10 check digits, computed with BigInt independently of the validator. */
function withCheckDigits(country: string, bban: string): string {
  const digits = [...`${bban}${country}00`].map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c)).join('');
  return `${country}${String(98n - (BigInt(digits) % 97n)).padStart(2, '0')}${bban}`;
}

describe('iban', () => {
  it('knows every country of the SWIFT registry, Portugal included', () => {
    expect(Object.keys(IBAN_COUNTRIES)).toHaveLength(89);
    expect(IBAN_COUNTRIES['PT']).toBe(25);
  });

  it.each(Object.entries(IBAN_COUNTRIES))('%s: accepts a valid IBAN of length %i and refuses a wrong check digit or length', (country, length) => {
    const bban = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(2).slice(0, length - 4);
    const good = withCheckDigits(country, bban);
    expect(iban(good)).toBe(true);
    expect(iban(good.replace(/(.{4})/g, '$1 ').trim())).toBe(true);
    const bad = good.slice(0, 2) + String((Number(good.slice(2, 4)) + 1) % 100).padStart(2, '0') + good.slice(4);
    expect(iban(bad)).toBe(false);
    expect(iban(`${good}0`)).toBe(false);
  });

  it('refuses countries outside the registry; case is left to the rule pattern', () => {
    expect(iban('AM47212110090000000235698740')).toBe(false);
    expect(iban('gb82west12345698765432')).toBe(true);
  });
});
